"""meetings.during-meeting (postcheck/detectors/meetings.py): posting while a meeting the author sits on is under way.

The labelled posts are fixtures/detector_posts_b.jsonl's M posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.

The fixture council (tests/fixtures/council.toml) is in Europe/London, with
Planning Committee on 2026-12-09 19:00-22:00Z and Full Council on
2027-01-27 19:30-22:30Z.
"""
from __future__ import annotations

import pytest

from postcheck.severity import RANK
from postcheck.detectors.meetings import MeetingsDetector
from helpers import CONTEXT_RULES, assert_context_post, facts, finding, labelled, words_of

RULE = "meetings.during-meeting"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("M")]


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


@pytest.mark.parametrize("created_at, during", [
    ("2026-12-09T18:52:00+00:00", False),  # eight minutes before
    ("2026-12-09T19:00:00+00:00", True),   # start is inside
    ("2026-12-09T21:59:00+00:00", True),
    ("2026-12-09T22:00:00+00:00", False),  # end is outside
    ("2026-12-09T20:30:00+01:00", True),   # 19:30Z given with another offset
])
def test_meeting_bounds(checker, created_at, during):
    report = checker.check({"text": "Thanks to everyone who came along.", "created_at": created_at})
    assert ("meetings.during-meeting" in report.rules) is during
    if during:
        assert "Planning Committee" in finding(report, "meetings.during-meeting").explanation


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text", [
    "The licensing policy review is currently in committee and due back in March.",
])
def test_ordinary_posts_pass(checker, text):
    assert RULE not in checker.check(text).rules

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_the_calendar_names_the_meeting_in_session(fixture_context):
    detector = MeetingsDetector(fixture_context)
    text = "Thanks to everyone who came along."
    [signal] = facts(detector, text, created_at="2026-12-09T20:00:00+00:00")
    assert signal.name == "meetings.calendar" and signal.spans == ()  # the time, not the words
    assert signal.evidence == {"meeting": "Planning Committee", "start": "2026-12-09T19:00:00+00:00",
                               "end": "2026-12-09T22:00:00+00:00"}
    assert facts(detector, text, created_at="2026-12-09T18:52:00+00:00") == []


def test_live_text_points_at_the_words_that_say_so(fixture_context):
    detector = MeetingsDetector(fixture_context)
    text = "Sitting in full council right now and the debate is dragging on."
    [signal] = facts(detector, text)
    assert signal.name == "meetings.live-text" and words_of(text, signal) == ["Sitting in full council"]
    assert signal.evidence == {"phrase": "Sitting in full council"}
    assert facts(detector, "Sat in the council chamber now, waiting for the meeting to start.") == []
