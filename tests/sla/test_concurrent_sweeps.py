"""Two processes sweeping one database at once (two whole apps, each with its own
engine): every deadline step is still done once. What each step sends is tested one
sweep at a time in ``tests/turns/test_sweep.py``."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.scheduler import SlaScheduler
from tests.harness import START, ChatHarness
from tests.sla.support import SUPERVISORS, make_ticket, sla_messages

WIB = ZoneInfo("Asia/Jakarta")


def scheduler(chat: ChatHarness) -> SlaScheduler:
    assert chat.app is not None and chat.app.scheduler is not None
    return chat.app.scheduler


async def test_two_sweeps_at_once_send_each_step_once(db_url: str) -> None:
    async with ChatHarness(db_url) as chat, ChatHarness(db_url) as other:
        for number in range(1, 41):
            await make_ticket(chat, START, f"ADU-2611-{number:04d}")
        due = datetime(2026, 11, 26, 9, tzinfo=WIB).astimezone(UTC)
        reports = await asyncio.gather(
            scheduler(chat).sweeper.sweep(due), scheduler(other).sweeper.sweep(due)
        )
        assert sum(r.escalations for r in reports) == 40
        messages = await sla_messages(chat)
        assert messages.count(("sla_escalation", SUPERVISORS)) == 40
        assert len(messages) == 80
        assert sum(r.messages for r in await asyncio.gather(
            scheduler(chat).sweeper.sweep(due + timedelta(seconds=1)),
            scheduler(other).sweeper.sweep(due + timedelta(seconds=1)),
        )) == 0  # fmt: skip
