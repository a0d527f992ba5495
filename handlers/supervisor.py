"""The supervisors' chat (and the second-level escalation chat): the buttons on
escalation alerts. "Nudge" puts a reminder in the agency's group, "History" shows the
ticket's audit trail. Presses count only from these chats; anything else said here is
treated like any other group (``/chatid``)."""

from __future__ import annotations

from domain.callbacks import unpack
from handlers.cards import local_time, status_label
from handlers.context import Turn
from handlers.deadlines import notices
from handlers.deadlines.sweep import staff_target
from handlers.groups import handle_group
from handlers.history import event_lines
from storage import tickets
from storage.models import Ticket

HISTORY_LIMIT = 30


def supervisor_chats(turn: Turn) -> set[str]:
    chats = {turn.services.agencies.supervisors_chat_id, turn.services.sla.escalation_chat_id}
    return {c for c in chats if c}


def is_supervisors_chat(turn: Turn) -> bool:
    return not turn.message.is_private and turn.message.chat_id in supervisor_chats(turn)


async def handle_supervisor(turn: Turn) -> None:
    callback = unpack(turn.message.callback_data)
    if callback is None:
        if turn.message.callback_data is None:
            await handle_group(turn)
        return
    if callback.action not in (notices.NUDGE, notices.HISTORY):
        return
    ticket_id = callback.arg(0)
    ticket = await turn.session.get(Ticket, int(ticket_id)) if ticket_id.isdigit() else None
    if ticket is None:
        turn.reply(turn.staff_t("sla-ticket-unknown"))
        return
    if callback.action == notices.NUDGE:
        nudge(turn, ticket)
    else:
        await history(turn, ticket)


def supervisor_actor(turn: Turn) -> str:
    return f"supervisor:{turn.message.sender.user_id}"


def nudge(turn: Turn, ticket: Ticket) -> None:
    t = turn.staff_t
    agency = turn.services.agencies.get(ticket.agency_code) or turn.services.agencies.default
    chat_id, thread_id = staff_target(ticket, turn.services.agencies)
    due = ticket.sla_due_at or turn.now
    tickets.record_event(turn.session, ticket, supervisor_actor(turn), "sla_nudged", None, turn.now)
    if chat_id is not None:
        turn.send(
            turn.staff_channel(),
            chat_id,
            t("sla-nudge", code=ticket.code, due=local_time(due, turn.services.zone)),
            thread_id=thread_id,
            purpose="sla_nudge",
            ticket_id=ticket.id,
        )
    turn.reply(t("sla-nudge-sent", code=ticket.code, agency=agency.name))


async def history(turn: Turn, ticket: Ticket) -> None:
    t = turn.staff_t
    events = list(await tickets.events_of(turn.session, ticket.id or 0))
    lines = [t("sla-history-title", code=ticket.code, status=status_label(t, ticket))]
    lines += event_lines(t, events, turn.services.zone, HISTORY_LIMIT)
    turn.reply("\n".join(lines))
