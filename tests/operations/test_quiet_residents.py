"""Residents the retention policy once never reached, on SQLite and PostgreSQL: those
who never filed a ticket are anonymised once nothing has been heard from or sent to
them for the contact retention, staff (seen acting on tickets, or named as admins)
never; those whose ticket was rejected (never closed) count from the rejection."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from storage.models import Contact, Conversation, InboxEntry, OutboxEntry, Ticket, TicketEvent
from storage.privacy.anonymise import ERASED
from storage.privacy.retention import RetentionPolicy, apply_retention
from tests.sla.support import make_ticket
from tests.staff.helpers import agencies_file
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import START, TurnRig

POLICY = RetentionPolicy(inbox_days=0, photo_days=0, contact_days=365)
LATER = START + timedelta(days=400)


async def someone(turns: TurnRig, user: str, name: str, last_reply_days: int = 0) -> int:
    """A contact with no tickets, first seen at START, answered ``last_reply_days`` later."""
    async with turns.sessions.begin() as session:
        contact = Contact(channel="telegram", external_id=user, chat_id=user,
                          display_name=name, phone="+6281234567890", created_at=START)  # fmt: skip
        session.add(contact)
        await session.flush()
        session.add(Conversation(contact_id=contact.id or 0, data={}, updated_at=START))
        at = START + timedelta(days=last_reply_days)
        session.add(
            OutboxEntry(channel="telegram", chat_id=user, payload="{}", status="sent",
                        created_at=at, available_at=at, sent_at=at)
        )  # fmt: skip
        return contact.id or 0


async def names(turns: TurnRig, *ids: int) -> list[str]:
    async with turns.sessions() as session:
        found = [await session.get(Contact, number) for number in ids]
        return [c.display_name if c is not None else "?" for c in found]


@both_databases
async def test_residents_without_tickets_are_anonymised_once_long_silent(turns: TurnRig) -> None:
    asked_once = await someone(turns, "4001", "Ani")
    asked_lately = await someone(turns, "4002", "Budi", last_reply_days=100)
    wrote_lately = await someone(turns, "4007", "Cici")  # a sticker: kept, never answered
    async with turns.sessions.begin() as session:
        at = START + timedelta(days=100)
        session.add(InboxEntry(key="telegram:s1", channel="telegram", chat_key="telegram:4007",
                               payload="{}", status="done", received_at=at))  # fmt: skip

    report = await apply_retention(turns.sessions, POLICY, LATER)

    assert report.quiet == 1 and "1 residents without tickets anonymised" in report.summary()
    assert await names(turns, asked_once, asked_lately, wrote_lately) == ["", "Budi", "Cici"]
    async with turns.sessions() as session:
        gone = await session.get(Contact, asked_once)
        assert gone is not None and gone.phone is None and gone.external_id.startswith("erased:")
        assert await session.get(Conversation, asked_once) is None


@both_databases
async def test_staff_without_tickets_of_their_own_are_never_anonymised(turns: TurnRig) -> None:
    ticket_id = await make_ticket(turns, START, "ADU-2611-0001")
    acting = await someone(turns, "4003", "Petugas PUPR")
    supervising = await someone(turns, "4004", "Kabag")
    listed_admin = await someone(turns, "4005", "Admin Dinkes")
    resident = await someone(turns, "4006", "Warga")
    async with turns.sessions.begin() as session:
        for actor in ("staff:4003 Petugas PUPR", "supervisor:4004"):
            session.add(TicketEvent(ticket_id=ticket_id, at=START, actor=actor, action="taken"))

    report = await apply_retention(turns.sessions, POLICY, LATER, staff=frozenset({"4005"}))

    assert report.quiet == 1
    assert await names(turns, acting, supervising, listed_admin, resident) == [
        "Petugas PUPR", "Kabag", "Admin Dinkes", "",
    ]  # fmt: skip


@both_databases
async def test_silent_residents_stay_when_contact_retention_is_off(turns: TurnRig) -> None:
    quiet = await someone(turns, "4001", "Ani")
    report = await apply_retention(
        turns.sessions, RetentionPolicy(30, 365, 0), START + timedelta(days=9999)
    )
    assert report.quiet == 0
    assert await names(turns, quiet) == ["Ani"]


@both_databases
async def test_a_resident_whose_ticket_was_rejected_long_ago_is_anonymised_with_its_photos(
    turns: TurnRig,
) -> None:
    rejected = await make_ticket(turns, START, "ADU-2611-0001", resident="5001")
    mixed = await make_ticket(turns, START, "ADU-2611-0002", resident="5002")
    await make_ticket(turns, START, "ADU-2611-0003", resident="5002")  # still open
    async with turns.sessions.begin() as session:
        for ticket_id in (rejected, mixed):
            ticket = await session.get(Ticket, ticket_id)
            assert ticket is not None
            ticket.status, ticket.updated_at = "rejected", START
            ticket.photos = [{"channel": "telegram", "id": "file-1", "kind": "photo"}]

    report = await apply_retention(
        turns.sessions, RetentionPolicy(0, 100, 365), START + timedelta(days=400)
    )

    assert (report.photos, report.contacts) == (2, 1)
    async with turns.sessions() as session:
        gone, kept = await session.get(Ticket, rejected), await session.get(Ticket, mixed)
        assert gone is not None and kept is not None
        assert gone.description == ERASED and gone.photos == [] and gone.status == "rejected"
        assert kept.description != ERASED and kept.photos == []


async def test_the_scheduler_spares_the_admins_the_agencies_file_lists(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    async with make_turns(agencies=agencies_file(tmp_path, pupr={"admins": [4005]})) as chat:
        listed_admin = await someone(chat, "4005", "Admin PUPR")
        resident = await someone(chat, "4006", "Warga")
        scheduler = deadlines_of(chat).scheduler
        scheduler.retention_policy = POLICY
        chat.clock.now = LATER

        report = await scheduler.retention()

        assert report is not None and report.quiet == 1
        assert await names(chat, listed_admin, resident) == ["Admin PUPR", ""]
