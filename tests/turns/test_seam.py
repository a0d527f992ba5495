"""The seam itself: each test starts from an empty, migrated database; a turn's
messages reach the platform once it commits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from domain.inbound import InboundItem
from storage.inbox import Inbox
from storage.models import Contact, InboxEntry, OutboxEntry
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig


async def test_a_greeting_is_one_turn_whose_reply_is_sent_and_recorded(turns: TurnRig) -> None:
    sent = await turns.say("/start")
    assert len(sent) == 1 and "Siti Aminah" in sent[0].text
    async with turns.sessions() as session:
        statuses = (await session.execute(select(OutboxEntry.status))).scalars().all()
    assert statuses == ["sent"]


@both_databases
async def test_every_test_starts_from_an_empty_database(turns: TurnRig) -> None:
    async with turns.sessions() as session:
        contacts = (await session.execute(select(func.count()).select_from(Contact))).scalar()
    assert contacts == 0
    await turns.say("/start")  # the next test starts empty again


@both_databases
@pytest.mark.parametrize("attempt", [1, 2])
async def test_ticket_numbers_start_again_in_every_test(turns: TurnRig, attempt: int) -> None:
    await turns.say("/lapor Lampu penerangan jalan di Jalan Melati mati sejak seminggu")
    await turns.press("Ya, benar")
    await turns.press("Lewati")
    await turns.press("Lewati")
    await turns.press("Publik")
    done = await turns.press("Kirim")
    assert "ADU-2611-0001" in "\n".join(m.text for m in done)  # on the second attempt too


async def test_a_known_resident_who_renamed_and_was_unreachable_is_refreshed(
    turns: TurnRig,
) -> None:
    await turns.say("/start")
    async with turns.sessions() as session, session.begin():
        [contact] = (await session.execute(select(Contact))).scalars().all()
        contact.unreachable_at = contact.created_at
    turns.resident = replace(turns.resident, display_name="Siti A.", username=None)
    await turns.say("/start")
    async with turns.sessions() as session:
        [contact] = (await session.execute(select(Contact))).scalars().all()
    assert (contact.display_name, contact.username, contact.unreachable_at) == (
        "Siti A.", "siti", None,
    )  # fmt: skip


@both_databases
async def test_the_inbox_counts_only_the_updates_it_had_not_stored_yet(turns: TurnRig) -> None:
    def item(n: int) -> InboundItem:
        return InboundItem(f"console:{n}", "console", "console:1", "{}")

    inbox = Inbox(turns.sessions)
    assert await inbox.store([item(1), item(2)]) == 2
    assert await inbox.store([item(2), item(3), item(4)]) == 2
    async with turns.sessions() as session:
        keys = (await session.execute(select(InboxEntry.key))).scalars().all()
    assert sorted(keys) == ["console:1", "console:2", "console:3", "console:4"]
