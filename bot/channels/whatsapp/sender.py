"""Sends neutral :class:`OutgoingMessage` s as WhatsApp messages.

- Text: our safe HTML becomes WhatsApp formatting, split at 4096 characters.
- Buttons: up to 3 with titles of at most 20 characters become reply buttons; up to
  10 become a list; more become numbered lines the resident answers by typing the
  number (the choices are kept in the database, see :mod:`storage.whatsapp`).
- The 24-hour rule: outside the window since the resident's last message (or when
  WhatsApp answers 131047) the message is kept, owed, and one approved template tells
  the resident there is a reply; everything owed goes out when they write again.
- Photos and documents (an agency's answer with a file) are fetched from where the
  reference points (Telegram, or the database), uploaded to WhatsApp and sent before
  the text, a short text being their caption (see :mod:`bot.channels.whatsapp.media`).
  A file that can never be read is replaced by a note in the text, never dropped
  silently; one that cannot be read now makes the whole message wait and retry.
- An edit (Telegram's ticket cards) is sent as a new message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bot.channels.base import PermanentSendError
from bot.channels.files import FileSources
from bot.channels.whatsapp.client import GraphClient, OutsideWindowError
from bot.channels.whatsapp.layout import lay_out, payloads
from bot.channels.whatsapp.media import MediaUploader, Prepared
from bot.channels.whatsapp.text import to_whatsapp
from domain.i18n import Translator
from domain.messages import OutgoingMessage, SendResult
from storage.whatsapp import WhatsAppState

log = logging.getLogger(__name__)

TICKET_CODE = re.compile(r"\b[A-Z]{3}-\d{4}-\d{4}\b")


def _now() -> datetime:
    return datetime.now(UTC)


class WhatsAppSender:
    """:class:`bot.channels.base.MessageSender` for WhatsApp."""

    def __init__(
        self,
        client: GraphClient,
        state: WhatsAppState,
        template: str,
        template_language: str = "id",
        default_language: str = "id",
        clock: Callable[[], datetime] = _now,
        media: MediaUploader | None = None,
    ) -> None:
        self._client = client
        self._media = media or MediaUploader(client, FileSources())
        self._state = state
        self._template = template
        self._template_language = template_language
        self._default_language = default_language
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

    async def _attachments(self, message: OutgoingMessage) -> tuple[list[Prepared], bool]:
        """Upload every file first, so a file that cannot be read now sends nothing yet
        (the row is retried whole); report whether one can never be read."""
        prepared: list[Prepared] = []
        missing = False
        refs = [(ref, True) for ref in message.photos] + [(ref, False) for ref in message.documents]
        for ref, as_photo in refs:
            try:
                prepared.append(await self._media.prepare(ref, as_photo))
            except PermanentSendError as exc:
                log.warning("file %s for %s cannot be sent: %s", ref, message.chat_id, exc)
                missing = True
        return prepared, missing

    async def _send(self, message: OutgoingMessage) -> SendResult:
        files, missing = await self._attachments(message)
        text = to_whatsapp(message.text)
        # what WhatsApp's side adds is in the resident's language
        t = Translator(message.language or self._default_language)
        if missing:
            text = f"{text}\n\n{t('whatsapp-attachment-unavailable')}".strip()
        buttons = [b for row in message.buttons for b in row]
        layout = lay_out(text, buttons, bool(files), t)
        if message.buttons:
            await self._state.remember_choices(message.chat_id, layout.choices)
        parts, with_buttons = payloads(layout, files, message.location)
        ids: list[str] = []
        for payload in parts:
            if message.reply_to_message_id and not ids:  # the first part answers
                payload = {**payload, "context": {"message_id": message.reply_to_message_id}}
            ids.append(await self._client.send(message.chat_id, payload))
        buttons_id = ids[with_buttons] if with_buttons is not None else None
        return SendResult(message_ids=tuple(ids), buttons_message_id=buttons_id)
