"""/healthz reads when the last sweep tick finished, so a sweep that is stuck or fails
every time is reported, and a long sweep interval is not mistaken for a dead sweep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.runner import liveness
from bot.scheduler import SlaScheduler
from bot.web.server import health_report
from handlers.deadlines.sweep import SweepReport
from tests.databases import database_url
from tests.harness import ChatHarness


class BrokenSweeper:
    """A sweeper whose every sweep fails (the database rejects it, say)."""

    async def adopt_untimed(self, now: datetime) -> int:
        return 0

    async def sweep(self, now: datetime) -> SweepReport:
        raise RuntimeError("the sweep query failed")


def scheduler_of(chat: ChatHarness) -> SlaScheduler:
    assert chat.app is not None and chat.app.scheduler is not None
    return chat.app.scheduler


async def test_a_finished_tick_is_what_healthz_sees(tmp_path: Path) -> None:
    async with ChatHarness(await database_url("sqlite", tmp_path)) as chat:
        scheduler = scheduler_of(chat)
        assert scheduler.last_tick is None
        before = datetime.now(UTC)
        await scheduler.tick()
        assert scheduler.last_tick is not None and scheduler.last_tick >= before


async def test_a_tick_that_fails_leaves_the_last_good_one_in_place(tmp_path: Path) -> None:
    async with ChatHarness(await database_url("sqlite", tmp_path)) as chat:
        scheduler = scheduler_of(chat)
        await scheduler.tick()
        good = scheduler.last_tick
        scheduler.sweeper = BrokenSweeper()  # type: ignore[assignment]
        with pytest.raises(RuntimeError):
            await scheduler.tick()
        assert scheduler.last_tick == good


async def test_a_sweep_silent_for_ten_minutes_makes_healthz_fail(tmp_path: Path) -> None:
    async with ChatHarness(await database_url("sqlite", tmp_path)) as chat:
        assert chat.app is not None
        now = datetime.now(UTC)
        scheduler_of(chat).last_tick = now - timedelta(minutes=10)
        chat.app.delivery.last_pass = now
        status, body = await health_report(chat.app.sessions, liveness(chat.app), now)
        assert status == 503
        assert any("SLA sweep has not run for 600 s" in p for p in body["problems"])  # type: ignore[attr-defined]


async def test_with_a_long_sweep_interval_ten_quiet_minutes_are_healthy(tmp_path: Path) -> None:
    url = await database_url("sqlite", tmp_path)
    async with ChatHarness(url, sweep_interval="10m") as chat:
        assert chat.app is not None
        now = datetime.now(UTC)
        scheduler_of(chat).last_tick = now - timedelta(minutes=10)
        chat.app.delivery.last_pass = now
        status, body = await health_report(chat.app.sessions, liveness(chat.app), now)
        assert status == 200, body
