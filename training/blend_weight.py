"""How much of each blended head to give the n-grams, read on development sets at model level.

For every rule the sets label, the head that decides its learned finding
(the abuse families' heads, else ``cue.<rule>``) ranks the posts with the
heads' logit and the n-gram logit mixed at each weight asked for; the table
gives average precision and recall at 0.90 precision, so weights are
compared without any bar. Ranks need no quantile map, so one n-gram model
serves every weight. Pass development sets only: never a set whose figures
are to be a headline, a set the n-grams were trained on, or a public test set.

    python training/blend_weight.py --model-dir postcheck/data/models/embedded \\
        --set corpora/blind/b24/posts.jsonl --set corpora/blind/b35/posts.jsonl ... [--weights 0 0.5 0.8 1]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from choose_bars import FAMILY_HEADS  # noqa: E402  the abuse rules' learned findings: the family heads
from train_ngrams import logit, prepared  # noqa: E402


def recall_at_precision(y: np.ndarray, score: np.ndarray, precision: float = 0.90) -> float:
    """The largest share of positives found by any cut whose precision is at least ``precision``."""
    order = np.argsort(-score, kind="stable")
    found = np.cumsum(y[order])
    ok = found / np.arange(1, len(y) + 1) >= precision
    return float(found[ok].max() / y.sum()) if ok.any() and y.sum() else 0.0


def table(posts: list[dict], heads: np.ndarray, labels: list[str], ngram_logits: np.ndarray, outputs: list[str],
          weights: list[float], min_positives: int = 10) -> list[dict]:
    """One row per rule with enough positives: AP and recall at 0.90 precision at each weight. A post
    that allows the rule is left out of that rule's row."""
    from sklearn.metrics import average_precision_score

    rows = []
    for rule in sorted({r for p in posts for r in p["expect"]["rules"]}):
        head = FAMILY_HEADS.get(rule, f"cue.{rule}")
        if head not in labels or head not in outputs:
            continue
        keep = np.array([rule not in p["expect"].get("allowed", []) for p in posts])
        y = np.array([rule in p["expect"]["rules"] for p in posts], dtype=int)[keep]
        if y.sum() < min_positives:
            continue
        h = logit(heads[keep, labels.index(head)])
        z = ngram_logits[keep, outputs.index(head)]
        cells = {}
        for w in weights:
            mixed = (1 - w) * h + w * z
            cells[w] = {"ap": round(float(average_precision_score(y, mixed)), 3),
                        "recall_at_p90": round(recall_at_precision(y, mixed), 3)}
        rows.append({"rule": rule, "head": head, "positives": int(y.sum()), "by_weight": cells})
    return rows


def main(argv=None) -> None:
    from postcheck.scoring.embedded import EmbeddedScorer
    from postcheck.scoring.ngrams import NgramModel

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-dir", type=Path, required=True, help="a model folder with heads and ngrams")
    ap.add_argument("--set", type=Path, action="append", required=True, help="a labelled posts file (repeatable)")
    ap.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.5, 0.65, 0.8, 1.0])
    ap.add_argument("--out", type=Path, help="write the table as JSON here")
    args = ap.parse_args(argv)
    for path in (args.model_dir / "ngrams.json", *args.set):
        if not path.is_file():
            sys.exit(f"blend_weight: no such file: {path}")
    try:
        posts = [json.loads(line) for path in args.set for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        if not all(isinstance(p, dict) and isinstance(p.get("expect"), dict) and isinstance(p.get("text"), str)
                   for p in posts):
            raise ValueError("every line needs a text and an expect")
    except (ValueError, UnicodeDecodeError) as exc:
        sys.exit(f"blend_weight: not a labelled set ({exc})")
    texts = [p["text"] for p in posts]
    scorer = EmbeddedScorer(args.model_dir)
    scorer.ngrams = None  # the heads' own probabilities
    heads = scorer.score_array(texts)
    ngrams = NgramModel(args.model_dir)
    rows = table(posts, heads, list(scorer.labels), ngrams.logits(prepared(texts)), list(ngrams.outputs),
                 args.weights)
    print(f"{len(posts)} posts; each cell AP / recall at precision 0.90")
    print(f"{'rule':36s} {'n':>4s}  " + "  ".join(f"w={w:<11}" for w in args.weights))
    for row in rows:
        cells = "  ".join(f"{c['ap']:.3f} / {c['recall_at_p90']:.2f}" for c in row["by_weight"].values())
        print(f"{row['rule']:36s} {row['positives']:4d}  {cells}")
    if args.out:
        args.out.write_text(json.dumps({"sets": [str(p) for p in args.set], "rows": rows}, indent=1) + "\n",
                            encoding="utf-8")


if __name__ == "__main__":
    main()
