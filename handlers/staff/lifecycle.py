"""Moving a ticket between statuses: the transition check, the audit event and the
SLA timers, in one place for staff and resident actions alike."""

from __future__ import annotations

import logging

from domain.tickets import TicketStatus, TransitionError, check_transition
from handlers.context import Turn
from storage import tickets
from storage.figures.stamp import stamp_timing
from storage.models import Ticket
from storage.sla import reschedule

log = logging.getLogger(__name__)


async def after_change(turn: Turn, ticket: Ticket) -> None:
    """Let the SLA timers follow the ticket's new state, and record its figures."""
    ticket.updated_at = turn.now
    reschedule(turn.session, ticket, turn.now, turn.services.sla)
    stamp_timing(ticket, turn.services.sla, turn.now)


def can_move(ticket: Ticket, target: TicketStatus) -> bool:
    try:
        check_transition(TicketStatus(ticket.status), target)
    except TransitionError:
        return False
    return True


async def move(
    turn: Turn, ticket: Ticket, target: TicketStatus, actor: str, action: str, detail: str | None
) -> None:
    """Change the status (raises :class:`TransitionError` when not allowed), record the
    event and reschedule the timers."""
    check_transition(TicketStatus(ticket.status), target)
    ticket.status = target.value
    if target is TicketStatus.RESOLVED:
        ticket.resolved_at = turn.now
    if target is TicketStatus.CLOSED:
        ticket.closed_at = turn.now
    if target is TicketStatus.OPEN:
        ticket.resolved_at = None
    if not target.is_open:
        ticket.awaiting_details_at = None
    tickets.record_event(turn.session, ticket, actor, action, detail, turn.now)
    await after_change(turn, ticket)


async def note_event(
    turn: Turn, ticket: Ticket, actor: str, action: str, detail: str | None
) -> None:
    """An audit event without a status change."""
    tickets.record_event(turn.session, ticket, actor, action, detail, turn.now)
    await after_change(turn, ticket)
