"""Export a checkpoint from ``train_embedded.py`` to ONNX, verify, quantise, tune thresholds.

Steps:
1. fp32 export (``model.onnx``, ~90 MB: keep it out of git), checked against torch;
2. dynamic int8 quantisation with per-channel weights (``model.int8.onnx``);
3. agreement report fp32 vs int8 on the validation data;
4. thresholds tuned on validation data only (OLID hold-out, TweetEval hate val)
   with the shipped int8 model -> ``thresholds.json``;
5. ``labels.json`` and ``tokenizer.json`` beside the model.

Example::

    python training/export_onnx.py --checkpoint OUT_DIR/model.pt --datasets DATASETS_DIR \\
        --model-dir postcheck/data/models/embedded
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data as D  # noqa: E402
from train_embedded import LABELS, base_model_dir, best_threshold_f1, build_model  # noqa: E402


def export_fp32(model, path: Path):
    model.eval()
    ids = torch.tensor([[101, 7592, 2088, 999, 102], [101, 2023, 102, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    kwargs = dict(
        input_names=["input_ids", "attention_mask"],
        output_names=["probs"],
        dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                      "probs": {0: "batch"}},
        opset_version=17,
        do_constant_folding=True,
    )
    try:
        torch.onnx.export(model, (ids, mask), str(path), dynamo=False, **kwargs)
    except Exception as exc:  # older/newer exporters
        print("TorchScript exporter failed, trying dynamo:", exc)
        torch.onnx.export(model, (ids, mask), str(path), dynamo=True, **kwargs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", required=True, type=Path)
    ap.add_argument("--datasets", required=True, type=Path)
    ap.add_argument("--model-dir", required=True, type=Path, help="output, e.g. postcheck/data/models/embedded")
    ap.add_argument("--fp32-dir", type=Path, default=None,
                    help="where to write the fp32 model (default: model-dir; it is not meant for git)")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)

    ck = torch.load(args.checkpoint, map_location="cpu", weights_only=False)
    max_len = int(ck["max_len"])
    model = build_model(max_len)
    model.load_state_dict(ck["state_dict"])
    model.eval()

    out = args.model_dir
    out.mkdir(parents=True, exist_ok=True)
    fp32_dir = args.fp32_dir or out
    fp32_dir.mkdir(parents=True, exist_ok=True)
    fp32 = fp32_dir / "model.onnx"
    int8 = out / "model.int8.onnx"

    shutil.copy(base_model_dir() / "tokenizer.json", out / "tokenizer.json")
    meta = {"labels": list(LABELS), "max_len": max_len, "model_file": int8.name,
            "base_model": "sentence-transformers/all-MiniLM-L6-v2", "pooling": "mean",
            "text_normalisation": "postcheck.scoring.embedded.normalise_text"}
    (out / "labels.json").write_text(json.dumps(meta, indent=2) + "\n")

    t0 = time.time()
    export_fp32(model, fp32)
    print(f"fp32 exported in {time.time() - t0:.0f}s: {fp32.stat().st_size / 1e6:.1f} MB")

    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
    import onnx
    from portable_int8 import portable_weights

    quantised = onnx.load(str(int8))
    portable_weights(quantised)  # the same scores on CPUs with and without VNNI
    onnx.save(quantised, str(int8))
    print(f"int8: {int8.stat().st_size / 1e6:.1f} MB")

    emb = D.load_runtime_module("embedded")
    s32 = emb.EmbeddedScorer(out, threads=2)
    s32.session = __import__("onnxruntime").InferenceSession(str(fp32), providers=["CPUExecutionProvider"])
    s8 = emb.EmbeddedScorer(out, threads=2)

    olid_tr, olid_val = D.olid_train_val_split(args.datasets)
    hate_val = D.tweeteval_hate(args.datasets, "val")
    texts = [e.text for e in olid_val] + [e.text for e in hate_val]

    # 1. fp32 ONNX vs torch
    tok = s32.tokenizer
    ids_list = [e.ids for e in tok.encode_batch([emb.normalise_text(t) for t in texts[:200]])]
    from train_embedded import predict

    pt = predict(model, ids_list, batch_size=1)
    po = s32.score_array(texts[:200])
    report = {"fp32_vs_torch_max_abs": float(np.abs(pt - po).max())}
    # padded batches of 8 (variable lengths) must agree too
    po8 = s32.score_array(texts[:200], batch_size=8)
    report["fp32_batch8_vs_torch_max_abs"] = float(np.abs(pt - po8).max())
    print("fp32 onnx vs torch max abs diff", report["fp32_vs_torch_max_abs"], report["fp32_batch8_vs_torch_max_abs"])

    # 2. fp32 vs int8 on all validation texts
    p32 = s32.score_array(texts)
    p8 = s8.score_array(texts)
    d = np.abs(p32 - p8)
    report["int8_vs_fp32_mean_abs"] = float(d.mean())
    report["int8_vs_fp32_max_abs"] = float(d.max())

    from sklearn.metrics import f1_score

    n_o = len(olid_val)
    ya = np.array([e.a for e in olid_val])
    ci = [i for i, e in enumerate(olid_val) if e.c >= 0]
    yc = np.array([olid_val[i].c for i in ci])
    bi = [i for i, e in enumerate(olid_val) if e.b >= 0]
    yb = np.array([olid_val[i].b for i in bi])
    yh = np.array([e.hate for e in hate_val])
    thresholds = {}
    for name, p in (("fp32", p32), ("int8", p8)):
        po_, ph_ = p[:n_o], p[n_o:]
        ta, fa = best_threshold_f1(ya, po_[:, 0])
        tb, fb = best_threshold_f1(yb, po_[bi, 1])
        th, fh = best_threshold_f1(yh, ph_[:, 5])
        fc = float(f1_score(yc, po_[ci, 2:5].argmax(1), average="macro"))
        report[name] = {"val_A_f1": fa, "val_A_thr": ta, "val_B_f1": fb, "val_B_thr": tb, "val_C_f1": fc,
                        "val_hate_f1": fh, "val_hate_thr": th}
        if name == "int8":
            thresholds = {"offensive": ta, "targeted": tb, "hate": th}
    print(json.dumps(report, indent=2))
    thresholds["_note"] = ("decision thresholds tuned for macro-F1 on validation data (OLID train hold-out, "
                           "TweetEval hate val) with model.int8.onnx; target_* use argmax")
    (out / "thresholds.json").write_text(json.dumps(thresholds, indent=2) + "\n")
    (out / "export_report.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
