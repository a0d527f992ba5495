"""Recording a ticket's figures when its events happen: when the agency finished it,
and its durations in working time (see :mod:`domain.figures.timing`). Called after
every change of a ticket's status or first answer, in the same transaction."""

from __future__ import annotations

from datetime import datetime

from domain.figures.timing import TimingFacts, timing_for
from domain.sla.rules import SlaRules
from domain.tickets import TicketStatus
from storage.models import Ticket

FINISHED = frozenset({TicketStatus.ANSWERED, TicketStatus.RESOLVED, TicketStatus.CLOSED})


def finished_at(ticket: Ticket, now: datetime) -> datetime | None:
    """When the agency finished ``ticket``, as of its current status: marking it
    resolved counts from that moment; an answer counts until the resident comes back
    (the ticket then waits for the agency again); a rejected ticket is not finished."""
    status = TicketStatus(ticket.status)
    if status is TicketStatus.RESOLVED:
        return ticket.resolved_at or now
    if status in FINISHED:
        return ticket.resolution_at or now
    return None


def stamp_timing(ticket: Ticket, rules: SlaRules, now: datetime) -> None:
    ticket.resolution_at = finished_at(ticket, now)
    facts = TimingFacts(
        kind=ticket.kind,
        created_at=ticket.created_at,
        first_response_at=ticket.first_response_at,
        resolution_at=ticket.resolution_at,
        extended=ticket.sla_extended_at is not None,
    )
    timing = timing_for(rules.policy_for(ticket.agency_code), facts)
    ticket.first_response_seconds = timing.first_response_seconds
    ticket.first_response_met = timing.first_response_met
    ticket.resolution_seconds = timing.resolution_seconds
    ticket.resolution_met = timing.resolution_met
