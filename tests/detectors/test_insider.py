"""confidentiality.insider-advantage (postcheck/detectors/insider.py): tipping people off ahead of the public.

One of the seven phrase-driven single-post rules, checked with only their seven
detectors and the real spaCy pipeline and rule pack. The labelled posts are
fixtures/detector_posts_a.jsonl's IA posts (positives and hard negatives,
written for these tests); the development corpus, where present, must score
precision and recall of at least 0.85.
"""
from __future__ import annotations

import pytest

from postcheck.detectors.insider import InsiderDetector
from helpers import (assert_examples_true, assert_ok_posts_get_advice_at_most, assert_phrase_post, assert_scores, facts,
                     labelled, post_of, words_of)

RULE = "confidentiality.insider-advantage"
ALL = labelled("detector_posts_a.jsonl")
POSTS = [item for item in ALL if item["id"].split("-")[1].startswith("IA")]


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_labelled_post(phrase_checker, item):
    assert_phrase_post(phrase_checker.check(post_of(item)), item)


def test_the_rule_has_positives_and_hard_negatives():
    positives = [i for i in ALL if RULE in i["expect"]["rules"]]
    negatives = [i for i in POSTS if RULE not in i["expect"]["rules"]]
    assert len(positives) >= 5 and len(negatives) >= 5


def test_rule_pack_examples_are_true(phrase_checker):
    """The examples `postcheck explain confidentiality.insider-advantage` shows raise and pass it."""
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

def test_a_tip_names_the_cue_and_the_advantage_to_take(fixture_context):
    detector = InsiderDetector(fixture_context)
    text = "Heads-up: the depot site is going up for sale, get your bid in before it's announced."
    [signal] = facts(detector, text)
    assert signal.name == "insider.advance-tip"
    assert words_of(text, signal) == ["get your bid in", "before it's announced"]
    assert signal.evidence == {"phrases": ["before it's announced"], "advantage": "get your bid in"}
    assert facts(detector, "Heads-up: the depot site is going up for sale before it's announced.") == []  # nothing to act on
    assert facts(detector, "The depot site sale was announced today; bids open on the council website.") == []
