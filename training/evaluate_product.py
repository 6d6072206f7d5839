"""Evaluate the whole product (``Checker``) on abuse, side by side with alt-profanity-check.

Every figure goes through ``Checker.check_many`` with the embedded default:
a post counts as *raised* when it gets a finding of one of the five abuse
rules at ``review`` or ``block``. The peer (alt-profanity-check 1.9.1) raises a
post when its own ``predict`` says profane. Test data only: nothing here
chooses a threshold.

* OLID test A: macro-F1 of raised vs OFF;
* HateCheck: hateful cases raised; counter-speech, neutral and positive
  identity mentions and negated hate kept below review ("must pass");
* US Congress incivility (the 4,000 human-coded tweets): share raised of the
  civil and of the uncivil ones;
* blind councillor sets (the corpora format with ``family`` and optional
  ``variant_of``): per-family precision and recall, any-abuse P/R for both
  tools, and the share of obfuscated variants raised with an expected rule.

Example::

    python training/evaluate_product.py --datasets ../shared/datasets \\
        --blind corpora/blind/b1/posts_abuse.jsonl --blind-config corpora/blind/b1/council.toml \\
        --out postcheck/data/models/embedded/product_metrics.json
"""
from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import data as D  # noqa: E402

ABUSE = ("respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
         "equality.discrimination", "defamation.allegation")
MUST_PASS = ("counter_quote_nh", "counter_ref_nh", "ident_neutral_nh", "ident_pos_nh", "negate_neg_nh")
CONTRACT = ("id", "text", "author", "created_at", "platform", "account", "kind", "quoted_text", "media")


def raised_rules(report) -> set[str]:
    return {f.rule for f in report.findings if f.rule in ABUSE and f.severity in ("review", "block")}


def run_checker(checker, posts: list) -> list[set[str]]:
    return [raised_rules(r) for r in checker.check_many(posts, batch_size=32)]


def peer(texts: list[str]) -> list[bool]:
    from profanity_check import predict

    return [bool(x) for x in predict(texts)]


def macro_f1(gold: list[int], pred: list[int]) -> float:
    from sklearn.metrics import f1_score

    return round(float(f1_score(gold, pred, average="macro")), 3)


def share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else float("nan")


def olid(checker, root: Path) -> dict:
    test = D.olid_test(root, "a")
    texts = [ex.text for ex in test]
    gold = [ex.a for ex in test]
    ours = [int(bool(r)) for r in run_checker(checker, texts)]
    theirs = [int(x) for x in peer(texts)]
    return {"n": len(test), "postcheck_macro_f1": macro_f1(gold, ours), "peer_macro_f1": macro_f1(gold, theirs)}


def hatecheck(checker, root: Path) -> dict:
    rows = D.hatecheck(root)
    texts = [r["test_case"].strip() for r in rows]
    ours = [bool(x) for x in run_checker(checker, texts)]
    theirs = peer(texts)
    out: dict = {"n": len(rows)}
    for name, flags in (("postcheck", ours), ("peer", theirs)):
        hateful = [f for f, r in zip(flags, rows) if r["label_gold"] == "hateful"]
        must = [not f for f, r in zip(flags, rows) if r["functionality"] in MUST_PASS]
        per = {}
        for func in sorted({r["functionality"] for r in rows}):
            sel = [f for f, r in zip(flags, rows) if r["functionality"] == func]
            per[func] = share(sel)
        out[name] = {"hateful_raised": share(hateful), "must_pass_kept": share(must), "raised_by_functionality": per}
    return out


def congress(checker, root: Path) -> dict:
    with open(root / "incivility_us_congress" / "training-data.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [r["text"] for r in rows]
    ours = [bool(x) for x in run_checker(checker, texts)]
    theirs = peer(texts)
    out: dict = {"n": len(rows)}
    for name, flags in (("postcheck", ours), ("peer", theirs)):
        out[name] = {
            "civil_raised": share([f for f, r in zip(flags, rows) if r["uncivil"] == "no"]),
            "uncivil_raised": share([f for f, r in zip(flags, rows) if r["uncivil"] == "yes"]),
        }
    return out


def blind(checker, path: Path) -> dict:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    posts = [{k: v for k, v in item.items() if k in CONTRACT} for item in items]
    ours = run_checker(checker, posts)
    theirs = peer([item["text"] for item in items])
    families = {}
    for rule in ABUSE:
        tp = sum(rule in got and rule in item["expect"]["rules"] for got, item in zip(ours, items))
        fp = sum(rule in got and rule not in item["expect"]["rules"] + item["expect"].get("allowed", [])
                 for got, item in zip(ours, items))
        fn = sum(rule not in got and rule in item["expect"]["rules"] for got, item in zip(ours, items))
        families[rule] = {"support": tp + fn, "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                          "recall": round(tp / (tp + fn), 3) if tp + fn else None, "tp": tp, "fp": fp, "fn": fn}
    gold_any = [bool(set(item["expect"]["rules"]) & set(ABUSE)) for item in items]

    def pr(flags):
        tp = sum(f and g for f, g in zip(flags, gold_any))
        fp = sum(f and not g for f, g in zip(flags, gold_any))
        fn = sum(g and not f for f, g in zip(flags, gold_any))
        return {"precision": round(tp / (tp + fp), 3) if tp + fp else None,
                "recall": round(tp / (tp + fn), 3) if tp + fn else None}

    by_id = {item["id"]: got for got, item in zip(ours, items)}
    variants = [(item, got) for got, item in zip(ours, items) if item.get("variant_of")]
    raised = [bool(got & set(item["expect"]["rules"])) for item, got in variants]
    of_raised = [bool(got & set(item["expect"]["rules"])) for item, got in variants
                 if by_id.get(item["variant_of"], set()) & set(item["expect"]["rules"])]
    by_kind: dict[str, list[bool]] = {}
    for (item, got), flag in zip(variants, raised):
        kind = item.get("obfuscation") or item.get("variant_kind") or "?"  # writers have used either name
        by_kind.setdefault(kind, []).append(flag)
    hard = [not got for got, item in zip(ours, items) if item.get("family") == "hard_negative"]
    return {
        "n": len(items),
        "families": families,
        "any_abuse": {"postcheck": pr([bool(x) for x in ours]), "peer": pr(theirs)},
        "hard_negatives_passed": share(hard),
        "variants_raised": share(raised),
        "variants_raised_where_original_raised": share(of_raised),
        "variants_by_kind": {k: share(v) for k, v in sorted(by_kind.items())},
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, help="the public datasets folder (OLID, HateCheck, US Congress)")
    ap.add_argument("--blind", type=Path, action="append", default=[], help="a blind set (repeatable)")
    ap.add_argument("--blind-config", type=Path, action="append", default=[], help="its council config, in order")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    from postcheck import Checker, __version__

    result: dict = {"checker_version": __version__, "machine": f"{platform.processor() or platform.machine()}, "
                    f"Python {platform.python_version()}", "command": " ".join(sys.argv)}
    start = time.time()
    if args.datasets:
        checker = Checker()
        result["olid_a"] = olid(checker, args.datasets)
        print("OLID", result["olid_a"], flush=True)
        result["hatecheck"] = hatecheck(checker, args.datasets)
        print("HateCheck", {k: v if not isinstance(v, dict) else {a: b for a, b in v.items() if a != "raised_by_functionality"}
                            for k, v in result["hatecheck"].items()}, flush=True)
        result["us_congress"] = congress(checker, args.datasets)
        print("US Congress", result["us_congress"], flush=True)
    for i, path in enumerate(args.blind):
        config = args.blind_config[i] if i < len(args.blind_config) else None
        result[f"blind:{path.as_posix()}"] = res = blind(Checker(config), path)
        print(path, json.dumps(res, indent=1), flush=True)
    result["seconds"] = round(time.time() - start)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
