"""A refitted head folds into the shipped one as one wider network whose logit is their mean."""
from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from helpers import ROOT
from postcheck.scoring.heads import Heads

sys.path.insert(0, str(ROOT / "training"))
import fold_heads  # noqa: E402

DIM = 6


def _model(folder, seed: int, hidden: int):
    """A model folder with one hidden-layer sigmoid head named ``threat`` and one linear head."""
    rng = np.random.default_rng(seed)
    folder.mkdir()
    arrays = {"H_threat": rng.normal(size=(hidden, DIM)), "c_threat": rng.normal(size=hidden),
              "W_threat": rng.normal(size=(1, hidden)), "b_threat": rng.normal(size=1),
              "W_insult": rng.normal(size=(1, DIM)), "b_insult": rng.normal(size=1)}
    np.savez_compressed(folder / "heads.npz", **{k: v.astype(np.float16) for k, v in arrays.items()})
    meta = {"dim": DIM, "heads": [{"name": "threat", "kind": "sigmoid", "outputs": ["threat"]},
                                  {"name": "insult", "kind": "sigmoid", "outputs": ["insult"]}],
            "thresholds": {"threat": 0.58, "insult": 0.66}, "report": {"threat": {"seed": seed}}}
    (folder / "heads.json").write_text(json.dumps(meta), encoding="utf-8")
    return Heads(folder)


def _logit(p):
    return np.log(p) - np.log1p(-p)


def test_the_folded_head_averages_the_two_logits_and_leaves_the_others(tmp_path):
    base, other = _model(tmp_path / "base", 1, 4), _model(tmp_path / "other", 2, 12)
    fold_heads.main(["--base", str(tmp_path / "base"), "--other", str(tmp_path / "other"),
                     "--out", str(tmp_path / "out"), "--head", "threat", "--threshold", "0.7"])
    folded = Heads(tmp_path / "out")
    x = np.random.default_rng(3).normal(size=(20, DIM)).astype(np.float32)
    threat = folded.labels.index("threat")
    expected = 1 / (1 + np.exp(-(_logit(base.scores(x)[:, threat]) + _logit(other.scores(x)[:, threat])) / 2))
    np.testing.assert_allclose(folded.scores(x)[:, threat], expected, rtol=2e-3, atol=2e-3)
    assert not np.allclose(base.scores(x)[:, threat], other.scores(x)[:, threat])  # the average is not trivial
    insult = folded.labels.index("insult")
    np.testing.assert_array_equal(folded.scores(x)[:, insult], base.scores(x)[:, insult])
    assert folded.head_for("threat").hidden.shape == (16, DIM)
    assert folded.thresholds == {"threat": 0.7, "insult": 0.66}


def test_one_command_folds_one_head_replaces_another_and_keeps_the_bars(tmp_path):
    base, other = _model(tmp_path / "base", 1, 4), _model(tmp_path / "other", 2, 12)
    fold_heads.main(["--base", str(tmp_path / "base"), "--other", str(tmp_path / "other"),
                     "--out", str(tmp_path / "out"), "--head", "threat", "--replace", "insult"])
    mixed = Heads(tmp_path / "out")
    x = np.random.default_rng(4).normal(size=(20, DIM)).astype(np.float32)
    insult, threat = mixed.labels.index("insult"), mixed.labels.index("threat")
    np.testing.assert_array_equal(mixed.scores(x)[:, insult], other.scores(x)[:, insult])
    assert not np.allclose(mixed.scores(x)[:, insult], base.scores(x)[:, insult])
    assert mixed.head_for("threat").hidden.shape == (16, DIM)
    assert mixed.thresholds == {"threat": 0.58, "insult": 0.66}  # the base's bars, none given


def test_a_head_taken_from_the_other_model_names_the_sets_it_learned(tmp_path):
    _model(tmp_path / "base", 1, 4), _model(tmp_path / "other", 2, 12)
    for name, sets in (("base", ["b1"]), ("other", ["b1", "b2"])):
        path = tmp_path / name / "heads.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**meta, "spent_sets": sets}), encoding="utf-8")
    fold_heads.main(["--base", str(tmp_path / "base"), "--other", str(tmp_path / "other"),
                     "--out", str(tmp_path / "out"), "--replace", "insult"])
    meta = json.loads((tmp_path / "out" / "heads.json").read_text(encoding="utf-8"))
    assert meta["report"]["insult"]["spent_sets"] == ["b1", "b2"]
    assert meta["spent_sets"] == ["b1"] and "spent_sets" not in meta["report"]["threat"]


def test_a_head_both_folded_and_replaced_is_refused(tmp_path):
    _model(tmp_path / "base", 1, 4), _model(tmp_path / "other", 2, 12)
    with pytest.raises(SystemExit, match="both folded and replaced"):
        fold_heads.main(["--base", str(tmp_path / "base"), "--other", str(tmp_path / "other"),
                         "--out", str(tmp_path / "out"), "--head", "threat", "--replace", "threat"])
