"""Expose the encoder's mean-pooled sentence vector as a second ONNX output.

The judgement heads (``training/train_heads.py``) are small layers on this
vector, so one encoder pass per post serves the original OLID heads and every
new one. The weights are untouched: only a graph output is added.

    python training/add_pooled_output.py checker/data/models/embedded/model.int8.onnx
"""
from __future__ import annotations

import argparse
from pathlib import Path

import onnx
from onnx import TensorProto, helper

#: the mean-pooling division's output in the exported graph (see export_onnx.py)
POOLED_TENSOR = "/Div_output_0"


def add_pooled_output(path: Path, name: str = "pooled") -> bool:
    model = onnx.load(str(path))
    graph = model.graph
    if any(o.name == name for o in graph.output):
        return False
    if not any(POOLED_TENSOR in node.output for node in graph.node):
        raise SystemExit(f"{path}: no tensor named {POOLED_TENSOR}; was it exported by training/export_onnx.py?")
    identity = helper.make_node("Identity", [POOLED_TENSOR], [name], name="pooled_output")
    graph.node.append(identity)
    graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", 384]))
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return True


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", type=Path)
    args = ap.parse_args(argv)
    print("added" if add_pooled_output(args.model) else "already there")


if __name__ == "__main__":
    main()
