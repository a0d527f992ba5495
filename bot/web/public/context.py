"""What the public endpoints share: the database, the agencies, the publication rules,
the rate limiters, the answer cache and the API keys seen lately."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.web.public.cache import Memo, ResponseCache
from bot.web.public.limits import RateLimiter
from domain.agencies import AgencyDirectory
from domain.publication.rules import PublicationPolicy
from handlers.context import Services
from storage import api_clients

KEY_MEMORY_SECONDS = 30.0  # a revoked key stops working within this long


@dataclass
class PublicContext:
    sessions: async_sessionmaker[AsyncSession]
    services: Services
    policy: PublicationPolicy
    clock: Callable[[], datetime]
    address_limiter: RateLimiter
    key_limiter: RateLimiter
    cache: ResponseCache
    licence: str = "CC-BY-4.0"
    base_url: str | None = None
    writer_lock: asyncio.Lock | None = None  # SQLite: one writer at a time
    monotonic: Callable[[], float] = time.monotonic
    on_committed: Callable[[], None] | None = None  # wakes delivery for a new card
    # the page's figures and the monthly figure files (when the figures module is there)
    figures: Callable[[AsyncSession, str], Awaitable[Any]] | None = None
    figure_files: Callable[[AsyncSession, Any], Awaitable[dict[str, bytes]]] | None = None
    memo: Memo = field(default_factory=lambda: Memo(30.0))
    _keys: dict[str, tuple[str | None, float]] = field(default_factory=dict)

    @property
    def agencies(self) -> AgencyDirectory:
        return self.services.agencies

    @property
    def zone(self) -> ZoneInfo:
        return self.services.zone

    @contextlib.asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        """A session to read in. On SQLite every transaction takes the write lock
        (``BEGIN IMMEDIATE``), so readers queue behind the process's writer lock like
        writers do, in order, instead of retrying against each other."""
        if self.writer_lock is None:
            async with self.sessions() as session:
                yield session
            return
        async with self.writer_lock, self.sessions() as session:
            yield session  # the session closes, ending its transaction, inside the lock

    async def client_for(self, key: str) -> str | None:
        """The name of the active client holding ``key`` (remembered briefly)."""
        digest = api_clients.hash_key(key)
        now = self.monotonic()
        known = self._keys.get(digest)
        if known is not None and known[1] > now:
            return known[0]
        async with self.reading() as session:
            client = await api_clients.by_key(session, key)
        name = client.name if client is not None else None
        if len(self._keys) > 10_000:
            self._keys.clear()
        self._keys[digest] = (name, now + KEY_MEMORY_SECONDS)
        return name
