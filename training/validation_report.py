"""Validation figures of an embedded model folder: its heads alone, and the product built on it.

The figures that chose the fine-tuned encoder (model card, "Fine-tuned top layers"):

* per head, precision, recall and F0.5 at the folder's own thresholds on the
  seeded 20 % validation split of the councillor corpus (``train_heads.py``'s
  split), and the mean F0.5 of the five family heads (``--heads`` adds any
  other heads, such as the rule cues ``cue.<rule id>`` and ``fact.*``);
* through the product (``Checker`` with ``[toxicity] model_dir`` set to the
  folder), precision and recall of the five abuse rules on the same split
  (``--rules`` adds others);
* with ``--datasets``, the product's macro-F1 on the seeded OLID train
  hold-out (a post raised when it gets an abuse rule at review or block, against
  OLID's OFF): tweets from outside the councillor domain, so a change that
  reads councillor posts better but misreads other writing shows here.

Validation data only: never a test split or a blind batch.

    python training/validation_report.py --corpus corpora/councillor --model-dir MODEL_DIR [MODEL_DIR ...] \
        [--datasets ../shared/datasets]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import train_heads as TH  # noqa: E402

ABUSE = ("respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
         "equality.discrimination", "defamation.allegation")


def head_figures(model_dir: Path, rows, extra: tuple[str, ...] = ()) -> dict:
    from postcheck.normalise import default_normaliser
    from postcheck.scoring.embedded import EmbeddedScorer

    scorer = EmbeddedScorer(model_dir)
    normaliser = default_normaliser()
    scores = scorer.score([normaliser(r.text).text for r in rows])
    out = {}
    for head in (*TH.FAMILIES, *extra):
        if head not in scorer.thresholds:
            sys.exit(f"validation_report: {model_dir}: no head named {head}")
        idx = [i for i, r in enumerate(rows) if head in r.labels]
        y = np.array([rows[i].labels[head] for i in idx])
        pred = np.array([scores[i][head] for i in idx]) >= scorer.thresholds[head]
        out[head] = TH._stats(y, pred)
    out["mean_family_f0.5"] = round(float(np.mean([out[h]["f0.5"] for h in TH.FAMILIES])), 3)
    return out


def product_figures(model_dir: Path, corpus: Path, extra_rules: tuple[str, ...] = ()) -> dict:
    from postcheck import Checker
    from postcheck.config import config_from_dict

    items = [json.loads(line) for path in sorted(corpus.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [it for it in items if "rules" in it and TH._split(it["text"]) == "val"]
    # rows written for some heads only carry no rule labels for the rest: they count only
    # for the rules their heads stand for (the identity rows for discrimination, cue.<rule> rows for <rule>)
    checker = Checker(config_from_dict({"council": {}, "toxicity": {"model_dir": str(model_dir)}}))
    reports = dict(zip(map(id, items), checker.check_many([it["text"] for it in items])))
    whole = [it for it in items if "heads" not in it]
    identity = [it for it in items if it.get("heads") == ["identity_attack"]]

    def figures(rule, rows, levels=("review", "block")):
        return _rule_figures(rule, rows, [reports[id(it)] for it in rows], levels)

    out = {rule: figures(rule, whole) for rule in ABUSE}
    out["mean_f1"] = round(float(np.mean([out[r]["f1"] for r in ABUSE])), 3)
    out["equality.discrimination on the identity-head rows"] = figures("equality.discrimination", identity)
    for rule in extra_rules:
        # any severity: some of these rules are advice (gifts from a neutral giver, irony)
        out[rule] = figures(rule, whole + [it for it in items if f"cue.{rule}" in it.get("heads", ())],
                            ("advice", "review", "block"))
    return out


def _rule_figures(rule: str, items: list[dict], reports: list, levels=("review", "block")) -> dict:
    expected = [rule in it["rules"] for it in items]
    got = [any(f.rule == rule and f.severity in levels for f in r.findings) for r in reports]
    tp = sum(e and g for e, g in zip(expected, got))
    fp = sum(g and not e for e, g in zip(expected, got))
    fn = sum(e and not g for e, g in zip(expected, got))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3),
            "support": sum(expected), "n": len(items)}


def olid_holdout_figure(model_dir: Path, datasets: Path) -> dict:
    from sklearn.metrics import f1_score

    from data import olid_train_val_split
    from postcheck import Checker
    from postcheck.config import config_from_dict

    _, val = olid_train_val_split(datasets)
    checker = Checker(config_from_dict({"council": {}, "toxicity": {"model_dir": str(model_dir)}}))
    raised = [any(f.rule in ABUSE and f.severity in ("review", "block") for f in r.findings)
              for r in checker.check_many([e.text for e in val])]
    gold = [e.a == 1 for e in val]
    return {"n": len(val), "macro_f1": round(float(f1_score(gold, raised, average="macro")), 3)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="the councillor-domain corpus (corpora/councillor)")
    ap.add_argument("--model-dir", type=Path, nargs="+", required=True, help="embedded model folders to compare")
    ap.add_argument("--datasets", type=Path, help="the public datasets folder: adds the OLID train hold-out figure")
    ap.add_argument("--heads", nargs="+", default=[], metavar="HEAD",
                    help="other heads to report alone (e.g. cue.officers.impartiality fact.settled_for)")
    ap.add_argument("--rules", nargs="+", default=[], metavar="RULE",
                    help="other rules to report through the product (e.g. officers.impartiality); the "
                         "council has no registers here, so register matches never fire")
    args = ap.parse_args(argv)
    rows = [r for r in TH.councillor_rows(args.corpus, TH.corpus_rules(args.corpus)) if r.split == "val"]
    for model_dir in args.model_dir:
        if not (model_dir / "heads.json").is_file():
            sys.exit(f"validation_report: {model_dir}: no heads.json (is it an embedded model folder?)")
        report = {"heads": head_figures(model_dir, rows, tuple(args.heads)),
                  "product": product_figures(model_dir, args.corpus, tuple(args.rules))}
        if args.datasets is not None:
            report["olid_holdout_product"] = olid_holdout_figure(model_dir, args.datasets)
        print(json.dumps({"model_dir": str(model_dir), **report}, indent=1))


if __name__ == "__main__":
    main()
