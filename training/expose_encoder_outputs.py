"""Expose the encoder's pooled sentence vector and its token vectors as ONNX outputs.

The judgement heads (``training/train_heads.py``) are small layers on the
mean-pooled vectors of three of the encoder's layers (2, 4 and the last), so
one encoder pass per post serves the original OLID heads and every new one;
the middle layers keep more of the general sentence meaning that the OLID
fine-tuning narrowed in the last. Because each pooled vector is the mean of
its layer's token vectors, a head's gradient times the token vectors splits
its logit into one share per token: the checker's evidence words. The
weights are untouched: only graph outputs are added.

    python training/expose_encoder_outputs.py postcheck/data/models/embedded/model.int8.onnx
"""
from __future__ import annotations

import argparse
from pathlib import Path

import onnx
from onnx import TensorProto, helper

LAYER = "/encoder/encoder/layer.{}/output/LayerNorm/LayerNormalization_output_0"
#: output name -> (tensor in the graph exported by export_onnx.py, shape)
OUTPUTS = {
    "pooled": ("/Div_output_0", ["batch", 384]),
    "layer2": (LAYER.format(2), ["batch", "seq", 384]),
    "layer4": (LAYER.format(4), ["batch", "seq", 384]),
    "layer5": (LAYER.format(5), ["batch", "seq", 384]),
}


def expose(path: Path) -> list[str]:
    model = onnx.load(str(path))
    graph = model.graph
    produced = {name for node in graph.node for name in node.output}
    added = []
    for name, (tensor, shape) in OUTPUTS.items():
        if any(o.name == name for o in graph.output):
            continue
        if tensor not in produced:
            raise SystemExit(f"{path}: no tensor named {tensor}; was it exported by training/export_onnx.py?")
        graph.node.append(helper.make_node("Identity", [tensor], [name], name=f"{name}_output"))
        graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, shape))
        added.append(name)
    if added:
        onnx.checker.check_model(model)
        onnx.save(model, str(path))
    return added


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", type=Path)
    args = ap.parse_args(argv)
    added = expose(args.model)
    print(f"added {', '.join(added)}" if added else "already there")


if __name__ == "__main__":
    main()
