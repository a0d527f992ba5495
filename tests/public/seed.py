"""Tickets made directly in a migrated database, for publication tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.sla.rules import SlaRules
from storage import tickets
from storage.engine import create_engine, session_factory
from storage.figures.stamp import stamp_timing
from storage.migrate import upgrade
from storage.models import Contact, Ticket, TicketEvent

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


@asynccontextmanager
async def migrated(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        yield session_factory(engine)
    finally:
        await engine.dispose()


async def add_ticket(
    session: AsyncSession,
    code: str,
    created_at: datetime,
    *,
    status: str = "open",
    privacy: str = "public",
    kind: str = "complaint",
    agency: str = "pupr",
    description: str = "Jalan berlubang di depan pasar sejak dua minggu",
    name: str = "Siti Aminah",
    phone: str | None = None,
    reply: str | None = None,
    **fields: Any,
) -> Ticket:
    contact = Contact(
        channel="console", external_id=code, chat_id=f"chat-{code}", display_name=name,
        username="siti_a", phone=phone, created_at=created_at,
    )  # fmt: skip
    session.add(contact)
    await session.flush()
    ticket = Ticket(
        code=code, kind=kind, status=status, agency_code=agency, contact_id=contact.id or 0,
        description=description, privacy=privacy, details=fields.pop("details", {}),
        created_at=created_at, updated_at=fields.pop("updated_at", created_at), **fields,
    )  # fmt: skip
    if status in ("answered", "resolved", "closed"):  # answered in 2 hours, done in a day
        ticket.first_response_at = ticket.first_response_at or created_at + timedelta(hours=2)
        if status != "answered":
            ticket.resolved_at = ticket.resolved_at or created_at + timedelta(days=1)
        stamp_timing(ticket, SlaRules.defaults(), ticket.resolved_at or created_at)
    await tickets.add_ticket(session, ticket, "test", created_at)
    if reply:
        session.add(
            TicketEvent(
                ticket_id=ticket.id or 0,
                at=created_at,
                actor="staff:1",
                action="replied",
                detail=reply,
            )
        )
    return ticket
