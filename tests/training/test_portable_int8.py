"""The shipped encoder's quantised weights are in the form that scores the same on every x86 CPU."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from helpers import ROOT

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
sys.path.insert(0, str(ROOT / "training"))
from portable_int8 import main, portable_weights  # noqa: E402

MODEL = ROOT / "postcheck" / "data" / "models" / "embedded" / "model.int8.onnx"


def _weight_types(model) -> set[int]:
    inits = {i.name: i.data_type for i in model.graph.initializer}
    return {inits[n.input[1]] for n in model.graph.node if n.op_type == "MatMulInteger" and n.input[1] in inits}


def test_the_shipped_model_has_no_int8_weights_left():
    assert _weight_types(onnx.load(str(MODEL))) == {onnx.TensorProto.UINT8}


def _tiny_quantised(tmp_path):
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    rng = np.random.default_rng(7)
    weight = numpy_helper.from_array(rng.normal(size=(8, 4)).astype(np.float32), "w")
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "tiny",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 8])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 4])], [weight])
    fp32, int8 = tmp_path / "tiny.onnx", tmp_path / "tiny.int8.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(fp32))
    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
    return int8


def _run(path, x):
    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(["y"], {"x": x})[0]


def test_shifting_the_weights_changes_their_type_and_not_one_output(tmp_path):
    int8 = _tiny_quantised(tmp_path)
    model = onnx.load(str(int8))
    assert _weight_types(model) == {onnx.TensorProto.INT8}
    assert portable_weights(model) == 2  # the weight and its zero point
    assert _weight_types(model) == {onnx.TensorProto.UINT8}
    shifted = tmp_path / "tiny.u8.onnx"
    onnx.save(model, str(shifted))
    # the shifted form reads as the float model does, up to quantisation, on any CPU (the int8 form
    # does only where u8 x s8 does not saturate, i.e. with VNNI, so it is not compared here)
    x = np.random.default_rng(3).uniform(-1.0, 1.0, size=(2, 8)).astype(np.float32)
    np.testing.assert_allclose(_run(shifted, x), _run(tmp_path / "tiny.onnx", x), atol=0.05)


def test_the_command_rewrites_in_place_and_a_second_run_changes_nothing(tmp_path, capsys):
    int8 = _tiny_quantised(tmp_path)
    assert main([str(int8)]) == 0 and "2 int8 weight" in capsys.readouterr().out
    assert main([str(int8)]) == 0 and "0 int8 weight" in capsys.readouterr().out
    assert _weight_types(onnx.load(str(int8))) == {onnx.TensorProto.UINT8}
