"""A public-information request (UU 14/2008 art. 22): who asks, how to reach them,
what information, for what purpose, and how they want to receive it."""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.routing import suggest_agency
from domain.tickets import Privacy, TicketKind
from handlers.context import Turn
from handlers.resident.agency_choice import agency_pick_buttons, agency_suggestion_buttons
from handlers.resident.menu import menu_buttons
from handlers.submission import TicketDraft, submit_ticket

FLOW = "info"
DELIVERY_METHODS = ("chat", "email", "pickup", "post")
MIN_TEXT = {"name": 3, "contact": 5, "information": 10, "purpose": 5}
MAX_TEXT = {"name": 120, "contact": 200, "information": 2000, "purpose": 1000}
TEXT_STEPS = ("name", "contact", "information", "purpose")


async def start(turn: Turn, text: str = "") -> None:
    turn.go(FLOW, "name")
    turn.reply(turn.t("info-intro") + "\n\n" + turn.t("info-ask-name"))


def _ask(turn: Turn, step: str) -> None:
    turn.go(FLOW, step)
    if step == "delivery":
        turn.reply(
            turn.t("info-ask-delivery"),
            tuple(
                (Button(turn.t(f"delivery-{m}"), pack("ix", "dv", m)),) for m in DELIVERY_METHODS
            ),
        )
    elif step == "agency":
        information = str(turn.data.get("information") or "")
        agency = suggest_agency(information, turn.services.agencies)
        if agency is None:
            turn.reply(turn.t("info-agency-pick"), agency_pick_buttons(turn, "ix"))
            return
        turn.reply(
            turn.t("info-agency-suggest", agency=agency.name),
            agency_suggestion_buttons(turn, "ix", agency.code),
        )
    else:
        turn.reply(turn.t(f"info-ask-{step}"))


def _summary(turn: Turn) -> None:
    turn.go(FLOW, "confirm")
    data = turn.data
    agencies = turn.services.agencies
    agency = agencies.get(data.get("agency")) or agencies.default
    turn.reply(
        turn.t(
            "info-summary",
            name=str(data.get("name", "")),
            contact=str(data.get("contact", "")),
            information=str(data.get("information", "")),
            purpose=str(data.get("purpose", "")),
            delivery=turn.t(f"delivery-{data.get('delivery', 'chat')}"),
            agency=agency.name,
        ),
        (
            (Button(turn.t("confirm-send"), pack("ix", "send")),),
            (
                Button(turn.t("confirm-restart"), pack("ix", "restart")),
                Button(turn.t("confirm-cancel"), pack("ix", "cancel")),
            ),
        ),
    )


async def on_message(turn: Turn) -> None:
    step = turn.step or ""
    text = (turn.message.text or "").strip()
    if step in TEXT_STEPS:
        if len(text) < MIN_TEXT[step] or text.startswith("/"):
            turn.reply(turn.t(f"info-invalid-{step}"))
            return
        turn.update_data(**{step: text[: MAX_TEXT[step]]})
        following = {
            "name": "contact",
            "contact": "information",
            "information": "purpose",
            "purpose": "delivery",
        }[step]
        _ask(turn, following)
    elif step in ("delivery", "agency", "confirm"):
        turn.reply(turn.t("use-buttons"))
        if step == "confirm":
            _summary(turn)
    else:
        turn.reset()
        turn.reply(turn.t("fallback"), menu_buttons(turn))


async def on_button(turn: Turn, callback: Callback) -> None:
    step = turn.step if turn.flow == FLOW else None
    action = callback.arg(0)
    if step is None:
        turn.reply(turn.t("button-expired"), menu_buttons(turn))
    elif action == "dv" and step == "delivery" and callback.arg(1) in DELIVERY_METHODS:
        turn.update_data(delivery=callback.arg(1))
        _ask(turn, "agency")
    elif action == "ag" and step == "agency":
        code = callback.arg(1)
        if code != "-" and turn.services.agencies.get(code) is None:
            turn.reply(turn.t("button-expired"))
            return
        turn.update_data(agency=None if code == "-" else code)
        _summary(turn)
    elif action == "agpick" and step == "agency":
        turn.reply(turn.t("info-agency-pick"), agency_pick_buttons(turn, "ix"))
    elif action == "send" and step == "confirm":
        data = turn.data
        await submit_ticket(
            turn,
            TicketDraft(
                kind=TicketKind.INFO_REQUEST,
                agency_code=data.get("agency") or turn.services.agencies.default_code,
                agency_known=bool(data.get("agency")),
                description=str(data.get("information", "")),
                privacy=Privacy.PUBLIC,
                details={k: data.get(k) for k in ("name", "contact", "purpose", "delivery")},
            ),
        )
    elif action == "restart" and step == "confirm":
        await start(turn)
    elif action == "cancel" and step == "confirm":
        turn.reset()
        turn.reply(turn.t("cancelled"), menu_buttons(turn))
    else:
        turn.reply(turn.t("button-expired"))
