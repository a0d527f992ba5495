"""``/perpanjang CODE alasan…`` in an agency's staff (or PPID) group: extend a public-
information request once (UU 14/2008 art. 22(8): 7 more working days, with a written
notice and its reason to the requester). The extension, its reason and the new deadline
are recorded; the requester is told in the same transaction."""

from __future__ import annotations

from domain.messages import chat_channel
from domain.tickets import TicketKind, TicketStatus, looks_like_code
from handlers.cards import local_time, resident_language
from handlers.context import Turn
from handlers.deadlines import notices
from storage import sla, tickets
from storage.models import Contact, Ticket

COMMAND = "/perpanjang"
REASON_LIMIT = 1000


def _is_staff_place(turn: Turn) -> bool:
    agencies = turn.services.agencies
    chat_id = turn.message.chat_id
    shared = getattr(agencies, "shared_forum_chat_id", None)
    return agencies.by_staff_chat(chat_id) is not None or (shared is not None and chat_id == shared)


def _belongs_here(turn: Turn, ticket: Ticket) -> bool:
    chat_id = turn.message.chat_id
    agency = turn.services.agencies.get(ticket.agency_code)
    chats = {ticket.staff_chat_id}
    if agency is not None:
        chats |= {agency.staff_chat_id, agency.ppid_chat_id}
    return chat_id in chats


async def handle_sla_command(turn: Turn) -> bool:
    """Handle ``/perpanjang`` in a staff chat; ``False`` for anything else."""
    command = turn.message.command
    if command is None or command[0] != COMMAND or not _is_staff_place(turn):
        return False
    t = turn.staff_t
    code, _, reason = command[1].partition(" ")
    code, reason = code.strip().upper(), reason.strip()[:REASON_LIMIT]
    if not looks_like_code(code):
        turn.reply(t("sla-extend-usage"))
        return True
    ticket = await tickets.by_code(turn.session, code)
    if ticket is None or not _belongs_here(turn, ticket):
        turn.reply(t("sla-extend-unknown", code=code))
        return True
    policy = turn.services.sla.policy_for(ticket.agency_code)
    if ticket.kind != TicketKind.INFO_REQUEST.value or policy.info.extension is None:
        turn.reply(t("sla-extend-not-info"))
        return True
    if ticket.sla_extended_at is not None:
        when = local_time(ticket.sla_extended_at, turn.services.zone)
        turn.reply(t("sla-extend-twice", code=code, when=when))
        return True
    running = TicketStatus(ticket.status).is_open  # until the decision ends the request
    if not running:
        turn.reply(t("sla-extend-inactive", code=code, status=t(f"status-{ticket.status}")))
        return True
    if not reason:
        turn.reply(t("sla-extend-no-reason", code=code))
        return True
    await extend(turn, ticket, reason)
    return True


async def extend(turn: Turn, ticket: Ticket, reason: str) -> None:
    ticket.sla_extended_at = turn.now
    ticket.updated_at = turn.now
    actor = f"staff:{turn.message.sender.user_id}"
    tickets.record_event(turn.session, ticket, actor, "extended", reason, turn.now)
    sla.reschedule(turn.session, ticket, turn.now, turn.services.sla)
    zone = turn.services.zone
    due = local_time(ticket.sla_due_at or turn.now, zone)
    turn.reply(turn.staff_t("sla-extend-done", code=ticket.code, due=due))
    contact = await turn.session.get(Contact, ticket.contact_id)
    policy = turn.services.sla.policy_for(ticket.agency_code)
    channel = chat_channel(contact.channel) if contact is not None else None
    if contact is None or channel is None or policy.info.extension is None:
        return
    rt = notices.Translator(resident_language(ticket, contact))
    text = rt(
        "sla-resident-extended",
        code=ticket.code,
        extension=notices.duration_text(rt, policy.info.extension, policy.calendar),
        due=due,
        reason=reason,
    )
    turn.send(
        channel,
        contact.chat_id,
        text,
        purpose="sla_extension",
        ticket_id=ticket.id,
        language=rt.language,
    )
