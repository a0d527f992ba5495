"""Helpers for SLA tests: tickets made directly in the database, and the outbox rows
the deadlines produced. They work on anything with ``sessions`` configured with the
deadline rules: a :class:`tests.turns.rig.TurnRig` or a :class:`tests.harness.ChatHarness`."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from storage import sla, tickets
from storage.models import Contact, OutboxEntry, Ticket

PUPR_CHAT = "-1001000000005"
DUKCAPIL_PPID = "-1001000000101"
SUPERVISORS = "-1001000000099"


class HasSessions(Protocol):
    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]: ...


async def make_ticket(
    chat: HasSessions,
    now: datetime,
    code: str,
    kind: str = "complaint",
    agency: str = "pupr",
    staff_chat_id: str = PUPR_CHAT,
    resident: str = "2001",
) -> int:
    async with chat.sessions.begin() as session:
        contact = (
            await session.execute(select(Contact).where(Contact.external_id == resident))
        ).scalar_one_or_none()
        if contact is None:
            contact = Contact(
                channel="console", external_id=resident, chat_id=f"chat-{resident}",
                display_name="Warga", created_at=now,
            )  # fmt: skip
            session.add(contact)
            await session.flush()
        ticket = Ticket(
            code=code, kind=kind, status="open", agency_code=agency,
            contact_id=contact.id or 0, description=f"Laporan {code}: jalan <rusak> & berlubang",
            details={"channel": "console"}, staff_chat_id=staff_chat_id,
            created_at=now, updated_at=now,
        )  # fmt: skip
        sla.reschedule(session, ticket, now)  # the rules the sessions carry
        await tickets.add_ticket(session, ticket, "test", now)
        return ticket.id or 0


async def sla_messages(chat: HasSessions) -> list[tuple[str, str]]:
    """(purpose, chat id) of every deadline message in the outbox, oldest first."""
    async with chat.sessions() as session:
        rows = await session.execute(
            select(OutboxEntry.purpose, OutboxEntry.chat_id)
            .where(col(OutboxEntry.purpose).like("sla%"))
            .order_by(col(OutboxEntry.id))
        )
        return [(p, c) for p, c in rows.all()]


async def outbox_texts(chat: HasSessions, purpose: str) -> list[str]:
    from domain.messages import OutgoingMessage

    async with chat.sessions() as session:
        rows = await session.execute(
            select(OutboxEntry.payload)
            .where(OutboxEntry.purpose == purpose)
            .order_by(col(OutboxEntry.id))
        )
        return [OutgoingMessage.from_json(p).text for (p,) in rows.all()]


async def ticket(chat: HasSessions, ticket_id: int) -> Ticket:
    async with chat.sessions() as session:
        found = await session.get(Ticket, ticket_id)
        assert found is not None
        return found
