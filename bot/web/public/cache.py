"""A brief cache of public answers: the same page or API query within a few seconds
is answered from memory, so a burst of readers costs one database query."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Cached:
    body: bytes
    content_type: str
    status: int
    expires: float


class ResponseCache:
    def __init__(
        self,
        seconds: float,
        max_entries: int = 2000,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self._max = max_entries
        self._entries: OrderedDict[str, Cached] = OrderedDict()
        self._monotonic = monotonic

    def get(self, key: str) -> Cached | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires <= self._monotonic():
            del self._entries[key]
            return None
        return entry

    def put(self, key: str, body: bytes, content_type: str, status: int = 200) -> None:
        if self.seconds <= 0:
            return
        self._entries[key] = Cached(body, content_type, status, self._monotonic() + self.seconds)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()


class Memo:
    """Values worth keeping for the cache's time whatever page asks for them (the
    figures of a period, the number of reports): an uncached page of reports then
    costs only its own query."""

    def __init__(self, seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._values: dict[str, tuple[float, object]] = {}
        self._monotonic = monotonic

    async def get(self, key: str, compute: Callable[[], Awaitable[T]]) -> T:
        now = self._monotonic()
        known = self._values.get(key)
        if known is not None and known[0] > now:
            return known[1]  # type: ignore[return-value]
        value = await compute()
        if self.seconds > 0:
            if len(self._values) > 1000:
                self._values.clear()
            self._values[key] = (now + self.seconds, value)
        return value
