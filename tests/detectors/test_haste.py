"""haste.pause-before-posting (postcheck/detectors/haste.py): late at night, in drink, tired or angry.

The labelled posts are fixtures/detector_posts_b.jsonl's H posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.

The fixture council (tests/fixtures/council.toml) is in Europe/London.
"""
from __future__ import annotations

import pytest

from postcheck.severity import RANK
from postcheck.detectors.haste import HasteDetector
from helpers import CONTEXT_RULES, assert_context_post, facts, labelled, words_of

RULE = "haste.pause-before-posting"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("H")]


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


# --- time: the council's clock ----------------------------------------------

@pytest.mark.parametrize("created_at, late", [
    ("2026-07-14T22:30:00Z", True),        # 23:30 BST
    ("2026-07-14T21:30:00Z", False),       # 22:30 BST
    ("2026-12-10T23:05:00+00:00", True),   # GMT
    ("2026-12-11T04:59:00+00:00", True),
    ("2026-12-11T05:00:00+00:00", False),  # the window ends at 05:00
    ("2026-12-10T23:05:00", True),         # no offset: already local
])
def test_late_night_in_local_time(checker, created_at, late):
    report = checker.check({"text": "Some thoughts on the parking review.", "created_at": created_at})
    assert ("haste.pause-before-posting" in report.rules) is late


def test_late_in_words(checker):
    assert "haste.pause-before-posting" in checker.check("Gone midnight and still writing this ward newsletter.").rules


def test_late_night_window_comes_from_config():
    from postcheck import Checker
    from postcheck.config import config_from_dict

    early = Checker(config_from_dict({"council": {"name": "Test", "timezone": "Europe/London", "late_night": ["21:00", "06:00"]}}))
    post = {"text": "Some thoughts on the parking review.", "created_at": "2026-12-10T21:30:00+00:00"}
    assert "haste.pause-before-posting" in early.check(post).rules


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text", [
    "We have exhausted every option for keeping the depot open.",
    "The floods have shattered the riverside path; repairs start on Monday.",
    "What a turnout at the fun day!!! Thank you all!!!",
    "Shattered records at the swimming gala! Congratulations to all the young swimmers.",
])
def test_ordinary_posts_pass(checker, text):
    assert RULE not in checker.check(text).rules

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_late_night_is_read_on_the_councils_clock(fixture_context):
    detector = HasteDetector(fixture_context)
    text = "Thanks to everyone who came along."
    [signal] = facts(detector, text, created_at="2026-06-01T22:30:00Z")  # 23:30 in London (summer time)
    assert signal.name == "haste.late-night" and signal.spans == ()  # the time, not the words
    assert signal.evidence == {"local_time": "2026-06-01T23:30:00+01:00", "window": ["23:00", "05:00"]}
    assert facts(detector, text, created_at="2026-06-01T21:30:00Z") == []  # 22:30 local
    assert facts(detector, text, created_at="2026-06-01") == []  # a date alone: its midnight is not a time


def test_drink_and_anger_point_at_their_words(fixture_context):
    detector = HasteDetector(fixture_context)
    text = "Three glasses of wine in and I'm sick and tired of this council!!!"
    found = {s.name: s for s in facts(detector, text)}
    assert sorted(found) == ["haste.alcohol", "haste.rage"]
    assert words_of(text, found["haste.alcohol"]) == ["glasses of wine"]
    assert found["haste.rage"].evidence == {"phrases": ["sick and tired"]}
    cheerful = "Wine and cheese evening at the Elmwood community centre raised £400 for the food bank!!!"
    assert facts(detector, cheerful) == []
