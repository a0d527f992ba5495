"""A requester objects (keberatan, UU 14/2008 art. 35–36) from the chat: ``/keberatan
INF-…`` or the button under ``/status INF-…``. They choose a ground the request's state
allows, explain, confirm; the objection goes to the PPID's superior with its own 30-
working-day clock. Refused, with the reason: someone else's request, a second
objection, nothing to object to yet (the decision is not due), a closed window (with
the date it closed)."""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.ppid.clock import objection_closes, objection_steps, superior_due
from domain.ppid.objections import ObjectionGround, allowed_grounds, ground_arose
from domain.tickets import TicketKind, looks_like_code
from handlers.cards import local_time
from handlers.context import Turn
from handlers.ppid.state import state_of
from handlers.ppid.superior import send_card
from handlers.resident.menu import menu_buttons
from handlers.resident.ticket_files import keep_with_ticket
from storage import staff, tickets
from storage.models import Ticket
from storage.ppid import records
from storage.ppid.tables import PpidObjection

FLOW = "objection"
ACTION = "ob"
MIN_EXPLANATION = 10
MAX_EXPLANATION = 2000


async def _own_request(turn: Turn, ticket: Ticket | None) -> Ticket | None:
    if ticket is None or ticket.contact_id != turn.contact.id:
        return None
    return ticket if ticket.kind == TicketKind.INFO_REQUEST.value else None


async def _grounds(turn: Turn, ticket: Ticket) -> tuple[ObjectionGround, ...] | None:
    """The grounds open now; ``None`` after replying why there are none."""
    t, zone = turn.t, turn.services.zone
    existing = await records.objection_of(turn.session, ticket.id or 0)
    if existing is not None:
        turn.reply(t("ppid-objection-twice", code=ticket.code, objection=existing.code))
        return None
    decision = await records.decision_of(turn.session, ticket.id or 0)
    state = state_of(turn.services.sla, ticket, decision)
    grounds = allowed_grounds(state, turn.now)
    if not grounds:
        turn.reply(
            t("ppid-objection-early", code=ticket.code, due=local_time(state.decision_due, zone))
        )
        return None
    calendar = turn.services.sla.policy_for(ticket.agency_code).calendar
    closes = objection_closes(calendar, ground_arose(state))
    if turn.now > closes:
        turn.reply(t("ppid-objection-closed", code=ticket.code, closed=local_time(closes, zone)))
        return None
    return grounds


async def start(turn: Turn, arg: str) -> None:
    code = arg.split()[0].upper() if arg.split() else ""
    if not code:
        turn.reply(turn.t("ppid-objection-usage"), menu_buttons(turn))
        return
    ticket = await tickets.by_code(turn.session, code) if looks_like_code(code) else None
    await _begin(turn, await _own_request(turn, ticket), code)


async def on_button(turn: Turn, callback: Callback) -> None:
    step, raw = callback.arg(0), callback.arg(1)
    ticket = await staff.ticket_by_id(turn.session, int(raw)) if raw.isdigit() else None
    ticket = await _own_request(turn, ticket)
    if step == "start":
        await _begin(turn, ticket, "")
        return
    if ticket is None or turn.flow != FLOW or turn.data.get("ticket_id") != ticket.id:
        turn.reply(turn.t("button-expired"), menu_buttons(turn))
        return
    grounds = await _grounds(turn, ticket)
    if grounds is None:
        turn.reset()
    elif step == "g" and callback.arg(2) in {g.value for g in grounds}:
        turn.go(FLOW, "explain", ground=callback.arg(2))
        turn.reply(turn.t("ppid-objection-ask-explain", code=ticket.code))
    elif step == "send" and turn.step == "confirm":
        await _file(turn, ticket)
    elif step == "cancel":
        turn.reset()
        turn.reply(turn.t("cancelled"), menu_buttons(turn))
    else:
        turn.reply(turn.t("button-expired"))


async def _begin(turn: Turn, ticket: Ticket | None, code: str) -> None:
    if ticket is None:
        turn.reply(turn.t("status-unknown", code=code[:40] or "-"))
        return
    grounds = await _grounds(turn, ticket)
    if grounds is None:
        return
    tid = ticket.id or 0
    turn.go(FLOW, "ground", ticket_id=tid)
    rows = tuple(
        (Button(turn.t(f"ppid-ground-short-{g.value}"), pack(ACTION, "g", tid, g.value)),)
        for g in grounds
    )
    turn.reply(turn.t("ppid-objection-ask-ground", code=ticket.code), rows)


async def on_message(turn: Turn) -> None:
    ticket = await staff.ticket_by_id(turn.session, int(turn.data.get("ticket_id") or 0))
    text = (turn.message.text or "").strip()
    if ticket is None or turn.step not in ("explain", "ground", "confirm"):
        turn.reset()
        turn.reply(turn.t("button-expired"), menu_buttons(turn))
        return
    kept = await keep_with_ticket(turn, ticket)  # kept with the request, forwarded to its PPID
    if turn.step != "explain":
        if not kept:
            turn.reply(turn.t("use-buttons"))
        await _begin(turn, ticket, ticket.code) if turn.step == "ground" else _summary(turn, ticket)
        return
    if len(text) < MIN_EXPLANATION or text.startswith("/"):
        turn.reply(turn.t("ppid-objection-ask-explain", code=ticket.code))
        return
    turn.go(FLOW, "confirm", explanation=text[:MAX_EXPLANATION])
    _summary(turn, ticket)


def _summary(turn: Turn, ticket: Ticket) -> None:
    tid = ticket.id or 0
    turn.reply(
        turn.t(
            "ppid-objection-summary",
            code=ticket.code,
            ground=turn.t(f"ppid-ground-{turn.data.get('ground')}"),
            explanation=str(turn.data.get("explanation") or ""),
        ),
        (
            (Button(turn.t("confirm-send"), pack(ACTION, "send", tid)),),
            (Button(turn.t("confirm-cancel"), pack(ACTION, "cancel", tid)),),
        ),
    )


async def _file(turn: Turn, ticket: Ticket) -> None:
    services = turn.services
    calendar = services.sla.policy_for(ticket.agency_code).calendar
    due = superior_due(calendar, turn.now)
    office = services.ppid.office(ticket.agency_code)
    prefix = f"KEB-{turn.now.astimezone(services.zone):%y%m}"
    objection = await records.add_objection(
        turn.session,
        PpidObjection(
            code=await tickets.next_code(turn.session, prefix),
            request_id=ticket.id or 0,
            contact_id=turn.contact.id or 0,
            ground=str(turn.data.get("ground")),
            explanation=str(turn.data.get("explanation") or ""),
            filed_at=turn.now,
            due_at=due,
            superior_chat_id=office.superior_chat_id,
            next_due_at=objection_steps(calendar, turn.now, due)[0],
        ),
    )
    tickets.record_event(
        turn.session, ticket, f"resident:{turn.contact.id}", "objected", objection.code, turn.now
    )
    turn.reset()
    send_card(turn, ticket, objection)
    turn.reply(turn.t("ppid-objection-filed", code=objection.code, request=ticket.code,
                      due=local_time(due, services.zone)))  # fmt: skip
