"""Expose the encoder's mean-pooled sentence vector and its token vectors as ONNX outputs.

The judgement heads (``training/train_heads.py``) are small linear layers on
the pooled vector, so one encoder pass per post serves the original OLID heads
and every new one. Because the pooled vector is the mean of the token vectors,
a linear head's logit splits exactly into one share per token: the token
vectors are what the checker's evidence spans are computed from. The weights
are untouched: only graph outputs are added.

    python training/add_pooled_output.py checker/data/models/embedded/model.int8.onnx
"""
from __future__ import annotations

import argparse
from pathlib import Path

import onnx
from onnx import TensorProto, helper

#: the mean-pooling division's output and the last layer's token vectors in the
#: exported graph (see export_onnx.py)
OUTPUTS = {
    "pooled": ("/Div_output_0", ["batch", 384]),
    "tokens": ("/encoder/encoder/layer.5/output/LayerNorm/LayerNormalization_output_0", ["batch", "seq", 384]),
}


def add_pooled_output(path: Path) -> bool:
    model = onnx.load(str(path))
    graph = model.graph
    added = False
    for name, (tensor, shape) in OUTPUTS.items():
        if any(o.name == name for o in graph.output):
            continue
        if not any(tensor in node.output for node in graph.node):
            raise SystemExit(f"{path}: no tensor named {tensor}; was it exported by training/export_onnx.py?")
        graph.node.append(helper.make_node("Identity", [tensor], [name], name=f"{name}_output"))
        graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, shape))
        added = True
    if added:
        onnx.checker.check_model(model)
        onnx.save(model, str(path))
    return added


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", type=Path)
    args = ap.parse_args(argv)
    print("added" if add_pooled_output(args.model) else "already there")


if __name__ == "__main__":
    main()
