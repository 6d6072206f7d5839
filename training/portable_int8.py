"""Make a dynamically quantised model read the same on every x86 CPU.

``quantize_dynamic(..., weight_type=QInt8)`` gives ``MatMulInteger`` nodes
uint8 activations and int8 weights. On CPUs with AVX2 but no VNNI, ONNX
Runtime multiplies u8 by s8 with an instruction that saturates its 16-bit
pair sums, so the same model scores a post differently there (a head read
0.55 instead of 0.47 on one test post) than on a CPU with VNNI. Shifting every
int8 weight and its zero point by +128 into uint8 leaves each weight minus its
zero point, and so each product, exactly as it was, and u8 by u8 does not
saturate: the scores are those of a VNNI machine, everywhere.

    python training/portable_int8.py postcheck/data/models/embedded/model.int8.onnx   # rewrites it in place
"""
from __future__ import annotations

import argparse
from pathlib import Path


def portable_weights(model) -> int:
    """Rewrite ``model``'s int8 ``MatMulInteger`` weights and zero points as uint8, in place;
    returns how many initialisers changed. Refuses one that another kind of node also reads."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    inits = {i.name: i for i in model.graph.initializer}
    todo = {name for node in model.graph.node if node.op_type == "MatMulInteger" and len(node.input) > 3
            for name in (node.input[1], node.input[3])
            if name in inits and inits[name].data_type == onnx.TensorProto.INT8}
    for node in model.graph.node:
        if node.op_type != "MatMulInteger" and set(node.input) & todo:
            raise ValueError(f"{node.op_type} node {node.name!r} also reads a weight to rewrite")
    for name in todo:
        shifted = numpy_helper.to_array(inits[name]).astype(np.int16) + 128
        inits[name].CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
    return len(todo)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="an int8 ONNX model, rewritten in place")
    args = parser.parse_args(argv)
    import onnx

    model = onnx.load(str(args.model))
    changed = portable_weights(model)
    onnx.save(model, str(args.model))
    print(f"{args.model}: {changed} int8 weight initialisers now uint8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
