"""The model scores each batch in a second thread while spaCy parses it: same scores, same errors, fork-safe."""
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
    docs = default_checker._parse(default_checker._start(posts))
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


def test_the_model_reads_the_next_batch_before_this_one_is_reported(default_checker, monkeypatch):
    """Batch k+1 is handed to the scoring thread before batch k's reports come out."""
    scored, reported = [], []
    score = default_checker.scorer.score
    monkeypatch.setattr(default_checker.scorer, "score", lambda texts: scored.append(len(texts)) or score(texts))
    for report in default_checker.check_many(DRAFTS, batch_size=2):
        reported.append(report)
        if len(reported) == 1:
            assert scored == [2, 1]  # both batches started when the first report is out
    assert [r.verdict for r in reported] == [default_checker.check(text).verdict for text in DRAFTS]


def test_a_bad_post_ahead_is_raised_after_the_reports_before_it(default_checker):
    """Reading ahead loses nothing: the reports of the batch before a bad post still come out first."""
    from postcheck import PostError

    reported = []
    with pytest.raises(PostError, match="empty"):
        for report in default_checker.check_many([*DRAFTS[:2], ""], batch_size=2):
            reported.append(report.verdict)
    assert len(reported) == 2
