"""Mix refitted heads into the shipped model: fold some (one head whose logit is the mean of
both), replace others, keep the rest, in one command.

A head refitted with a new round of the corpus can learn the new kind of post
and lose precision on the kind it read before (round 13's threat head: veiled
threats and coercion found, earlier posts misread). Averaging the two in logit
space keeps what each reads well. The two hidden layers sit side by side and
the output weights are halved, exactly as ``train_heads.py`` folds several
seeds, so the runtime cost is one wider hidden layer. A replaced head takes the
refitted arrays as they are. Either way the head keeps the base's bar unless
``--threshold`` gives one (for a single head): bars are chosen on validation
data (``choose_bars.py``, ``validation_report.py``), never on a test set.
Heads named in neither list stay as the base has them.

    python training/fold_heads.py --base postcheck/data/models/embedded --other REFITTED_DIR \\
        --out OUT_DIR --head threat insult --replace allegation cue.gifts.hospitality
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np

PARTS = "HcWb"  # hidden weights and bias, output weights and bias (a linear head has only W and b)


def _load(folder: Path) -> tuple[dict, dict[str, np.ndarray]]:
    meta = json.loads((folder / "heads.json").read_text(encoding="utf-8"))
    with np.load(folder / "heads.npz") as stored:
        return meta, {k: stored[k] for k in stored.files}


def fold(base: Path, other: Path, out: Path, head: str, threshold: float | None = None) -> None:
    """Write ``out``: ``base`` with ``head`` replaced by the logit mean of ``base``'s and ``other``'s."""
    mix(base, other, out, fold_heads=[head], thresholds={head: threshold} if threshold is not None else {})


def mix(base: Path, other: Path, out: Path, fold_heads=(), replace_heads=(), thresholds=None) -> None:
    """Write ``out``: ``base`` with ``fold_heads`` folded with ``other``'s and ``replace_heads`` taken
    from ``other``; ``thresholds`` overrides a head's bar (else the base's bar stays)."""
    meta, arrays = _load(base)
    other_meta, theirs = _load(other)
    overlap = set(fold_heads) & set(replace_heads)
    if overlap:
        raise SystemExit(f"fold_heads: {sorted(overlap)[0]} is both folded and replaced")
    for head in fold_heads:
        key = head.replace(".", "_")
        if f"H_{key}" not in arrays or f"H_{key}" not in theirs:
            raise SystemExit(f"fold_heads: {head} needs a hidden layer in both model folders")
        mine = {p: arrays[f"{p}_{key}"].astype(np.float32) for p in PARTS}
        other_w = {p: theirs[f"{p}_{key}"].astype(np.float32) for p in PARTS}
        arrays[f"H_{key}"] = np.concatenate([mine["H"], other_w["H"]]).astype(np.float16)
        arrays[f"c_{key}"] = np.concatenate([mine["c"], other_w["c"]]).astype(np.float16)
        arrays[f"W_{key}"] = (np.concatenate([mine["W"], other_w["W"]], axis=1) / 2).astype(np.float16)
        arrays[f"b_{key}"] = ((mine["b"] + other_w["b"]) / 2).astype(np.float16)
        meta["report"][head] = {"folded": [meta["report"].get(head), other_meta["report"].get(head)]}
    for head in replace_heads:
        key = head.replace(".", "_")
        if f"W_{key}" not in theirs or f"W_{key}" not in arrays:
            raise SystemExit(f"fold_heads: {head} is not a head of both model folders")
        for p in PARTS:
            arrays.pop(f"{p}_{key}", None)
            if f"{p}_{key}" in theirs:
                arrays[f"{p}_{key}"] = theirs[f"{p}_{key}"]
        meta["report"][head] = {"replaced": other_meta["report"].get(head)}
    for head in (*fold_heads, *replace_heads):
        # the top-level list names the base's training sets; a head taken from the other model says its own
        if other_meta.get("spent_sets") is not None:
            meta["report"][head]["spent_sets"] = other_meta["spent_sets"]
        bar = (thresholds or {}).get(head, meta["thresholds"].get(head))
        if bar is not None:
            meta["thresholds"][head] = bar
            meta["report"][head]["threshold"] = bar
    if out.resolve() != base.resolve():
        shutil.copytree(base, out, dirs_exist_ok=True)
    np.savez_compressed(out / "heads.npz", **arrays)
    (out / "heads.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="the model folder whose heads are kept or widened")
    ap.add_argument("--other", type=Path, required=True, help="a model folder with the refitted heads")
    ap.add_argument("--out", type=Path, required=True, help="where the mixed model folder is written")
    ap.add_argument("--head", nargs="+", default=[], metavar="HEAD", help="heads to fold, e.g. threat")
    ap.add_argument("--replace", nargs="+", default=[], metavar="HEAD", help="heads to take from --other as they are")
    ap.add_argument("--threshold", type=float, help="the bar of the one head named (default: the base's bar)")
    args = ap.parse_args(argv)
    named = [*args.head, *args.replace]
    if not named:
        ap.error("name a head to fold (--head) or to replace (--replace)")
    if args.threshold is not None and len(named) != 1:
        ap.error("--threshold sets one head's bar: name one head")
    mix(args.base, args.other, args.out, args.head, args.replace,
        {named[0]: args.threshold} if args.threshold is not None else {})
    print(f"{args.out}: folded {', '.join(args.head) or 'none'}; replaced {', '.join(args.replace) or 'none'}")


if __name__ == "__main__":
    main()
