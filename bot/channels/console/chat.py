"""The demo's console channel: you type as a resident (or, with ``:admin``, as an agency
admin); everything the bot sends is printed, labelled by who receives it.

Lines you can type:
  any text            a message from you, the resident
  #N                  press button N of the last message you received
  :loc LAT LON        share a location pin
  :photo [caption]    send a photo
  :sticker            send a sticker (to see how unsupported content is answered)
  :admin CODE TEXT    write TEXT in the staff group of agency CODE
  :admin CODE #N      press button N of the last message in that staff group
  :admin CODE >N TEXT reply TEXT to staff-group message N (the number shown as "pesan N")
  :quit               leave
"""

from __future__ import annotations

import html
import json
import re
import uuid
from dataclasses import asdict, replace
from typing import TextIO

from domain.agencies import AgencyDirectory
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

    def __init__(self, out: TextIO, agencies: AgencyDirectory) -> None:
        self._out = out
        self._agencies = agencies
        self._counter = 0
        self.last_buttons: dict[str, list[Button]] = {}

    def _label(self, chat_id: str) -> str:
        if chat_id == RESIDENT_CHAT:
            return "🤖 Bot → Anda"
        if chat_id == self._agencies.supervisors_chat_id:
            return "🛡  [Grup supervisor]"
        agency = self._agencies.by_staff_chat(chat_id)
        if agency is not None:
            return f"📋 [Grup staf {agency.short_name}]"
        return f"💬 [chat {chat_id}]"

    async def send(self, message: OutgoingMessage) -> SendResult:
        self._counter += 1
        label = self._label(message.chat_id)
        staff = message.chat_id != RESIDENT_CHAT
        if message.edit_message_id:
            label += f" (pesan {message.edit_message_id} diperbarui)"
        elif staff:
            label += f" (pesan {self._counter})"
        if message.new_topic:
            label += f" [topik baru: {message.new_topic}]"
        lines = [f"{label}:"]
        lines += [f"   [foto {n + 1}]" for n, _ in enumerate(message.photos)]
        lines += [f"   [dokumen {n + 1}]" for n, _ in enumerate(message.documents)]
        lines += ["   " + line for line in to_plain(message.text).splitlines()]
        if message.location:
            lines.append(f"   📍 {message.location.map_url()}")
        buttons = [b for row in message.buttons for b in row]
        if buttons:
            self.last_buttons[message.chat_id] = buttons
            lines.append("   " + "  ".join(f"[#{i + 1} {b.label}]" for i, b in enumerate(buttons)))
        print("\n".join(lines) + "\n", file=self._out, flush=True)
        if message.edit_message_id:
            return SendResult(message_ids=(message.edit_message_id,))
        own = str(self._counter)
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
        label = f"🔔 Popup, hanya untuk yang menekan tombol — {self._label(message.chat_id)}"
        print(f"{label}:\n   {answer}\n", file=self._out, flush=True)


class ConsoleInput:
    """Turns a typed line into an inbox item (or an error text for a bad command)."""

    def __init__(self, agencies: AgencyDirectory, sender: ConsoleSender) -> None:
        self._agencies = agencies
        self._sender = sender

    def parse(self, line: str) -> IncomingMessage | str | None:
        line = line.rstrip("\n")
        if not line.strip():
            return None
        if line.startswith(":admin"):
            return self._admin(line)
        return self._as(RESIDENT, RESIDENT_CHAT, ChatKind.PRIVATE, line)

    def _admin(self, line: str) -> IncomingMessage | str:
        parts = line.split(maxsplit=2)
        if len(parts) < 3:
            return "usage: :admin CODE TEXT"
        agency = self._agencies.get(parts[1])
        if agency is None or agency.staff_chat_id is None:
            return f"unknown agency {parts[1]!r}; codes: {', '.join(self._agencies.codes())}"
        rest = parts[2]
        reply = re.match(r">(\d+)\s+(.+)", rest.strip(), re.DOTALL)
        if rest.strip().startswith(">") and reply is None:
            return "usage: :admin CODE >N TEXT (N: the staff-group message to reply to)"
        message = self._as(ADMIN, agency.staff_chat_id, ChatKind.GROUP, reply[2] if reply else rest)
        if reply and isinstance(message, IncomingMessage):
            message = replace(message, reply_to_message_id=reply[1])
        return message

    def _as(self, sender: Sender, chat_id: str, kind: ChatKind, line: str) -> IncomingMessage | str:
        base = IncomingMessage(
            channel=Channel.CONSOLE,
            chat_id=chat_id,
            chat_kind=kind,
            sender=sender,
            message_id=uuid.uuid4().hex[:12],
        )
        stripped = line.strip()
        if re.fullmatch(r"#\d+", stripped):
            buttons = self._sender.last_buttons.get(chat_id, [])
            index = int(stripped[1:]) - 1
            if not 0 <= index < len(buttons):
                return f"there is no button {stripped}"
            return replace(base, callback_data=buttons[index].data, callback_id=uuid.uuid4().hex)
        if stripped.startswith(":loc"):
            try:
                _, lat, lon = stripped.split()
                return replace(base, location=Location(float(lat), float(lon)))
            except ValueError:
                return "usage: :loc LATITUDE LONGITUDE"
        if stripped.startswith(":photo"):
            caption = stripped.removeprefix(":photo").strip() or None
            return replace(
                base,
                photo=FileRef(Channel.CONSOLE, f"demo-photo-{uuid.uuid4().hex[:8]}"),
                attachment=Attachment.PHOTO,
                text=caption,
            )
        if stripped == ":sticker":
            return replace(base, attachment=Attachment.STICKER)
        return replace(base, text=line)


def inbound_item(message: IncomingMessage) -> InboundItem:
    return InboundItem(
        key=f"console:{uuid.uuid4().hex}",
        channel=Channel.CONSOLE.value,
        chat_key=f"console:{message.chat_id}",
        payload=encode_incoming(message),
    )
