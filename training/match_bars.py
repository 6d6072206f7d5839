"""Carry a model's bars over to its refitted heads by matching how many posts each raises.

A refit moves where a head's probabilities lie, so the bars chosen for the old
head through the product (``choose_bars.py``) no longer sit where they were
chosen: the same bar can raise twice the posts, or half. The old bars' operating
points were chosen with care, and many are read by detectors behind conditions
no sweep covers (``.alone``, ``.agree``, ``.named`` ...). This keeps each
operating point and takes the better ranking: on a set of unlabelled
development posts, every bar of ``--base`` is replaced in ``--refit`` by the
bar at which the refitted head raises the same share of those posts as the old
head did at the old bar (posts tied at the cut are all raised); a head the
refit left as it was keeps its bar. No label is read, but pass development
posts only (never a headline set or a public test set): the bars are still
fitted to them.

    python training/match_bars.py --base postcheck/data/models/embedded --refit REFIT_DIR \\
        --posts corpora/blind/b22/posts.jsonl ... [--write]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def head_of(bar: str, heads: list[str]) -> str | None:
    """The head a bar reads: its own name, or the longest head name it extends (``cue.x.alone`` reads ``cue.x``)."""
    if bar in heads:
        return bar
    owners = [h for h in heads if bar.startswith(h + ".")]
    return max(owners, key=len) if owners else None


def matched_bar(old: np.ndarray, new: np.ndarray, bar: float) -> float:
    """The bar over which ``new`` raises as many posts as ``old`` does over ``bar`` (unchanged if ``old`` raises
    none: with no post to match, nothing says where the bar should move)."""
    raised = int((old >= bar).sum())
    if raised == 0:
        return bar
    ranked = np.sort(new)[::-1]
    lowest_kept, next_below = ranked[raised - 1], ranked[raised] if raised < len(ranked) else 0.0
    return round(float((lowest_kept + next_below) / 2), 4)


def match(base_thresholds: dict[str, float], base_scores: np.ndarray, base_heads: list[str],
          refit_scores: np.ndarray, refit_heads: list[str]) -> dict[str, dict]:
    """Every bar whose head both models score, matched; the others reported as kept."""
    out = {}
    for bar, value in base_thresholds.items():
        head = head_of(bar, base_heads)
        if head is None or head not in refit_heads:
            out[bar] = {"old": value, "new": value, "head": None}
            continue
        old, refit = base_scores[:, base_heads.index(head)], refit_scores[:, refit_heads.index(head)]
        # a head the refit kept as it was keeps its bar exactly
        new = value if np.allclose(old, refit, atol=1e-6) else matched_bar(old, refit, value)
        out[bar] = {"old": value, "new": new, "head": head, "raised": int((old >= value).sum())}
    return out


def _texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def main(argv=None) -> None:
    from postcheck.scoring.embedded import EmbeddedScorer

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="the model folder whose bars are kept")
    ap.add_argument("--refit", type=Path, required=True, help="the refitted model folder given those bars")
    ap.add_argument("--posts", type=Path, nargs="+", required=True, help="development posts files (JSON lines)")
    ap.add_argument("--write", action="store_true", help="record the matched bars in the refit's heads.json")
    args = ap.parse_args(argv)
    for path in (args.base / "heads.json", args.refit / "heads.json", *args.posts):
        if not path.is_file():
            sys.exit(f"match_bars: no such file: {path}")
    try:
        texts = _texts(args.posts)
    except (ValueError, KeyError, TypeError) as exc:
        sys.exit(f"match_bars: not a posts file ({exc})")
    base, refit = EmbeddedScorer(args.base), EmbeddedScorer(args.refit)
    meta = json.loads((args.base / "heads.json").read_text(encoding="utf-8"))
    matched = match(meta["thresholds"], base.score_array(texts), list(base.labels), refit.score_array(texts),
                    list(refit.labels))
    for bar, row in matched.items():
        print(f"{bar:45s} {row['old']:.3f} -> {row['new']:.3f}  ({row.get('raised', '-')} of {len(texts)} posts)")
    if args.write:
        path = args.refit / "heads.json"
        refit_meta = json.loads(path.read_text(encoding="utf-8"))
        refit_meta["thresholds"] = {bar: row["new"] for bar, row in matched.items()}
        refit_meta.setdefault("report", {})["matched_bars"] = {"base": str(args.base), "posts": len(texts),
                                                                  "bars": matched}
        path.write_text(json.dumps(refit_meta, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
