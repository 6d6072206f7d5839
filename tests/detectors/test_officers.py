"""officers.impartiality (postcheck/detectors/officers.py): attacks on officers' impartiality.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's OI posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.officers import OfficersDetector
from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     labelled, post_of, words_of)

RULE = "officers.impartiality"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("OI")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_findings_point_at_the_words(phrase_checker):
    text = "The planning officer's report is biased nonsense."
    finding = next(f for f in phrase_checker.check(text).findings if f.rule == "officers.impartiality")
    shown = [text[s:e] for s, e in finding.spans]
    assert any("planning officer" in s for s in shown) and any("biased" in s for s in shown)
    assert "3.1" in [quote.id for quote in finding.clauses]


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain officers.impartiality` shows raise and pass it."""
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

def test_criticism_names_the_officer_and_the_words(fixture_context):
    detector = OfficersDetector(fixture_context)
    text = "The planning officer's report is biased nonsense."
    [signal] = facts(detector, text)
    assert signal.name == "officers.criticism"
    assert words_of(text, signal) == ["The planning officer", "biased", "nonsense"]
    assert signal.evidence == {"phrases": ["biased", "nonsense"], "target": "The planning officer"}
    assert facts(detector, "Thanks to the planning officer for a clear report.") == []


def test_pressure_on_an_officer_of_the_roster(fixture_context):
    detector = OfficersDetector(fixture_context)
    text = "Sarah Brown should rewrite her report before committee or else."
    [signal] = facts(detector, text)
    assert signal.name == "officers.pressure"
    assert words_of(text, signal) == ["Sarah Brown", "rewrite", "or else"]
    assert signal.evidence == {"phrases": ["rewrite", "or else"], "target": "Sarah Brown"}
    assert facts(detector, "Sarah Brown explained why the report recommends refusal.") == []


def test_an_insult_aimed_at_a_named_officer_also_touches_their_impartiality(checker):
    """An attack on an officer is public criticism of one, whatever its words (3.1)."""
    rules = checker.check("The planning officer who wrote this report is a buffoon.").rules
    assert {"respect.personal-attack", "officers.impartiality"} <= set(rules)
    assert "officers.impartiality" not in checker.check("Cllr Khan is a buffoon.").rules


def test_pressure_in_words_no_list_holds_is_the_cue_heads_reading_where_an_officer_is_named(checker):
    report = checker.check("I have told the case officer her report needs another look before it goes to "
                           "committee, and I expect a different recommendation.")
    (finding,) = [f for f in report.findings if f.rule == "officers.impartiality"]
    assert finding.evidence["signals"][0]["signal"] == "officers.learned-cue"
    assert "the case officer" in finding.evidence["signals"][0]["target"]


@pytest.mark.parametrize("text", [
    "The case officer's report on Mill Road is published on the council website.",
    "Thank you to the Head of Planning for a clear briefing this morning.",
    "The Director of Housing opened the new flats today.",
])
def test_an_officer_named_neutrally_or_thanked_passes(checker, text):
    assert "officers.impartiality" not in checker.check(text).rules


def test_a_listed_word_in_another_sentence_does_not_stop_the_cue_heads_reading(checker):
    """"Shambles" is a listed criticism, but not in the officer's sentence; the head still reads the post."""
    report = checker.check("What a shambles. Our planning officer should be looking again at that report before "
                           "committee, not defending it.")
    (finding,) = [f for f in report.findings if f.rule == "officers.impartiality"]
    assert finding.evidence["signals"][0]["signal"] == "officers.learned-cue"


def test_an_officer_is_named_by_a_first_name_only_one_person_on_the_roster_has(checker):
    """"Sarah" alone is Sarah Brown, an officer: the criticism in her sentence is aimed at her."""
    report = checker.check("Sarah's report assumes a 5% rise every year for ever. Sarah should be ashamed.")
    (found,) = [f for f in report.findings if f.rule == "officers.impartiality"]
    assert found.evidence["signals"][0]["target"] == "Sarah"
    # the same words about no one on the roster, and a first name with no criticism beside it
    assert "officers.impartiality" not in checker.check("Sally's report assumes a 5% rise every year for ever. "
                                                        "Sally should be ashamed.").rules
    assert "officers.impartiality" not in checker.check("Sarah from the choir sent round the concert report. "
                                                        "Ticket sales are up 5%.").rules


def test_an_order_to_change_the_advice_is_pressure_wherever_the_post_names_the_officer(fixture_context):
    """Only officers write advice and recommendations: the order need not share the officer's sentence."""
    detector = OfficersDetector(fixture_context)
    text = ("Peter Okoye, I'm copying you in publicly because emails get me nowhere. "
            "Withdraw the recommendation on Mill Road, or every leaflet will say you wouldn't listen.")
    [signal] = facts(detector, text)
    assert signal.name == "officers.pressure"
    assert signal.evidence == {"phrases": ["Withdraw the recommendation"], "target": "Peter Okoye"}
    assert facts(detector, "Sarah Brown's report calls the impact moderate. That report needs redoing.")
    # a question, a refusal, or no officer named is no order to one
    assert facts(detector, "Withdraw the recommendation? No. Peter Okoye was right.") == []
    assert facts(detector, "Sarah Brown was right. Nobody should withdraw the recommendation.") == []
    assert facts(detector, "The developer should withdraw the application and rethink the design.") == []


def test_a_recommendation_ordered_or_a_part_of_the_report_taken_out_is_pressure(fixture_context):
    """"Word to Peter Okoye: recommend refusal" orders the advice; "officers recommend refusal" reports it.
    Asking the officer to take out part of the report presses on the advice; reporting that it was
    taken out does not."""
    detector = OfficersDetector(fixture_context)
    [signal] = facts(detector, "Word to Peter Okoye in planning: recommend refusal on the drive-thru or expect a rough ride.")
    assert signal.name == "officers.pressure"
    [signal] = facts(detector, "I've asked Peter Okoye to take out the bit about glint and glare before committee.")
    assert signal.name == "officers.pressure"
    assert facts(detector, "Peter Okoye and the other officers recommend refusal of the drive-thru.") == []
    assert facts(detector, "Peter Okoye has taken out the bit about glint and glare after the new survey.") == []


def test_an_officer_told_to_go_is_pressure_on_their_post(phrase_checker):
    assert "officers.impartiality" in phrase_checker.check(
        "Peter Okoye needs to go. The bin service has been a shambles from the day he walked in.").rules


def test_an_officer_s_team_going_somewhere_is_no_pressure(phrase_checker):
    assert "officers.impartiality" not in phrase_checker.check(
        "Peter Okoye's team has to go to the depot on Monday for the handover.").rules


def test_the_heads_laxer_named_bar_holds_only_where_an_officer_on_the_roster_is_named(fixture_context):
    """A reading between the two bars stands for "Sarah Brown" (on the roster), not for "the planning
    department" (a role alone) nor where no officer is named."""
    from types import SimpleNamespace

    from postcheck.post import Post
    from postcheck.scoring.base import MODEL_SCORES

    head = "cue.officers.impartiality"
    context = SimpleNamespace(nlp=fixture_context.nlp, people=fixture_context.people, scorer=None,
                              thresholds={head: 0.85, head + ".named": 0.7, head + ".alone": 0.93})
    detector = OfficersDetector(context)

    def read(text: str, score: float) -> list[str]:
        doc = context.nlp(text)
        doc.user_data[MODEL_SCORES] = {head: score}
        return [s.name for s in detector.detect(doc, Post.from_dict({"text": text}))]

    assert read("Sarah Brown has sat on the Mill Road complaints since July. Still nothing.", 0.75) == [
        "officers.learned-cue"]
    assert read("The planning department has sat on the Mill Road complaints since July. Still nothing.", 0.75) == []
    assert read("The planning department has sat on the Mill Road complaints since July. Still nothing.", 0.9) == [
        "officers.learned-cue"]
    assert read("Sarah Brown has sat on the Mill Road complaints since July. Still nothing.", 0.6) == []
    assert read("Thanks to Sarah Brown for sorting the Mill Road complaints.", 0.75) == []
