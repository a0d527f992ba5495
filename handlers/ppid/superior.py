"""The PPID's superior (atasan PPID) answers objections in their own chat: the card
shows the request, the decision and the ground; "upheld" or "rejected" asks for the
written response, which goes to the requester with the next step (a dispute at the
Information Commission within 14 working days) and, when upheld, to the PPID.
Only presses and replies in a configured superior chat count."""

from __future__ import annotations

import logging

from domain.callbacks import Callback, pack, unpack
from domain.i18n import Translator
from domain.messages import Button, Channel
from domain.ppid.clock import commission_closes
from domain.ppid.objections import SuperiorVerdict
from handlers.cards import local_time, resident_language
from handlers.context import Turn
from storage import staff, tickets
from storage.models import Ticket
from storage.ppid import records
from storage.ppid.tables import PpidObjection

log = logging.getLogger(__name__)
ACTION = "sv"
REPLY = "or"  # the requester's response to the superior's answer
RESPONSE_LIMIT = 2000


def is_superior_chat(turn: Turn) -> bool:
    return (
        not turn.message.is_private and turn.message.chat_id in turn.services.ppid.superior_chats()
    )


def send_card(turn: Turn, ticket: Ticket, objection: PpidObjection) -> None:
    chat = objection.superior_chat_id
    if not chat:
        log.error(
            "objection %s: agency %s has no PPID superior chat", objection.code, ticket.agency_code
        )
        return
    t = turn.staff_t
    agency = turn.services.agencies.get(ticket.agency_code) or turn.services.agencies.default
    oid = objection.id or 0
    text = t(
        "ppid-superior-card", code=objection.code, request=ticket.code, agency=agency.name,
        information=ticket.description[:800], ground=t(f"ppid-ground-{objection.ground}"),
        explanation=objection.explanation, due=local_time(objection.due_at, turn.services.zone),
    )  # fmt: skip
    buttons = (
        (
            Button(t("ppid-superior-upheld"), pack(ACTION, oid, SuperiorVerdict.UPHELD.value)),
            Button(t("ppid-superior-rejected"), pack(ACTION, oid, SuperiorVerdict.REJECTED.value)),
        ),
    )
    turn.send(
        turn.staff_channel(), chat, text, buttons, purpose="ppid_objection", ticket_id=ticket.id
    )


async def handle(turn: Turn) -> bool:
    """Act on a verdict button or on the written answer a verdict is waiting for; False
    (nothing done) for anything else, which a chat shared with staff hands to them."""
    message = turn.message
    callback = unpack(message.callback_data)
    if callback is not None and callback.action == ACTION:
        await _pressed(turn, callback)
        return True
    pending = turn.data.get("ppid_verdict")
    if not isinstance(pending, dict) or pending.get("chat_id") != message.chat_id:
        return False
    if message.command is not None:
        turn.update_data(ppid_verdict=None)
        turn.reply(turn.staff_t("ppid-superior-cancelled"))
        return True
    text = (message.text or "").strip()[:RESPONSE_LIMIT]
    objection = await records.objection_by_id(turn.session, int(pending.get("objection_id") or 0))
    if not text or objection is None or objection.verdict:
        return True
    turn.update_data(ppid_verdict=None)
    await answer(turn, objection, SuperiorVerdict(pending["verdict"]), text)
    return True


def nothing_pending(turn: Turn) -> None:
    """The superior wrote, but no objection waits for their answer: say how to give one
    (rather than silence). Button presses and files are left alone."""
    if turn.message.callback_data is None and (turn.message.text or "").strip():
        turn.reply(turn.staff_t("ppid-superior-nothing-pending"))


async def _pressed(turn: Turn, callback: Callback) -> None:
    raw, verdict = callback.arg(0), callback.arg(1)
    objection = await records.objection_by_id(turn.session, int(raw)) if raw.isdigit() else None
    t = turn.staff_t
    if objection is None or verdict not in {v.value for v in SuperiorVerdict}:
        turn.reply(t("staff-button-expired"))
        return
    if objection.superior_chat_id != turn.message.chat_id:
        turn.reply(t("staff-not-yours"))
        return
    if objection.verdict:
        turn.reply(t("ppid-superior-already", code=objection.code))
        return
    turn.update_data(
        ppid_verdict={
            "objection_id": objection.id,
            "verdict": verdict,
            "chat_id": turn.message.chat_id,
        }
    )
    turn.reply(t("ppid-superior-ask", code=objection.code, verdict=t(f"ppid-verdict-{verdict}")))


async def answer(turn: Turn, objection: PpidObjection, verdict: SuperiorVerdict, text: str) -> None:
    services = turn.services
    request = await staff.ticket_by_id(turn.session, objection.request_id)
    if request is None:
        return
    office = services.ppid.office(request.agency_code)
    objection.verdict = verdict.value
    objection.response = text
    objection.responded_at = turn.now
    objection.responder_name = office.superior_name or turn.message.sender.display_name[:128]
    objection.responder_position = office.superior_position
    objection.next_due_at = None
    actor = f"superior:{turn.message.sender.user_id}"
    tickets.record_event(
        turn.session, request, actor, f"objection_{verdict.value}", text[:1000], turn.now
    )
    calendar = services.sla.policy_for(request.agency_code).calendar
    closes = local_time(commission_closes(calendar, turn.now), services.zone)
    contact = await staff.contact_of(turn.session, request)
    if contact is not None:
        rt = Translator(resident_language(request, contact))
        oid = objection.id or 0
        buttons = (
            (Button(rt("ppid-requester-accept"), pack(REPLY, oid, "accept")),),
            (Button(rt("ppid-requester-dispute"), pack(REPLY, oid, "dispute")),),
        )
        notice = rt(f"ppid-objection-answered-{verdict.value}", code=objection.code,
                    request=request.code, response=text, until=closes)  # fmt: skip
        turn.send(Channel(contact.channel), contact.chat_id, notice, buttons,
                  purpose="ppid_objection", ticket_id=request.id, language=rt.language)  # fmt: skip
    t = turn.staff_t
    if verdict is SuperiorVerdict.UPHELD and request.staff_chat_id:
        told = t("ppid-ppid-told-upheld", code=objection.code, request=request.code, response=text)
        turn.send(turn.staff_channel(), request.staff_chat_id, told,
                  purpose="ppid_objection", ticket_id=request.id)  # fmt: skip
    turn.reply(t("ppid-superior-done", code=objection.code))


async def requester_replies(turn: Turn, callback: Callback) -> None:
    """The requester's response to the superior's answer (for the objection register)."""
    raw, choice = callback.arg(0), callback.arg(1)
    objection = await records.objection_by_id(turn.session, int(raw)) if raw.isdigit() else None
    if objection is None or objection.contact_id != turn.contact.id or not objection.verdict:
        turn.reply(turn.t("button-expired"))
        return
    if choice not in ("accept", "dispute") or objection.requester_response:
        turn.reply(turn.t("button-expired"))
        return
    objection.requester_response = turn.t(f"ppid-requester-{choice}")
    turn.reply(turn.t(f"ppid-requester-{choice}-noted", code=objection.code))
