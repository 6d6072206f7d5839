"""The model scores each batch in a second thread, a batch ahead of the parse: same scores, same errors, fork-safe."""
import multiprocessing

import numpy as np
import pytest

from postcheck.scoring.base import MODEL_SCORES

DRAFTS = [
    "Cllr Jones has never done an honest day's work in her life.",
    "The cabinet's parking policy is a shambles and residents deserve better.",
    "Surgery this Saturday 10-12 at the library.",
]


def test_scores_from_the_thread_are_the_scorers_own(default_checker):
    posts = [default_checker.to_post(text) for text in DRAFTS]
    started = default_checker._start(posts)
    docs = default_checker._parse(started.normalising.result(), started.scores)
    direct = default_checker.scorer.score([doc.text for doc in docs])
    for doc, expected in zip(docs, direct):
        got = doc.user_data[MODEL_SCORES]
        assert got.keys() == expected.keys()
        assert np.allclose([got[k] for k in expected], list(expected.values()), atol=1e-6)


def test_an_error_in_the_scorer_reaches_the_caller(default_checker, monkeypatch):
    def broken(texts):
        raise RuntimeError("the model file went away")

    monkeypatch.setattr(default_checker.scorer, "score", broken)
    with pytest.raises(RuntimeError, match="went away"):
        default_checker.check("Surgery this Saturday at the library.")


def _check_in_child(checker, queue):
    queue.put(checker.check(DRAFTS[0]).verdict)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform")
def test_a_forked_child_makes_its_own_scoring_thread(default_checker):
    parent = default_checker.check(DRAFTS[0]).verdict  # the parent's thread exists before the fork
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_check_in_child, args=(default_checker, queue))
    child.start()
    child.join(timeout=60)
    if child.is_alive():
        child.kill()
        pytest.fail("the forked child hung waiting for a scoring thread that is not there")
    assert queue.get(timeout=5) == parent


def test_scoring_a_batch_ahead_changes_no_report(default_checker):
    drafts = DRAFTS * 3
    one_batch = [r.to_dict() for r in default_checker.check_many(drafts, batch_size=len(drafts))]
    batches_of_two = [r.to_dict() for r in default_checker.check_many(drafts, batch_size=2)]
    alone = [default_checker.check(text).to_dict() for text in drafts]
    assert batches_of_two == one_batch == alone


def test_a_bad_post_in_the_next_batch_raises_after_this_batchs_reports(default_checker):
    from postcheck.post import PostError

    reports = default_checker.check_many([DRAFTS[0], DRAFTS[1], "   "], batch_size=2)
    got = [next(reports).verdict, next(reports).verdict]
    assert got == [default_checker.check(DRAFTS[0]).verdict, default_checker.check(DRAFTS[1]).verdict]
    with pytest.raises(PostError):
        next(reports)
