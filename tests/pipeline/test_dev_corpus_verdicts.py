"""The development corpus's promise: no post labelled ``ok`` is raised to review or block.

A borderline post may allow a rule (``expect.allowed``) without counting as a
false positive, but its verdict must stay at advice at most: a checker that
blocks fair criticism gets switched off. Needs the shared data; skips without it.
"""
from __future__ import annotations

from postcheck.evaluation import evaluate, read_labelled


def test_no_ok_post_of_the_development_corpus_is_raised_to_review_or_block(shared_dir, corpus_checker):
    items = read_labelled(shared_dir / "corpora" / "posts.jsonl")
    result = evaluate(corpus_checker, items)
    raised = [m["id"] for m in result.mistakes if m["expected"] == "ok" and m["predicted"] in ("review", "block")]
    assert raised == []
