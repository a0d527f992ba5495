"""The scheduler: APScheduler 3 ticks; the database holds the timers.

One interval job sweeps due deadlines (``ADUAN_SWEEP_INTERVAL``): tickets' and then
information-request objections' (the PPID superior's clock), cron jobs send the
daily digest and the weekly summaries. There are no per-ticket jobs. On PostgreSQL only
one process sweeps at a time (:class:`storage.leadership.Leadership`): when that
process dies its lock connection ends and the next tick of another process takes
over. The compare-and-set in the sweep keeps every step exactly-once even if two
sweeps did overlap (and on SQLite, where one machine serialises writers anyway).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.publisher import Publisher
from domain.agencies import AgencyDirectory
from domain.messages import Channel
from domain.ppid.offices import PpidDirectory
from domain.sla.rules import WEEKDAYS, SlaRules
from handlers.deadlines.digest import Digests
from handlers.deadlines.monthly import MonthlyReport
from handlers.deadlines.objections import ObjectionReport, ObjectionSweeper
from handlers.deadlines.superiors import SuperiorCheck
from handlers.deadlines.sweep import Sweeper, SweepReport
from storage.leadership import Leadership
from storage.privacy.retention import RetentionPolicy, RetentionReport, apply_retention

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
RETENTION_HOUR = 3  # the regency's time: the quietest hour


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
        publisher: Publisher | None = None,
        publish_seconds: float = 60.0,
        dashboard_url: str | None = None,
        retention: RetentionPolicy | None = None,
        ppid: PpidDirectory | None = None,
    ) -> None:
        self.rules = rules
        self.retention_policy = retention  # personal data (None: keep everything)
        # never anonymised for silence: the agencies' admins (staff write to the bot too)
        self._admins = frozenset(user for a in agencies.agencies for user in a.admins)
        self._sessions = sessions
        self.publisher = publisher  # the public reports (when the public page is on)
        self._publish_seconds = publish_seconds
        self.sweeper = Sweeper(sessions, rules, agencies, staff_language, channel, on_committed)
        self.objections = ObjectionSweeper(
            sessions, rules, agencies, staff_language, channel, on_committed
        )
        self.last_objections: ObjectionReport | None = None  # the last objection sweep
        self.digests = Digests(sessions, rules, agencies, staff_language, channel, on_committed)
        self.monthly = MonthlyReport(
            sessions, rules, agencies, staff_language, channel, on_committed, dashboard_url
        )
        self.superiors = (  # agencies whose objections reach nobody: told at start-up
            None if ppid is None else SuperiorCheck(
                sessions, rules, agencies, ppid, staff_language, channel, on_committed
            )
        )  # fmt: skip
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
                if self.superiors is not None:
                    await self.superiors.run(self._clock())
                self._adopted = True
            report = await self.sweeper.sweep(self._clock())
            self.last_objections = await self.objections.sweep(self._clock())
            self.last_tick = datetime.now(UTC)
            return report

    async def daily_digest(self) -> bool:
        async with self._busy:
            if not await self.leadership.acquire():
                return False
            return await self.digests.daily(self._clock())

    async def monthly_report(self) -> bool:
        """Last month's report, on the first working day of the month (at most once)."""
        async with self._busy:
            if not await self.leadership.acquire():
                return False
            return await self.monthly.run(self._clock())

    async def weekly_summary(self) -> int:
        async with self._busy:
            if not await self.leadership.acquire():
                return 0
            return await self.digests.weekly(self._clock())

    async def retention(self) -> RetentionReport | None:
        """Apply the retention policy, if this process is the sweeper."""
        async with self._busy:
            if self.retention_policy is None or not await self.leadership.acquire():
                return None
            report = await apply_retention(
                self._sessions, self.retention_policy, self._clock(), self._admins
            )
            log.info("retention: %s", report.summary())
            return report

    async def publish(self) -> bool:
        """Bring the published reports up to date, if this process is the sweeper."""
        async with self._busy:
            if self.publisher is None or not await self.leadership.acquire():
                return False
            await self.publisher.run_once()
            return True

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
        scheduler.add_job(  # every day; it sends only on the month's first working day
            _logged(self.monthly_report, "monthly report"),
            CronTrigger(hour=digest.hour, minute=digest.minute, timezone=self.rules.zone),
            id="monthly-report",
            misfire_grace_time=3600,
            coalesce=True,
        )
        scheduler.add_job(  # personal data: once a day, at night
            _logged(self.retention, "retention"),
            CronTrigger(hour=RETENTION_HOUR, minute=0, timezone=self.rules.zone),
            id="retention",
            misfire_grace_time=6 * 3600,
            coalesce=True,
        )
        if self.publisher is not None:
            scheduler.add_job(
                _logged(self.publish, "publication"),
                "interval",
                seconds=self._publish_seconds,
                next_run_time=datetime.now(UTC),
                id="publication",
                max_instances=1,
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
