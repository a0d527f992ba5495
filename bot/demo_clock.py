"""The demo's clock: the real time plus an offset that ``:time +2d`` moves forward, so a
newcomer sees deadlines pass (reminders, escalations, digests) within a minute. It is
the clock given to :func:`bot.app.build_app`, so the conversations, the outbox, the
delivery and the scheduler all read it; nothing global is patched.

The clock never runs behind what the database already holds: a restarted demo on the
same ``aduan.db`` carries on from the latest moment it recorded (tickets filed "in four
days" stay in the past, and their messages stay due). ``:time`` records where it moved
the clock as the ``demo:clock`` row of ``sla_job_run`` (a moment, as the digests'
rows are), so a restart keeps the time even when nothing else happened after the jump."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Conversation, OutboxEntry, SlaJobRun, TicketEvent

_STEP = re.compile(r"(\d+)\s*([wdhm])")
_UNITS = {"w": timedelta(weeks=1), "d": timedelta(days=1), "h": timedelta(hours=1)}
_UNITS["m"] = timedelta(minutes=1)
MAX_STEP = timedelta(days=366)


class ClockError(ValueError):
    """A ``:time`` argument that is not a forward step like ``+2d`` or ``+3h``: the
    catalog's ``key`` that says why, for the ``typed`` text."""

    def __init__(self, key: str, typed: str) -> None:
        super().__init__(f"{key}: {typed!r}")
        self.key, self.typed = key, typed


def parse_step(text: str) -> timedelta:
    """``+2d``, ``+3h``, ``+1d12h``, ``+90m``, ``+1w`` (calendar time) as a timedelta."""
    body = text.strip().removeprefix("+").replace(" ", "").lower()
    if not body or _STEP.sub("", body):
        raise ClockError("demo-clock-unreadable", text.strip())
    step = sum((int(n) * _UNITS[unit] for n, unit in _STEP.findall(body)), timedelta())
    if not timedelta() < step <= MAX_STEP:
        raise ClockError("demo-clock-out-of-range", text.strip())
    return step


def _real_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DemoClock:
    """Callable like every clock in aduan: ``clock()`` is the demo's "now"."""

    offset: timedelta = timedelta()
    real: Callable[[], datetime] = field(default=_real_now)

    def __call__(self) -> datetime:
        return self.real() + self.offset

    def advance(self, step: timedelta) -> datetime:
        if step > timedelta():
            self.offset += step
        return self()

    def not_before(self, moment: datetime | None) -> None:
        """Move forward to ``moment`` if it is later than now (never back)."""
        if moment is not None:
            self.advance(moment - self())


async def latest_recorded(sessions: async_sessionmaker[AsyncSession]) -> datetime | None:
    """The latest moment the demo's clock stamped into the database, if any."""
    columns = (
        OutboxEntry.created_at, TicketEvent.at, Conversation.updated_at, SlaJobRun.ran_at,
    )  # fmt: skip
    latest: datetime | None = None
    async with sessions() as session:
        for column in columns:
            value = (await session.execute(select(func.max(column)))).scalar_one_or_none()
            if isinstance(value, datetime):
                value = value if value.tzinfo else value.replace(tzinfo=UTC)
                latest = value if latest is None or value > latest else latest
    return latest


CLOCK_KEY = "demo:clock"


async def remember(sessions: async_sessionmaker[AsyncSession], moment: datetime) -> None:
    """Record that the demo's clock was moved to ``moment`` (see the module's text)."""
    async with sessions.begin() as session:
        await session.execute(delete(SlaJobRun).where(SlaJobRun.key == CLOCK_KEY))  # type: ignore[arg-type]
        session.add(SlaJobRun(key=CLOCK_KEY, ran_at=moment))
