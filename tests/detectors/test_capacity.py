"""capacity.council-voice (postcheck/detectors/capacity.py): speaking for the council from a councillor's account,
or for a party from the council's.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's CV posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.capacity import CapacityDetector, council_names

from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     labelled, post_of, words_of)

RULE = "capacity.council-voice"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("CV")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_official_account_may_speak_for_the_council_but_not_for_a_party(phrase_checker):
    voice = "The council believes every resident should have a say on the bus lanes."
    assert "capacity.council-voice" not in phrase_checker.check({"text": voice, "account": "official"}).rules
    assert "capacity.council-voice" in phrase_checker.check({"text": voice, "account": "councillor"}).rules
    by_handle = {"text": "Vote Labour on Thursday!", "author": "@ElmbridgeValeCouncil"}
    report = phrase_checker.check(by_handle)
    assert report.findings[0].evidence["signals"][0]["signal"] == "capacity.official-party"


def test_council_names_come_from_the_config():
    assert "Cray Valley Council" in council_names("Borough of Cray Valley")
    assert "Bexley Council" in council_names("London Borough of Bexley")
    assert council_names("Your council") == []
    # a metropolitan borough, and the short forms posts use
    names = council_names("Tamber Vale Metropolitan Borough Council")
    assert {"Tamber Vale Council", "Tamber Vale MBC", "Tamber Vale District Council"} <= set(names)


@pytest.mark.parametrize("text, raised", [
    ("We at Elmbridge Vale Council condemn the fire station cuts in the strongest terms.", True),
    ("Elmbridge Vale Council officially backs the campaign to save the trip boat!", True),
    ("Elmbridge Vale BC is backing the Green Belt petition, sign it here.", True),
    ("We at the allotment society thank Elmbridge Vale Council for the new water troughs.", False),
    ("Elmbridge Vale Council officially opened the new library on Monday.", False),  # a report, no stance verb
])
def test_speaking_as_the_council_in_the_first_person_or_by_its_short_name(fixture_context, text, raised):
    assert bool(facts(CapacityDetector(fixture_context), text, account="councillor")) is raised


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain capacity.council-voice` shows raise and pass it."""
    assert_examples_true(phrase_checker, RULE)


def test_examples_need_no_register(plain_phrase_checker):
    rule = plain_phrase_checker.rule_pack.rules[RULE]
    assert all(RULE in plain_phrase_checker.check(e).rules for e in rule.examples_raise)
    assert not any(RULE in plain_phrase_checker.check(e).rules for e in rule.examples_pass)


@pytest.mark.slow
def test_dev_corpus_precision_and_recall(phrase_corpus):
    assert_scores(phrase_corpus.result, RULE, 0.85)
    assert_ok_posts_get_advice_at_most(phrase_corpus.items, phrase_corpus.reports, RULE)

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_speaking_as_the_council_reports_the_words_and_the_account(fixture_context):
    detector = CapacityDetector(fixture_context)
    text = "Elmbridge Vale Council believes the bus lanes on Watling Street must go."
    [signal] = facts(detector, text, account="councillor")
    assert signal.name == "capacity.speaks-as-council"
    assert words_of(text, signal) == ["Elmbridge Vale Council believes"]  # the council's name from the config
    assert signal.evidence == {"phrases": ["Elmbridge Vale Council believes"], "account": "councillor"}
    assert facts(detector, text, account="official") == []  # the council's own account may say it


def test_the_official_account_campaigning_names_the_party(fixture_context):
    detector = CapacityDetector(fixture_context)
    text = "Vote Labour on Thursday!"
    [signal] = facts(detector, text, author="@ElmbridgeValeCouncil")  # the council's handle in the roster
    assert signal.name == "capacity.official-party"
    assert words_of(text, signal) == ["Labour"] and signal.evidence == {"phrases": ["Labour"]}
    assert facts(detector, text, author="@CllrJaneJones") == []  # a councillor may campaign


@pytest.mark.parametrize("text, raised", [
    ("Official council statement: the ferry subsidy cut is unacceptable. Please share if you agree.", True),
    ("Message from Elmbridge Vale Borough Council to visitors: please park considerately.", True),
    ("I read the council statement on the ferry subsidy. I think it is wrong.", False),  # someone else's statement
    ("The official council statement on the flooding is on the council page: share that, not my summary.", False),
])
def test_a_statement_headed_as_the_councils_speaks_for_it(fixture_context, text, raised):
    assert bool(facts(CapacityDetector(fixture_context), text)) is raised


@pytest.mark.parametrize("text", [
    "This is my own view and not on behalf of Elmbridge Vale Council: the bypass route is the least bad option.",
    "Not an official council position, just mine: the market is the beating heart of this town.",
    "I'm not speaking for the council here, just for my ward: please slow down on Lock Lane.",
    "My view, not the council's: the ferry fares are daylight robbery.",
    "Views my own, not the council's: the combined authority mayor has let this valley down.",
])
def test_a_post_that_disclaims_the_councils_voice_passes(checker, text):
    """Saying it is not the council speaking is the opposite of the breach, whatever the head reads."""
    assert RULE not in checker.check({"text": text, "account": "councillor"}).rules


@pytest.mark.parametrize("text", [
    "Not good enough: the Council believes residents should pay twice for garden waste, and we back it.",
    "On behalf of the council: the Labour group's motion is irresponsible nonsense. Never again.",
])
def test_a_negation_elsewhere_disclaims_nothing(checker, text):
    assert RULE in checker.check({"text": text, "account": "councillor"}).rules
