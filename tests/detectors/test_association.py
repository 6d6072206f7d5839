"""association.endorsed-content (postcheck/stages/amplification.py): endorsing what a repost, quote or reply amplifies.

The labelled posts are fixtures/detector_posts_b.jsonl's A posts (positives
and hard negatives, written for these tests), checked with the real spaCy
pipeline and rule pack.
"""
from __future__ import annotations

import json

import pytest

from postcheck.severity import RANK
from helpers import CONTEXT_RULES, assert_context_post, finding, labelled

RULE = "association.endorsed-content"
ALL = labelled("detector_posts_b.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("A")]
#: held-out posts the detector gets wrong, and why (kept visible, not deleted)
KNOWN_MISSES = {
    "B-A3": "a thank-you reply is not read as agreement with the message it answers",
}


def _case(item):
    marks = [pytest.mark.xfail(reason=KNOWN_MISSES[item["id"]], strict=True)] if item["id"] in KNOWN_MISSES else []
    return pytest.param(item, id=item["id"], marks=marks)


def test_the_rule_has_five_positives_and_five_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if not set(i["expect"]["rules"]) & set(CONTEXT_RULES)]
    assert len(positives) >= 5 and len(negatives) >= 5


@pytest.mark.parametrize("item", [_case(i) for i in POSTS])
def test_fixture_post(item, context_reports):
    """Each positive raises its rule; no post raises one of the six rules it is not allowed."""
    assert_context_post(context_reports[item["id"]], item)


def test_severities(context_reports):
    """Its findings are no more than advice on a post whose verdict is ok."""
    items = {i["id"]: i for i in ALL}
    for post_id, report in context_reports.items():
        for found in report.findings:
            if found.rule != RULE:
                continue
            if items[post_id]["expect"]["verdict"] == "ok":
                assert RANK[found.severity] <= RANK["advice"], post_id


def test_association_evidence_keeps_the_quoted_text_out(checker):
    quoted = "The wifi password for the Civic Offices meeting room is Elmbridge#2026"
    report = checker.check({"text": "Couldn't agree more.", "kind": "repost", "quoted_text": quoted})
    found = finding(report, "association.endorsed-content")
    assert found.severity == "review"
    assert "Elmbridge#2026" not in json.dumps(report.to_dict())


# --- one severity lower than what it amplifies -------------------------------------

def test_association_names_amplified_rule_one_level_lower(checker):
    report = checker.check({"text": "Exciting news!", "kind": "quote",
                            "quoted_text": "Can't say much yet but Project Falcon is very close to signing."})
    found = finding(report, "association.endorsed-content")
    signal = next(s for s in found.evidence["signals"] if s.get("amplified_rule") == "confidentiality.disclosure")
    assert signal["amplified_severity"] == "block"
    assert found.severity == "review"
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
    assert finding(report, "association.endorsed-content").severity == "advice"


def test_oversized_quoted_text_does_not_break_the_check(checker):
    report = checker.check({"text": "Worth a read.", "kind": "repost", "quoted_text": "Project Falcon. " + "x" * 30_000})
    assert "association.endorsed-content" in report.rules
