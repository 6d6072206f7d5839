"""The top-layer fine-tuning reads and writes the int8 graph's weights faithfully.

If the mapping from graph initialisers to layers were wrong, training would
start from the wrong weights and write them back to the wrong places, and
nothing downstream would say so: these tests pin both directions on the
shipped model.
"""
from __future__ import annotations

import sys

import numpy as np
import pytest

from helpers import ROOT

onnx = pytest.importorskip("onnx")
torch = pytest.importorskip("torch")
ort = pytest.importorskip("onnxruntime")
sys.path.insert(0, str(ROOT / "training"))
import finetune_top as F  # noqa: E402

MODEL = ROOT / "postcheck" / "data" / "models" / "embedded" / "model.int8.onnx"


@pytest.fixture(scope="module")
def model():
    return onnx.load(str(MODEL))


def _initialisers(m) -> dict[str, np.ndarray]:
    from onnx import numpy_helper

    return {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}


def test_every_linear_layer_of_the_top_and_the_olid_heads_is_found(model):
    mapping = F.linear_initialisers(model)
    for layer in range(6):
        for name in F.LINEARS:
            assert F.PREFIX.format(layer) + name in mapping
    assert set(F.OLID_HEADS) <= set(mapping)
    assert len(set(mapping.values())) == len(mapping)  # no weight serves two layers


def test_reading_then_writing_the_weights_leaves_the_graph_bit_identical(model):
    m = onnx.load(str(MODEL))
    F.write_weights(m, F.read_weights(m, range(4, 6)))
    before, after = _initialisers(model), _initialisers(m)
    assert before.keys() == after.keys()
    changed = [k for k in before if before[k].dtype != after[k].dtype or not np.array_equal(before[k], after[k])]
    assert changed == []


def test_a_changed_weight_lands_in_its_own_initialiser_only(model):
    m = onnx.load(str(MODEL))
    weights = F.read_weights(m, range(5, 6))
    name = F.PREFIX.format(5) + "output.dense.bias"
    weights[name] = weights[name] + 1.0
    F.write_weights(m, weights)
    before, after = _initialisers(model), _initialisers(m)
    changed = [k for k in before if not np.array_equal(before[k], after[k])]
    assert changed == [name]


def test_the_torch_layers_compute_what_the_graph_computes(model, tmp_path):
    """Layers 4-5 rebuilt in torch from the dequantised weights reproduce the graph's last layer."""
    probe = F.with_outputs(MODEL, {"below": F.LAYER_OUT.format(3)}, tmp_path / "probe.onnx")
    session = ort.InferenceSession(str(probe), providers=["CPUExecutionProvider"])
    ids = np.array([[101, 2023, 2003, 1037, 3231, 1997, 1996, 2561, 102]], dtype=np.int64)
    mask = np.ones_like(ids)
    below, last = session.run(["below", "layer5"], {"input_ids": ids, "attention_mask": mask})
    top, _ = F.build(F.read_weights(model, range(4, 6)), range(4, 6), n_tasks=1, n_targets=1)
    top.eval()
    h = torch.from_numpy(below)
    add_mask = torch.zeros(1, 1, 1, ids.shape[1])
    with torch.no_grad():
        for layer in top.layers:
            h = layer(h, add_mask)
    # the graph quantises activations on the fly, torch runs in fp32: close, not equal
    cosine = torch.nn.functional.cosine_similarity(h[0], torch.from_numpy(last[0]), dim=-1)
    assert float(cosine.min()) > 0.98


def test_the_spent_blind_sets_join_the_training_rows(shared_dir, tmp_path):
    import json

    corpus, spent = tmp_path / "corpus", tmp_path / "b1"
    corpus.mkdir(), spent.mkdir()
    (corpus / "a.jsonl").write_text(json.dumps({
        "text": "Cllr Ames is a prize berk.", "labels": ["insult"], "target": "named_person",
        "rules": ["respect.personal-attack"], "kind": "positive"}) + "\n", encoding="utf-8")
    (spent / "posts.jsonl").write_text(json.dumps({
        "id": "B1-0001", "text": "Ames should be ashamed, the useless article.",
        "expect": {"rules": ["respect.personal-attack"], "allowed": []}}) + "\n", encoding="utf-8")
    without, _, _ = F.training_rows(shared_dir / "datasets", corpus, 20)
    rows, extra, names = F.training_rows(shared_dir / "datasets", corpus, 20, [spent])
    taken = [r for r in rows if r.source == "spent/b1"]
    assert [r.text for r in taken] == ["Ames should be ashamed, the useless article."]
    assert taken[0].labels["cue.respect.personal-attack"] == 1
    assert len(rows) == len(without) + 1 and len(extra) == len(rows) and "cue.respect.personal-attack" in names
