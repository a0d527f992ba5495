"""A public-information request (UU 14/2008 art. 22; the request form of Perki 1/2021):
who asks, their occupation, how to reach them, what information, for what purpose, how
they want to receive it, and which agency holds it.

The intro promises as many questions as :data:`QUESTIONS` holds and each question is
numbered from it, so the promise and the questions cannot drift apart. The contact must
be an Indonesian phone number or an e-mail address (:mod:`domain.ppid.contact`); any
other reply is asked again with the reason."""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.i18n import Markup
from domain.messages import Button
from domain.ppid.contact import ContactAddress, parse_contact, shown
from domain.routing import suggest_agency
from domain.tickets import Privacy, TicketKind
from handlers.context import Turn
from handlers.resident import attachments
from handlers.resident.agency_choice import agency_pick_buttons, agency_suggestion_buttons
from handlers.resident.menu import menu_buttons
from handlers.submission import TicketDraft, submit_ticket

FLOW = "info"
QUESTIONS = ("name", "occupation", "contact", "information", "purpose", "delivery", "agency")
DELIVERY_METHODS = ("chat", "email", "pickup", "post")
MIN_TEXT = {"name": 3, "occupation": 3, "information": 10, "purpose": 5}
MAX_TEXT = {"name": 120, "occupation": 120, "contact": 200, "information": 2000, "purpose": 1000}
TEXT_STEPS = ("name", "occupation", "contact", "information", "purpose")
DETAIL_KEYS = ("name", "occupation", "contact", "contact_kind", "purpose", "delivery")


def numbered(turn: Turn, step: str, key: str = "", **params: object) -> str:
    """``3/7 — question``: the step's place among :data:`QUESTIONS` (``key``: the
    question's catalog text, when not ``info-ask-<step>``)."""
    question = turn.t(key or f"info-ask-{step}", **params)
    return turn.t(
        "info-question",
        number=QUESTIONS.index(step) + 1,
        total=len(QUESTIONS),
        question=Markup(question),
    )


async def start(turn: Turn, text: str = "") -> None:
    turn.go(FLOW, "name")
    intro = turn.t("info-intro", count=len(QUESTIONS))
    turn.reply(intro + "\n\n" + numbered(turn, "name"))


def _ask(turn: Turn, step: str) -> None:
    turn.go(FLOW, step)
    if step == "delivery":
        turn.reply(
            numbered(turn, "delivery"),
            tuple(
                (Button(turn.t(f"delivery-{m}"), pack("ix", "dv", m)),) for m in DELIVERY_METHODS
            ),
        )
    elif step == "agency":
        information = str(turn.data.get("information") or "")
        agency = suggest_agency(information, turn.services.agencies)
        if agency is None:
            turn.reply(
                numbered(turn, "agency", "info-agency-pick"), agency_pick_buttons(turn, "ix")
            )
            return
        turn.reply(
            numbered(turn, "agency", "info-agency-suggest", agency=agency),
            agency_suggestion_buttons(turn, "ix", agency.code),
        )
    else:
        turn.reply(numbered(turn, step))


def _summary(turn: Turn) -> None:
    turn.go(FLOW, "confirm")
    data = turn.data
    agencies = turn.services.agencies
    agency = agencies.get(data.get("agency")) or agencies.default
    turn.reply(
        turn.t(
            "info-summary",
            name=str(data.get("name", "")),
            occupation=str(data.get("occupation", "")),
            contact=str(data.get("contact", "")),
            information=str(data.get("information", "")),
            purpose=str(data.get("purpose", "")),
            delivery=turn.t(f"delivery-{data.get('delivery', 'chat')}"),
            agency=agency,
            attachments=attachments.count_text(turn, attachments.stored_files(data)),
        ),
        (
            (Button(turn.t("confirm-send"), pack("ix", "send")),),
            (
                Button(turn.t("confirm-restart"), pack("ix", "restart")),
                Button(turn.t("confirm-cancel"), pack("ix", "cancel")),
            ),
        ),
    )


def _next_step(step: str) -> str:
    return QUESTIONS[QUESTIONS.index(step) + 1]


def _take_contact(turn: Turn, text: str) -> None:
    found = parse_contact(text[: MAX_TEXT["contact"]])
    if not isinstance(found, ContactAddress):
        turn.reply(turn.t(f"contact-{found.value}") + "\n\n" + numbered(turn, "contact"))
        return
    turn.update_data(contact=shown(found), contact_kind=found.kind.value)
    _ask(turn, _next_step("contact"))


def _ask_again(turn: Turn, step: str) -> None:
    if step in TEXT_STEPS:
        turn.reply(numbered(turn, step))
    elif step == "confirm":
        _summary(turn)
    else:
        _ask(turn, step)


async def on_message(turn: Turn) -> None:
    """A typed reply (or a file: kept with the request, its caption read as the
    answer, the question asked again when there is none)."""
    step = turn.step or ""
    text = (turn.message.text or "").strip()
    kept = step in (*QUESTIONS, "confirm") and attachments.keep_unasked(turn, words="-request")
    if kept and not text:
        _ask_again(turn, step)
        return
    if step == "contact" and text and not text.startswith("/"):
        _take_contact(turn, text)
    elif step in TEXT_STEPS:
        if len(text) < MIN_TEXT.get(step, 1) or text.startswith("/"):
            turn.reply(turn.t(f"info-invalid-{step}") + "\n\n" + numbered(turn, step))
            return
        turn.update_data(**{step: text[: MAX_TEXT[step]]})
        _ask(turn, _next_step(step))
    elif step in ("delivery", "agency"):
        turn.reply(turn.t("use-buttons"))
        _ask(turn, step)
    elif step == "confirm":
        turn.reply(turn.t("use-buttons"))
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
        await _submit(turn)
    elif action == "restart" and step == "confirm":
        await start(turn)
    elif action == "cancel" and step == "confirm":
        turn.reset()
        turn.reply(turn.t("cancelled"), menu_buttons(turn))
    else:
        turn.reply(turn.t("button-expired"))


async def _submit(turn: Turn) -> None:
    data = turn.data
    await submit_ticket(
        turn,
        TicketDraft(
            kind=TicketKind.INFO_REQUEST,
            agency_code=data.get("agency") or turn.services.agencies.default_code,
            agency_known=bool(data.get("agency")),
            description=str(data.get("information", "")),
            privacy=Privacy.PUBLIC,
            photos=attachments.file_refs(attachments.stored_files(data)),
            details={k: data.get(k) for k in DETAIL_KEYS},
        ),
    )
