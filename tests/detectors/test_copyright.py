"""copyright.third-party-content (postcheck/detectors/copyright.py): someone else's photo, image or words.

The labelled posts are fixtures/detector_posts_b.jsonl's C posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.
"""
from __future__ import annotations

import pytest

from postcheck.severity import RANK
from postcheck.detectors.copyright import CopyrightDetector
from helpers import CONTEXT_RULES, assert_context_post, facts, labelled, words_of

RULE = "copyright.third-party-content"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("C")]


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


def test_own_photo_credited_to_author_passes(checker):
    post = {"text": "Our new planters on the High Street.", "author": "@AmirKhanCllr",
            "media": [{"alt": "Planters", "credit": "Amir Khan"}]}
    assert "copyright.third-party-content" not in checker.check(post).rules


def test_credit_with_permission_passes(checker):
    post = {"text": "The bluebells are out.", "media": [{"credit": "Friends of Elm Park (used with permission)"}]}
    assert "copyright.third-party-content" not in checker.check(post).rules


# --- ordinary political posts that must stay quiet ---------------------------------

@pytest.mark.parametrize("text", [
    "VIDEO: Volunteers planting 200 trees in Elm Park this morning.",
    "The bigger picture: we need more social homes, not fewer.",
])
def test_ordinary_posts_pass(checker, text):
    assert RULE not in checker.check(text).rules


@pytest.mark.parametrize("text", [
    "Code of Conduct complaint 204518 was dismissed by the Monitoring Officer.",
    "Pin badges: 2500 made for the centenary, on sale at the library.",
    "Our PIN number campaign has 1200 signatures so far.",
    "© 2026 Borough of Elmbridge Vale: the new recycling calendar is attached.",
    "Bus 229 now runs every 12 minutes, route code 4229 on the timetable.",
])
def test_credits_in_other_senses(checker, text):
    assert RULE not in checker.check(text).rules

# -- the facts the detector reports (the rule pack grades them) ---------------------------

def test_a_credit_line_quotes_the_credit_and_spares_the_councillors_own(fixture_context):
    detector = CopyrightDetector(fixture_context)
    text = "Sunset over Elm Park tonight. Photo: Getty Images"
    [signal] = facts(detector, text)
    assert signal.name == "copyright.credit-line" and words_of(text, signal) == ["Photo: Getty Images"]
    assert signal.evidence == {"credits": ["Photo: Getty Images"]}
    assert facts(detector, "Sunset over Elm Park tonight. Photo: Jane Jones") == []  # the [self] name


def test_a_media_credit_names_the_picture_and_its_credit(fixture_context):
    detector = CopyrightDetector(fixture_context)
    media = [{"alt": "Bluebells in Elm Park"}, {"alt": "The woods", "credit": "Elmwood Gazette"}]
    [signal] = facts(detector, "The bluebells are out.", media=media)
    assert signal.name == "copyright.media-credit" and signal.spans == ()  # in the picture, not the text
    assert signal.evidence == {"media": 1, "credit": "Elmwood Gazette"}
    permitted = [{"credit": "Friends of Elm Park (used with permission)"}]
    assert facts(detector, "The bluebells are out.", media=permitted) == []
