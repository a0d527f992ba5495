"""An in-memory :class:`bot.channels.base.InboxSink` that can be told to fail."""

from __future__ import annotations

import asyncio

from domain.inbound import InboundItem


class MemoryInbox:
    """Keeps items by key (duplicates ignored), like the real inbox table."""

    def __init__(self, fail_times: int = 0) -> None:
        self.items: dict[str, InboundItem] = {}
        self.fail_times = fail_times
        self.store_calls = 0
        self._changed = asyncio.Event()

    async def store(self, items: list[InboundItem]) -> int:
        self.store_calls += 1
        if self.fail_times > 0:
            self.fail_times -= 1
            raise RuntimeError("database is locked")
        new = [item for item in items if item.key not in self.items]
        self.items.update((item.key, item) for item in new)
        self._changed.set()
        return len(new)

    async def wait_for_count(self, count: int, timeout: float = 5) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while len(self.items) < count:
                self._changed.clear()
                await self._changed.wait()
