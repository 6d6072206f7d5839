"""Load test for ``postcheck serve`` on loopback: throughput, latency, errors, overload.

    python -m benchmarks.server_load POSTS.jsonl --config council.toml \\
        --duration 30 --concurrency 1,4,16,64 [--workers 2] [--overload 10]

Starts the server itself (rate limits off, via POSTCHECK_SERVER_TABLE) unless
``--url`` names one already running on 127.0.0.1. For each concurrency level
it keeps that many requests in flight for ``--duration`` seconds and reports
requests/s, p50/p95/p99 latency and the error rate, next to the in-process
``Checker.check_many`` throughput on the same posts (the limit the server can
approach). ``--overload SECONDS`` then floods the server past its queue while
probing ``/healthz``, and checks a normal request succeeds afterwards.
Loads go to 127.0.0.1 only and are bounded in time.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CONTRACT_KEYS = ("id", "text", "author", "created_at", "platform", "account", "kind", "quoted_text", "media")


@dataclass
class LoadResult:
    concurrency: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # successful requests, seconds
    statuses: dict[int, int] = field(default_factory=dict)
    failures: int = 0  # connection errors and client time-outs

    @property
    def requests(self) -> int:
        return sum(self.statuses.values()) + self.failures

    @property
    def errors(self) -> int:
        return self.requests - self.statuses.get(200, 0)

    @property
    def throughput(self) -> float:
        return self.statuses.get(200, 0) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] * 1000

    def to_dict(self) -> dict[str, Any]:
        return {"concurrency": self.concurrency, "seconds": round(self.seconds, 2), "requests": self.requests,
                "ok_per_second": round(self.throughput, 2), "p50_ms": round(self.percentile(50), 1),
                "p95_ms": round(self.percentile(95), 1), "p99_ms": round(self.percentile(99), 1),
                "error_rate": round(self.errors / self.requests, 4) if self.requests else 0.0,
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}}


def read_posts(path: Path) -> list[dict[str, Any]]:
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            posts.append({k: item[k] for k in CONTRACT_KEYS if k in item})
    if not posts:
        raise SystemExit(f"{path}: no posts")
    return posts


def require_loopback(url: str) -> None:
    if urlparse(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the load test only runs against a server on this machine (127.0.0.1)")


async def run_load(url: str, posts: list[dict[str, Any]], concurrency: int, duration: float,
                   path: str = "/v1/check", timeout: float = 60.0) -> LoadResult:
    """Keep ``concurrency`` requests in flight for ``duration`` seconds."""
    import httpx

    require_loopback(url)
    result = LoadResult(concurrency=concurrency, seconds=duration)
    limits = httpx.Limits(max_connections=concurrency + 4, max_keepalive_connections=concurrency + 4)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client:
        started = time.perf_counter()
        deadline = started + duration

        async def worker(offset: int) -> None:
            index = offset
            while time.perf_counter() < deadline:
                post = posts[index % len(posts)]
                index += concurrency
                sent = time.perf_counter()
                try:
                    response = await client.post(path, json=post)
                except httpx.HTTPError:
                    result.failures += 1
                    continue
                result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
                if response.status_code == 200:
                    result.latencies.append(time.perf_counter() - sent)
                elif response.status_code in (429, 503):  # back off as a well-behaved client does
                    await asyncio.sleep(min(float(response.headers.get("retry-after", "1")), 2.0))

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
        result.seconds = time.perf_counter() - started
    return result


async def overload(url: str, posts: list[dict[str, Any]], concurrency: int, duration: float) -> dict[str, Any]:
    """Flood the server while probing /healthz; then check it still serves a normal request."""
    import httpx

    require_loopback(url)
    probes: list[tuple[int, float]] = []

    async def probe() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            end = time.perf_counter() + duration
            while time.perf_counter() < end:
                sent = time.perf_counter()
                try:
                    status = (await client.get("/healthz")).status_code
                except httpx.HTTPError:
                    status = 0
                probes.append((status, time.perf_counter() - sent))
                await asyncio.sleep(0.2)

    load, _ = await asyncio.gather(run_load(url, posts, concurrency, duration), probe())
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        recovered = False
        for _ in range(20):
            if (await client.post("/v1/check", json=posts[0])).status_code == 200:
                recovered = True
                break
            await asyncio.sleep(0.5)
        ready = (await client.get("/readyz")).status_code
    probe_ms = [seconds * 1000 for _, seconds in probes]
    return {"flood": load.to_dict(), "healthz_probes": len(probes),
            "healthz_ok": sum(1 for status, _ in probes if status == 200),
            "healthz_max_ms": round(max(probe_ms), 1) if probe_ms else None,
            "healthz_median_ms": round(statistics.median(probe_ms), 1) if probe_ms else None,
            "recovered": recovered, "readyz_after": ready}


def in_process_throughput(config: Path | None, posts: list[dict[str, Any]], seconds: float) -> dict[str, float]:
    """Posts a second through ``Checker.check_many`` (batched) and ``Checker.check`` (one at a time)."""
    from postcheck.checker import Checker

    checker = Checker(config)
    checker.check(posts[0])  # warm up
    rates = {}
    chunk = checker.config.batch_size
    for name, batch in (("check_many", None), ("check", 1)):
        done, started, index = 0, time.perf_counter(), 0
        while time.perf_counter() - started < seconds / 2:  # whole batches, the time checked between them
            items = [posts[(index + i) % len(posts)] for i in range(chunk)]
            index += chunk
            done += sum(1 for _ in checker.check_many(items, batch_size=batch))
        rates[name] = done / (time.perf_counter() - started)
    return rates


async def all_workers_ready(url: str, in_a_row: int = 20, timeout: float = 300.0) -> None:
    """With several workers one may answer ready before the others: wait for a run of 200s."""
    import httpx

    streak, end = 0, time.perf_counter() + timeout
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        while streak < in_a_row and time.perf_counter() < end:
            ok = (await client.get("/readyz", headers={"Connection": "close"})).status_code == 200
            streak = streak + 1 if ok else 0
            await asyncio.sleep(0.05 if ok else 0.5)


def table(results: list[LoadResult], baseline: dict[str, float]) -> str:
    lines = ["| concurrency | requests | ok/s | p50 ms | p95 ms | p99 ms | errors | ok/s ÷ check_many/s |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        ratio = r.throughput / baseline["check_many"] if baseline.get("check_many") else float("nan")
        lines.append(f"| {r.concurrency} | {r.requests} | {r.throughput:.1f} | {r.percentile(50):.0f} | "
                     f"{r.percentile(95):.0f} | {r.percentile(99):.0f} | {r.errors / max(r.requests, 1):.1%} | {ratio:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("posts", type=Path, help="posts to send (JSONL, the post contract)")
    parser.add_argument("--config", type=Path, help="council settings (TOML)")
    parser.add_argument("--url", help="a running server on 127.0.0.1 (default: start one)")
    parser.add_argument("--workers", type=int, default=1, help="server processes when starting one")
    parser.add_argument("--threads", type=int, default=1, help="[server] threads when starting one")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per concurrency level (at most 120)")
    parser.add_argument("--concurrency", default="1,4,16,64", help="comma-separated levels")
    parser.add_argument("--overload", type=float, default=0.0, help="seconds of flooding past the queue (0: skip)")
    parser.add_argument("--baseline-seconds", type=float, default=20.0, help="time for the in-process baseline")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    duration = min(args.duration, 120.0)
    levels = [int(x) for x in args.concurrency.split(",") if x.strip()]
    posts = read_posts(args.posts)

    print(f"in-process baseline on {len(posts)} posts ({args.baseline_seconds:g} s)…", file=sys.stderr)
    baseline = in_process_throughput(args.config, posts, args.baseline_seconds)
    figures: dict[str, Any] = {"posts": len(posts), "baseline_posts_per_second": baseline, "cpus": os.cpu_count(),
                               "load_average_before": os.getloadavg()[0], "levels": []}

    async def measure(url: str) -> None:
        await all_workers_ready(url)
        results = []
        for level in levels:
            print(f"concurrency {level} for {duration:g} s…", file=sys.stderr)
            results.append(await run_load(url, posts, level, duration))
            figures["levels"].append(results[-1].to_dict())
        print(table(results, baseline))
        if args.overload:
            print(f"overload: {max(levels) * 4} clients for {args.overload:g} s…", file=sys.stderr)
            figures["overload"] = await overload(url, posts, max(levels) * 4, min(args.overload, 60.0))
            print(json.dumps(figures["overload"], indent=2))

    print(f"in-process: check_many {baseline['check_many']:.1f} posts/s, check {baseline['check']:.1f} posts/s")
    if args.url:
        require_loopback(args.url)
        asyncio.run(measure(args.url))
    else:
        from benchmarks.harness import SubprocessServer

        server_table = {"rate_limit_per_minute": 0, "rate_limit_per_key_per_minute": 0, "threads": args.threads,
                        "max_queue": 16, "request_timeout_seconds": 60}
        with tempfile.TemporaryDirectory() as tmp:
            env = {"POSTCHECK_SERVER_TABLE": json.dumps(server_table)}
            with SubprocessServer(args.config, Path(tmp) / "server.log", workers=args.workers, extra_env=env) as server:
                figures["server"] = {"workers": args.workers, **server_table}
                asyncio.run(measure(server.url))
    figures["load_average_after"] = os.getloadavg()[0]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
