"""A resident on WhatsApp for :class:`tests.harness.ChatHarness`: neutral test actions
become WhatsApp webhook messages, parsed by the real parser; what the bot sends goes
through the real WhatsApp sender to the fake Graph API."""

from __future__ import annotations

import json
import uuid
from typing import Any

from bot.channels.whatsapp.factory import WhatsAppChannel, build_whatsapp
from bot.channels.whatsapp.inbound import split_webhook
from bot.channels.whatsapp.layout import MAX_LIST_ROWS, MAX_REPLY_BUTTONS, REPLY_TITLE_LIMIT
from bot.config import Settings
from domain.inbound import InboundItem
from domain.messages import Button, IncomingMessage, OutgoingMessage, SendResult
from tests.whatsapp.fake_graph_api import FakeGraphApi, settings_for, webhook_body


def wa_id_for(user_id: str) -> str:
    return f"6281200{int(user_id):06d}" if user_id.isdigit() else f"ID.{user_id}"


class ForwardingSender:
    """Sends through the real WhatsApp sender; records what was handed over."""

    def __init__(self, channel: WhatsAppChannel, record: list[OutgoingMessage]) -> None:
        self._channel = channel
        self._record = record

    async def send(self, message: OutgoingMessage) -> SendResult:
        result = await self._channel.sender.send(message)
        self._record.append(message)
        return result


def interactive_reply(message: OutgoingMessage, button: Button) -> dict[str, Any] | str:
    """What pressing ``button`` looks like on WhatsApp: a button reply, a list reply or,
    beyond a list, typing the button's number."""
    buttons = [b for row in message.buttons for b in row]
    if len(buttons) > MAX_LIST_ROWS:
        return str(buttons.index(button) + 1)
    as_buttons = len(buttons) <= MAX_REPLY_BUTTONS and all(
        len(b.label) <= REPLY_TITLE_LIMIT for b in buttons
    )
    kind = "button_reply" if as_buttons else "list_reply"
    return {"type": kind, kind: {"id": button.data, "title": button.label[:24]}}


def to_webhook_message(wa_id: str, message: IncomingMessage) -> dict[str, Any]:
    data: dict[str, Any] = {
        "from": wa_id,
        "id": f"wamid.in{uuid.uuid4().hex}",
        "timestamp": "1795000000",
        "_name": message.sender.display_name,
    }
    if message.reply_to_message_id:
        data["context"] = {"id": message.reply_to_message_id}
    if message.callback_data is not None:
        data |= {
            "type": "interactive",
            "interactive": {
                "type": "button_reply",
                "button_reply": {"id": message.callback_data, "title": "?"},
            },
        }
    elif message.location is not None:
        place = {"latitude": message.location.latitude, "longitude": message.location.longitude}
        data |= {"type": "location", "location": place}
    elif message.photo is not None:
        image = {"id": message.photo.id, "mime_type": "image/jpeg"}
        if message.text:
            image["caption"] = message.text
        data |= {"type": "image", "image": image}
    elif message.attachment is not None:
        data |= {"type": message.attachment.value, message.attachment.value: {"id": "m1"}}
    else:
        data |= {"type": "text", "text": {"body": message.text or ""}}
    return data


class WhatsAppResident:
    def __init__(self, settings: Settings, clock: Any) -> None:
        self.api = FakeGraphApi()
        self._settings = settings
        self._clock = clock
        self.channel: WhatsAppChannel | None = None

    async def start(self) -> Settings:
        await self.api.start()
        self._settings = self._settings.model_copy(update=settings_for(self.api))
        self.channel = build_whatsapp(self._settings, clock=self._clock)
        return self._settings

    async def stop(self) -> None:
        if self.channel is not None:
            await self.channel.close()
        await self.api.stop()

    def items(self, wa_id: str, message: IncomingMessage, typed: Any = None) -> list[InboundItem]:
        raw = to_webhook_message(wa_id, message)
        if isinstance(typed, str):
            raw.pop("interactive", None)
            raw |= {"type": "text", "text": {"body": typed}}
        elif isinstance(typed, dict):
            raw["interactive"] = typed
        items, _ = split_webhook(json.loads(json.dumps(webhook_body([raw]))))
        return items
