"""Sends neutral :class:`OutgoingMessage` s as WhatsApp messages.

- Text: our safe HTML becomes WhatsApp formatting, split at 4096 characters.
- Buttons: up to 3 with titles of at most 20 characters become reply buttons; up to
  10 become a list; more become numbered lines the resident answers by typing the
  number (the choices are kept in the database, see :mod:`storage.whatsapp`).
- The 24-hour rule: outside the window since the resident's last message (or when
  WhatsApp answers 131047) the message is kept, owed, and one approved template tells
  the resident there is a reply; everything owed goes out when they write again.
- An edit (Telegram's ticket cards) is sent as a new message; photos are Telegram or
  upload references WhatsApp cannot send, so they are skipped (residents get text).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bot.channels.whatsapp.client import GraphClient, OutsideWindowError
from bot.channels.whatsapp.text import INTERACTIVE_BODY_LIMIT, split_text, to_whatsapp
from bot.messages import Button, OutgoingMessage, SendResult
from storage.whatsapp import WhatsAppState

log = logging.getLogger(__name__)

MAX_REPLY_BUTTONS = 3
REPLY_TITLE_LIMIT = 20
MAX_LIST_ROWS = 10
ROW_TITLE_LIMIT = 24
ROW_DESCRIPTION_LIMIT = 72
TICKET_CODE = re.compile(r"\b[A-Z]{3}-\d{4}-\d{4}\b")


def _now() -> datetime:
    return datetime.now(UTC)


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


class WhatsAppSender:
    """:class:`bot.channels.base.MessageSender` for WhatsApp."""

    def __init__(
        self,
        client: GraphClient,
        state: WhatsAppState,
        template: str,
        template_language: str = "id",
        menu_label: str = "Pilih",
        numbered_hint: str = "Balas dengan angka pilihan Anda.",
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._client = client
        self._state = state
        self._template = template
        self._template_language = template_language
        self._menu_label = menu_label
        self._hint = numbered_hint
        self._clock = clock

    async def send(self, message: OutgoingMessage) -> SendResult:
        to = message.chat_id
        if not await self._state.window_open(to, self._clock()):
            return await self._owe(message)
        try:
            return await self._send(message)
        except OutsideWindowError:
            self._state.forget_window(to)
            return await self._owe(message)

    async def _owe(self, message: OutgoingMessage) -> SendResult:
        """Keep the message until the resident writes; tell them once by template."""
        ids: tuple[str, ...] = ()
        if await self._state.template_needed(message.chat_id):
            ids = (await self._client.send(message.chat_id, self._template_body(message)),)
        await self._state.owe(message.chat_id, message.to_json(), self._clock(), bool(ids))
        return SendResult(message_ids=ids)

    def _template_body(self, message: OutgoingMessage) -> dict[str, Any]:
        code = TICKET_CODE.search(message.text)
        return {
            "type": "template",
            "template": {
                "name": self._template,
                "language": {"code": self._template_language},
                "components": [
                    {
                        "type": "body",
                        "parameters": [{"type": "text", "text": code.group() if code else "-"}],
                    }
                ],
            },
        }

    async def _send(self, message: OutgoingMessage) -> SendResult:
        to = message.chat_id
        buttons = [b for row in message.buttons for b in row]
        text = to_whatsapp(message.text)
        body: dict[str, Any] | None = None
        choices: list[str] = []
        if buttons and len(buttons) > MAX_LIST_ROWS:
            text = numbered(text, buttons, self._hint)
            choices = [b.data for b in buttons]
        chunks = split_text(text)
        ids: list[str] = []
        with_buttons: str | None = None
        if buttons and not choices:
            last = chunks.pop() if chunks else "-"
            if len(last) > INTERACTIVE_BODY_LIMIT:
                parts = split_text(last, INTERACTIVE_BODY_LIMIT)
                last = parts.pop()
                chunks += parts
            fits = len(buttons) <= MAX_REPLY_BUTTONS and all(
                len(b.label) <= REPLY_TITLE_LIMIT for b in buttons
            )
            body = (
                reply_buttons(last, buttons)
                if fits
                else list_message(last, buttons, self._menu_label)
            )
        if message.buttons:
            await self._state.remember_choices(to, choices)
        context = {"context": {"message_id": message.reply_to_message_id}}
        for chunk in chunks:
            extra = context if message.reply_to_message_id and not ids else {}
            ids.append(
                await self._client.send(to, {"type": "text", "text": {"body": chunk}, **extra})
            )
        if body is not None:
            ids.append(await self._client.send(to, body))
            with_buttons = ids[-1]
        elif choices:
            with_buttons = ids[-1] if ids else None
        if message.location is not None:
            location = {
                "latitude": message.location.latitude,
                "longitude": message.location.longitude,
            }
            ids.append(await self._client.send(to, {"type": "location", "location": location}))
        return SendResult(message_ids=tuple(ids), buttons_message_id=with_buttons)
