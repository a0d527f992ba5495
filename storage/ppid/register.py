"""What the PPID's registers and report read: the information requests received in a
period (with their decisions) and the objections filed in it, as register entries.
One query each, over the tickets' ``created_at`` and the objections' ``filed_at``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.ppid.register import ObjectionEntry, RequestEntry
from domain.tickets import TicketKind
from storage.models import Ticket
from storage.ppid.tables import PpidDecision, PpidObjection


def _text(details: dict[str, Any], key: str) -> str:
    value = details.get(key)
    return "" if value is None else str(value)


def _request(ticket: Ticket, decision: PpidDecision | None) -> RequestEntry:
    details = ticket.details or {}
    return RequestEntry(
        code=ticket.code,
        agency_code=ticket.agency_code,
        received_at=ticket.created_at,
        status=ticket.status,
        channel=_text(details, "channel") or ticket.channel or "",
        information=ticket.description,
        name=_text(details, "name"),
        contact=_text(details, "contact"),
        occupation=_text(details, "occupation"),
        purpose=_text(details, "purpose"),
        delivery=_text(details, "delivery"),
        decision=decision.kind if decision else None,
        exemption=decision.exemption if decision else None,
        form=decision.form if decision else None,
        cost=decision.cost if decision else 0,
        decided_at=decision.decided_at if decision else None,
        handed_over_at=decision.handed_over_at if decision else None,
    )


async def requests_between(
    session: AsyncSession, start: datetime, end: datetime, agency: str | None = None
) -> list[RequestEntry]:
    """Requests received in [start, end), oldest first, with their decisions."""
    statement = (
        select(Ticket, PpidDecision)
        .join(PpidDecision, col(PpidDecision.ticket_id) == col(Ticket.id), isouter=True)
        .where(
            Ticket.kind == TicketKind.INFO_REQUEST.value,
            col(Ticket.created_at) >= start,
            col(Ticket.created_at) < end,
        )
        .order_by(col(Ticket.created_at), col(Ticket.id))
    )
    if agency is not None:
        statement = statement.where(Ticket.agency_code == agency)
    rows = (await session.execute(statement)).all()
    return [_request(ticket, decision) for ticket, decision in rows]


def _objection(objection: PpidObjection, request: Ticket) -> ObjectionEntry:
    details = request.details or {}
    return ObjectionEntry(
        code=objection.code,
        agency_code=request.agency_code,
        filed_at=objection.filed_at,
        due_at=objection.due_at,
        request_code=request.code,
        information=request.description,
        ground=objection.ground,
        name=_text(details, "name"),
        contact=_text(details, "contact"),
        purpose=_text(details, "purpose"),
        verdict=objection.verdict,
        responded_at=objection.responded_at,
        responder_name=objection.responder_name,
        responder_position=objection.responder_position,
        requester_response=objection.requester_response,
    )


async def objections_between(
    session: AsyncSession, start: datetime, end: datetime, agency: str | None = None
) -> list[ObjectionEntry]:
    """Objections filed in [start, end), oldest first, with their requests."""
    statement = (
        select(PpidObjection, Ticket)
        .join(Ticket, col(Ticket.id) == col(PpidObjection.request_id))
        .where(col(PpidObjection.filed_at) >= start, col(PpidObjection.filed_at) < end)
        .order_by(col(PpidObjection.filed_at), col(PpidObjection.id))
    )
    if agency is not None:
        statement = statement.where(Ticket.agency_code == agency)
    rows = (await session.execute(statement)).all()
    return [_objection(objection, request) for objection, request in rows]
