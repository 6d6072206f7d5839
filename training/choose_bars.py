"""Choose the bars of the rule cue heads through the product, on development sets.

A head's bar tuned on the corpus's validation split is tuned on posts written
the way its training posts were, and it comes out too strict for posts
written by anyone else. This sweeps each head's bar through the whole checker
(`Checker`, the account stage included) on labelled development sets written
apart from the corpus, and for each rule keeps the bar with the best F1 whose
pooled precision is at least ``--min-precision`` and which raises the rule on
no more posts labelled `ok` of the ``--guard`` sets (the tests' labelled
fixtures) than the model's own bar does, and on none of the
``--strict-guard`` sets (the development corpus, where no post labelled `ok`
may be raised). Where the model's own bar breaks a strict guard, the best
bar that keeps it wins even at a lower F1; where none does, the head is
reported as unfit for its rule. Never pass a set whose figures are to be a headline, or a
public test set.

    python training/choose_bars.py \\
        --set corpora/blind/b35/posts.jsonl:corpora/blind/b35/council.toml ... \\
        --strict-guard DEV_CORPUS/posts.jsonl:DEV_CORPUS/council.toml \\
        --guard tests/fixtures/detector_posts_a.jsonl:tests/fixtures/council.toml \\
        --out bars.json [--write postcheck/data/models/embedded]

On a guard set, every rule swept counts on a post labelled `ok`, unless the post names the
rules it guards (``guards``, as ``tests/fixtures/hard_negatives.jsonl`` does), and a finding
at advice counts as one at review. That is stricter than
``tests/detectors/test_ok_posts_whole_checker.py``, which lets ``detector_posts_a``'s `ok`
posts get advice, so that fixture is a ``--guard``: a bar may not raise more of its posts than
the model's own bar, and the whole-checker test then says whether any is raised above advice.

``--families`` sweeps the five abuse family heads (insult, obscenity, threat,
identity attack, allegation) instead, on sets labelled for those rules, and
``--top`` lets the grid go past 0.80 (family heads are often read high).

``--alone`` sweeps instead the second, stricter bar of the cue heads whose
detector holds them behind a condition (``ALONE_HEADS``): over it the head's
reading stands on its own. Its "own bar" is none, so a bar is chosen only
where it beats the detector as it is, under the same guards.

``--examples-guard`` adds the rule pack's own examples that pass (what
``postcheck explain RULE`` shows as passing, which the tests check) as one more
strict guard, so a sweep cannot choose a bar the tests then reject.

``--write`` records the chosen bars in that model folder's ``heads.json``
(``thresholds``, and where each came from under ``report``).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

#: rule -> the head whose bar decides its learned finding
HEADS = {
    "officers.impartiality": "cue.officers.impartiality",
    "resources.political-use": "cue.resources.political-use",
    "position.improper-advantage": "cue.position.improper-advantage",
    "gifts.hospitality": "cue.gifts.hospitality",
    "capacity.council-voice": "cue.capacity.council-voice",
    "confidentiality.insider-advantage": "cue.confidentiality.insider-advantage",
    "predetermination.closed-mind": "cue.predetermination.closed-mind",
    "data-protection.personal-data": "cue.data-protection.personal-data",
    "tone.irony-risk": "cue.tone.irony-risk",
    "security.credentials": "cue.security.credentials",
    "interests.declared-interest": "cue.interests.declared-interest",
    "confidentiality.disclosure": "cue.confidentiality.disclosure",
}
#: rule -> the abuse family head whose bar decides its learned finding (``--families``)
FAMILY_HEADS = {
    "respect.personal-attack": "insult",
    "respect.abusive-language": "obscenity",
    "bullying.intimidation": "threat",
    "equality.discrimination": "identity_attack",
    "defamation.allegation": "allegation",
}
#: rule -> the cue head whose detector holds it behind a condition (an officer named, something of the
#: council's, a planning or licensing word, a confidentiality marker); ``--alone`` sweeps its second bar
#: (``<head>.alone``), over which the head stands without that condition
ALONE_HEADS = {
    "officers.impartiality": "cue.officers.impartiality.alone",
    "resources.political-use": "cue.resources.political-use.alone",
    "predetermination.closed-mind": "cue.predetermination.closed-mind.alone",
    "confidentiality.disclosure": "cue.confidentiality.disclosure.alone",
}
#: the bars ``--alone`` tries: only a very sure head may stand on its own
ALONE_GRID = (0.80, 0.85, 0.90, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999)
GRID = tuple(round(0.30 + 0.05 * i, 2) for i in range(11))  # 0.30 ... 0.80


def grid(top: float = 0.80) -> tuple[float, ...]:
    """Bars from 0.30 to ``top`` in steps of 0.05."""
    return tuple(round(0.30 + 0.05 * i, 2) for i in range(int(round((top - 0.30) / 0.05)) + 1))


def _pair(text: str) -> tuple[str, str | None]:
    path, _, config = text.partition(":")
    return path, config or None


def remember_parses(checker) -> None:
    """Parse and score each batch of posts once: a sweep runs the same posts at every bar, and only the
    bars, which the detectors read after the parse, change. A batch seen before is not started again
    (no normalising, no scoring) and its parse is the one remembered."""
    from postcheck.checker import _Started

    start, parse, seen = checker._start, checker._parse, {}

    def key(posts) -> tuple:
        return tuple(post.text for post in posts)

    def remembered_start(posts):
        return start(posts) if key(posts) not in seen else _Started(posts, [], None)

    def remembered_parse(started):
        k = key(started.posts)
        if k not in seen:
            seen[k] = parse(started)
        return seen[k]

    checker._start, checker._parse = remembered_start, remembered_parse


def sweep(sets: list[str], heads: dict[str, str], grid=GRID) -> dict:
    """{set: {bar: {rule: {tp, fp, fn, ok_raised}}}}, every head at the same bar ("base": the model's own
    bars); ``ok_raised`` counts the posts labelled `ok` that the rule raises: as a false positive, or
    as a rule the labels allow on a post raised to review or block."""
    from postcheck import Checker
    from postcheck.evaluation import evaluate, read_labelled

    out: dict = {}
    for spec in sets:
        path, config = _pair(spec)
        checker = Checker(config)
        remember_parses(checker)
        items = read_labelled(path)
        allowed = {item.post.get("id"): item.allowed for item in items}
        # a guard post may name the rules it guards ("guards"): another rule it raises is not counted
        guarded = {item.post.get("id"): set(item.post["guards"]) for item in items if "guards" in item.post}
        own = {head: checker.thresholds.get(head, 1.01) for head in heads.values()}  # an absent bar: never
        out[spec] = {}
        for bar in ("base", *grid):
            for head in heads.values():
                checker.thresholds[head] = own[head] if bar == "base" else bar
            result = evaluate(checker, items).to_dict()
            rules = result["rules"]
            out[spec][str(bar)] = {rule: {k: rules[rule][k] for k in ("tp", "fp", "fn")} for rule in heads}
            for mistake in result["mistakes"]:
                if mistake["expected"] != "ok":
                    continue
                raised = set(mistake["false_positives"])
                if mistake["predicted"] in ("review", "block"):
                    # a rule the labels allow is no false positive, but it still raises a post labelled ok
                    raised |= allowed.get(mistake["id"], set())
                for rule in raised & set(heads) & guarded.get(mistake["id"], set(heads)):
                    out[spec][str(bar)][rule]["ok_raised"] = out[spec][str(bar)][rule].get("ok_raised", 0) + 1
            print(f"  {Path(path).parent.name or path} bar {bar}", flush=True)
        for head, value in own.items():
            checker.thresholds[head] = value
    return out


def choose(counts: dict, sets: list[str], guards: list[str], heads: dict[str, str], min_precision: float,
           strict: list[str] = ()) -> dict:
    """The chosen bar of each head, with its pooled figures and the model's own bar's beside it."""
    chosen = {}
    for rule, head in heads.items():
        rows = []
        for bar in counts[sets[0]]:
            tp = sum(counts[s][bar][rule]["tp"] for s in sets)
            fp = sum(counts[s][bar][rule]["fp"] for s in sets)
            fn = sum(counts[s][bar][rule]["fn"] for s in sets)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            rows.append({"bar": bar, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                         "guard_ok_raised": sum(counts[g][bar][rule].get("ok_raised", 0) for g in guards),
                         "strict_ok_raised": sum(counts[g][bar][rule].get("ok_raised", 0) for g in strict)})
        base = next(row for row in rows if row["bar"] == "base")
        fit = [row for row in rows if row["bar"] != "base" and row["precision"] >= min_precision
               and row["guard_ok_raised"] <= base["guard_ok_raised"] and row["strict_ok_raised"] == 0]
        # best F1; among equals the highest bar (the fewest new findings for the same figures)
        best = max(fit, key=lambda row: (row["f1"], float(row["bar"])), default=None)
        broken = base["strict_ok_raised"] > 0
        if broken and best is None:
            # no bar keeps the strict guard at the precision floor: the closest to it, if any keeps the guard
            keeps = [row for row in rows if row["bar"] != "base" and row["strict_ok_raised"] == 0]
            best = max(keeps, key=lambda row: (row["precision"], row["f1"]), default=None)
        if best is None:
            chosen[head] = {"rule": rule, "bar": None, "own": base,
                            "kept": "unfit: every bar raises a post of a strict guard" if broken else "the model's own bar"}
        elif not broken and best["f1"] <= base["f1"]:
            chosen[head] = {"rule": rule, "bar": None, "kept": "the model's own bar", "own": base}
        else:
            chosen[head] = {"rule": rule, "bar": float(best["bar"]), "figures": best, "own": base}
    return chosen


def examples_guard(folder: Path) -> str:
    """Write the rule pack's passing examples as labelled posts into
    ``folder/rule_pack_examples/posts.jsonl`` and return that path, a strict guard for ``sweep``.

    Each example guards only its own rule (``guards``): an example that passes one rule may
    rightly raise another, and the tests check each example for its own rule alone."""
    from postcheck import Checker

    rows = []
    for rule in Checker().rule_pack.rules.values():
        for number, example in enumerate(rule.examples_pass, start=1):
            post = dict(example) if isinstance(example, dict) else {"text": example}
            post.update(id=f"{rule.id}#pass{number}", guards=[rule.id],
                        expect={"rules": [], "allowed": [], "verdict": "ok"})
            rows.append(post)
    path = folder / "rule_pack_examples" / "posts.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def write(model_dir: Path, chosen: dict, sets: list[str], guards: list[str], min_precision: float) -> None:
    meta_path = model_dir / "heads.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for head, choice in chosen.items():
        if choice["bar"] is None:
            continue
        meta["thresholds"][head] = choice["bar"]
        meta.setdefault("report", {}).setdefault(head, {})["bar_chosen_on_development_sets"] = {
            "bar": choice["bar"], "sets": [Path(_pair(s)[0]).parent.name for s in sets],
            "guards": [Path(_pair(g)[0]).parent.name for g in guards], "min_precision": min_precision,
            "pooled": choice["figures"], "validation_bar_pooled": choice["own"],
        }
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="sets", action="append", required=True, metavar="POSTS[:CONFIG]",
                    help="a labelled development set and its council settings (repeatable)")
    ap.add_argument("--guard", dest="guards", action="append", default=[], metavar="POSTS[:CONFIG]",
                    help="a set on which a chosen bar may raise no more posts labelled ok than the model's own")
    ap.add_argument("--strict-guard", dest="strict", action="append", default=[], metavar="POSTS[:CONFIG]",
                    help="a set on which a chosen bar may raise no post labelled ok at all")
    ap.add_argument("--examples-guard", action="store_true",
                    help="also a strict guard: the rule pack's examples that pass (the tests check them)")
    ap.add_argument("--min-precision", type=float, default=0.90)
    ap.add_argument("--only", nargs="+", metavar="RULE", help="sweep only these rules' heads")
    ap.add_argument("--families", action="store_true",
                    help="sweep the five abuse family heads instead of the rule cue heads")
    ap.add_argument("--alone", action="store_true",
                    help="sweep the cue heads' stricter bars over which they stand on their own (ALONE_HEADS)")
    ap.add_argument("--top", type=float, default=0.80, help="the highest bar tried (from 0.30, step 0.05)")
    ap.add_argument("--out", type=Path, required=True, help="the sweep and the choice, as JSON")
    ap.add_argument("--write", type=Path, metavar="MODEL_DIR", help="record the chosen bars in MODEL_DIR/heads.json")
    args = ap.parse_args(argv)
    if args.families and args.alone:
        sys.exit("choose_bars: --families and --alone sweep different heads; give one")
    table = FAMILY_HEADS if args.families else ALONE_HEADS if args.alone else HEADS
    heads = {rule: head for rule, head in table.items() if not args.only or rule in args.only}
    if not 0.30 <= args.top <= 0.99:
        sys.exit("choose_bars: --top must be between 0.30 and 0.99")
    for spec in args.sets + args.guards + args.strict:
        if not Path(_pair(spec)[0]).is_file():
            sys.exit(f"choose_bars: no such file: {_pair(spec)[0]}")
    with tempfile.TemporaryDirectory() as scratch:
        if args.examples_guard:
            args.strict.append(examples_guard(Path(scratch)))
        counts = sweep(args.sets + args.guards + args.strict, heads, ALONE_GRID if args.alone else grid(args.top))
    chosen = choose(counts, args.sets, args.guards, heads, args.min_precision, args.strict)
    args.out.write_text(json.dumps({"counts": counts, "chosen": chosen}, indent=1) + "\n", encoding="utf-8")
    for head, choice in chosen.items():
        own = choice["own"]
        now = choice.get("figures") or own
        print(f"{choice['rule']:36} {head:40} bar {choice['bar'] or 'own':>5}  "
              f"P/R {own['precision']:.3f}/{own['recall']:.3f} -> {now['precision']:.3f}/{now['recall']:.3f}"
              + (f"  ({choice['kept']})" if choice.get("kept", "").startswith("unfit") else ""))
    if args.write:
        write(args.write, chosen, args.sets, args.guards + args.strict, args.min_precision)
        print(f"wrote the chosen bars to {args.write / 'heads.json'}")


if __name__ == "__main__":
    main()
