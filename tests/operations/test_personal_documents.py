"""Personal data beyond the tables of a conversation, on SQLite and PostgreSQL: a PPID's
letter names the requester, so it is exported with them, erased with them and goes
with them under the retention policy, while the monthly reports (figures only) stay;
and the contact a requester typed into an information request finds them."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from storage import documents
from storage.documents import StoredDocument
from storage.models import Contact, Ticket
from storage.privacy.anonymise import anonymise
from storage.privacy.export import export
from storage.privacy.lookup import find_contacts
from storage.privacy.retention import RetentionPolicy, apply_retention
from tests.sla.support import make_ticket
from tests.turns.fixtures import both_databases
from tests.turns.rig import START, TurnRig

LETTER = b"%PDF-1.4 Surat pemberitahuan untuk Siti Aminah"
REPORT = b"%PDF-1.4 Laporan bulanan: 12 tiket"


async def a_request(turns: TurnRig, code: str, resident: str, typed: str) -> int:
    """An information request whose requester typed ``typed`` as their contact, with
    its letter in Indonesian and English."""
    ticket_id = await make_ticket(turns, START, code, kind="info", resident=resident)
    async with turns.sessions.begin() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.details = {**ticket.details, "name": "Siti Aminah", "contact": typed}
        for language in ("id", "en"):
            key = documents.notice_key(ticket_id, language)
            await documents.keep(session, key, f"{code}.pdf", LETTER, START)
    return ticket_id


async def the_monthly_report(turns: TurnRig) -> None:
    async with turns.sessions.begin() as session:
        await documents.keep(session, "monthly-report:2026-11:id", "2026-11.pdf", REPORT, START)


async def kept_keys(turns: TurnRig) -> list[str]:
    async with turns.sessions() as session:
        keys = await session.execute(select(StoredDocument.key).order_by(col(StoredDocument.id)))
        return [key for (key,) in keys]


async def contact_of(turns: TurnRig, ticket_id: int) -> Contact:
    async with turns.sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        contact = await session.get(Contact, ticket.contact_id)
        assert contact is not None
        return contact


@both_databases
async def test_the_export_lists_the_residents_letters_with_their_bytes(turns: TurnRig) -> None:
    mine = await a_request(turns, "INF-2611-0001", "3001", "+62 812-3456-7890")
    await a_request(turns, "INF-2611-0002", "3002", "lain@contoh.id")
    await the_monthly_report(turns)
    contact = await contact_of(turns, mine)
    async with turns.sessions() as session:
        held = await export(session, contact)
    letters = held["documents"]
    assert [d["key"] for d in letters] == [f"ppid-notice:{mine}:id", f"ppid-notice:{mine}:en"]
    assert letters[0]["size"] == len(LETTER) and letters[0]["data_base64"]


@both_databases
async def test_erasing_a_requester_deletes_their_letters_and_nobody_elses(turns: TurnRig) -> None:
    mine = await a_request(turns, "INF-2611-0001", "3001", "+62 812-3456-7890")
    other = await a_request(turns, "INF-2611-0002", "3002", "lain@contoh.id")
    await the_monthly_report(turns)
    async with turns.sessions.begin() as session:
        row = await session.get(Contact, (await contact_of(turns, mine)).id)
        assert row is not None
        erased = await anonymise(session, row)
    assert erased.letters == 2 and "2 letters deleted" in erased.summary()
    assert await kept_keys(turns) == [
        f"ppid-notice:{other}:id", f"ppid-notice:{other}:en", "monthly-report:2026-11:id",
    ]  # fmt: skip


@both_databases
async def test_retention_deletes_letters_with_their_resident_and_keeps_monthly_reports(
    turns: TurnRig,
) -> None:
    closed = await a_request(turns, "INF-2611-0001", "3001", "+62 812-3456-7890")
    still_open = await a_request(turns, "INF-2611-0002", "3002", "lain@contoh.id")
    await the_monthly_report(turns)
    async with turns.sessions.begin() as session:
        ticket = await session.get(Ticket, closed)
        assert ticket is not None
        ticket.status, ticket.closed_at = "closed", START
    policy = RetentionPolicy(inbox_days=0, photo_days=0, contact_days=365)

    report = await apply_retention(turns.sessions, policy, START + timedelta(days=400))

    assert report.contacts == 1
    assert await kept_keys(turns) == [
        f"ppid-notice:{still_open}:id", f"ppid-notice:{still_open}:en", "monthly-report:2026-11:id",
    ]  # fmt: skip


@both_databases
async def test_a_phone_or_email_typed_into_an_information_request_finds_the_requester(
    turns: TurnRig,
) -> None:
    by_phone = await a_request(turns, "INF-2611-0001", "3001", "+62 812-3456-7890")
    by_mail = await a_request(turns, "INF-2611-0002", "3002", "Siti.Aminah@Contoh.GO.ID")
    await a_request(turns, "INF-2611-0003", "3003", "+62 813-0000-1111")
    phone_owner = (await contact_of(turns, by_phone)).id
    mail_owner = (await contact_of(turns, by_mail)).id
    async with turns.sessions() as session:
        for given in (
            "0812-3456-7890",
            "+62 812 3456 7890",
            "6281234567890",
            "(0812) 34567890",
            "HP: 0812 3456 7890",
        ):
            assert [c.id for c in await find_contacts(session, given)] == [phone_owner], given
        for given in ("siti.aminah@contoh.go.id", "SITI.AMINAH@contoh.go.id"):
            assert [c.id for c in await find_contacts(session, given)] == [mail_owner], given
        assert await find_contacts(session, "0899-9999-9999") == []
        assert await find_contacts(session, "orang@lain.id") == []
