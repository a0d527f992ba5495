"""A requester asks for the written notice again (``/status INF-…`` → "send the letter
again"): the same notice, rebuilt from the recorded decision."""

from __future__ import annotations

from handlers.context import Turn
from handlers.ppid import issue
from storage import staff
from storage.ppid import records


async def resend(turn: Turn, raw_id: str) -> None:
    ticket = await staff.ticket_by_id(turn.session, int(raw_id)) if raw_id.isdigit() else None
    decision = await records.decision_of(turn.session, ticket.id or 0) if ticket else None
    if ticket is None or ticket.contact_id != turn.contact.id or decision is None:
        turn.reply(turn.t("button-expired"))
        return
    await issue.send_notice(turn, ticket, decision)
