"""Two processes on one PostgreSQL database: the retention policy is applied by the one
that holds the sweep lock, once; the other stands by and deletes nothing."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from bot.scheduler import SlaScheduler
from storage.models import Contact, InboxEntry, Ticket
from storage.privacy.retention import RetentionPolicy
from tests.databases import database_url
from tests.harness import START, ChatHarness
from tests.sla.support import make_ticket

POLICY = RetentionPolicy(inbox_days=30, photo_days=100, contact_days=365)


def scheduler(chat: ChatHarness) -> SlaScheduler:
    assert chat.app is not None and chat.app.scheduler is not None
    return chat.app.scheduler


async def old_data(chat: ChatHarness) -> None:
    """Three old received updates and a resident whose only ticket closed long ago."""
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    async with chat.sessions.begin() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.status, ticket.closed_at = "closed", START
        for number in range(3):
            session.add(
                InboxEntry(key=f"telegram:{number}", channel="telegram", chat_key="telegram:1",
                           payload="{}", status="done", received_at=START)
            )  # fmt: skip


async def test_only_the_process_holding_the_sweep_lock_applies_retention(tmp_path: Path) -> None:
    url = await database_url("postgres", tmp_path)
    async with ChatHarness(url) as first, ChatHarness(url) as second:
        await old_data(first)
        for chat in (first, second):
            chat.clock.now = START + timedelta(days=400)
            scheduler(chat).retention_policy = POLICY

        one, two = await asyncio.gather(scheduler(first).retention(), scheduler(second).retention())

        reports = [r for r in (one, two) if r is not None]
        assert len(reports) == 1
        assert (reports[0].inbox, reports[0].contacts) == (3, 1)
        follower = second if one is not None else first
        assert await scheduler(follower).retention() is None
        async with first.sessions() as session:
            assert (await session.execute(select(InboxEntry))).first() is None
            names = (await session.execute(select(Contact.external_id))).scalars().all()
            assert all(name.startswith("erased:") for name in names)
