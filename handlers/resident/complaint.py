"""Filing a complaint: description, agency, location, photos, privacy, confirm.

Each step's answer is saved in the conversation row, so a half-finished complaint
resumes where it stopped after a restart.
"""

from __future__ import annotations

from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.tickets import Privacy
from handlers.context import Turn
from handlers.emergency import looks_like_emergency
from handlers.resident import attachments
from handlers.resident import complaint_place as place
from handlers.resident.agency_choice import agency_pick_buttons
from handlers.resident.complaint_review import FLOW, edit_menu, send, show_summary, summary
from handlers.resident.complaint_steps import (
    BUTTON_STEPS,
    MAX_PHOTOS,
    ask_again,
    ask_agency,
    ask_location,
    ask_photos,
    ask_privacy,
)
from handlers.resident.menu import menu_buttons

MIN_DESCRIPTION_CHARS = 20
MIN_DESCRIPTION_WORDS = 4
MAX_DESCRIPTION_CHARS = 4000
MIN_ADDRESS_CHARS = 5


def _enough(description: str) -> bool:
    return (
        len(description) >= MIN_DESCRIPTION_CHARS
        and len(description.split()) >= MIN_DESCRIPTION_WORDS
    )


async def start(turn: Turn, text: str = "", misread_entry: str | None = None) -> None:
    """``misread_entry``: the FAQ entry the resident found unhelpful before reporting."""
    files = attachments.carried(turn)  # sent before the report was offered
    expired = attachments.expired_carried(turn)
    turn.go(FLOW, "describe", description="", photos=files, privacy=None, agency=None)
    if expired:  # said, not silently attached to a report they may not belong to
        hours = int(attachments.CARRY_EXPIRY.total_seconds() // 3600)
        turn.reply(turn.t("attachment-carry-expired", count=expired, hours=hours))
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
        # Long enough but hardly any spaces ("jalanrusakdidepansd", a pasted code) is not
        # "too short": ask for words, not for more.
        long_enough = len(description) >= MIN_DESCRIPTION_CHARS
        turn.reply(turn.t("complaint-more-words" if long_enough else "complaint-more-detail"))
        return
    if turn.data.get("editing"):
        await show_summary(turn)
        return
    ask_agency(turn)


AFTER = {
    "agency": ask_location,
    "category": ask_location,
    "location": ask_photos,
    "area": ask_photos,
    "photos": ask_privacy,
}


def _next_after(turn: Turn, step: str) -> None:
    """Go on to the step after ``step``, or back to the summary when editing. A new
    agency asks its category (if it has categories); a new location settles its
    kecamatan/desa (asked only when the address or pin does not tell)."""
    if step == "agency":
        turn.update_data(category=None)
        if place.ask_category(turn):
            return
    if step == "location" and place.settle_area(turn):
        return
    if turn.data.get("editing"):
        turn.go(FLOW, "confirm")
        summary(turn)
        return
    AFTER[step](turn)


async def on_message(turn: Turn) -> None:
    """A message (not a button) while a complaint is being written. A file the step
    did not ask for is kept with the report first (:mod:`attachments`); the rest of
    the message (its caption, a location) still answers the step."""
    message = turn.message
    step = turn.step or ""
    kept = step != "photos" and attachments.keep_unasked(turn)
    if kept and not (message.text or "").strip() and message.location is None:
        ask_again(turn, step)  # a file alone: the step still waits for its answer
        return
    if step == "describe":
        await _on_description(turn)
    elif step == "location":
        _on_location(turn)
    elif step == "photos":
        _on_photo(turn)
    elif step in BUTTON_STEPS:
        if place.take_typed(turn, step, (message.text or "").strip()):
            _next_after(turn, step)
        else:
            ask_again(turn, step, typed=True)
    else:
        turn.reset()
        turn.reply(turn.t("fallback"), menu_buttons(turn))


def unfit(turn: Turn) -> None:
    """Something the step cannot use (a sticker, a voice note): ask the step again."""
    turn.reply(turn.t("attachment-unsupported"))
    ask_again(turn, turn.step or "")


async def _on_description(turn: Turn) -> None:
    text = (turn.message.text or "").strip()
    if not text:
        turn.reply(turn.t("complaint-text-expected"))
        return
    await _take_description(turn, text)


def _on_location(turn: Turn) -> None:
    message = turn.message
    text = (message.text or "").strip()
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


def _on_photo(turn: Turn) -> None:
    file = attachments.incoming_file(turn.message)
    count = len(attachments.stored_files(turn.data))
    if file is None and count == 0:
        turn.reply(
            turn.t("complaint-photos-expected", max=MAX_PHOTOS),
            ((Button(turn.t("skip"), pack("cx", "photos")),),),
        )
        return
    if file is not None:  # else typed after photos: the same "N of 3, Continue" again
        attachments.add_file(turn, file)
        count = len(attachments.stored_files(turn.data))
    if count >= MAX_PHOTOS:
        turn.reply(turn.t("complaint-photos-full", max=MAX_PHOTOS))
        _next_after(turn, "photos")
        return
    turn.reply(
        turn.t("complaint-photo-received", count=count, max=MAX_PHOTOS),
        ((Button(turn.t("photos-done"), pack("cx", "photos")),),),
    )


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
        turn.update_data(picking=True)
        turn.reply(turn.t("complaint-agency-pick"), agency_pick_buttons(turn, "cx"))
    elif action == "noloc" and step == "location":
        turn.update_data(location_text=None, latitude=None, longitude=None)
        _next_after(turn, "location")
    elif (action, step) in (("ct", "category"), ("kc", "area")):
        if place.take_button(turn, action, callback.arg(1)):
            _next_after(turn, step)
        else:
            turn.reply(turn.t("button-expired"))
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
        await _edit(turn, callback.arg(1))
    elif action == "cancel" and step == "confirm":
        turn.reset()
        turn.reply(turn.t("cancelled"), menu_buttons(turn))
    else:
        turn.reply(turn.t("button-expired"))


async def _edit(turn: Turn, target: str) -> None:
    """Ask the part of the report the resident chose to change."""
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
