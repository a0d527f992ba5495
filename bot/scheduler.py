"""The scheduler: APScheduler 3 ticks; the database holds the timers.

One interval job sweeps due deadlines (``ADUAN_SWEEP_INTERVAL``), cron jobs send the
daily digest and the weekly summaries. There are no per-ticket jobs. On PostgreSQL only
one process sweeps at a time: it holds ``pg_try_advisory_lock`` on a dedicated
connection, and when that process dies its connection ends, the lock is freed and the
next tick of another process takes over. The compare-and-set in the sweep keeps every
step exactly-once even if two sweeps did overlap (and on SQLite, where one machine
serialises writers anyway).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from bot.agencies import AgencyDirectory
from bot.messages import Channel
from bot.sla.digest import Digests
from bot.sla.rules import WEEKDAYS, SlaRules
from bot.sla.sweep import Sweeper, SweepReport

log = logging.getLogger(__name__)
LOCK_KEY = 0x616475616E  # "aduan"
Clock = Callable[[], datetime]


class Leadership:
    """Who may sweep (or deliver: ``key`` and ``name`` say which lead). SQLite: this
    process. PostgreSQL: whoever holds the advisory lock on its own autocommit connection
    (no transaction is kept open).

    The lock is a session lock, so it lives exactly as long as its connection: it is
    given back by closing that connection for good (never by returning it to the pool,
    where an ordinary session would keep the lock and nobody would lead), and a process
    that dies loses it with its connection. A process that is not the leader stands by
    and is asked again by its caller; it says once which process holds the lead (the
    holder's connection carries ``application_name`` "aduan <name> <host>:<pid>")."""

    def __init__(self, engine: AsyncEngine, key: int = LOCK_KEY, name: str = "sweeper") -> None:
        self._engine = engine
        self._key = key
        self.name = name
        self._connection: AsyncConnection | None = None
        self._driver: Any = None  # the driver's connection under it, to cut if need be
        self._exclusive = engine.dialect.name == "postgresql"
        self._reported_holder: str | None = None

    @property
    def label(self) -> str:
        """How this process's lock connection shows in ``pg_stat_activity``."""
        return f"aduan {self.name} {socket.gethostname()}:{os.getpid()}"[:63]

    @property
    def is_leader(self) -> bool:
        return not self._exclusive or self._connection is not None

    async def acquire(self) -> bool:
        """Keep or take the lead; ``False`` when another process holds it."""
        if not self._exclusive:
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                return True
            except Exception:
                log.warning("lost the %s lock connection; trying to take it again", self.name)
                await self._drop()
        connection = await self._engine.connect()
        holder: str | None = None
        driver: Any = None
        try:
            driver = (await connection.get_raw_connection()).driver_connection
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            taken = bool(
                await connection.scalar(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
                )
            )
            if taken:
                await connection.execute(
                    text("SELECT set_config('application_name', :label, false)"),
                    {"label": self.label},
                )
            else:
                holder = await lock_holder(connection, self._key)
        except BaseException:
            # the lock may have been taken before the failure (or cancellation): this
            # connection must end, not go back to the pool with the lock on it
            await _discard(connection, driver)
            raise
        if taken:
            self._connection, self._driver = connection, driver
            self._reported_holder = None
            log.info("this process now leads: %s", self.name)
            return True
        await connection.close()  # no lock on it: back to the pool
        holder = holder or "another session"
        if holder != self._reported_holder:
            self._reported_holder = holder
            log.warning("%s: standing by, the lead is held by %s", self.name, holder)
        return False

    async def holder(self) -> str | None:
        """Who holds the lead now (``None``: nobody, or SQLite)."""
        if not self._exclusive:
            return None
        async with self._engine.connect() as connection:
            return await lock_holder(connection, self._key)

    async def release(self) -> None:
        if self._connection is None:
            return
        try:
            await self._connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": self._key}
            )
        except Exception:
            log.debug("could not unlock; the connection is gone", exc_info=True)
        finally:  # also when cancelled: the connection ends either way
            await self._drop()

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await _discard(connection, self._driver)

    async def backend_pid(self) -> int | None:
        """The PostgreSQL backend holding the lock (for operators and tests)."""
        if self._connection is None:
            return None
        return int(await self._connection.scalar(text("SELECT pg_backend_pid()")) or 0)


async def lock_holder(connection: AsyncConnection, key: int) -> str | None:
    """The session holding advisory lock ``key`` in this database, described for a log
    line (``None`` when it is free)."""
    row = (
        await connection.execute(
            text(
                "SELECT l.pid, a.application_name, a.client_addr, a.backend_start "
                "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                "AND l.classid = :hi AND l.objid = :lo AND l.database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
        )
    ).first()
    if row is None:
        return None
    pid, name, client, started = row
    since = started.strftime("%Y-%m-%d %H:%M:%S %Z") if started is not None else "?"
    return (
        f"PostgreSQL backend {pid} ({name or 'no application_name'}, "
        f"from {client or 'a local socket'}, connected since {since})"
    )


async def _discard(connection: AsyncConnection, driver: Any) -> None:
    """Close ``connection`` for good: its session, and any lock of it, ends. If even
    that is interrupted (a cancellation while stopping), ``driver``, the driver's own
    connection, is cut at once without waiting."""
    try:
        await connection.invalidate()
        await connection.close()
    except BaseException as error:
        with contextlib.suppress(Exception):
            driver.terminate()
        if not isinstance(error, Exception):
            raise
        log.debug("closing a lock connection failed", exc_info=True)


class SlaScheduler:
    def __init__(
        self,
        engine: AsyncEngine,
        sessions: async_sessionmaker[AsyncSession],
        rules: SlaRules,
        agencies: AgencyDirectory,
        clock: Clock,
        sweep_seconds: float = 30.0,
        staff_language: str = "id",
        channel: Channel = Channel.TELEGRAM,
        on_committed: Callable[[], None] | None = None,
    ) -> None:
        self.rules = rules
        self.sweeper = Sweeper(sessions, rules, agencies, staff_language, on_committed=on_committed)
        self.digests = Digests(sessions, rules, agencies, staff_language, channel, on_committed)
        self.leadership = Leadership(engine)
        self._clock = clock
        self._sweep_seconds = sweep_seconds
        self._scheduler: AsyncIOScheduler | None = None
        self._busy = asyncio.Lock()
        self._adopted = False
        # wall-clock end of the last tick that finished (as sweeper or standby): what
        # /healthz reads, so a sweep stuck in a query or failing every time shows
        self.last_tick: datetime | None = None

    # -- jobs (also called directly by tests and tools) ------------------------------
    async def tick(self) -> SweepReport | None:
        """One sweep, if this process is the sweeper; ``None`` when it is not."""
        async with self._busy:
            if not await self.leadership.acquire():
                self.last_tick = datetime.now(UTC)
                return None
            if not self._adopted:
                adopted = await self.sweeper.adopt_untimed(self._clock())
                if adopted:
                    log.info("gave deadlines to %d open tickets that had none", adopted)
                self._adopted = True
            report = await self.sweeper.sweep(self._clock())
            self.last_tick = datetime.now(UTC)
            return report

    async def daily_digest(self) -> bool:
        async with self._busy:
            if not await self.leadership.acquire():
                return False
            return await self.digests.daily(self._clock())

    async def weekly_summary(self) -> int:
        async with self._busy:
            if not await self.leadership.acquire():
                return 0
            return await self.digests.weekly(self._clock())

    # -- running -------------------------------------------------------------------
    def start(self) -> None:
        scheduler = AsyncIOScheduler(timezone=self.rules.zone)
        digest = self.rules.digest_time
        weekly_day = next(k for k, v in WEEKDAYS.items() if v == self.rules.weekly_day)
        scheduler.add_job(
            _logged(self.tick, "sweep"),
            "interval",
            seconds=self._sweep_seconds,
            next_run_time=datetime.now(UTC),
            id="sla-sweep",
            max_instances=1,
            coalesce=True,
        )
        scheduler.add_job(
            _logged(self.daily_digest, "daily digest"),
            CronTrigger(hour=digest.hour, minute=digest.minute, timezone=self.rules.zone),
            id="sla-daily-digest",
            misfire_grace_time=3600,
            coalesce=True,
        )
        scheduler.add_job(
            _logged(self.weekly_summary, "weekly summary"),
            CronTrigger(
                day_of_week=weekly_day,
                hour=digest.hour,
                minute=digest.minute,
                timezone=self.rules.zone,
            ),
            id="sla-weekly-summary",
            misfire_grace_time=3600,
            coalesce=True,
        )
        scheduler.start()
        self._scheduler = scheduler

    async def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        async with self._busy:  # let a running sweep finish its transaction
            await self.leadership.release()


def _logged(job: Callable[[], Awaitable[Any]], name: str) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        try:
            await job()
        except Exception:
            log.exception("SLA %s failed; the next tick retries", name)

    return run
