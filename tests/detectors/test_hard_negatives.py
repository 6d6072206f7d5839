"""fixtures/hard_negatives.jsonl: posts that must pass the rules they name in ``guards``.

They live in a fixture, not inline, so that choosing a head's bar can use them as a
strict guard (``training/choose_bars.py --strict-guard``): a refitted head that raises
one gets a higher bar instead of breaking this test after the fact.
"""
import pytest

from helpers import labelled, post_of

POSTS = labelled("hard_negatives.jsonl")


def test_every_post_guards_a_rule_of_the_pack(checker):
    assert POSTS and all(set(item["guards"]) <= set(checker.rule_pack.rules) for item in POSTS)


@pytest.mark.parametrize("item", POSTS, ids=lambda item: item["id"])
def test_the_guarded_rules_pass(checker, item):
    raised = set(checker.check(post_of(item)).rules) & set(item["guards"])
    assert not raised, f"{item['note']}: raised {sorted(raised)}"
