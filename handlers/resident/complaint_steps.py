"""The complaint's questions, one function per step, and :func:`ask_again`: the one
rule for a reply that does not fit its step (typed text where buttons were offered, a
file alone, something the channel cannot pass on): the step's own question is sent
again, with its buttons, so it works after a restart or a long pause on any channel
(WhatsApp shows more than three buttons as a list, more than ten as numbered
choices)."""

from __future__ import annotations

from collections.abc import Callable

from domain.callbacks import pack
from domain.messages import Button
from domain.routing import suggest_agency
from domain.tickets import Privacy
from handlers.context import Turn
from handlers.resident.agency_choice import agency_pick_buttons, agency_suggestion_buttons
from handlers.resident.attachments import MAX_ATTACHMENTS
from handlers.resident.complaint_place import ask_area, ask_category
from handlers.resident.complaint_review import FLOW, edit_menu, summary
from knowledge_base.matcher import Intent

MAX_PHOTOS = MAX_ATTACHMENTS


def ask_description(turn: Turn) -> None:
    turn.go(FLOW, "describe")
    turn.reply(turn.t("complaint-ask-description"))


def ask_agency(turn: Turn) -> None:
    description = str(turn.data.get("description") or "")
    hint = None
    result = turn.services.knowledge.matcher.match(description[:1000])
    if result.intent is Intent.FAQ and result.entry_id:
        entry = turn.services.knowledge.kb.get(result.entry_id)
        hint = entry.agency if entry else None
    words = turn.services.knowledge.matcher.word_forms
    agency = suggest_agency(description, turn.services.agencies, hint=hint, words=words)
    turn.go(FLOW, "agency", agency=None, suggested=agency.code if agency else None, picking=False)
    if agency is None:
        turn.reply(turn.t("complaint-agency-pick"), agency_pick_buttons(turn, "cx"))
        return
    turn.reply(
        turn.t("complaint-agency-suggest", agency=agency),
        agency_suggestion_buttons(turn, "cx", agency.code),
    )


def ask_agency_again(turn: Turn) -> None:
    """The agency question as last shown: the full list once the resident asked for it."""
    if turn.data.get("picking"):
        turn.reply(turn.t("complaint-agency-pick"), agency_pick_buttons(turn, "cx"))
    else:
        ask_agency(turn)


def ask_category_again(turn: Turn) -> None:
    """The category question; the location's when the agency no longer lists any."""
    if not ask_category(turn):
        ask_location(turn)


def ask_location(turn: Turn) -> None:
    turn.go(FLOW, "location")
    turn.reply(
        turn.t("complaint-ask-location"),
        ((Button(turn.t("skip"), pack("cx", "noloc")),),),
    )


def ask_photos(turn: Turn) -> None:
    turn.go(FLOW, "photos")
    turn.reply(
        turn.t("complaint-ask-photos", max=MAX_PHOTOS),
        ((Button(turn.t("skip"), pack("cx", "photos")),),),
    )


def ask_privacy(turn: Turn) -> None:
    turn.go(FLOW, "privacy")
    turn.reply(
        turn.t("complaint-ask-privacy"),
        (
            (Button(turn.t("privacy-public"), pack("cx", "pv", Privacy.PUBLIC.value)),),
            (Button(turn.t("privacy-anonymous"), pack("cx", "pv", Privacy.ANONYMOUS.value)),),
            (Button(turn.t("privacy-confidential"), pack("cx", "pv", Privacy.CONFIDENTIAL.value)),),
        ),
    )


def ask_confirm(turn: Turn) -> None:
    turn.go(FLOW, "confirm")
    summary(turn)


def ask_edit(turn: Turn) -> None:
    turn.reply(turn.t("edit-which"), edit_menu(turn))


# every step of the complaint and the question that asks it
QUESTIONS: dict[str, Callable[[Turn], None]] = {
    "describe": ask_description,
    "agency": ask_agency_again,
    "location": ask_location,
    "photos": ask_photos,
    "privacy": ask_privacy,
    "confirm": ask_confirm,
    "edit": ask_edit,
    "category": ask_category_again,
    "area": ask_area,
}
# the steps answered by a button (a category or kecamatan may also be typed by name)
BUTTON_STEPS = frozenset({"agency", "privacy", "confirm", "edit", "category", "area"})


def ask_again(turn: Turn, step: str, typed: bool = False) -> bool:
    """Send ``step``'s question again with its buttons; ``typed``: the resident typed
    where a button was expected, so say that the buttons are right below. ``False``
    for a step the complaint does not have."""
    question = QUESTIONS.get(step)
    if question is None:
        return False
    if typed:
        turn.reply(turn.t("use-buttons-below"))
    question(turn)
    return True
