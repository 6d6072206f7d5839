"""Every single-post rule has real examples that `postcheck explain` can show and check."""
from __future__ import annotations

import pytest

from postcheck import Checker
from postcheck.paths import CORPORA_DIR

EXAMPLE_CONFIG = CORPORA_DIR / "example" / "postcheck.toml"


@pytest.fixture(scope="module")
def example_checker():
    return Checker(EXAMPLE_CONFIG)


def post_rules(checker):
    return [r for r in checker.rule_pack.rules.values() if r.scope == "post"]


def test_every_single_post_rule_has_a_detector(example_checker):
    silent = [r.id for r in post_rules(example_checker) if not r.signals]
    assert silent == []


def test_every_signal_in_the_pack_is_emitted_by_some_detector_or_stage(example_checker):
    from postcheck.account import ACCOUNT_SIGNALS
    from postcheck.stages.amplification import AMPLIFIED

    emitted = set().union(*(d.signals for d in example_checker.detectors)) | ACCOUNT_SIGNALS | {AMPLIFIED}
    for rule in example_checker.rule_pack.rules.values():
        for signal in rule.signals:
            assert signal in emitted, (rule.id, signal)


def test_examples_raise_and_pass_as_the_pack_says(example_checker):
    checked = 0
    for rule in post_rules(example_checker):
        for text in rule.examples_raise:
            assert rule.id in example_checker.check(text).rules, (rule.id, text)
            checked += 1
        for text in rule.examples_pass:
            assert rule.id not in example_checker.check(text).rules, (rule.id, text)
            checked += 1
    assert checked >= 40


def test_every_single_post_rule_has_examples_both_ways(example_checker):
    lacking = [r.id for r in post_rules(example_checker) if not (r.examples_raise and r.examples_pass)]
    assert lacking == []


def test_examples_with_metadata_are_checked_as_posts(example_checker):
    rule = example_checker.rule_pack.rules["association.endorsed-content"]
    repost = next(e for e in rule.examples_raise if isinstance(e, dict))
    assert repost["kind"] in ("repost", "quote") and repost["quoted_text"]
    assert rule.id not in example_checker.check(repost["text"]).rules  # the text alone is harmless
    assert rule.id in example_checker.check(repost).rules
