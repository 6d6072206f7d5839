"""position.improper-advantage (postcheck/detectors/position.py): offering to use the office for someone's advantage.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's PI posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.position import PositionDetector
from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     labelled, post_of, words_of)

RULE = "position.improper-advantage"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("PI")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_refused_favour_is_not_an_offer(phrase_checker):
    assert "position.improper-advantage" in phrase_checker.check("I'll get your licence fast-tracked, leave it with me.").rules
    assert "position.improper-advantage" not in phrase_checker.check("I won't fast-track anyone's licence.").rules


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain position.improper-advantage` shows raise and pass it."""
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

def test_a_favour_points_at_the_offer_and_a_refusal_reports_nothing(fixture_context):
    detector = PositionDetector(fixture_context)
    text = "I'll get your licence fast-tracked, leave it with me."
    [signal] = facts(detector, text)
    assert signal.name == "position.favour" and words_of(text, signal) == ["fast-tracked"]
    assert signal.evidence == {"phrases": ["fast-tracked"]}
    assert facts(detector, "I won't fast-track anyone's licence.") == []


def test_a_connected_business_names_the_business_and_the_promotion(fixture_context):
    detector = PositionDetector(fixture_context)
    text = "My son's cafe on the High Street opens on Saturday, pop in!"
    [signal] = facts(detector, text)
    assert signal.name == "position.connected-business"
    assert words_of(text, signal) == ["My son's cafe", "opens"]
    assert signal.evidence == {"business": "My son's cafe", "promotion": "opens"}
    assert facts(detector, "My son's cafe on the High Street was flooded last week.") == []  # no promotion


def test_a_favour_the_writer_promises_needs_no_audience(fixture_context):
    """"I'll draw it up so it sails through" offers the favour though it names no one it is for; a
    favour reported of someone else, with the writer's "I" elsewhere, offers nothing."""
    detector = PositionDetector(fixture_context)
    [signal] = facts(detector, "For the right price I'll draw up your plans so it sails through. Link in bio.")
    assert signal.name == "position.favour"
    assert facts(detector, "Drivers waiting on plate renewals: I'll have it pushed through this week.")
    assert facts(detector, "Cabinet got it pushed through last night and I will be asking why at scrutiny.") == []


@pytest.mark.parametrize("text", [
    "Declared at today's meeting that my daughter has bid for the events catering contract, and left the room "
    "for that item.",
    "Street lighting tender: Wragg Electrical is my wife's firm, so I've handed that decision to another cabinet "
    "member.",
])
def test_a_family_business_declared_with_the_writer_staying_out_is_what_the_code_asks(checker, text):
    assert "position.improper-advantage" not in checker.check(text).rules


def test_the_same_family_bid_undeclared_is_still_raised(checker):
    assert "position.improper-advantage" in checker.check(
        "My daughter has bid for the events catering contract. Get behind her, folks!").rules
