"""The complaint's last step: the summary the resident checks, the menu to change a
part of it, and filing the ticket once they send it."""

from __future__ import annotations

from domain.callbacks import pack
from domain.messages import Attachment, Button, FileRef, Location
from domain.tickets import Privacy, TicketKind
from handlers.context import Buttons, Turn
from handlers.resident.attachments import count_text
from handlers.resident.complaint_place import FLOW as FLOW
from handlers.resident.complaint_place import with_place
from handlers.resident.faq import record_misread
from handlers.submission import TicketDraft, submit_ticket

PLACE_KEYS = ("kecamatan", "desa", "category")  # read by the public page and Open311


def summary(turn: Turn) -> None:
    data = turn.data
    agencies = turn.services.agencies
    agency = agencies.get(data.get("agency")) or agencies.default
    if data.get("latitude") is not None:
        location = turn.t("summary-location-pin")
    elif data.get("location_text"):
        location = str(data["location_text"])
    else:
        location = turn.t("summary-none")
    text = turn.t(
        "complaint-summary",
        description=str(data.get("description") or ""),
        agency=agency
        if data.get("agency")
        else turn.t("agency-unknown-routed", agency=agency.short_name_in(turn.language)),
        location=with_place(turn, location, data),
        photos=count_text(turn, list(data.get("photos") or [])),
        privacy=turn.t(f"privacy-{data.get('privacy') or 'public'}"),
    )
    turn.reply(
        text,
        (
            (Button(turn.t("confirm-send"), pack("cx", "send")),),
            (
                Button(turn.t("confirm-edit"), pack("cx", "edit")),
                Button(turn.t("confirm-cancel"), pack("cx", "cancel")),
            ),
        ),
    )


async def show_summary(turn: Turn) -> None:
    turn.go(FLOW, "confirm")
    summary(turn)


def edit_menu(turn: Turn) -> Buttons:
    return (
        (
            Button(turn.t("edit-description"), pack("cx", "ed", "describe")),
            Button(turn.t("edit-agency"), pack("cx", "ed", "agency")),
        ),
        (
            Button(turn.t("edit-location"), pack("cx", "ed", "location")),
            Button(turn.t("edit-photos"), pack("cx", "ed", "photos")),
        ),
        (
            Button(turn.t("edit-privacy"), pack("cx", "ed", "privacy")),
            Button(turn.t("edit-back"), pack("cx", "ed", "back")),
        ),
    )


async def send(turn: Turn) -> None:
    data = turn.data
    latitude, longitude = data.get("latitude"), data.get("longitude")
    draft = TicketDraft(
        kind=TicketKind.COMPLAINT,
        agency_code=data.get("agency") or turn.services.agencies.default_code,
        agency_known=bool(data.get("agency")),
        description=str(data.get("description") or ""),
        privacy=Privacy(data.get("privacy") or Privacy.PUBLIC.value),
        location_text=data.get("location_text"),
        location=Location(float(latitude), float(longitude))
        if latitude is not None and longitude is not None
        else None,
        photos=tuple(
            FileRef.from_stored(p, Attachment.PHOTO, turn.message.channel)
            for p in data.get("photos") or ()
        ),
        details={k: str(data[k]) for k in PLACE_KEYS if data.get(k)},
        category=str(data["category"]) if data.get("category") else None,
    )
    await submit_ticket(turn, draft)
    if data.get("misread_entry"):
        record_misread(turn, str(data.get("misread_query") or ""), str(data["misread_entry"]))
