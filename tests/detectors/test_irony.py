"""tone.irony-risk (postcheck/detectors/irony.py): sarcasm and mock praise aimed at a person.

The labelled posts are fixtures/detector_posts_b.jsonl's I posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.
"""
from __future__ import annotations

import pytest

from postcheck.severity import RANK
from postcheck.detectors.irony import IronyDetector
from helpers import CONTEXT_RULES, assert_context_post, facts, finding, labelled, words_of

RULE = "tone.irony-risk"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("I")]


def test_the_rule_has_five_positives_and_five_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if not set(i["expect"]["rules"]) & set(CONTEXT_RULES)]
    assert len(positives) >= 5 and len(negatives) >= 5


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_fixture_post(item, context_reports):
    """Each positive raises its rule; no post raises one of the six rules it is not allowed."""
    assert_context_post(context_reports[item["id"]], item)


def test_severities(context_reports):
    """Its findings are advice; and no more than advice on a post whose verdict is ok."""
    items = {i["id"]: i for i in ALL}
    for post_id, report in context_reports.items():
        for found in report.findings:
            if found.rule != RULE:
                continue
            assert found.severity == "advice"
            if items[post_id]["expect"]["verdict"] == "ok":
                assert RANK[found.severity] <= RANK["advice"], post_id


# --- irony needs a person as its aim ------------------------------------------------

def test_sarcasm_about_a_policy_passes(checker):
    assert "tone.irony-risk" not in checker.check("Another parking scheme that will fix everything. Yeah right. /s").rules


def test_irony_at_people_no_list_names_is_aimed_by_the_target_head(scored_context):
    """A department is people; no list names it, the target head reads it."""
    text = ("Huge congratulations to our planning department for discovering, after three years, that the junction "
            "is dangerous. Truly world-class work")
    [signal] = facts(IronyDetector(scored_context), text)
    assert signal.name == "irony.learned" and "(model)" in signal.evidence["target"]


@pytest.mark.parametrize("text, target", [
    ("Truly inspiring leadership from the Labour group, walking out before the vote. Brave, brave people.", "Labour"),
    # a party's proper name no list holds
    ("Big thanks to the Marches Workers' Party for their helpful suggestion that we fund everything by "
     "'asking nicely'. Genius. Why did nobody think of it before?", "Marches Workers' Party"),
])
def test_irony_at_a_party_is_aimed_by_the_target_resolver(scored_context, text, target):
    """The shared resolver finds the party; the signal says it is a party, so the account patterns never
    count it as a person targeted again and again."""
    signals = facts(IronyDetector(scored_context), text)
    assert signals and {(s.evidence["target"], s.evidence["target_kind"]) for s in signals} == {(target, "party")}


def test_irony_at_whoever_made_a_decision_is_aimed_at_them(scored_context):
    text = ("Top marks to whoever in cabinet decided the best week to shut the Wendle Bridge was raft race week. "
            "Real strategic genius, that.")
    signals = facts(IronyDetector(scored_context), text)
    assert signals and all(s.evidence["target"].startswith("whoever in cabinet") for s in signals)
    assert all("target_kind" not in s.evidence for s in signals)  # one person, as the roster's are


def test_a_place_the_parser_takes_for_an_organisation_is_no_aim(fixture_context):
    assert facts(IronyDetector(fixture_context), "Yeah, right turn only from Northgate onto the bypass from Monday.") == []


def test_the_target_head_never_aims_irony_at_a_policy(scored_context):
    text = "Another parking scheme that will fix everything. Yeah right. /s"
    assert facts(IronyDetector(scored_context), text) == []


def test_irony_names_its_target(checker):
    found = finding(checker.check("Slow clap for Cllr Fairweather and the bus timetable."), "tone.irony-risk")
    assert "Fairweather" in found.explanation


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text", [
    "Congratulations to Cllr Delgado on winning the by-election after losing narrowly last year.",
    'As Cllr Jones said, "we will listen to residents before deciding".',
])
def test_ordinary_posts_pass(checker, text):
    assert RULE not in checker.check(text).rules

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_mock_praise_names_the_bad_deed_and_the_target(fixture_context):
    detector = IronyDetector(fixture_context)
    text = "Congratulations to the cabinet for closing three libraries."
    [signal] = facts(detector, text)
    assert signal.name == "irony.mock-praise"
    assert words_of(text, signal) == ["Congratulations to the cabinet for closing"]
    assert signal.evidence == {"phrases": ["Congratulations to the cabinet for closing"], "target": "the cabinet"}
    assert facts(detector, text.replace("closing", "opening")) == []  # sincere praise


def test_mock_news_about_someone_marks_sarcasm(fixture_context):
    """The ordinary announced as a scoop ("Shock news: ... More at ten.") is sarcasm; real news
    announced that way about no one is not aimed at anyone."""
    detector = IronyDetector(fixture_context)
    text = "Shock news: Cllr Khan spotted at a residents' meeting. More at ten."
    [signal] = facts(detector, text)
    assert signal.name == "irony.sarcasm-marker" and words_of(text, signal) == ["Shock news", "More at ten"]
    assert facts(detector, "Stop press: the Mill Lane bridge reopens on Monday after repairs.") == []


def test_scare_quotes_need_a_person_to_aim_at(fixture_context):
    detector = IronyDetector(fixture_context)
    text = "Another 'balanced' budget from Cllr Khan."
    [signal] = facts(detector, text)
    assert signal.name == "irony.scare-quotes" and words_of(text, signal) == ["'balanced'"]
    assert signal.evidence == {"phrases": ["'balanced'"], "target": "Cllr Khan"}
    assert facts(detector, "Another 'balanced' budget from the council.") == []  # satire of a policy


# -- irony in words no list holds, read by the encoder's irony head ----------------------

def test_the_irony_head_reads_irony_no_list_holds(checker):
    report = checker.check("Hats off to the cabinet member for highways, who has perfected the art of filling "
                           "a pothole so it reappears within a week.")
    found = finding(report, RULE)
    assert found.severity == "advice"
    assert [s["signal"] for s in found.evidence["signals"]] == ["irony.learned"]


@pytest.mark.parametrize("text", [
    "Well done to Cllr Hartley and the parks team for the new play area, the kids love it.",
    # irony about things, and a short agreement with no one to aim at
    "Oh brilliant, the council has sent my bin collection calendar for the wrong year. Again.",
    "Exactly right.",
])
def test_sincere_praise_and_irony_about_things_pass(checker, text):
    assert RULE not in checker.check(text).rules


def test_the_irony_head_needs_scores_and_a_person(scored_context, fixture_context):
    text = ("Hats off to the cabinet member for highways, who has perfected the art of filling a pothole so it "
            "reappears within a week.")
    [signal] = facts(IronyDetector(scored_context), text)
    assert signal.name == "irony.learned"
    assert signal.score >= scored_context.thresholds["cue.tone.irony-risk"]
    assert facts(IronyDetector(fixture_context), text) == []  # no scores on the doc: no model reading
    assert facts(IronyDetector(scored_context), text, kind="comment") == []  # someone else's words


def test_irony_at_someone_the_post_names_stands_at_the_heads_laxer_named_bar(checker):
    """The irony head reads this post under its own bar but over its ``.named`` one: a councillor named
    in the post's words is aim enough; "you" (a reader thanked, as often as a person addressed) or "we"
    is not."""
    text = "Delighted that {} finally found the Vale on a map. Took a reshuffle rumour, but we got there in the end."
    assert RULE in checker.check(text.format("Cllr Khan has")).rules
    assert RULE not in checker.check(text.format("you have")).rules
    assert RULE not in checker.check(text.format("we have")).rules


def test_the_named_bar_is_the_laxer_of_the_two_and_only_where_the_post_names_its_aim(fixture_context):
    from types import SimpleNamespace

    from postcheck.detectors._cues import learned_cue
    from postcheck.scoring.base import MODEL_SCORES

    doc = fixture_context.nlp("Riveting speech from Cllr Jones.")
    doc.user_data[MODEL_SCORES] = {"cue.tone.irony-risk": 0.8}
    context = SimpleNamespace(scorer=None, thresholds={"cue.tone.irony-risk": 0.85, "cue.tone.irony-risk.named": 0.75})
    assert learned_cue(doc, context, "cue.tone.irony-risk") is None
    assert learned_cue(doc, context, "cue.tone.irony-risk", named=True)[0] == 0.8
    stricter = SimpleNamespace(scorer=None, thresholds={"cue.tone.irony-risk": 0.85, "cue.tone.irony-risk.named": 0.9})
    assert learned_cue(doc, stricter, "cue.tone.irony-risk", named=True) is None  # never stricter than its own bar


def test_irony_at_an_organisation_only_the_parser_finds_is_the_heads_reading_at_its_own_bar(checker):
    """A local party the lists do not know ("the DVI lot", "Forward") is aim enough for the head over
    its own bar; a marker or scare quotes do not stand on the parser's organisations alone."""
    assert RULE in checker.check("Love how the DVI lot turn up to every photo op and none of the meetings. "
                                 "Real grafters 👏").rules
    assert RULE in checker.check("Genius move by Forward to hold their listening event at 2pm on a Tuesday. "
                                 "Really reaching the working families out in Brightcliff 👌").rules
    assert RULE not in checker.check("Yeah, right turn only from Northgate onto the bypass from Monday. "
                                     "Signs go up this week.").rules
