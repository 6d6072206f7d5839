"""Fold a refitted head into the shipped one: one head whose logit is the mean of both.

A head refitted with a new round of the corpus can learn the new kind of post
and lose precision on the kind it read before (round 13's threat head: veiled
threats and coercion found, earlier posts misread). Averaging the two in logit
space keeps what each reads well. The two hidden layers sit side by side and
the output weights are halved, exactly as ``train_heads.py`` folds several
seeds, so the runtime cost is one wider hidden layer. The threshold is given:
choose it on the validation split (``validation_report.py``), never on a test set.

    python training/fold_heads.py --base postcheck/data/models/embedded --other REFITTED_DIR \\
        --out OUT_DIR --head threat --threshold 0.70
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np


def fold(base: Path, other: Path, out: Path, head: str, threshold: float) -> None:
    """Write ``out``: ``base`` with ``head`` replaced by the logit mean of ``base``'s and ``other``'s."""
    meta = json.loads((base / "heads.json").read_text(encoding="utf-8"))
    with np.load(base / "heads.npz") as stored:
        arrays = {k: stored[k] for k in stored.files}
    with np.load(other / "heads.npz") as stored:
        theirs = {k: stored[k] for k in stored.files}
    key = head.replace(".", "_")
    if f"H_{key}" not in arrays or f"H_{key}" not in theirs:
        raise SystemExit(f"fold_heads: {head} needs a hidden layer in both model folders")
    mine = {p: arrays[f"{p}_{key}"].astype(np.float32) for p in "HcWb"}
    other_w = {p: theirs[f"{p}_{key}"].astype(np.float32) for p in "HcWb"}
    arrays[f"H_{key}"] = np.concatenate([mine["H"], other_w["H"]]).astype(np.float16)
    arrays[f"c_{key}"] = np.concatenate([mine["c"], other_w["c"]]).astype(np.float16)
    arrays[f"W_{key}"] = (np.concatenate([mine["W"], other_w["W"]], axis=1) / 2).astype(np.float16)
    arrays[f"b_{key}"] = ((mine["b"] + other_w["b"]) / 2).astype(np.float16)
    other_meta = json.loads((other / "heads.json").read_text(encoding="utf-8"))
    meta["thresholds"][head] = threshold
    meta["report"][head] = {"folded": [meta["report"].get(head), other_meta["report"].get(head)],
                            "threshold": threshold}
    if out.resolve() != base.resolve():
        shutil.copytree(base, out, dirs_exist_ok=True)
    np.savez_compressed(out / "heads.npz", **arrays)
    (out / "heads.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="the model folder whose head is kept and widened")
    ap.add_argument("--other", type=Path, required=True, help="a model folder with the refitted head")
    ap.add_argument("--out", type=Path, required=True, help="where the folded model folder is written")
    ap.add_argument("--head", required=True, help="the head's output name, e.g. threat")
    ap.add_argument("--threshold", type=float, required=True, help="its bar, chosen on validation data")
    args = ap.parse_args(argv)
    fold(args.base, args.other, args.out, args.head, args.threshold)
    print(f"folded {args.head} into {args.out} (threshold {args.threshold})")


if __name__ == "__main__":
    main()
