"""Drafts beyond abuse that used to pass as ok, checked end to end with the tests' council (its registers:
Quarry Lane 25/04410/FUL is pending, Acme Homes Ltd is Jane Jones's registered interest)."""
from __future__ import annotations

import pytest

AUTHOR = "@CllrJaneJones"


@pytest.mark.parametrize("text, rules, verdict", [
    ("I fully support the Quarry Lane application and will be voting for it at committee.",
     {"predetermination.closed-mind"}, "block"),
    ("Delighted that Acme Homes' plans for Quarry Lane are moving forward",
     {"interests.declared-interest"}, None),
    ("25/04410/FUL will be refused, mark my words.", {"predetermination.closed-mind"}, "block"),
])
def test_a_settled_view_or_an_interest_is_raised(checker, text, rules, verdict):
    report = checker.check({"text": text, "author": AUTHOR})
    assert rules <= set(report.rules)
    if verdict:
        assert report.verdict == verdict


def test_four_posts_mocking_one_councillor_are_a_course_of_conduct(checker):
    drafts = ["Typical coward, Cllr Khan.", "Clueless as ever, @AmirKhanCllr.",
              "Another meltdown from Cllr Khan at full council.", "Cllr Khan isn't fit to represent anyone."]
    posts = [{"text": text, "author": AUTHOR, "created_at": f"2026-02-0{day}T10:00:00+00:00"}
             for day, text in enumerate(drafts, start=1)]
    _, findings = checker.check_account(posts)
    [finding] = [f.to_dict() for f in findings if f.to_dict()["rule"] == "harassment.repeated-target"]
    assert "Amir Khan" in finding["explanation"]
