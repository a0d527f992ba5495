"""What you type in the demo, turned into an inbox item: as the resident, or as the
people of one of the staff's chats (an agency's staff group, its PPID's chat, the
supervisors' chat, the PPID's superior's chat). A line that cannot be one is a
:class:`Refusal`: a catalog key and its arguments, said in the demo's language."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.channels.console.chat import ADMIN, RESIDENT, RESIDENT_CHAT, ConsoleSender
from domain.agencies import AgencyDirectory
from domain.messages import (
    Attachment,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    Sender,
)

STAFF_COMMANDS = (":admin", ":ppid", ":supervisor", ":atasan")


@dataclass(frozen=True)
class Refusal:
    """Why a typed line is not a message: the catalog's ``key`` with its ``params``."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class StaffChats:
    """The chats the demo lets you speak in besides your own."""

    agencies: AgencyDirectory
    superior_chat_id: str | None = None  # the PPID's superior (objections)

    def resolve(self, command: str, code: str | None) -> str | None:
        """The chat of ``command`` (and agency ``code``), or ``None``."""
        if command == ":supervisor":
            return self.agencies.supervisors_chat_id
        if command == ":atasan":
            return self.superior_chat_id
        agency = self.agencies.get(code)
        if agency is None:
            return None
        return agency.info_chat_id if command == ":ppid" else agency.staff_chat_id


class ConsoleInput:
    """Turns a typed line into an incoming message (or a :class:`Refusal` for a bad one)."""

    def __init__(
        self, agencies: AgencyDirectory, sender: ConsoleSender, superior_chat_id: str | None = None
    ) -> None:
        self._chats = StaffChats(agencies, superior_chat_id)
        self._sender = sender

    def parse(self, line: str) -> IncomingMessage | Refusal | None:
        line = line.rstrip("\n")
        if not line.strip():
            return None
        command = line.split(maxsplit=1)[0]
        if command in STAFF_COMMANDS:
            return self._staff(command, line)
        return self._as(RESIDENT, RESIDENT_CHAT, ChatKind.PRIVATE, line)

    def _staff(self, command: str, line: str) -> IncomingMessage | Refusal:
        with_code = command in (":admin", ":ppid")
        parts = line.split(maxsplit=2 if with_code else 1)
        if len(parts) < (3 if with_code else 2):
            return Refusal(
                "demo-usage-agency-chat" if with_code else "demo-usage-chat", {"command": command}
            )
        code = parts[1] if with_code else None
        chat_id = self._chats.resolve(command, code)
        if chat_id is None and with_code:
            codes = ", ".join(self._chats.agencies.codes())
            return Refusal("demo-unknown-agency", {"code": code, "codes": codes})
        if chat_id is None:
            return Refusal("demo-no-such-chat", {"command": command})
        rest = parts[-1]
        reply = re.match(r">(\d+)\s+(.+)", rest.strip(), re.DOTALL)
        if rest.strip().startswith(">") and reply is None:
            key = "demo-usage-agency-reply" if with_code else "demo-usage-reply"
            return Refusal(key, {"command": command})
        message = self._as(ADMIN, chat_id, ChatKind.GROUP, reply[2] if reply else rest)
        if reply and isinstance(message, IncomingMessage):
            message = replace(message, reply_to_message_id=reply[1])
        return message

    def _as(
        self, sender: Sender, chat_id: str, kind: ChatKind, line: str
    ) -> IncomingMessage | Refusal:
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
                return Refusal("demo-no-button", {"button": stripped})
            pressed = self._sender.buttons_message.get(chat_id, base.message_id)  # as Telegram's
            return replace(
                base,
                message_id=pressed,
                callback_data=buttons[index].data,
                callback_id=uuid.uuid4().hex,
            )
        if stripped.startswith(":loc"):
            try:
                _, lat, lon = stripped.split()
                return replace(base, location=Location(float(lat), float(lon)))
            except ValueError:
                return Refusal("demo-usage-loc")
        if stripped.startswith(":photo"):
            caption = stripped.removeprefix(":photo").strip() or None
            return replace(
                base,
                photo=FileRef(Channel.CONSOLE, f"demo-photo-{uuid.uuid4().hex[:8]}"),
                attachment=Attachment.PHOTO,
                text=caption,
            )
        if stripped.startswith(":doc"):
            name, _, caption = stripped.removeprefix(":doc").strip().partition(" ")
            ref = f"demo-doc-{uuid.uuid4().hex[:8]}"
            document = FileRef(Channel.CONSOLE, ref, Attachment.DOCUMENT, name or "dokumen.pdf")
            return replace(
                base, document=document, attachment=Attachment.DOCUMENT, text=caption or None
            )
        if stripped == ":sticker":
            return replace(base, attachment=Attachment.STICKER)
        if re.match(r":[a-z]{2,}\b", stripped):  # a mistyped demo command is not a message
            return Refusal("demo-unknown-command", {"command": stripped.split()[0]})
        return replace(base, text=line)
