"""Copyright, haste, meetings, credentials, irony and association detectors,
on posts written for these tests (tests/fixtures/detector_posts_b.jsonl:
positives and hard negatives), with the real spaCy pipeline and rule pack.

The fixture council (tests/fixtures/council.toml) is in Europe/London, with
Planning Committee on 2026-12-09 19:00-22:00Z and Full Council on
2027-01-27 19:30-22:30Z.
"""
from __future__ import annotations

import json

import pytest

from helpers import FIXTURES
from checker.severity import RANK

POSTS = FIXTURES / "detector_posts_b.jsonl"
RULES = (
    "copyright.third-party-content",
    "haste.pause-before-posting",
    "meetings.during-meeting",
    "security.credentials",
    "tone.irony-risk",
    "association.endorsed-content",
)
ADVICE_ONLY = {"copyright.third-party-content", "haste.pause-before-posting", "meetings.during-meeting", "tone.irony-risk"}
#: held-out posts the detectors get wrong, and why (kept visible, not deleted)
KNOWN_MISSES = {
    "B-A3": "a thank-you reply is not read as agreement with the message it answers",
}


def _labelled():
    return [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _post(item):
    return {k: v for k, v in item.items() if k not in ("expect", "note")}


def _case(item):
    marks = [pytest.mark.xfail(reason=KNOWN_MISSES[item["id"]], strict=True)] if item["id"] in KNOWN_MISSES else []
    return pytest.param(item, id=item["id"], marks=marks)


@pytest.fixture(scope="module")
def reports(checker):
    items = _labelled()
    return {item["id"]: report for item, report in zip(items, checker.check_many([_post(i) for i in items]))}


def _finding(report, rule):
    return next((f for f in report.findings if f.rule == rule), None)


def test_every_rule_has_five_positives_and_hard_negatives():
    items = _labelled()
    for rule in RULES:
        positives = [i for i in items if rule in i["expect"]["rules"]]
        assert len(positives) >= 5, rule
    negatives = [i for i in items if not set(i["expect"]["rules"]) & set(RULES)]
    assert len(negatives) >= 25


@pytest.mark.parametrize("item", [_case(i) for i in _labelled()])
def test_fixture_post(item, reports):
    """Each positive raises its rule; no post raises one of these rules it is not allowed."""
    report = reports[item["id"]]
    expected, allowed = set(item["expect"]["rules"]), set(item["expect"]["allowed"])
    for rule in RULES:
        if rule in expected:
            assert rule in report.rules, f"{rule} missed: {item['note']}"
        elif rule not in allowed:
            assert rule not in report.rules, f"{rule} raised wrongly: {_finding(report, rule).explanation}"


def test_severities(reports):
    items = {i["id"]: i for i in _labelled()}
    for post_id, report in reports.items():
        for finding in report.findings:
            if finding.rule in ADVICE_ONLY:
                assert finding.severity == "advice"
            if finding.rule == "security.credentials":
                assert finding.severity == "block"
            if finding.rule in RULES and items[post_id]["expect"]["verdict"] == "ok":
                assert RANK[finding.severity] <= RANK["advice"], post_id


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


def test_association_evidence_keeps_the_quoted_text_out(checker):
    quoted = "The wifi password for the Civic Offices meeting room is Elmbridge#2026"
    report = checker.check({"text": "Couldn't agree more.", "kind": "repost", "quoted_text": quoted})
    finding = _finding(report, "association.endorsed-content")
    assert finding.severity == "review"
    assert "Elmbridge#2026" not in json.dumps(report.to_dict())


def test_late_night_window_comes_from_config():
    from checker import Checker
    from checker.config import config_from_dict

    early = Checker(config_from_dict({"council": {"name": "Test", "timezone": "Europe/London", "late_night": ["21:00", "06:00"]}}))
    post = {"text": "Some thoughts on the parking review.", "created_at": "2026-12-10T21:30:00+00:00"}
    assert "haste.pause-before-posting" in early.check(post).rules


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
        assert "Planning Committee" in _finding(report, "meetings.during-meeting").explanation


# --- credentials ---------------------------------------------------------------

def test_secret_span_and_masking(checker):
    text = "The ward office wifi password is Elmbridge#2026 if anyone needs it tonight."
    finding = _finding(checker.check(text), "security.credentials")
    assert [text[s:e] for s, e in finding.spans] == ["Elmbridge#2026"]
    assert "Elmbridge#2026" not in finding.explanation


@pytest.mark.parametrize("text", [
    "OTP 552901 - IT, can you see why this won't let me in?",
    "My bank PIN is 4417, note to self, delete this later",
    "Someone asked for the bot key: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "Ward forms sync key Q7vX2mLp9RtY4wZk8NbH3cJd for the volunteers' spreadsheet.",
    "Need a lift to surgery? Peter's personal mobile is 07700 900123, ring him.",
    "Council tax refund due! Claim here: https://elmbridgevale-gov-refund.co/claim",
])
def test_other_secrets(checker, text):
    assert "security.credentials" in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "Call my surgery line on 020 8000 0000 if you need help.",   # the councillor's own number
    "Details are on https://www.elmbridgevale.gov.uk/council-tax and in the leaflet.",
    "The password reset page is on the council website; choose a strong one.",
])
def test_not_secrets(checker, text):
    assert "security.credentials" not in checker.check(text).rules


# --- irony needs a person as its aim ------------------------------------------------

def test_sarcasm_about_a_policy_passes(checker):
    assert "tone.irony-risk" not in checker.check("Another parking scheme that will fix everything. Yeah right. /s").rules


def test_irony_names_its_target(checker):
    finding = _finding(checker.check("Slow clap for Cllr Fairweather and the bus timetable."), "tone.irony-risk")
    assert "Fairweather" in finding.explanation


# --- copyright credits -------------------------------------------------------------

def test_own_photo_credited_to_author_passes(checker):
    post = {"text": "Our new planters on the High Street.", "author": "@AmirKhanCllr",
            "media": [{"alt": "Planters", "credit": "Amir Khan"}]}
    assert "copyright.third-party-content" not in checker.check(post).rules


def test_credit_with_permission_passes(checker):
    post = {"text": "The bluebells are out.", "media": [{"credit": "Friends of Elm Park (used with permission)"}]}
    assert "copyright.third-party-content" not in checker.check(post).rules


# --- association: one severity lower than what it amplifies -------------------------

def test_association_names_amplified_rule_one_level_lower(checker):
    report = checker.check({"text": "Exciting news!", "kind": "quote",
                            "quoted_text": "Can't say much yet but Project Falcon is very close to signing."})
    finding = _finding(report, "association.endorsed-content")
    signal = next(s for s in finding.evidence["signals"] if s.get("amplified_rule") == "confidentiality.disclosure")
    assert signal["amplified_severity"] == "block"
    assert finding.severity == "review"
    assert "confidentiality.disclosure" not in report.rules  # the author's own words raise nothing


@pytest.mark.parametrize("post", [
    {"text": "Worth a read.", "kind": "post", "quoted_text": "Between you and me, the Part 2 papers say the depot is being sold."},
    {"text": "This is disgusting and I have reported it.", "kind": "quote",
     "quoted_text": "Between you and me, the Part 2 papers say the depot is being sold."},
    {"text": "I can't comment on that, sorry.", "kind": "reply",
     "quoted_text": "Between you and me, the Part 2 papers say the depot is being sold."},
])
def test_not_endorsement(checker, post):
    assert "association.endorsed-content" not in checker.check(post).rules


def test_reply_with_agreement_endorses(checker):
    report = checker.check({"text": "Exactly this. 100%.", "kind": "reply",
                            "quoted_text": "Between you and me, the Part 2 papers say the depot is being sold."})
    assert _finding(report, "association.endorsed-content").severity == "advice"


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text, rule", [
    ("The licensing policy review is currently in committee and due back in March.", "meetings.during-meeting"),
    ("We have exhausted every option for keeping the depot open.", "haste.pause-before-posting"),
    ("The floods have shattered the riverside path; repairs start on Monday.", "haste.pause-before-posting"),
    ("Planning powers come from section 70 of the Act (see Code § 3021 for the US equivalent).", "security.credentials"),
    ("Campaign for fair funding #FairFundingForElmbridgeVale2026 sign the petition", "security.credentials"),
    ("VIDEO: Volunteers planting 200 trees in Elm Park this morning.", "copyright.third-party-content"),
    ("The bigger picture: we need more social homes, not fewer.", "copyright.third-party-content"),
    ("What a turnout at the fun day!!! Thank you all!!!", "haste.pause-before-posting"),
    ("Shattered records at the swimming gala! Congratulations to all the young swimmers.", "haste.pause-before-posting"),
    ("Congratulations to Cllr Delgado on winning the by-election after losing narrowly last year.", "tone.irony-risk"),
    ('As Cllr Jones said, "we will listen to residents before deciding".', "tone.irony-risk"),
])
def test_ordinary_posts_pass(checker, text, rule):
    assert rule not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "Code of Conduct complaint 204518 was dismissed by the Monitoring Officer.",
    "Pin badges: 2500 made for the centenary, on sale at the library.",
    "Our PIN number campaign has 1200 signatures so far.",
    "© 2026 Borough of Elmbridge Vale: the new recycling calendar is attached.",
    "Bus 229 now runs every 12 minutes, route code 4229 on the timetable.",
])
def test_codes_and_credits_in_other_senses(checker, text):
    report = checker.check(text)
    assert "security.credentials" not in report.rules
    assert "copyright.third-party-content" not in report.rules


def test_oversized_quoted_text_does_not_break_the_check(checker):
    report = checker.check({"text": "Worth a read.", "kind": "repost", "quoted_text": "Project Falcon. " + "x" * 30_000})
    assert "association.endorsed-content" in report.rules
