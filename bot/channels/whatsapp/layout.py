"""How one neutral message is laid out as WhatsApp messages, before anything is sent:
files first (a short text their caption), the text in parts of at most 4096
characters, and the buttons as reply buttons (up to 3 short ones), a list (up to 10)
or numbered lines the resident answers by typing the number; a location last."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.channels.whatsapp.media import Prepared
from bot.channels.whatsapp.text import INTERACTIVE_BODY_LIMIT, split_text
from domain.i18n import Translator
from domain.messages import Button, Location

MAX_REPLY_BUTTONS = 3
REPLY_TITLE_LIMIT = 20
MAX_LIST_ROWS = 10
ROW_TITLE_LIMIT = 24
ROW_DESCRIPTION_LIMIT = 72
CAPTION_LIMIT = 1024


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def reply_buttons(body: str, buttons: list[Button]) -> dict[str, Any]:
    return {
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": body},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": b.data, "title": b.label}} for b in buttons
                ]
            },
        },
    }


def list_message(body: str, buttons: list[Button], menu_label: str) -> dict[str, Any]:
    rows = []
    for b in buttons:
        row = {"id": b.data, "title": _clip(b.label, ROW_TITLE_LIMIT)}
        if len(b.label) > ROW_TITLE_LIMIT:
            row["description"] = _clip(b.label, ROW_DESCRIPTION_LIMIT)
        rows.append(row)
    return {
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": body},
            "action": {
                "button": _clip(menu_label, REPLY_TITLE_LIMIT),
                "sections": [{"title": _clip(menu_label, ROW_TITLE_LIMIT), "rows": rows}],
            },
        },
    }


def numbered(body: str, buttons: list[Button], hint: str) -> str:
    lines = [f"{i}. {b.label}" for i, b in enumerate(buttons, start=1)]
    return f"{body}\n\n" + "\n".join(lines) + f"\n\n{hint}"


@dataclass
class Layout:
    """The text parts, the caption of the first file, the interactive message that
    carries the buttons, and the choices typed as numbers (kept for the reply)."""

    chunks: list[str]
    caption: str | None = None
    interactive: dict[str, Any] | None = None
    choices: list[str] = field(default_factory=list)


def _interactive(chunks: list[str], buttons: list[Button], t: Translator) -> dict[str, Any]:
    """The last part of the text with the buttons (taken off ``chunks``)."""
    last = chunks.pop() if chunks else "-"
    if len(last) > INTERACTIVE_BODY_LIMIT:
        parts = split_text(last, INTERACTIVE_BODY_LIMIT)
        last = parts.pop()
        chunks += parts
    fits = len(buttons) <= MAX_REPLY_BUTTONS and all(
        len(b.label) <= REPLY_TITLE_LIMIT for b in buttons
    )
    if fits:
        return reply_buttons(last, buttons)
    return list_message(last, buttons, t("whatsapp-list-button"))


def lay_out(text: str, buttons: list[Button], with_files: bool, t: Translator) -> Layout:
    """``text`` (WhatsApp formatting) and ``buttons`` as WhatsApp can show them; ``t``
    speaks the resident's language for what WhatsApp's side adds."""
    choices: list[str] = []
    if buttons and len(buttons) > MAX_LIST_ROWS:
        text = numbered(text, buttons, t("whatsapp-numbered-hint"))
        choices = [b.data for b in buttons]
    chunks = split_text(text)
    layout = Layout(chunks, choices=choices)
    if with_files and not buttons and len(chunks) == 1 and len(chunks[0]) <= CAPTION_LIMIT:
        layout.caption = chunks.pop()
    if buttons and not choices:
        layout.interactive = _interactive(chunks, buttons, t)
    return layout


def _file_payload(file: Prepared, caption: str | None) -> dict[str, Any]:
    media: dict[str, Any] = {"id": file.media_id}
    if file.kind == "document":
        media["filename"] = file.filename
    if caption:
        media["caption"] = caption
    return {"type": file.kind, file.kind: media}


def payloads(
    layout: Layout, files: Sequence[Prepared], location: Location | None
) -> tuple[list[dict[str, Any]], int | None]:
    """The Graph API messages in sending order, and which of them carries the buttons
    (the interactive one, or the last text of numbered choices)."""
    parts = [
        _file_payload(file, layout.caption if index == 0 else None)
        for index, file in enumerate(files)
    ]
    parts += [{"type": "text", "text": {"body": chunk}} for chunk in layout.chunks]
    with_buttons: int | None = None
    if layout.interactive is not None:
        parts.append(layout.interactive)
        with_buttons = len(parts) - 1
    elif layout.choices and parts:
        with_buttons = len(parts) - 1
    if location is not None:
        where = {"latitude": location.latitude, "longitude": location.longitude}
        parts.append({"type": "location", "location": where})
    return parts, with_buttons
