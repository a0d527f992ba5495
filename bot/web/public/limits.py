"""Rate limits for the public endpoints: a token bucket per API key, or per client
address for requests without one. In memory, per process (like the /metrics counters):
with several processes behind one proxy each allows the configured rate."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

MAX_BUCKETS = 20_000  # beyond this, full (idle) buckets are forgotten
LOOPBACK = ("127.", "::1")


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """``per_minute`` requests a minute for each key, in bursts of up to that many."""

    def __init__(self, per_minute: int, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._buckets: dict[str, _Bucket] = {}
        self._monotonic = monotonic

    def take(self, key: str) -> float:
        """0 when the request may go ahead; else the seconds until it may."""
        now = self._monotonic()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_BUCKETS:
                self._forget_idle(now)
            bucket = self._buckets[key] = _Bucket(float(self.per_minute), now)
        bucket.tokens = min(self.per_minute, bucket.tokens + (now - bucket.at) * self._rate)
        bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self._rate

    def _forget_idle(self, now: float) -> None:
        full = [
            key
            for key, b in self._buckets.items()
            if b.tokens + (now - b.at) * self._rate >= self.per_minute
        ]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= MAX_BUCKETS:  # all busy: start again rather than grow
            self._buckets.clear()


def client_address(request: web.Request) -> str:
    """The caller's address. Behind a reverse proxy on the same machine (the connection
    comes from loopback) the proxy's ``X-Forwarded-For`` names the caller: its last
    entry, the one the proxy itself added."""
    remote = request.remote or "-"
    forwarded = request.headers.get("X-Forwarded-For")
    if forwarded and remote.startswith(LOOPBACK):
        return forwarded.split(",")[-1].strip()[:64] or remote
    return remote


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
