"""Everyday ward and political posts raise none of the seven phrase-driven single-post rules.

The N posts of fixtures/detector_posts_a.jsonl (written for these tests), checked
with only the seven phrase-rule detectors; the rules' own labelled posts are in
their detectors' test files.
"""
from __future__ import annotations

import pytest

from helpers import COUNCIL_VOICE_LIMITS, assert_phrase_post, labelled, labelled_param, post_of

POSTS = [item for item in labelled("detector_posts_a.jsonl") if item["id"].startswith("N-")]


def test_there_are_everyday_posts():
    assert len(POSTS) >= 30 and all(item["expect"]["verdict"] == "ok" for item in POSTS)


@pytest.mark.parametrize("item", [labelled_param(item, COUNCIL_VOICE_LIMITS) for item in POSTS])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)
