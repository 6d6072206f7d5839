"""How much of the abuse judgement survives one trick of obfuscation, per kind of trick.

For every post of a labelled set that the product (``Checker``) raises with an
expected abuse rule, the word the finding rests on (the longest lower-case word
of at least four letters inside the finding's first span) is disguised in six
ways, one at a time: an asterisk for a middle letter, a digit for a letter, a
zero-width space inside it, its letters spaced out, a Cyrillic lookalike for
one letter, and (for the whole post) ALL CAPS. Each variant is checked again
and counts as kept when it still gets one of the post's expected abuse rules.

The variants are made by this script, so the figure is a development figure
for the normaliser; the headline stays the blind sets' own hand-made variants.

    python training/obfuscation_probe.py --posts corpora/blind/b26/posts.jsonl \\
        --config corpora/blind/b26/council.toml [--posts ... --config ...] [--show 20]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from evaluate_product import ABUSE, CONTRACT, raised_rules  # noqa: E402

LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у"}
WORD = re.compile(r"[a-z]{4,}")


def middle(word: str) -> int:
    return len(word) // 2


def asterisk(word: str) -> str:
    i = middle(word)
    return word[:i] + "*" + word[i + 1:]


def digit(word: str) -> str | None:
    for i, ch in enumerate(word):
        if ch in LEET and 0 < i:
            return word[:i] + LEET[ch] + word[i + 1:]
    return None


def zero_width(word: str) -> str:
    i = middle(word)
    return word[:i] + "\u200b" + word[i:]


def spaced(word: str) -> str:
    return " ".join(word)


def homoglyph(word: str) -> str | None:
    for i, ch in enumerate(word):
        if ch in CYRILLIC:
            return word[:i] + CYRILLIC[ch] + word[i + 1:]
    return None


WORD_TRICKS = {"asterisk": asterisk, "digit": digit, "zero_width": zero_width, "spaced": spaced,
               "homoglyph": homoglyph}


def carrying_word(text: str, span) -> tuple[int, int] | None:
    """The longest lower-case word of four or more letters inside the span (names and handles are cased)."""
    start, end = span[0], span[1]
    words = [(m.start() + start, m.end() + start) for m in WORD.finditer(text[start:end])
             if (m.start() + start == 0 or not text[m.start() + start - 1].isalpha())
             and (m.end() + start == len(text) or not text[m.end() + start].isalpha())]
    return max(words, key=lambda w: w[1] - w[0]) if words else None


def variants(text: str, span) -> dict[str, str]:
    out = {"all_caps": text.upper()}
    word = carrying_word(text, span)
    if word is None:
        return out
    a, b = word
    for name, trick in WORD_TRICKS.items():
        disguised = trick(text[a:b])
        if disguised is not None:
            out[name] = text[:a] + disguised + text[b:]
    return out


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def probe(posts_path: Path, config: Path, show: int) -> dict[str, list[bool]]:
    from postcheck.checker import Checker
    from postcheck.config import load_config

    checker = Checker(load_config(config))
    items = [item for item in load(posts_path)
             if not item.get("variant_of") and set(item["expect"]["rules"]) & set(ABUSE)]
    posts = [{k: v for k, v in item.items() if k in CONTRACT} for item in items]
    reports = list(checker.check_many(posts, batch_size=32))
    jobs = []  # (kind, expected rules, post)
    for item, post, report in zip(items, posts, reports):
        expected = set(item["expect"]["rules"]) & set(ABUSE)
        hits = [f for f in report.findings if f.rule in expected and f.severity in ("review", "block") and f.spans]
        if not hits:
            continue
        for kind, text in variants(post["text"], hits[0].spans[0]).items():
            jobs.append((kind, expected, {**post, "text": text}))
    again = checker.check_many([post for _, _, post in jobs], batch_size=32)
    kept: dict[str, list[bool]] = {}
    shown = 0
    for (kind, expected, post), report in zip(jobs, again):
        ok = bool(raised_rules(report) & expected)
        kept.setdefault(kind, []).append(ok)
        if not ok and shown < show:
            shown += 1
            print(f"  lost ({kind}): {post['text'][:160]!r}")
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=Path, action="append", required=True, help="a labelled posts file (repeatable)")
    parser.add_argument("--config", type=Path, action="append", required=True, help="its council.toml (one per --posts)")
    parser.add_argument("--show", type=int, default=0, help="print this many lost variants per set")
    parser.add_argument("--out", type=Path, help="write the shares as JSON")
    args = parser.parse_args(argv)
    if len(args.posts) != len(args.config):
        parser.error("give one --config per --posts")
    kept: dict[str, list[bool]] = {}
    for posts, config in zip(args.posts, args.config):
        for kind, flags in probe(posts, config, args.show).items():
            kept.setdefault(kind, []).extend(flags)
    summary = {kind: {"n": len(flags), "kept": round(sum(flags) / len(flags), 3)} for kind, flags in sorted(kept.items())}
    every = [f for flags in kept.values() for f in flags]
    summary["all"] = {"n": len(every), "kept": round(sum(every) / len(every), 3) if every else None}
    for kind, row in summary.items():
        print(f"{kind:12s} n={row['n']:4d} kept {row['kept']}")
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
