"""Measure the audit: throughput per worker count and peak memory against input size.

    python -m benchmarks.audit make-input TEXTS... --posts 20000 --out posts.jsonl
    python -m benchmarks.audit run posts.jsonl --config council.toml --workers 2 --out DIR
    python -m benchmarks.audit run posts.jsonl --no-check --out DIR

``make-input`` builds posts from text files (one text per line, e.g. a
dataset's ``train_text.txt``), cycling them over 20 accounts. ``run`` audits
a file and prints one JSON line: posts, seconds spent checking (after the
models are loaded), posts/s and peak RSS of this process and of its workers.
``--no-check`` replaces the Checker with an empty report per post, so the
memory of reading, storing, account analysis and writing the outputs is
measured on its own (the Checker's own memory is per batch, not per input).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def make_input(texts: list[Path], posts: int, out: Path) -> int:
    lines: list[str] = []
    for path in texts:
        with path.open(encoding="utf-8") as handle:
            lines += [line.strip() for line in handle if line.strip()]
    if not lines:
        raise SystemExit("no texts found in the given files")
    with out.open("w", encoding="utf-8") as handle:
        for n in range(posts):
            text = lines[n % len(lines)]
            if n >= len(lines):
                text = f"{text} ({n // len(lines)})"  # a distinct post, not a repeat
            handle.write(json.dumps({"id": f"b{n}", "text": text, "author": f"@account{n % 20:02d}",
                                     "created_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00+00:00",
                                     "platform": "x", "kind": "post"}, ensure_ascii=False) + "\n")
    return posts


class _NoCheck:
    """An engine that returns an empty report per post (measures everything but the Checker)."""

    window = 2

    def submit(self, posts):
        from postcheck import __version__
        from postcheck.audit.runner import _Done

        return _Done([({"id": p.get("id"), "verdict": "ok", "findings": [], "redacted_text": None,
                        "rule_pack": "none", "checker_version": __version__}, None) for p in posts])

    def close(self):
        pass


class _Silent:
    def __init__(self):
        self.start = time.monotonic()

    def advance(self, n): ...

    def log(self, message): ...

    def stop(self):
        return time.monotonic() - self.start


def run(posts: Path, config: Path | None, workers: int, out: Path, check: bool, chunk_size: int) -> dict:
    from postcheck.audit import app as audit_app
    from postcheck.audit.runner import LocalEngine
    from postcheck.config import load_config

    cfg = load_config(config)
    engine = LocalEngine(cfg, workers) if check else _NoCheck()
    if check:
        engine.warm_up()
    original = (audit_app.LocalEngine, audit_app.DaskEngine)
    audit_app.LocalEngine = lambda *a, **k: engine  # the warmed-up engine, so loading is not timed
    progress = _Silent()
    try:
        summary = audit_app.run(audit_app.AuditOptions(inputs=[posts], out=out, config=config, workers=workers,
                                                       chunk_size=chunk_size), progress=progress)
    finally:
        audit_app.LocalEngine, audit_app.DaskEngine = original
    c = summary.counts
    return {"posts": c.read, "checked_now": c.checked_now, "rejected": c.rejected, "workers": workers if check else 0,
            "check": check, "seconds": round(summary.seconds, 1),
            "posts_per_second": round(c.checked_now / summary.seconds, 1) if summary.seconds else None,
            "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_mb_largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the batch audit.")
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("make-input")
    make.add_argument("texts", nargs="+", type=Path)
    make.add_argument("--posts", type=int, default=20000)
    make.add_argument("--out", type=Path, required=True)
    bench = sub.add_parser("run")
    bench.add_argument("posts", type=Path)
    bench.add_argument("--config", "-c", type=Path)
    bench.add_argument("--workers", type=int, default=1)
    bench.add_argument("--out", type=Path, required=True)
    bench.add_argument("--no-check", action="store_true")
    bench.add_argument("--chunk-size", type=int, default=256)
    args = parser.parse_args(argv)
    if args.command == "make-input":
        print(make_input(args.texts, args.posts, args.out))
    else:
        result = run(args.posts, args.config, args.workers, args.out, not args.no_check, args.chunk_size)
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
