"""Per-post latency, single and batched, against the floor of one spaCy parse.

    python benchmarks/speed.py [--posts POSTS.jsonl] [-n 400] [--batch-size 32] [--config council.toml] [--format json]

The floor is a bare ``nlp.pipe`` over the same posts: every detector reads
that one parse, so the ratio of the full pipeline to it is the cost of the
checking itself. Each detector's own time is measured on pre-parsed docs.
The machine (CPU model, cores, Python) is printed with the figures.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as ``python benchmarks/speed.py``: time this checkout's checker
    sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe, machine  # noqa: E402

SAMPLE = [
    "Great turnout at the Bell Lane litter pick this morning, thank you to every volunteer who came along!",
    "The cabinet's parking policy is a shambles and residents deserve better. I'll be raising it at scrutiny.",
    "Surgery this Saturday 10-12 at the library. Bring your casework and I'll do what I can.",
    "Between you and me, the Part 2 papers say the depot sale is as good as done.",
    "I will vote against the Quarry Lane application whatever the officers say.",
    "Potholes on Mill Street reported again. Highways say a repair crew is booked for next week.",
    "Cllr Jones has never done an honest day's work in her life.",
    "Mrs Patel at 14 Oak Road DA7 4QJ has waited 9 weeks for her care assessment.",
]


class PostsError(ValueError):
    """A posts file that cannot be timed; the message names the file."""


def load_texts(path: Optional[Path], count: int) -> list[str]:
    """``count`` texts, cycling through the JSONL posts at ``path`` (a "text" field each) or the samples."""
    texts = SAMPLE
    if path is not None:
        try:
            texts = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    texts.append(item["text"] if isinstance(item, dict) else str(item))
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise PostsError(f"{path}: cannot read posts ({exc})") from None
        if not texts:
            raise PostsError(f"{path}: no posts")
    return [texts[i % len(texts)] for i in range(count)]


def run_bench(checker, texts: list[str], batch_size: int = 32, single: int = 100) -> dict:
    nlp = checker.nlp
    list(nlp.pipe(texts[:16]))  # warm up every component once
    list(checker.check_many(texts[:16]))

    start, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    parse = (time.perf_counter() - start) / len(texts)
    parse_cpu = (time.process_time() - cpu) / len(texts)

    # wall time is what a user waits; CPU time (all threads) shows what the model
    # running beside the parse costs the machine
    start, cpu = time.perf_counter(), time.process_time()
    for _ in checker.check_many(texts, batch_size=batch_size):
        pass
    batched = (time.perf_counter() - start) / len(texts)
    batched_cpu = (time.process_time() - cpu) / len(texts)

    singles = []
    for text in texts[:single]:
        t0 = time.perf_counter()
        checker.check(text)
        singles.append(time.perf_counter() - t0)

    posts = [checker.to_post(t) for t in texts]
    detectors = {}
    for detector in checker.detectors:
        t0 = time.perf_counter()
        for i in range(0, len(posts), batch_size):
            detector.detect_many(docs[i:i + batch_size], posts[i:i + batch_size])
        detectors[detector.name] = (time.perf_counter() - t0) / len(texts)

    ms = lambda s: round(s * 1000, 2)  # noqa: E731
    return {
        "posts": len(texts),
        "batch_size": batch_size,
        "parse_ms_per_post": ms(parse),
        "batched_ms_per_post": ms(batched),
        "single_ms_median": ms(statistics.median(singles)),
        "single_ms_p95": ms(sorted(singles)[int(0.95 * (len(singles) - 1))]),
        "ratio_batched_to_parse": round(batched / parse, 2),
        "parse_cpu_ms_per_post": ms(parse_cpu),
        "batched_cpu_ms_per_post": ms(batched_cpu),
        "cpu_ratio_batched_to_parse": round(batched_cpu / parse_cpu, 2) if parse_cpu else None,
        "ratio_single_to_parse": round(statistics.median(singles) / parse, 2),
        "detectors_ms_per_post": {k: ms(v) for k, v in detectors.items()},
        "detectors_ratio_to_parse": {k: round(v / parse, 3) for k, v in detectors.items()},
        "machine": machine(),
    }


def print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"postcheck speed: {result['posts']} posts, batch {result['batch_size']}")
    table.add_column("measure")
    table.add_column("ms / post", justify="right")
    table.add_column("× one parse", justify="right")
    table.add_row("bare nlp.pipe parse (the floor)", str(result["parse_ms_per_post"]), "1.00")
    table.add_row("full check, batched (check_many)", str(result["batched_ms_per_post"]), str(result["ratio_batched_to_parse"]))
    table.add_row("  CPU time of both, all threads", f"{result['parse_cpu_ms_per_post']} / {result['batched_cpu_ms_per_post']}",
                  str(result["cpu_ratio_batched_to_parse"]))
    table.add_row("full check, single (median)", str(result["single_ms_median"]), str(result["ratio_single_to_parse"]))
    table.add_row("full check, single (p95)", str(result["single_ms_p95"]), "")
    for name, value in result["detectors_ms_per_post"].items():
        table.add_row(f"  detector: {name}", str(value), str(result["detectors_ratio_to_parse"][name]))
    console = Console()
    console.print(table)
    console.print(describe(result["machine"]), highlight=False, markup=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/speed.py", description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=Path, help="JSONL posts to time (default: built-in samples)")
    parser.add_argument("--count", "-n", type=int, default=400, help="how many posts to time, cycling through the input (400)")
    parser.add_argument("--batch-size", type=int, default=32, help="posts per nlp.pipe batch (32)")
    parser.add_argument("--config", "-c", type=Path, help="council settings (TOML; default: found as postcheck finds it)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text or json")
    args = parser.parse_args(argv)
    if args.count < 1 or args.batch_size < 1:
        parser.error("--count and --batch-size must be positive")

    from postcheck import Checker
    from postcheck.errors import PostcheckError

    try:
        texts = load_texts(args.posts, args.count)
        result = run_bench(Checker(args.config), texts, batch_size=args.batch_size, single=min(args.count, 100))
    except (PostsError, PostcheckError) as exc:
        print(f"speed: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
