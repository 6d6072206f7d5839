"""Per-client rate limits: a token bucket per address and per API key.

In memory and per process: with ``--workers N`` each worker keeps its own
buckets, so the effective limit is up to N times the configured one.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """``per_minute`` requests a minute for each identity, with bursts up to that many."""

    def __init__(self, per_minute: int, *, max_identities: int = 100_000, clock=time.monotonic):
        self.per_minute = per_minute
        self.rate = per_minute / 60.0
        self.max_identities = max_identities
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.per_minute > 0

    def acquire(self, identity: str) -> float:
        """Take one token: 0.0 if allowed, else the seconds until one is free."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(identity)
            if bucket is None:
                if len(self._buckets) >= self.max_identities:
                    self._evict(now)
                bucket = self._buckets[identity] = _Bucket(float(self.per_minute), now)
            bucket.tokens = min(float(self.per_minute), bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self.rate

    def peek(self, identity: str) -> float:
        """0.0 if ``identity`` has a token left, else the seconds until it has one; takes nothing."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(identity)
            if bucket is None:
                return 0.0
            tokens = min(float(self.per_minute), bucket.tokens + (now - bucket.updated) * self.rate)
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def _evict(self, now: float) -> None:
        """Drop buckets that have refilled (they hold no state worth keeping)."""
        full = 60.0
        stale = [k for k, b in self._buckets.items() if now - b.updated >= full]
        for key in stale:
            del self._buckets[key]
        if len(self._buckets) >= self.max_identities:
            self._buckets.clear()


def retry_after(seconds: float) -> str:
    """A Retry-After header value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))
