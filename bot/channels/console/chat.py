"""The demo's console channel: you type as a resident (or, with ``:admin`` and its
kin, as the staff of a chat); everything the bot sends is printed, labelled by who
receives it. What you can type: ``demo-help`` in the catalogs (``:help``); the labels
are the catalogs' ``demo-chat-*`` and ``demo-message-*``, in the configured language.

Message numbers ("pesan N") are unique across runs on one database: a restarted demo
carries on from the highest number the outbox recorded, and remembers each chat's
last buttons (see :mod:`bot.channels.console.history`).
"""

from __future__ import annotations

import html
import json
import re
import uuid
from dataclasses import asdict
from typing import TextIO

from domain.agencies import AgencyDirectory
from domain.i18n import Translator
from domain.inbound import InboundItem
from domain.messages import (
    Attachment,
    Button,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    OutgoingMessage,
    Sender,
    SendResult,
)

RESIDENT_CHAT = "resident"
RESIDENT = Sender(user_id="resident", display_name="Warga Demo", username="warga_demo")
ADMIN = Sender(user_id="admin", display_name="Admin Demo", username="admin_demo")
_TAG = re.compile(r"<[^>]+>")


def to_plain(text: str) -> str:
    """Safe HTML to terminal text: links keep their address, tags go, entities unescape."""
    text = re.sub(r'<a href="([^"]*)">([^<]*)</a>', r"\2 (\1)", text)
    return html.unescape(_TAG.sub("", text))


def encode_incoming(message: IncomingMessage) -> str:
    return json.dumps(asdict(message), ensure_ascii=False)


def decode_incoming(payload: str) -> IncomingMessage | None:
    data = json.loads(payload)
    channel = Channel(data["channel"])
    location = data.pop("location", None)
    attachment = data.pop("attachment", None)
    # payloads stored before FileRef carry photo_file_id / document_file_id strings
    photo = data.pop("photo", None) or data.pop("photo_file_id", None)
    document = data.pop("document", None) or data.pop("document_file_id", None)
    data.pop("photo_file_id", None)
    data.pop("document_file_id", None)
    return IncomingMessage(
        **{
            **data,
            "channel": channel,
            "chat_kind": ChatKind(data["chat_kind"]),
            "sender": Sender(**data["sender"]),
            "location": Location(**location) if location else None,
            "attachment": Attachment(attachment) if attachment else None,
            "photo": FileRef.from_stored(photo, Attachment.PHOTO, channel) if photo else None,
            "document": (
                FileRef.from_stored(document, Attachment.DOCUMENT, channel) if document else None
            ),
        }
    )


class ConsoleSender:
    """Prints outgoing messages and remembers each chat's last buttons for ``#N``."""

    def __init__(
        self,
        out: TextIO,
        agencies: AgencyDirectory,
        superior_chats: frozenset[str] = frozenset(),
        t: Translator | None = None,
    ) -> None:
        self._out = out
        self._t = t or Translator("id")
        self._agencies = agencies
        self._superior_chats = superior_chats
        self._counter = 0
        self.last_buttons: dict[str, list[Button]] = {}
        self.buttons_message: dict[str, str] = {}  # the number of the message they are under

    def restore(
        self,
        last_number: int,
        last_buttons: dict[str, list[Button]],
        buttons_message: dict[str, str] | None = None,
    ) -> None:
        """Carry on after a restart: numbers after ``last_number``, and each chat's last
        buttons as the database recorded them (``#N`` works before anything new)."""
        self._counter = max(self._counter, last_number)
        self.last_buttons = {**last_buttons, **self.last_buttons}
        self.buttons_message = {**(buttons_message or {}), **self.buttons_message}

    def _label(self, chat_id: str) -> str:
        t = self._t
        if chat_id == RESIDENT_CHAT:
            return t("demo-chat-you")
        if chat_id == self._agencies.supervisors_chat_id:
            return t("demo-chat-supervisors")
        if chat_id in self._superior_chats:
            return t("demo-chat-superior")
        agency = self._agencies.by_staff_chat(chat_id)
        name = agency.short_name_in(t.language) if agency is not None else ""
        if agency is not None and chat_id == agency.ppid_chat_id:
            return t("demo-chat-ppid", agency=name)
        if agency is not None:
            return t("demo-chat-staff", agency=name)
        return t("demo-chat-other", chat=chat_id)

    async def send(self, message: OutgoingMessage) -> SendResult:
        self._counter += 1
        t = self._t
        label = self._label(message.chat_id)
        staff = message.chat_id != RESIDENT_CHAT
        if message.edit_message_id:
            label = t("demo-message-edited", label=label, number=message.edit_message_id)
        elif staff:
            label = t("demo-message-numbered", label=label, number=str(self._counter))
        if message.new_topic:
            label = t("demo-message-new-topic", label=label, topic=message.new_topic)
        lines = [f"{to_plain(label)}:"]
        lines += [
            f"   {to_plain(t('demo-photo', number=n + 1))}" for n in range(len(message.photos))
        ]
        lines += [
            f"   {to_plain(t('demo-document', number=n + 1))}"
            for n in range(len(message.documents))
        ]
        lines += ["   " + line for line in to_plain(message.text).splitlines()]
        if message.location:
            lines.append(f"   📍 {message.location.map_url()}")
        buttons = [b for row in message.buttons for b in row]
        own = message.edit_message_id or str(self._counter)
        if buttons:
            self.last_buttons[message.chat_id] = buttons
            self.buttons_message[message.chat_id] = own
            lines.append("   " + "  ".join(f"[#{i + 1} {b.label}]" for i, b in enumerate(buttons)))
        print("\n".join(lines) + "\n", file=self._out, flush=True)
        if message.edit_message_id:
            return SendResult(message_ids=(message.edit_message_id,))
        return SendResult(
            message_ids=(own,),
            buttons_message_id=own if buttons else None,
            thread_id=own if message.new_topic else None,
        )

    async def acknowledge(self, message: IncomingMessage, answer: str | None) -> None:
        """A press answered with a popup (Telegram's alert, seen only by the presser):
        printed apart from the chats' messages. A bare acknowledgement shows nothing."""
        if answer is None:
            return
        label = to_plain(self._t("demo-popup", label=self._label(message.chat_id)))
        print(f"{label}:\n   {answer}\n", file=self._out, flush=True)


def inbound_item(message: IncomingMessage) -> InboundItem:
    return InboundItem(
        key=f"console:{uuid.uuid4().hex}",
        channel=Channel.CONSOLE.value,
        chat_key=f"console:{message.chat_id}",
        payload=encode_incoming(message),
    )
