"""The model-alone personal-attack bar moves with a new model so that it keeps the old operating point."""
from __future__ import annotations

import sys

import numpy as np

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
import finetune_top as F  # noqa: E402


def _scores(offensive, targeted):
    return np.column_stack([offensive, targeted])


def test_a_model_run_against_itself_gets_back_its_own_bar():
    rng = np.random.default_rng(3)
    p = _scores(rng.random(500), rng.random(500))
    for bar in (0.2, 0.31, 0.8):
        assert F.tune_model_attack(p, 0.5, p, {"model_attack": bar, "targeted": 0.5}) == bar


def test_compressed_probabilities_get_a_lower_bar_for_the_same_share_of_posts():
    rng = np.random.default_rng(5)
    old = _scores(rng.random(1000), np.ones(1000))
    new = _scores(old[:, 0] * 0.5, np.ones(1000))  # the same order, squeezed into [0, 0.5]
    share_old = (old[:, 0] >= 0.8).mean()
    bar = F.tune_model_attack(new, 0.5, old, {"model_attack": 0.8, "targeted": 0.5})
    assert bar == 0.4
    assert (new[:, 0] >= bar).mean() <= share_old


def test_the_targeted_bar_counts_on_both_sides():
    old = _scores(np.full(10, 0.9), np.array([0.9] * 5 + [0.1] * 5))  # half over both bars
    new = _scores(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]), np.ones(10))
    bar = F.tune_model_attack(new, 0.5, old, {"model_attack": 0.8, "targeted": 0.5})
    assert ((new[:, 0] >= bar).mean(), bar) == (0.5, 0.51)  # the lowest bar with no more than half of the posts over it


def test_the_shipped_model_run_against_itself_on_the_olid_holdout_keeps_its_bar(shared_dir):
    import json

    import data as D
    from postcheck.scoring.embedded import EmbeddedScorer

    model_dir = ROOT / "postcheck" / "data" / "models" / "embedded"
    stored = json.loads((model_dir / "thresholds.json").read_text(encoding="utf-8"))
    scorer = EmbeddedScorer(model_dir)
    thresholds = F._stored_thresholds(scorer)
    assert thresholds["model_attack"] == stored["model_attack"]  # the model's own, not the default 0.8
    _, holdout = D.olid_train_val_split(shared_dir / "datasets")
    p = scorer.score_array([e.text for e in holdout])
    assert F.tune_model_attack(p, thresholds["targeted"], p, thresholds) == stored["model_attack"]
