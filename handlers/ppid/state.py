"""A request as the PPID's rules see it: its decision deadline (10 working days, +7
when extended), its decision, and what the requester may object to."""

from __future__ import annotations

from datetime import datetime

from domain.ppid.clock import decision_due
from domain.ppid.decisions import DecisionKind
from domain.ppid.objections import RequestState
from domain.sla.rules import SlaRules
from storage.models import Ticket
from storage.ppid.tables import PpidDecision


def due_of(rules: SlaRules, ticket: Ticket) -> datetime:
    """When the written notice is due for ``ticket`` on its agency's calendar."""
    policy = rules.policy_for(ticket.agency_code)
    info = policy.info
    if info.first_response is None:
        return decision_due(policy.calendar, ticket.created_at, ticket.sla_extended_at is not None)
    return decision_due(
        policy.calendar,
        ticket.created_at,
        ticket.sla_extended_at is not None,
        info.first_response,
        info.extension,
    )


def state_of(rules: SlaRules, ticket: Ticket, decision: PpidDecision | None) -> RequestState:
    return RequestState(
        decision=DecisionKind(decision.kind) if decision else None,
        decided_at=decision.decided_at if decision else None,
        decision_due=decision.decision_due_at if decision else due_of(rules, ticket),
    )
