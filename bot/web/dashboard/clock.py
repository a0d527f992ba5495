"""Which clock a ticket's page shows, and under which words: a running deadline (first
response or resolution), an information request's decision deadline (UU 14/2008: ten
working days, seven more once extended), or, once a ticket is answered or resolved,
the date it closes by itself unless the resident replies — which is no deadline for
the agency and is never shown as overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.sla.policy import Stage
from domain.tickets import TicketKind
from storage.models import Ticket


@dataclass(frozen=True)
class ShownClock:
    label: str  # catalog key of the row's name
    text: str  # catalog key of the row's value, given ``due``
    due: datetime
    overdue: bool


def shown_clock(ticket: Ticket, now: datetime) -> ShownClock | None:
    """The clock row of ``ticket``'s page, or ``None`` when no clock runs."""
    due = ticket.sla_due_at
    if due is None or ticket.sla_stage is None:
        return None
    if ticket.sla_stage == Stage.AUTOCLOSE.value:
        return ShownClock("dash-clock-autoclose", "dash-clock-autoclose-on", due, False)
    if ticket.kind == TicketKind.INFO_REQUEST.value:
        extended = ticket.sla_extended_at is not None
        text = "dash-clock-decision-extended" if extended else "dash-clock-decision-by"
        return ShownClock("dash-clock-decision", text, due, due < now)
    return ShownClock("dash-sla", "dash-sla-due", due, due < now)
