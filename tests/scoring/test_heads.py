"""Judgement heads: loading, the forward pass, and word evidence from one encoder pass."""
import json

import numpy as np
import pytest

from postcheck.scoring.heads import Heads, HeadsError


def write_heads(folder, heads, weights, thresholds=None):
    (folder / "heads.json").write_text(json.dumps({"dim": 4, "heads": heads, "thresholds": thresholds or {}}))
    np.savez(folder / "heads.npz", **weights)


def test_linear_and_hidden_heads_give_probabilities(tmp_path):
    rng = np.random.default_rng(0)
    write_heads(tmp_path, [
        {"name": "insult", "kind": "sigmoid", "outputs": ["insult"]},
        {"name": "target", "kind": "softmax", "outputs": ["target.a", "target.b"]},
    ], {
        "H_insult": rng.normal(size=(3, 4)), "c_insult": np.zeros(3), "W_insult": np.ones((1, 3)), "b_insult": np.zeros(1),
        "W_target": rng.normal(size=(2, 4)), "b_target": np.zeros(2),
    }, {"insult": 0.7})
    heads = Heads(tmp_path)
    assert heads.labels == ("insult", "target.a", "target.b")
    assert heads.thresholds == {"insult": 0.7}
    out = heads.scores(rng.normal(size=(5, 4)).astype(np.float32))
    assert out.shape == (5, 3)
    assert np.all((out >= 0) & (out <= 1))
    assert np.allclose(out[:, 1] + out[:, 2], 1.0, atol=1e-5)


def _one_head(head, pooled):
    """A head on its own, as heads.npz defines it: optional ReLU hidden layer, then sigmoid or softmax."""
    features = pooled if head.hidden is None else np.maximum(pooled @ head.hidden.T + head.hidden_bias, 0.0)
    logits = features @ head.weight.T + head.bias
    if head.kind == "softmax":
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)
    return 1.0 / (1.0 + np.exp(-logits))


def test_fused_scores_equal_each_heads_own_forward_pass(tmp_path):
    rng = np.random.default_rng(3)
    write_heads(tmp_path, [
        {"name": "a", "kind": "sigmoid", "outputs": ["a"]},
        {"name": "t", "kind": "softmax", "outputs": ["t.x", "t.y", "t.z"]},
        {"name": "b", "kind": "sigmoid", "outputs": ["b"]},
        {"name": "u", "kind": "softmax", "outputs": ["u.x", "u.y"]},
    ], {
        "H_a": rng.normal(size=(3, 4)), "c_a": rng.normal(size=3), "W_a": rng.normal(size=(1, 3)), "b_a": rng.normal(size=1),
        "H_t": rng.normal(size=(5, 4)), "c_t": rng.normal(size=5), "W_t": rng.normal(size=(3, 5)), "b_t": rng.normal(size=3),
        "W_b": rng.normal(size=(1, 4)), "b_b": rng.normal(size=1),
        "W_u": rng.normal(size=(2, 4)), "b_u": rng.normal(size=2),
    })
    heads = Heads(tmp_path)
    pooled = rng.normal(size=(7, 4)).astype(np.float32)
    one_by_one = np.concatenate([_one_head(head, pooled) for head in heads.heads], axis=1)
    assert np.allclose(heads.scores(pooled), one_by_one, atol=1e-5)


def test_gradient_splits_a_linear_logit_exactly(tmp_path):
    rng = np.random.default_rng(1)
    w = rng.normal(size=(1, 4))
    write_heads(tmp_path, [{"name": "x", "kind": "sigmoid", "outputs": ["x"]}], {"W_x": w, "b_x": np.zeros(1)})
    head = Heads(tmp_path).head_for("x")
    tokens = rng.normal(size=(6, 4)).astype(np.float32)
    pooled = tokens.mean(axis=0)
    shares = tokens @ head.gradient(pooled) / len(tokens)
    assert np.isclose(shares.sum(), float(pooled @ w[0]), atol=1e-5)


def test_heads_that_do_not_fit_the_encoder_are_refused(tmp_path):
    write_heads(tmp_path, [{"name": "x", "kind": "sigmoid", "outputs": ["x"]}], {"W_x": np.ones((1, 5)), "b_x": np.zeros(1)})
    with pytest.raises(HeadsError, match="does not fit"):
        Heads(tmp_path)


def test_missing_heads_files_are_one_line_errors(tmp_path):
    with pytest.raises(HeadsError, match="heads missing"):
        Heads(tmp_path)
