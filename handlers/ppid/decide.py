"""A PPID decides a request from its card: "⚖️ Keputusan" asks, one thing at a time,
what the decision needs (its kind; the art. 17 ground, what is withheld and the
consequence test; where else it may be held; form, cost and handover; the information
itself as documents or links), shows a summary and sends the written notice.

The draft lives in the deciding admin's own conversation (``ppid_draft``), bound to the
chat and topic it started in; only the agency's own staff (the card's workplace, the
allowlist) may decide, and a request is decided once."""

from __future__ import annotations

import copy
import re
from typing import Any

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.ppid.decisions import Decision, DecisionKind, Exemption, Form, parse_cost
from domain.tickets import TicketKind, TicketStatus
from handlers.context import Buttons, Turn
from handlers.ppid import issue
from handlers.staff import notify
from handlers.staff.place import Workplace, refusal
from storage import staff
from storage.models import Ticket
from storage.ppid import records

ACTION = "pd"
TEXT_LIMIT = 1500
LINK = re.compile(r"https?://\S+")
TEXT_FIELDS = ("withheld", "consequence", "held_by", "reason", "handover", "cost")


def _draft(turn: Turn) -> dict[str, Any] | None:
    draft = turn.data.get("ppid_draft")
    message = turn.message
    if (
        isinstance(draft, dict)
        and draft.get("chat_id") == message.chat_id
        and draft.get("thread_id") == message.thread_id
    ):
        return copy.deepcopy(draft)  # never the stored JSON itself: a change must show
    return None


def _save(turn: Turn, draft: dict[str, Any] | None) -> None:
    turn.update_data(ppid_draft=draft)


def decision_of(draft: dict[str, Any]) -> Decision:
    return Decision(
        kind=DecisionKind(draft["kind"]),
        exemption=Exemption(draft["exemption"]) if draft.get("exemption") else None,
        consequence=draft.get("consequence") or "",
        withheld=draft.get("withheld") or "",
        held_by=draft.get("held_by") or "",
        reason=draft.get("reason") or "",
        form=Form(draft["form"]) if draft.get("form") else None,
        cost=int(draft.get("cost") or 0),
        handover=draft.get("handover") or "",
        links=tuple(draft.get("links") or ()),
    )


def _choices(tid: int, step: str, options: list[tuple[str, str]], per_row: int) -> Buttons:
    buttons = [Button(label, pack(ACTION, step, tid, value)) for value, label in options]
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def _next(draft: dict[str, Any]) -> str:
    """The next thing the decision lacks (``confirm`` when it is complete)."""
    kind = DecisionKind(draft["kind"]) if draft.get("kind") else None
    order: list[tuple[bool, str]] = [(kind is None, "kind")]
    if kind is not None:
        order += [
            (kind.needs_exemption and not draft.get("exemption"), "exemption"),
            (kind is DecisionKind.PARTIAL and not draft.get("withheld"), "withheld"),
            (kind.needs_exemption and not draft.get("consequence"), "consequence"),
            (kind is DecisionKind.NOT_HELD and not draft.get("held_by"), "held_by"),
            (kind is DecisionKind.UNDOCUMENTED and not draft.get("reason"), "reason"),
            (kind.gives_information and not draft.get("form"), "form"),
            (kind.gives_information and draft.get("cost") is None, "cost"),
            (kind.gives_information and not draft.get("handover"), "handover"),
            (kind.gives_information and not draft.get("attached"), "attach"),
        ]
    return next((step for missing, step in order if missing), "confirm")


def _ask(turn: Turn, ticket: Ticket, draft: dict[str, Any]) -> None:
    t, tid = turn.staff_t, ticket.id or 0
    step = _next(draft)
    draft["await"] = step
    _save(turn, draft)
    buttons: Buttons = ()
    if step == "kind":
        options = [(k.value, t(f"ppid-kind-{k.value}")) for k in DecisionKind]
        buttons = _choices(tid, "k", options, 1)
    elif step == "exemption":
        options = [
            (e.value, f"{e.value}. " + t(f"ppid-exemption-short-{e.value}")) for e in Exemption
        ]
        buttons = _choices(tid, "x", options, 2)
    elif step == "form":
        buttons = _choices(tid, "f", [(f.value, t(f"ppid-form-{f.value}")) for f in Form], 1)
    elif step == "cost":
        buttons = _choices(tid, "c", [("0", t("ppid-cost-free"))], 1)
    elif step == "handover":
        buttons = _choices(tid, "h", [("chat", t("ppid-handover-chat"))], 1)
    elif step == "attach":
        buttons = _choices(tid, "a", [("done", t("ppid-attach-done"))], 1)
    elif step == "confirm":
        _summary(turn, ticket, draft)
        return
    notify.here(turn, t(f"ppid-ask-{step}", code=ticket.code), ticket, buttons)


def _summary(turn: Turn, ticket: Ticket, draft: dict[str, Any]) -> None:
    t, tid = turn.staff_t, ticket.id or 0
    text = t("ppid-summary", code=ticket.code, kind=t(f"ppid-kind-{draft['kind']}"),
             count=len(draft.get("documents") or ()) + len(draft.get("links") or ()))  # fmt: skip
    buttons = (
        (Button(t("ppid-send"), pack(ACTION, "ok", tid)),),
        (Button(t("ppid-cancel"), pack(ACTION, "no", tid)),),
    )
    notify.here(turn, text, ticket, buttons)


async def _ticket(turn: Turn, place: Workplace, raw_id: str) -> Ticket | None:
    """The request, when this admin may decide it here; else refused (and ``None``)."""
    ticket = await staff.ticket_by_id(turn.session, int(raw_id)) if raw_id.isdigit() else None
    t = turn.staff_t
    if ticket is None or ticket.kind != TicketKind.INFO_REQUEST.value:
        notify.refuse(turn, t("staff-button-expired"))
        return None
    if (why := refusal(turn, place, ticket)) is not None:
        notify.refuse(turn, t(why, agency=place.agency.name if place.agency else ""))
        return None
    if not TicketStatus(ticket.status).is_open or await records.decision_of(
        turn.session, ticket.id or 0
    ):
        notify.refuse(turn, t("ppid-already-decided", code=ticket.code))
        return None
    return ticket


async def on_button(turn: Turn, place: Workplace, callback: Callback) -> None:
    step, value = callback.arg(0), callback.arg(2)
    ticket = await _ticket(turn, place, callback.arg(1))
    if ticket is None:
        return
    draft = _draft(turn)
    if step == "start" or draft is None or draft.get("ticket_id") != ticket.id:
        message = turn.message
        draft = {"ticket_id": ticket.id, "chat_id": message.chat_id, "thread_id": message.thread_id}
        if step != "start":
            _ask(turn, ticket, draft)
            return
    choices = {"k": ("kind", DecisionKind), "x": ("exemption", Exemption), "f": ("form", Form)}
    if step in choices:
        field, enum = choices[step]
        if value not in {member.value for member in enum}:
            notify.refuse(turn, turn.staff_t("staff-button-expired"))
            return
        draft[field] = value
    elif step == "c":
        draft["cost"] = 0
    elif step == "h":
        draft["handover"] = turn.staff_t("ppid-handover-chat-text")
    elif step == "a":
        draft["attached"] = True
    elif step == "no":
        _save(turn, None)
        notify.here(turn, turn.staff_t("ppid-cancelled", code=ticket.code), ticket)
        return
    elif step == "ok" and _next(draft) == "confirm":
        _save(turn, None)
        documents = issue.file_refs(draft.get("documents") or ())
        await issue.decide(turn, ticket, decision_of(draft), documents)
        return
    _ask(turn, ticket, draft)


async def on_message(turn: Turn, place: Workplace) -> bool:
    """A typed answer (or document) for the draft in this chat; ``True`` when taken."""
    draft = _draft(turn)
    message = turn.message
    if draft is None or draft.get("await") in (None, "kind", "exemption", "form", "confirm"):
        return False
    command = message.command
    if command is not None:
        if command[0] not in ("/batal", "/cancel"):
            return False
        _save(turn, None)
        notify.here(turn, turn.staff_t("ppid-cancelled", code=""))
        return True
    ticket = await staff.ticket_by_id(turn.session, int(draft.get("ticket_id") or 0))
    if ticket is None or refusal(turn, place, ticket) is not None:
        return False
    text = (message.text or "").strip()[:TEXT_LIMIT]
    step = draft["await"]
    if step == "attach":
        draft.setdefault("links", []).extend(LINK.findall(text))
        for file in (message.document, message.photo):
            if file is not None:
                draft.setdefault("documents", []).append(file.to_json())
    elif step == "cost":
        cost = parse_cost(text)
        if cost is None:
            notify.here(turn, turn.staff_t("ppid-cost-invalid"), ticket)
            return True
        draft["cost"] = cost
    elif step in TEXT_FIELDS and text:
        draft[step] = text
    _ask(turn, ticket, draft)
    return True
