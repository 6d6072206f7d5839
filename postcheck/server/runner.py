"""Runs checks off the event loop in a fixed pool of threads, behind a bounded queue.

Used around an already loaded ``Checker`` (tests, embedding); a thread cannot
be stopped, so ``postcheck serve`` uses processes instead (``workers.py``).

spaCy holds the GIL for most of a parse, so more threads than cores buy
little; the pool size is ``[server] threads`` (more processes come from
``--workers``). When ``threads + max_queue`` checks are already in hand the
runner refuses at once (503 + Retry-After) instead of letting latency grow
without bound, and recovers by itself as the queue drains.
"""
from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from ..checker import Checker
from ..post import Post
from .errors import ApiError


class CheckRunner:
    def __init__(self, checker: Checker, *, threads: int, max_queue: int):
        self.checker = checker
        self.capacity = threads + max_queue
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="postcheck-check")
        self._lock = threading.Lock()
        self._in_hand = 0
        self._running: dict[int, float] = {}  # pool thread -> when its current check started

    @property
    def in_hand(self) -> int:
        """Checks queued or running (including ones whose request already timed out)."""
        return self._in_hand

    async def check(self, posts: list[Post]) -> list[dict]:
        """Check ``posts`` in a pool thread; cancelling the caller (a timeout) drops a queued check."""
        with self._lock:
            if self._in_hand >= self.capacity:
                raise ApiError(503, "overloaded", "the server is busy; try again shortly", {"Retry-After": "1"})
            self._in_hand += 1
        try:
            future = self._executor.submit(self._check, posts)
        except RuntimeError:  # shutting down
            self._release()
            raise ApiError(503, "unavailable", "the server is shutting down", {"Retry-After": "5"}) from None
        future.add_done_callback(lambda _: self._release())
        return await asyncio.wrap_future(future)  # cancellation reaches the future: a queued check never starts

    def longest_running(self) -> float:
        """Seconds the oldest check still running has taken: a stuck check shows here."""
        now = time.monotonic()
        return max((now - started for started in list(self._running.values())), default=0.0)

    def _check(self, posts: list[Post]) -> list[dict]:
        thread = threading.get_ident()
        self._running[thread] = time.monotonic()
        try:
            return [r.to_dict() for r in self.checker.check_many(posts, batch_size=len(posts))]
        finally:
            self._running.pop(thread, None)

    def _release(self) -> None:
        with self._lock:
            self._in_hand -= 1

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
