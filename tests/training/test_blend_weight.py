"""The blend-weight table ranks posts by the mixed logit and leaves out posts that allow a rule."""
from __future__ import annotations

import sys

import numpy as np

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import blend_weight as BW  # noqa: E402


def test_recall_at_precision_takes_the_deepest_cut_that_keeps_precision():
    y = np.array([1, 1, 0, 1, 0, 0, 1])
    score = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3])
    assert BW.recall_at_precision(y, score, 0.90) == 0.5  # the top two; the third is a false alarm
    assert BW.recall_at_precision(y, score, 0.70) == 0.75  # 3 of the top 4
    assert BW.recall_at_precision(np.zeros(3, dtype=int), score[:3]) == 0.0


def test_the_weight_that_trusts_the_better_ranker_scores_higher():
    rule = "respect.personal-attack"
    posts = [{"expect": {"rules": [rule] if i % 2 else [], "allowed": []}} for i in range(40)]
    posts.append({"expect": {"rules": [], "allowed": [rule]}})  # says nothing either way: left out
    y = np.array([i % 2 for i in range(40)] + [0])
    head_p = np.where(y == 1, 0.45, 0.55)  # the head ranks every post the wrong way round
    ngram_z = np.where(y == 1, 2.0, -2.0)  # the n-grams rank them right
    rows = BW.table(posts, head_p[:, None], ["insult"], ngram_z[:, None], ["insult"], [0.0, 1.0])
    assert len(rows) == 1 and rows[0]["head"] == "insult" and rows[0]["positives"] == 20
    cells = rows[0]["by_weight"]
    assert cells[1.0]["ap"] == 1.0 and cells[1.0]["recall_at_p90"] == 1.0
    assert cells[0.0]["ap"] < 0.6 and cells[0.0]["recall_at_p90"] == 0.0


def test_a_missing_model_or_an_unlabelled_set_is_a_one_line_error(tmp_path):
    import pytest

    bad = tmp_path / "posts.jsonl"
    bad.write_text('{"text": "hello"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as err:
        BW.main(["--model-dir", str(tmp_path), "--set", str(bad)])
    assert "no such file" in str(err.value) and "ngrams.json" in str(err.value)
    with pytest.raises(SystemExit) as err:
        BW.main(["--model-dir", str(ROOT / "postcheck" / "data" / "models" / "embedded"), "--set", str(bad)])
    assert "not a labelled set" in str(err.value)
