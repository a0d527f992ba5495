"""Keeping the published reports in line with the tickets (when the public page is on).

Run by the scheduler in the process that holds the sweeper's leadership, every
``ADUAN_PUBLISH_INTERVAL``; each pass copies what changed, in batches of its own
transactions, until it has caught up or done ``max_batches``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.publication.rules import PublicationPolicy
from storage.publication import BATCH, SyncReport, sync

log = logging.getLogger(__name__)


class Publisher:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        policy: PublicationPolicy,
        clock: Callable[[], datetime],
        batch: int = BATCH,
        max_batches: int = 10,  # a first pass over a big backlog spreads over ticks
    ) -> None:
        self._sessions = sessions
        self.policy = policy
        self._clock = clock
        self._batch = batch
        self._max_batches = max_batches

    async def run_once(self) -> SyncReport:
        """Passes until one finds less than a full batch; the totals of all of them."""
        looked = written = removed = 0
        for _ in range(self._max_batches):
            async with self._sessions.begin() as session:
                report = await sync(session, self._clock(), self.policy, self._batch)
            looked += report.looked_at
            written += report.written
            removed += report.removed
            if report.looked_at < self._batch:
                break
        if written or removed:
            log.info("publication: %d reports written, %d removed", written, removed)
        return SyncReport(looked, written, removed)
