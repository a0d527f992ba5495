"""Personal data (UU 27/2022), on SQLite and PostgreSQL: everything held on a resident
can be exported, and erased on request with the tickets' figures kept; the retention
policy deletes old raw updates and photos and anonymises residents whose tickets closed
long ago, and nothing else."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from storage.models import FIGURE_COLUMNS, Contact, InboxEntry, Ticket, TicketEvent
from storage.privacy.anonymise import ERASED, anonymise
from storage.privacy.export import export
from storage.privacy.lookup import find_contacts, phone_digits
from storage.privacy.retention import RetentionPolicy, apply_retention
from storage.whatsapp import WhatsAppMedia
from tests.sla.support import make_ticket
from tests.staff.helpers import file_complaint, the_ticket
from tests.turns.fixtures import both_databases
from tests.turns.rig import START, TurnRig

PHOTO = {"channel": "whatsapp", "id": "wamid-photo-1", "kind": "photo", "name": None}


def figures(ticket: Ticket) -> tuple[object, ...]:
    return (
        ticket.code,
        ticket.status,
        ticket.created_at,
        *(getattr(ticket, c) for c in FIGURE_COLUMNS),
    )


async def resident(chat: TurnRig) -> Contact:
    async with chat.sessions() as session:
        ticket = await the_ticket(chat)
        contact = await session.get(Contact, ticket.contact_id)
        assert contact is not None
        return contact


@both_databases
async def test_export_holds_the_resident_their_tickets_and_the_trail(turns: TurnRig) -> None:
    await file_complaint(turns)
    contact = await resident(turns)
    async with turns.sessions() as session:
        [found] = await find_contacts(session, str(contact.id))
        held = await export(session, found)
    assert held["contact"]["display_name"] == "Siti Aminah"
    [ticket] = held["tickets"]
    assert "berlubang besar" in ticket["description"]
    assert ticket["location_text"].startswith("Jl. Raya Sukamaju")
    assert next(e["action"] for e in ticket["events"]) == "created"
    assert isinstance(ticket["created_at"], str)


@both_databases
async def test_erasing_removes_personal_data_and_keeps_the_figures(turns: TurnRig) -> None:
    await file_complaint(turns)
    before = await the_ticket(turns)
    contact = await resident(turns)
    async with turns.sessions.begin() as session:
        row = await session.get(Contact, contact.id)
        assert row is not None
        erased = await anonymise(session, row)
    assert erased.tickets == 1
    after = await the_ticket(turns)
    assert figures(after) == figures(before)
    assert after.description == ERASED and after.location_text is None
    assert "name" not in after.details
    async with turns.sessions() as session:
        row = await session.get(Contact, contact.id)
        assert row is not None and row.display_name == "" and row.external_id.startswith("erased:")
        details = (await session.execute(select(TicketEvent.detail))).scalars().all()
        assert all(d is None for d in details)
        assert await find_contacts(session, f"{contact.channel}:{contact.external_id}") == []
    # the same person writing again is a new resident, with no past
    done = await turns.say("/status")
    assert "berlubang" not in " ".join(m.text for m in done)


@both_databases
async def test_retention_deletes_old_updates_and_photos_and_anonymises_long_closed_residents(
    turns: TurnRig,
) -> None:
    closed_id = await make_ticket(turns, START, "ADU-2611-0001", resident="2001")
    open_id = await make_ticket(turns, START, "ADU-2611-0002", resident="2002")
    async with turns.sessions.begin() as session:
        closed = await session.get(Ticket, closed_id)
        assert closed is not None
        closed.status, closed.closed_at, closed.photos = "closed", START, [PHOTO]
        session.add(WhatsAppMedia(media_id="wamid-photo-1", data=b"jpeg", created_at=START))
        for key, status, days in (
            ("old", "done", 40),
            ("new", "done", 1),
            ("stuck", "pending", 40),
        ):
            session.add(
                InboxEntry(key=f"telegram:{key}", channel="telegram", chat_key="telegram:1",
                           payload="{}", status=status, received_at=START - timedelta(days=days))
            )  # fmt: skip
    policy = RetentionPolicy(inbox_days=30, photo_days=100, contact_days=365)

    counts = []
    for days in (10, 200, 400):
        report = await apply_retention(turns.sessions, policy, START + timedelta(days=days))
        counts.append((report.inbox, report.photos, report.contacts))
    assert counts == [(1, 0, 0), (1, 1, 0), (0, 0, 1)]

    async with turns.sessions() as session:
        keys = (await session.execute(select(InboxEntry.key).order_by(col(InboxEntry.key)))).all()
        assert [k for (k,) in keys] == ["telegram:stuck"]
        assert (await session.execute(select(WhatsAppMedia))).first() is None
        closed = await session.get(Ticket, closed_id)
        still_open = await session.get(Ticket, open_id)
        assert closed is not None and still_open is not None
        assert closed.photos == [] and closed.description == ERASED
        assert still_open.description.startswith("Laporan ADU-2611-0002")
        names = (await session.execute(select(Contact.external_id).order_by(col(Contact.id)))).all()
        assert [n for (n,) in names][1] == "2002"


@both_databases
async def test_nothing_is_deleted_when_retention_is_off(turns: TurnRig) -> None:
    ticket_id = await make_ticket(turns, START, "ADU-2611-0001")
    async with turns.sessions.begin() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.status, ticket.closed_at = "closed", START
    report = await apply_retention(
        turns.sessions, RetentionPolicy(0, 0, 0), START + timedelta(days=9999)
    )
    assert (report.inbox, report.photos, report.contacts) == (0, 0, 0)
    assert (await the_ticket(turns)).description != ERASED


def test_phone_numbers_match_in_every_usual_form() -> None:
    for given in ("0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 34567890"):
        assert phone_digits(given) == "6281234567890"
    assert phone_digits("siti@example.org") is None
    assert phone_digits("12") is None


@both_databases
async def test_the_scheduler_job_applies_the_configured_retention_policy_and_nothing_without_one(
    turns: TurnRig,
) -> None:
    from tests.turns.deadlines import deadlines_of

    scheduler = deadlines_of(turns).scheduler
    assert await scheduler.retention() is None  # no policy given: nothing is deleted
    async with turns.sessions.begin() as session:
        session.add(
            InboxEntry(key="telegram:old", channel="telegram", chat_key="telegram:1",
                       payload="{}", status="done", received_at=START - timedelta(days=40))
        )  # fmt: skip
    scheduler.retention_policy = RetentionPolicy(inbox_days=30)
    report = await scheduler.retention()
    assert report is not None and report.inbox == 1
