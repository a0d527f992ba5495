"""Moving a ticket between statuses: the transition check, the audit event and the
SLA timers, in one place for staff and resident actions alike."""

from __future__ import annotations

import inspect
import logging
from importlib import import_module
from typing import Any

from bot.tickets import TicketStatus, TransitionError, check_transition
from handlers.context import Turn
from storage import tickets
from storage.models import Ticket

log = logging.getLogger(__name__)


def _sla_reschedule() -> Any:
    """``storage.sla.reschedule`` when the SLA feature is installed, else ``None``."""
    try:
        module = import_module("storage.sla")
    except ImportError:
        return None
    return getattr(module, "reschedule", None)


async def after_change(turn: Turn, ticket: Ticket) -> None:
    """Let the SLA timers follow the ticket's new state."""
    ticket.updated_at = turn.now
    reschedule = _sla_reschedule()
    if reschedule is None:
        return
    rules = getattr(turn.services, "sla", None)
    result = reschedule(turn.session, ticket, turn.now, rules)
    if inspect.isawaitable(result):
        await result


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
