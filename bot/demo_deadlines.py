"""The scheduler's jobs in the demo, run at the demo clock's moments.

``aduan run`` lets APScheduler call :class:`bot.scheduler.SlaScheduler`'s jobs by the
wall clock. The demo's clock jumps (``:time +4d``), so the demo calls the same jobs
itself: the deadline sweep after every line, and, for each daily digest time a jump
passes, a sweep at that moment followed by the day's digest (and the weekly summary
and monthly report on their days), and a sweep at each moment a deadline step falls
due — what a process running through those days would have sent, in the same order
and with the same "time left"."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from bot.demo_clock import DemoClock
from bot.scheduler import SlaScheduler
from domain.sla.rules import SlaRules
from storage.models import Ticket
from storage.ppid.tables import PpidObjection

MAX_STOPS = 2000  # a jump of a year: ~250 digests and the steps of a few hundred tickets

log = logging.getLogger(__name__)


def digest_moments(after: datetime, until: datetime, rules: SlaRules) -> Iterator[datetime]:
    """Each day's digest time (in the regency's zone) in ``(after, until]``."""
    day = after.astimezone(rules.zone).date()
    last = until.astimezone(rules.zone).date()
    while day <= last:
        moment = datetime.combine(day, rules.digest_time, tzinfo=rules.zone).astimezone(UTC)
        if after < moment <= until:
            yield moment
        day += timedelta(days=1)


async def next_step(sessions: async_sessionmaker[AsyncSession], after: datetime) -> datetime | None:
    """The earliest deadline step (of a ticket or an objection) due after ``after``."""
    found: list[datetime] = []
    async with sessions() as session:
        for column in (col(Ticket.next_due_at), col(PpidObjection.next_due_at)):
            query = select(func.min(column)).where(column > after)
            value = (await session.execute(query)).scalar_one_or_none()
            if isinstance(value, datetime):
                found.append(value if value.tzinfo else value.replace(tzinfo=UTC))
    return min(found, default=None)


class DemoDeadlines:
    def __init__(
        self,
        scheduler: SlaScheduler,
        clock: DemoClock,
        sessions: async_sessionmaker[AsyncSession],
        settle: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._clock = clock
        self._sessions = sessions
        self._settle = settle  # delivers what a stop caused before the next one
        self._done_until = clock()

    async def catch_up(self) -> None:
        """Run every job due between the last call and the demo's now, in time order."""
        now = self._clock()
        digests = list(digest_moments(self._done_until, now, self._scheduler.rules))
        new_day = bool(digests)
        for _ in range(MAX_STOPS):
            step = await next_step(self._sessions, self._done_until)
            stops = [m for m in (step, digests[0] if digests else None) if m and m <= now]
            if not stops:
                break
            moment = min(stops)
            await self._sweep(moment)
            if digests and digests[0] == moment:
                await self._digests(digests.pop(0))
            self._done_until = moment
            if self._settle is not None:
                await self._settle()
        await self._scheduler.tick()  # at now, as ``aduan run``'s interval job does
        if new_day:
            await self._scheduler.retention()  # daily, when a retention policy is set
        self._done_until = now

    async def _digests(self, moment: datetime) -> None:
        rules = self._scheduler.rules
        await self._scheduler.digests.daily(moment)
        if moment.astimezone(rules.zone).weekday() == rules.weekly_day:
            await self._scheduler.digests.weekly(moment)
        await self._scheduler.monthly.run(moment)

    async def _sweep(self, moment: datetime) -> None:
        report = await self._scheduler.sweeper.sweep(moment)
        await self._scheduler.objections.sweep(moment)
        log.debug("demo sweep at %s: %s", moment.isoformat(), report)
