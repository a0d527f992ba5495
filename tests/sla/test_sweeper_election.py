"""Two schedulers against one PostgreSQL database: one sweeps at a time (advisory lock
on a dedicated connection); when it dies the other takes over; nothing is sent twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text

from bot.scheduler import SlaScheduler
from storage.engine import create_engine
from tests.databases import database_url
from tests.harness import START, ChatHarness
from tests.sla.support import SUPERVISORS, make_ticket, sla_messages

WIB = ZoneInfo("Asia/Jakarta")
THURSDAY_9 = datetime(2026, 11, 26, 9, tzinfo=WIB).astimezone(UTC)
FRIDAY_9 = datetime(2026, 11, 27, 9, tzinfo=WIB).astimezone(UTC)


def scheduler(chat: ChatHarness) -> SlaScheduler:
    assert chat.app is not None and chat.app.scheduler is not None
    return chat.app.scheduler


async def test_two_schedulers_on_postgres_sweep_one_at_a_time_and_one_takes_over(
    tmp_path: Path,
) -> None:
    url = await database_url("postgres", tmp_path)
    async with ChatHarness(url) as first, ChatHarness(url) as second:
        assert first.app is not None
        for number in range(1, 11):
            await make_ticket(first, START, f"ADU-2611-{number:04d}")
        first.clock.now = second.clock.now = THURSDAY_9

        one, two = await asyncio.gather(scheduler(first).tick(), scheduler(second).tick())
        reports = [r for r in (one, two) if r is not None]
        assert len(reports) == 1 and reports[0].escalations == 10
        leader, follower = (first, second) if one is not None else (second, first)
        assert await scheduler(follower).tick() is None

        # the leader's process dies: its lock connection ends
        pid = await scheduler(leader).leadership.backend_pid()
        killer = create_engine(url)
        async with killer.connect() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        await killer.dispose()

        assert first.app is not None
        for number in range(11, 16):
            await make_ticket(first, THURSDAY_9, f"ADU-2611-{number:04d}")
        follower.clock.now = leader.clock.now = datetime(2026, 12, 1, 10, tzinfo=WIB)
        report = await scheduler(follower).tick()
        assert report is not None and report.escalations == 5
        assert await scheduler(leader).tick() is None  # it came back, but the lead moved

        messages = await sla_messages(first)
        assert messages.count(("sla_escalation", SUPERVISORS)) == 15
        assert len(messages) == 30  # and one notice to the resident per ticket
