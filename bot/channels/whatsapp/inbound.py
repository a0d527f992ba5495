"""WhatsApp webhook bodies: split into one inbox item per message plus delivery
statuses, and each stored message parsed into a neutral :class:`IncomingMessage`.

A body looks like ``{"object": "whatsapp_business_account", "entry": [{"changes":
[{"value": {"contacts": [...], "messages": [...], "statuses": [...]}}]}]}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from domain.inbound import InboundItem
from domain.messages import (
    Attachment,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    Sender,
)

_ATTACHMENTS = {
    "sticker": Attachment.STICKER,
    "audio": Attachment.AUDIO,
    "voice": Attachment.VOICE,
    "video": Attachment.VIDEO,
    "document": Attachment.DOCUMENT,
    "contacts": Attachment.CONTACT,
}


@dataclass(frozen=True)
class DeliveryStatus:
    message_id: str
    recipient: str
    status: str
    at: datetime
    error_code: int | None = None


def _values(body: dict[str, Any]) -> list[dict[str, Any]]:
    values = []
    for entry in body.get("entry") or []:
        for change in entry.get("changes") or []:
            value = change.get("value")
            if isinstance(value, dict):
                values.append(value)
    return values


def _wa_id(message: dict[str, Any]) -> str:
    return str(message.get("from") or message.get("from_user_id") or "")


def split_webhook(body: dict[str, Any]) -> tuple[list[InboundItem], list[DeliveryStatus]]:
    """Inbox items (``whatsapp:<message id>``, chat ``whatsapp:<wa_id>``) and statuses."""
    items: list[InboundItem] = []
    statuses: list[DeliveryStatus] = []
    for value in _values(body):
        contacts = {
            str(c.get("wa_id") or c.get("user_id") or ""): c for c in value.get("contacts") or []
        }
        for message in value.get("messages") or []:
            wa_id, message_id = _wa_id(message), str(message.get("id") or "")
            if not wa_id or not message_id:
                continue
            payload = {"message": message, "contact": contacts.get(wa_id, {})}
            items.append(
                InboundItem(
                    f"whatsapp:{message_id}"[:128],
                    Channel.WHATSAPP.value,
                    f"whatsapp:{wa_id}"[:96],
                    json.dumps(payload, ensure_ascii=False),
                )
            )
        for status in value.get("statuses") or []:
            errors = status.get("errors") or [{}]
            try:
                at = datetime.fromtimestamp(int(status.get("timestamp") or 0), UTC)
            except (TypeError, ValueError):
                at = datetime.now(UTC)
            if status.get("id") and status.get("status"):
                code = errors[0].get("code")
                statuses.append(
                    DeliveryStatus(
                        str(status["id"]),
                        str(status.get("recipient_id") or ""),
                        str(status["status"]),
                        at,
                        int(code) if isinstance(code, int) else None,
                    )
                )
    return items, statuses


def parse_message(payload: str) -> IncomingMessage | None:
    """One stored webhook message as the core sees it; ``None`` for what the core
    ignores (reactions, system notices)."""
    data = json.loads(payload)
    message: dict[str, Any] = data["message"]
    contact: dict[str, Any] = data.get("contact") or {}
    wa_id = _wa_id(message)
    kind = message.get("type")
    name = str((contact.get("profile") or {}).get("name") or "")
    sender = Sender(
        user_id=wa_id,
        display_name=name,
        phone=f"+{wa_id}" if wa_id.isdigit() else None,
    )
    fields: dict[str, Any] = {}
    if kind == "text":
        fields["text"] = str((message.get("text") or {}).get("body") or "")
    elif kind == "interactive":
        interactive = message.get("interactive") or {}
        reply = interactive.get("button_reply") or interactive.get("list_reply") or {}
        if not reply.get("id"):
            return None
        fields["callback_data"] = str(reply["id"])
        fields["callback_id"] = str(message.get("id"))
    elif kind == "button":  # a quick-reply button of a template: read as what it says
        fields["text"] = str((message.get("button") or {}).get("text") or "")
    elif kind == "location":
        place = message.get("location") or {}
        fields["location"] = Location(float(place["latitude"]), float(place["longitude"]))
    elif kind == "image":
        image = message.get("image") or {}
        fields["photo"] = FileRef(Channel.WHATSAPP, str(image.get("id")), Attachment.PHOTO)
        fields["attachment"] = Attachment.PHOTO
        fields["text"] = image.get("caption") or None
    elif kind == "document":  # kept with a report like a photo (its caption is its text)
        document = message.get("document") or {}
        name = str(document.get("filename") or "")[:200]
        fields["document"] = FileRef(
            Channel.WHATSAPP, str(document.get("id")), Attachment.DOCUMENT, name or None
        )
        fields["attachment"] = Attachment.DOCUMENT
        fields["text"] = document.get("caption") or None
    elif kind in _ATTACHMENTS:
        fields["attachment"] = _ATTACHMENTS[kind]
    elif kind in ("reaction", "system", "ephemeral", "request_welcome"):
        return None
    else:
        fields["attachment"] = Attachment.OTHER
    reply_to = (message.get("context") or {}).get("id")
    return IncomingMessage(
        channel=Channel.WHATSAPP,
        chat_id=wa_id,
        chat_kind=ChatKind.PRIVATE,
        sender=sender,
        message_id=str(message.get("id")),
        reply_to_message_id=str(reply_to) if reply_to else None,
        **fields,
    )
