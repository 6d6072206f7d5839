"""Choose the account stage's hostility thresholds on the validation split, and store them with the heads.

A course of conduct (``harassment.repeated-target``) is often mockery that
no single post would be blocked for, so the account stage counts a post as
hostile towards a person when the heads read it so (the strongest of insult,
threat, allegation and mockery, where the target head reads a named or
addressed person), not only when it raises a rule. This script scores the validation
rows of the councillor-domain corpus (the same seeded 20 % by text hash that
``train_heads.py`` holds out) through the product's normaliser and scorer,
and writes into ``heads.json``:

* ``account.person``: the person-target probability a post needs (0.5);
* ``account.hostile``: the lowest hostility whose validation precision is at
  least ``--precision`` (0.90), with its precision and recall in the report;
* ``account.hostile_again``: the same at ``--again-precision`` (0.75): a post
  this hostile counts as a further occasion against someone a clearly
  hostile post already aimed at, never as the first;
* ``account.personal``: the personal-life head's reading that makes a post
  personal for the mixed-account pattern, at ``--personal-precision`` (0.80).

Run it after ``train_heads.py`` (which rewrites ``heads.json``)::

    python training/account_thresholds.py --corpus corpora/councillor \
        --model-dir postcheck/data/models/embedded

Since round 24 ``account_bars.py`` then chooses ``account.hostile``,
``account.hostile_again`` and ``account.personal`` again on whole labelled
accounts; run it after this script, or this script undoes its choice.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from train_heads import councillor_rows  # noqa: E402

HOSTILE = ("insult", "threat", "allegation", "mockery")
PEOPLE = ("named_person", "addressed_person")
PERSON_CUT = 0.5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="the councillor-domain corpus (corpora/councillor)")
    ap.add_argument("--model-dir", type=Path, required=True, help="the embedded model folder holding heads.json")
    ap.add_argument("--precision", type=float, default=0.90, help="validation precision the threshold must reach")
    ap.add_argument("--personal-precision", type=float, default=0.80,
                    help="validation precision of account.personal (the mixed-account pattern's personal posts)")
    ap.add_argument("--again-precision", type=float, default=0.75,
                    help="validation precision of account.hostile_again: a post that only continues a course "
                         "of conduct another post began")
    args = ap.parse_args(argv)

    from postcheck import Checker
    from postcheck.account.facts import model_hostility
    from postcheck.config import config_from_dict

    checker = Checker(config_from_dict({"council": {}, "toxicity": {"model_dir": str(args.model_dir)}}))
    # rows written for another head alone (they carry no mockery or family labels) say nothing here
    rows = [r for r in councillor_rows(args.corpus, []) if r.split == "val" and "fact.mockery" in r.labels]
    scores = checker.scorer.score([checker.normaliser(r.text).text for r in rows])
    gold = [bool(r.labels.get("fact.mockery")) or (any(r.labels.get(h) for h in HOSTILE) and r.target in PEOPLE)
            for r in rows]
    hostility = [model_hostility(s, {"account.person": PERSON_CUT}) for s in scores]

    chosen, again = (_lowest(gold, hostility, p, len(rows)) for p in (args.precision, args.again_precision))
    if chosen is None or again is None:
        print(f"no threshold reaches precision {args.precision} (or {args.again_precision}) on validation",
              file=sys.stderr)
        return 1
    path = args.model_dir / "heads.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["thresholds"]["account.person"] = PERSON_CUT
    meta["thresholds"]["account.hostile"] = chosen["threshold"]
    meta["thresholds"]["account.hostile_again"] = again["threshold"]
    personal = _personal_threshold(checker, args.corpus, args.personal_precision)
    if personal is not None:
        meta["thresholds"]["account.personal"] = personal["threshold"]
        meta["report"]["account.personal"] = {"validation": personal, "chosen_for_precision": args.personal_precision}
    meta["report"]["account.hostile_again"] = {"validation": again, "chosen_for_precision": args.again_precision}
    meta["report"]["account.hostile"] = {"validation": chosen, "person_target_cut": PERSON_CUT,
                                         "heads": list(HOSTILE), "chosen_for_precision": args.precision}
    path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"account.hostile": chosen, "account.hostile_again": again}))
    return 0


def _personal_threshold(checker, corpus: Path, precision: float) -> dict | None:
    """``account.personal``: the personal-life head's reading that makes a post personal for the
    mixed-account pattern (an account-level finding at advice, so a lower bar than the head's own)."""
    rows = [r for r in councillor_rows(corpus, []) if r.split == "val" and "fact.personal_life" in r.labels]
    scores = checker.scorer.score([checker.normaliser(r.text).text for r in rows])
    gold = [bool(r.labels["fact.personal_life"]) for r in rows]
    return _lowest(gold, [s["fact.personal_life"] for s in scores], precision, len(rows))


def _lowest(gold: list[bool], hostility: list[float], precision: float, n: int) -> dict | None:
    """The lowest hostility (0.05 steps of 0.01 up) whose validation precision reaches ``precision``."""
    for step in range(5, 100):
        t = step / 100
        tp = sum(g and h >= t for g, h in zip(gold, hostility))
        fp = sum((not g) and h >= t for g, h in zip(gold, hostility))
        if tp and tp / (tp + fp) >= precision:
            return {"threshold": t, "precision": round(tp / (tp + fp), 3),
                    "recall": round(tp / sum(gold), 3), "support": sum(gold), "n": n}
    return None


if __name__ == "__main__":
    sys.exit(main())
