"""Choose the account stage's thresholds through the product, on labelled account sets.

``account_thresholds.py`` sets them on the corpus's validation posts, one post
at a time. A course of conduct is judged across an account, so this reads
whole labelled accounts instead: for each pair of ``account.hostile`` (the
hostility that starts a course of conduct) and ``account.hostile_again`` (the
hostility that continues one), the whole checker and account stage run on
every set, and the pair with the best recall of
``harassment.repeated-target`` whose pooled precision is at least
``--min-precision``, and which raises no more false findings than the
model's own pair, wins (among equals, the highest pair); where the model's own
pair is below the floor, the best recall that reaches it wins. ``account.personal``
is swept the same way for ``capacity.mixed-account``. The model's scores are
computed once per post and reused across the grid. Never pass a set whose
figures are to be a headline.

    python training/account_bars.py \\
        --set corpora/blind/b1/accounts.jsonl:corpora/blind/b1/council.toml ... \\
        --out account_bars.json [--write postcheck/data/models/embedded]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from choose_bars import _pair  # noqa: E402  (POSTS[:CONFIG], as the bar sweep reads it)

REPEATED, MIXED = "harassment.repeated-target", "capacity.mixed-account"
HOSTILE = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55)
AGAIN = (0.03, 0.05, 0.08, 0.12)
PERSONAL = (0.15, 0.20, 0.25, 0.30, 0.40, 0.50)


def _memoised(scorer) -> None:
    """Score each distinct text once: the grid changes thresholds, never the model's reading."""
    score, seen = scorer.score, {}

    def cached(texts):
        missing = [t for t in dict.fromkeys(texts) if t not in seen]
        if missing:
            seen.update(zip(missing, score(missing)))
        return [seen[t] for t in texts]

    scorer.score = cached


def sweep(sets: list[str], grid: list[dict[str, float]], rules=(REPEATED, MIXED)) -> list[dict]:
    """One row per grid point ("base": the model's own thresholds) with pooled TP/FP/FN per rule."""
    from postcheck import Checker
    from postcheck.audit.account_eval import evaluate_accounts
    from postcheck.evaluation import read_labelled

    rows = [{"thresholds": point, **{rule: [0, 0, 0] for rule in rules}} for point in [{}, *grid]]
    for spec in sets:
        path, config = _pair(spec)
        checker = Checker(config)
        if checker.scorer is not None:
            _memoised(checker.scorer)
        items = read_labelled(path)
        own = dict(checker.thresholds)
        for row in rows:
            checker.thresholds.update(own)
            checker.thresholds.update(row["thresholds"])
            result = evaluate_accounts(items, checker)["rules"]
            for rule in rules:
                row[rule] = [a + result[rule][k] for a, k in zip(row[rule], ("tp", "fp", "fn"))]
        checker.thresholds.update(own)
        print(f"  {Path(path).parent.name or path}: {len(rows)} points", flush=True)
    rows[0]["thresholds"] = "base"
    return rows


def _figures(tp: int, fp: int, fn: int) -> dict:
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0}


def choose(rows: list[dict], rule: str, min_precision: float) -> dict:
    """The grid point with the best recall of ``rule`` at ``min_precision`` and no more false findings
    than the model's own thresholds; ``None`` (keep them) when none beats them. Where the model's own
    thresholds fall short of the floor, the best recall that reaches it wins even if it finds less:
    precision is the floor, recall what is bought above it."""
    base = _figures(*rows[0][rule])
    fit = [row for row in rows[1:] if _figures(*row[rule])["precision"] >= min_precision
           and row[rule][1] <= base["fp"]]
    best = max(fit, key=lambda row: (row[rule][0], sorted(row["thresholds"].values())), default=None)
    if best is None or (base["precision"] >= min_precision and best[rule][0] <= base["tp"]):
        return {"rule": rule, "thresholds": None, "own": base}
    return {"rule": rule, "thresholds": best["thresholds"], "figures": _figures(*best[rule]), "own": base}


def write(model_dir: Path, chosen: list[dict], sets: list[str]) -> None:
    path = model_dir / "heads.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    for choice in chosen:
        if choice["thresholds"] is None:
            continue
        meta["thresholds"].update(choice["thresholds"])
        for name in choice["thresholds"]:
            meta.setdefault("report", {}).setdefault(name, {})["chosen_on_account_sets"] = {
                "rule": choice["rule"], "sets": [Path(_pair(s)[0]).parent.name for s in sets],
                "pooled": choice["figures"], "own_pooled": choice["own"]}
    path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="sets", action="append", required=True, metavar="ACCOUNTS[:CONFIG]",
                    help="a labelled account set and its council settings (repeatable)")
    ap.add_argument("--min-precision", type=float, default=0.90)
    ap.add_argument("--hostile", type=float, nargs="+", default=list(HOSTILE))
    ap.add_argument("--again", type=float, nargs="+", default=list(AGAIN))
    ap.add_argument("--personal", type=float, nargs="+", default=list(PERSONAL))
    ap.add_argument("--out", type=Path, required=True, help="the sweep and the choice, as JSON")
    ap.add_argument("--write", type=Path, metavar="MODEL_DIR", help="record the chosen thresholds in MODEL_DIR/heads.json")
    args = ap.parse_args(argv)
    for spec in args.sets:
        if not Path(_pair(spec)[0]).is_file():
            print(f"account_bars: error: no such file: {_pair(spec)[0]}", file=sys.stderr)
            return 2
    hostile = [{"account.hostile": h, "account.hostile_again": a}
               for h, a in itertools.product(args.hostile, args.again) if a <= h]
    personal = [{"account.personal": p} for p in args.personal]
    rows = sweep(args.sets, hostile + personal)
    chosen = [choose([rows[0], *rows[1:len(hostile) + 1]], REPEATED, args.min_precision),
              choose([rows[0], *rows[len(hostile) + 1:]], MIXED, args.min_precision)]
    args.out.write_text(json.dumps({"sets": args.sets, "rows": rows, "chosen": chosen}, indent=1) + "\n",
                        encoding="utf-8")
    for choice in chosen:
        print(json.dumps(choice))
    if args.write:
        write(args.write, chosen, args.sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
