"""Figures are recorded when the events happen, through the real conversations: the
first answer, the agency finishing, a reopen, a reassignment, the channel, the
category; and the migration fills them in for tickets made before it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, text

from domain.figures.hours import hour_of
from domain.tickets import TicketStatus
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.models import Contact, Ticket, TicketEvent
from tests.staff.helpers import (
    button,
    card_of,
    file_complaint,
    staff_presses,
    staff_says,
    the_ticket,
)
from tests.turns.rig import TurnRig

HOUR = 3600


async def test_the_first_answer_and_the_finish_are_counted_in_working_hours(
    turns: TurnRig,
) -> None:
    await file_complaint(turns)  # Monday 23 November 09:00 WIB
    card = card_of(turns)
    turns.clock.advance(hours=49)  # Wednesday 10:00
    await staff_says(turns, "Petugas datang besok", reply_to=card)
    ticket = await the_ticket(turns)
    assert ticket.first_response_seconds == 17 * HOUR  # 7 h Monday, 8 Tuesday, 2 Wednesday
    assert ticket.first_response_met is True
    assert ticket.resolution_seconds == 17 * HOUR  # answered: finished unless they come back
    assert (ticket.channel, ticket.category) == ("console", "berlubang")

    turns.clock.advance(hours=24)  # Thursday 10:00
    await staff_presses(turns, button(card, "Selesai"))
    ticket = await the_ticket(turns)
    assert ticket.resolution_seconds == 25 * HOUR and ticket.resolution_met is True

    await turns.press("Belum selesai")
    await turns.say("Masih berlubang")
    ticket = await the_ticket(turns)
    assert ticket.status == TicketStatus.OPEN
    assert (ticket.resolution_at, ticket.resolution_seconds, ticket.resolution_met) == (
        None, None, None,
    )  # fmt: skip
    assert ticket.first_response_seconds == 17 * HOUR  # the first answer stays the first


async def test_the_hours_received_and_finished_follow_the_ticket(turns: TurnRig) -> None:
    await file_complaint(turns)  # Monday 23 November 09:00 WIB
    card = card_of(turns)
    ticket = await the_ticket(turns)
    assert (ticket.created_hour, ticket.finished_hour) == (hour_of(ticket.created_at), None)

    turns.clock.advance(hours=73)  # Thursday 10:00
    await staff_presses(turns, button(card, "Selesai"))
    ticket = await the_ticket(turns)
    assert ticket.resolution_at is not None
    assert ticket.finished_hour == hour_of(ticket.resolution_at) == hour_of(ticket.created_at) + 73

    await turns.press("Belum selesai")
    await turns.say("Masih berlubang")
    ticket = await the_ticket(turns)
    assert (ticket.resolution_at, ticket.finished_hour) == (None, None)
    assert ticket.created_hour == hour_of(ticket.created_at)


async def test_a_reassignment_is_counted_on_the_ticket(turns: TurnRig) -> None:
    await file_complaint(turns, "Jalan berlubang parah di depan pasar Desa Sukamaju sejak lama")
    menu = await staff_presses(turns, button(card_of(turns), "Alihkan"))
    await staff_presses(turns, button(menu[-1], "DLH"))
    ticket = await the_ticket(turns)
    assert (ticket.agency_code, ticket.reassigned_count) == ("dlh", 1)


async def test_the_migration_fills_in_figures_for_tickets_made_before_it(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/old.db")
    created = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 09:00 WIB
    answered = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # Wednesday 10:00 WIB
    try:
        await upgrade(engine, "0009")
        async with engine.begin() as connection:
            await connection.execute(
                insert(Contact.__table__).values(  # type: ignore[attr-defined]
                    id=1, channel="whatsapp", external_id="62812", chat_id="62812",
                    display_name="Warga", created_at=created,
                )
            )  # fmt: skip
            await connection.execute(
                text(
                    "INSERT INTO ticket (id, code, kind, status, agency_code, contact_id, "
                    "description, privacy, photos, details, language, created_at, updated_at, "
                    "first_response_at, sla_level, reopened_count) VALUES (1, 'ADU-2611-0001', "
                    "'complaint', 'answered', 'dlh', 1, 'Sampah menumpuk di pasar', 'public', "
                    "'[]', '{}', 'id', :created, :created, :answered, 0, 0)"
                ),
                {
                    "created": created.replace(tzinfo=None),
                    "answered": answered.replace(tzinfo=None),
                },
            )
            await connection.execute(
                insert(TicketEvent.__table__).values(  # type: ignore[attr-defined]
                    ticket_id=1, at=created, actor="staff:1", action="reassigned", detail="x"
                )
            )
        await upgrade(engine)
        async with engine.connect() as connection:
            row = (await connection.execute(select(Ticket.__table__))).one()  # type: ignore[attr-defined]
    finally:
        await engine.dispose()
    assert (row.channel, row.reassigned_count) == ("whatsapp", 1)
    assert row.first_response_seconds == 17 * HOUR and row.first_response_met
    assert row.resolution_seconds == 17 * HOUR  # an answered ticket: finished at the answer
