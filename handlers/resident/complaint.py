"""Filing a complaint: description, agency, location, photos, privacy, confirm.

Each step's answer is saved in the conversation row, so a half-finished complaint
resumes where it stopped after a restart.
"""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.routing import suggest_agency
from domain.tickets import Privacy
from handlers.context import Turn
from handlers.emergency import looks_like_emergency
from handlers.resident.agency_choice import agency_pick_buttons, agency_suggestion_buttons
from handlers.resident.complaint_review import FLOW, edit_menu, send, show_summary, summary
from handlers.resident.menu import menu_buttons
from knowledge_base.matcher import Intent

MIN_DESCRIPTION_CHARS = 20
MIN_DESCRIPTION_WORDS = 4
MAX_DESCRIPTION_CHARS = 4000
MAX_PHOTOS = 3
MIN_ADDRESS_CHARS = 5


def _enough(description: str) -> bool:
    return (
        len(description) >= MIN_DESCRIPTION_CHARS
        and len(description.split()) >= MIN_DESCRIPTION_WORDS
    )


async def start(turn: Turn, text: str = "", misread_entry: str | None = None) -> None:
    """``misread_entry``: the FAQ entry the resident found unhelpful before reporting."""
    turn.go(FLOW, "describe", description="", photos=[], privacy=None, agency=None)
    if misread_entry:
        turn.update_data(misread_entry=misread_entry, misread_query=text.strip()[:500])
    text = text.strip()
    if text:
        await _take_description(turn, text)
    else:
        turn.reply(turn.t("complaint-ask-description"))


async def _take_description(turn: Turn, text: str) -> None:
    if looks_like_emergency(text):
        turn.reply(turn.t("emergency-in-complaint"))
    description = (str(turn.data.get("description") or "") + "\n" + text).strip()
    if len(description) > MAX_DESCRIPTION_CHARS:
        turn.update_data(description=description[:MAX_DESCRIPTION_CHARS])
        turn.reply(turn.t("complaint-description-truncated", limit=MAX_DESCRIPTION_CHARS))
        description = description[:MAX_DESCRIPTION_CHARS]
    turn.update_data(description=description)
    if not _enough(description):
        turn.reply(turn.t("complaint-more-detail"))
        return
    if turn.data.get("editing"):
        await show_summary(turn)
        return
    ask_agency(turn)


def ask_agency(turn: Turn) -> None:
    description = str(turn.data.get("description") or "")
    hint = None
    result = turn.services.knowledge.matcher.match(description[:1000])
    if result.intent is Intent.FAQ and result.entry_id:
        entry = turn.services.knowledge.kb.get(result.entry_id)
        hint = entry.agency if entry else None
    words = turn.services.knowledge.matcher.word_forms
    agency = suggest_agency(description, turn.services.agencies, hint=hint, words=words)
    turn.go(FLOW, "agency", agency=None, suggested=agency.code if agency else None)
    if agency is None:
        turn.reply(turn.t("complaint-agency-pick"), agency_pick_buttons(turn, "cx"))
        return
    turn.reply(
        turn.t("complaint-agency-suggest", agency=agency.name),
        agency_suggestion_buttons(turn, "cx", agency.code),
    )


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


def _next_after(turn: Turn, step: str) -> None:
    """Go on to the step after ``step``, or back to the summary when editing."""
    if turn.data.get("editing"):
        turn.go(FLOW, "confirm")
        summary(turn)
        return
    {"agency": ask_location, "location": ask_photos, "photos": ask_privacy}[step](turn)


async def on_message(turn: Turn) -> None:
    """A message (not a button) while a complaint is being written."""
    message = turn.message
    step = turn.step
    text = (message.text or "").strip()
    if step == "describe":
        if message.photo is not None:
            photos = list(turn.data.get("photos") or [])
            if len(photos) < MAX_PHOTOS:
                photos.append(message.photo.to_json())
                turn.update_data(photos=photos)
            if not text:
                turn.reply(turn.t("complaint-photo-kept-need-text"))
                return
        if not text:
            turn.reply(turn.t("complaint-text-expected"))
            return
        await _take_description(turn, text)
    elif step == "location":
        if message.location:
            turn.update_data(
                latitude=message.location.latitude,
                longitude=message.location.longitude,
                location_text=None,
            )
            _next_after(turn, "location")
        elif len(text) >= MIN_ADDRESS_CHARS:
            turn.update_data(location_text=text[:500], latitude=None, longitude=None)
            _next_after(turn, "location")
        else:
            turn.reply(
                turn.t("complaint-location-invalid"),
                ((Button(turn.t("skip"), pack("cx", "noloc")),),),
            )
    elif step == "photos":
        if message.photo is not None:
            photos = list(turn.data.get("photos") or [])
            photos.append(message.photo.to_json())
            turn.update_data(photos=photos[:MAX_PHOTOS])
            if len(photos) >= MAX_PHOTOS:
                turn.reply(turn.t("complaint-photos-full", max=MAX_PHOTOS))
                _next_after(turn, "photos")
            else:
                turn.reply(
                    turn.t("complaint-photo-received", count=len(photos), max=MAX_PHOTOS),
                    ((Button(turn.t("photos-done"), pack("cx", "photos")),),),
                )
        else:
            turn.reply(
                turn.t("complaint-photos-expected", max=MAX_PHOTOS),
                ((Button(turn.t("skip"), pack("cx", "photos")),),),
            )
    elif step in ("agency", "privacy", "confirm", "edit"):
        turn.reply(turn.t("use-buttons"))
        if step == "confirm":
            summary(turn)
    else:
        turn.reset()
        turn.reply(turn.t("fallback"), menu_buttons(turn))


async def on_button(turn: Turn, callback: Callback) -> None:
    """A complaint-flow button; a button from a finished or other step is refused."""
    step = turn.step if turn.flow == FLOW else None
    action = callback.arg(0)
    if step is None:
        turn.reply(turn.t("button-expired"), menu_buttons(turn))
        return
    if action == "ag" and step == "agency":
        code = callback.arg(1)
        if code != "-" and turn.services.agencies.get(code) is None:
            turn.reply(turn.t("button-expired"))
            return
        turn.update_data(agency=None if code == "-" else code)
        _next_after(turn, "agency")
    elif action == "agpick" and step == "agency":
        turn.reply(turn.t("complaint-agency-pick"), agency_pick_buttons(turn, "cx"))
    elif action == "noloc" and step == "location":
        turn.update_data(location_text=None, latitude=None, longitude=None)
        _next_after(turn, "location")
    elif action == "photos" and step == "photos":
        _next_after(turn, "photos")
    elif action == "pv" and step == "privacy":
        try:
            privacy = Privacy(callback.arg(1))
        except ValueError:
            turn.reply(turn.t("button-expired"))
            return
        turn.update_data(privacy=privacy.value)
        await show_summary(turn)
    elif action == "send" and step == "confirm":
        await send(turn)
    elif action == "edit" and step == "confirm":
        turn.go(FLOW, "edit", editing=True)
        turn.reply(turn.t("edit-which"), edit_menu(turn))
    elif action == "ed" and step == "edit":
        target = callback.arg(1)
        if target == "describe":
            turn.go(FLOW, "describe", description="")
            turn.reply(turn.t("complaint-ask-description"))
        elif target == "agency":
            ask_agency(turn)
        elif target == "location":
            ask_location(turn)
        elif target == "photos":
            turn.update_data(photos=[])
            ask_photos(turn)
        elif target == "privacy":
            ask_privacy(turn)
        else:
            await show_summary(turn)
    elif action == "cancel" and step == "confirm":
        turn.reset()
        turn.reply(turn.t("cancelled"), menu_buttons(turn))
    else:
        turn.reply(turn.t("button-expired"))
