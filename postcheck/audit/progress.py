"""Progress on stderr: a rich bar with rate and ETA on a terminal, a log line every few seconds otherwise."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .terminal import safe


def estimate_total(paths: list[Path]) -> int | None:
    """Lines in JSONL/CSV inputs (a cheap upper bound for the bar); None for archives."""
    total = 0
    for path in paths:
        if path.is_dir() or path.suffix.lower() not in (".jsonl", ".ndjson", ".csv", ".tsv"):
            return None
        with path.open("rb") as handle:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        if path.suffix.lower() in (".csv", ".tsv"):
            total -= 1
    return max(total, 0)


class Progress:
    def __init__(self, total: int | None, interval: float = 5.0, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.done, self.interval = total, 0, interval
        self.start = self.last = time.monotonic()
        self.bar = None
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.bar = RichProgress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                    TextColumn("{task.fields[rate]} posts/s"), TimeElapsedColumn(), TextColumn("ETA"),
                                    TimeRemainingColumn(), console=Console(file=self.stream), transient=False)
            self.task = self.bar.add_task("audit", total=total, rate="0.0")
            self.bar.start()

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        rate = self.done / max(now - self.start, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, advance=n, rate=f"{rate:,.1f}")
        elif now - self.last >= self.interval:
            self.last = now
            left = f", about {(self.total - self.done) / rate:,.0f}s left" if self.total and rate else ""
            of = f"/{self.total:,}" if self.total else ""
            print(f"postcheck audit: {self.done:,}{of} posts, {rate:,.1f} posts/s{left}", file=self.stream, flush=True)

    def log(self, message: str) -> None:
        message = safe(message)
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self.stream, flush=True)

    def stop(self) -> float:
        if self.bar is not None:
            self.bar.stop()
        return time.monotonic() - self.start
