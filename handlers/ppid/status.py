"""How a requester sees their requests in ``/status``: requested (and when the decision
is due), decided (which decision, when), objection filed (and when it must be answered),
objection answered — and, for a decided request, "send the letter again"."""

from __future__ import annotations

from collections.abc import Sequence

from domain.callbacks import pack
from domain.messages import Button
from domain.tickets import TicketKind
from handlers.cards import local_time
from handlers.context import Buttons, Turn
from handlers.ppid.state import due_of
from storage.models import Ticket
from storage.ppid import records
from storage.ppid.tables import PpidDecision, PpidObjection

RESEND = "pn"  # callback: send the written notice again
OBJECT = "ob"  # callback: object to this request's decision (or its silence)


def phrase(
    turn: Turn, ticket: Ticket, decision: PpidDecision | None, objection: PpidObjection | None
) -> str:
    t, zone = turn.t, turn.services.zone
    if objection is not None and objection.verdict:
        return t(f"ppid-status-objection-{objection.verdict}", code=objection.code)
    if objection is not None:
        return t(
            "ppid-status-objection-filed",
            code=objection.code,
            due=local_time(objection.due_at, zone),
        )
    if decision is not None:
        return t(
            "ppid-status-decided",
            kind=t(f"ppid-kind-{decision.kind}"),
            date=local_time(decision.decided_at, zone),
        )
    if ticket.status in ("closed", "rejected", "resolved"):
        return t(f"status-{ticket.status}-info")
    return t("ppid-status-requested", due=local_time(due_of(turn.services.sla, ticket), zone))


async def phrases(turn: Turn, own: Sequence[Ticket]) -> dict[int, str]:
    """The status phrase of each information request among ``own``, by ticket id."""
    ids = [t.id or 0 for t in own if t.kind == TicketKind.INFO_REQUEST.value]
    decisions = await records.decisions_of(turn.session, ids)
    objections = await records.objections_of(turn.session, ids)
    return {
        ticket.id or 0: phrase(
            turn, ticket, decisions.get(ticket.id or 0), objections.get(ticket.id or 0)
        )
        for ticket in own
        if ticket.kind == TicketKind.INFO_REQUEST.value
    }


async def buttons_for(turn: Turn, ticket: Ticket) -> Buttons:
    """ "Send the letter again" once decided; "object" while an objection is possible."""
    tid = ticket.id or 0
    decision = await records.decision_of(turn.session, tid)
    objection = await records.objection_of(turn.session, tid)
    rows: list[tuple[Button, ...]] = []
    if decision is not None:
        rows.append((Button(turn.t("ppid-resend-button"), pack(RESEND, tid)),))
    if objection is None and (
        decision is not None or turn.now >= due_of(turn.services.sla, ticket)
    ):
        rows.append((Button(turn.t("ppid-object-button"), pack(OBJECT, tid)),))
    return tuple(rows)
