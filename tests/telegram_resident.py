"""A resident (and staff) on Telegram for :class:`tests.harness.ChatHarness`: neutral
test actions become Telegram update JSON, stored as the webhook and the poller store
them (:func:`bot.channels.telegram.inbound.to_inbound_item`) and parsed by the real
parser; what the bot sends goes through the real Telegram sender (aiogram) to the
fake Bot API on 127.0.0.1, which checks HTML, text and caption lengths and buttons."""

from __future__ import annotations

import itertools
import time
from typing import Any

from aiogram import Bot
from aiogram.types import Update

from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.inbound import to_inbound_item
from bot.channels.telegram.sender import TelegramSender
from bot.config import Settings
from domain.inbound import InboundItem
from domain.messages import Attachment, ChatKind, IncomingMessage, OutgoingMessage, SendResult
from tests.fakes import telegram_objects as obj
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN, _close_quickly

# update ids unique across harnesses on one database (a restart keeps the inbox)
_UPDATE_IDS = itertools.count(int(time.time() * 1000) % 10**12)

_ATTACHMENT_CONTENT: dict[Attachment, dict[str, Any]] = {
    Attachment.STICKER: {
        "sticker": {
            "file_id": "CAAC1", "file_unique_id": "uCAAC1", "type": "regular", "width": 512,
            "height": 512, "is_animated": False, "is_video": False,
        }
    },
    Attachment.VOICE: {"voice": {"file_id": "AwAC1", "file_unique_id": "uAwAC1", "duration": 3}},
    Attachment.CONTACT: {"contact": {"phone_number": "+628123", "first_name": "Budi"}},
}  # fmt: skip


class TelegramForwardingSender:
    """Sends through the real Telegram sender; records what was handed over, and on
    which Telegram message each one's buttons are (a press must name that message)."""

    def __init__(self, sender: TelegramSender, record: list[OutgoingMessage]) -> None:
        self._sender = sender
        self._record = record
        self.buttons_on: dict[int, int] = {}  # id(OutgoingMessage) -> Telegram message id

    async def acknowledge(self, message: IncomingMessage, answer: str | None) -> None:
        await self._sender.acknowledge(message, answer)

    async def send(self, message: OutgoingMessage) -> SendResult:
        result = await self._sender.send(message)
        self._record.append(message)
        shown = result.buttons_message_id or (result.message_ids[-1] if result.message_ids else 0)
        self.buttons_on[id(message)] = int(shown or 0)
        return result


class TelegramResident:
    def __init__(self) -> None:
        self.api = FakeBotApi()
        self.bot: Bot | None = None
        self._message_ids = itertools.count(100_000)  # far from the bot's own ids

    async def start(self, settings: Settings) -> Settings:
        await self.api.__aenter__()
        self.bot = make_bot(TEST_TOKEN, self.api.base_url)
        return settings.model_copy(
            update={"telegram_token": TEST_TOKEN, "telegram_api_base": self.api.base_url}
        )

    async def stop(self) -> None:
        if self.bot is not None:
            await _close_quickly(self.bot)
        await self.api.__aexit__(None, None, None)

    def update(self, message: IncomingMessage, shown_message_id: int | None) -> dict[str, Any]:
        """The Telegram update a person's action is delivered as."""
        chat_id = int(message.chat_id)
        group = message.chat_kind is ChatKind.GROUP
        chat = obj.chat(chat_id, "supergroup" if group else "private", message.chat_title)
        who = message.sender
        user = obj.user(
            int(who.user_id), who.display_name or "Warga", None, who.username, who.language_code
        )
        update_id = next(_UPDATE_IDS)
        if message.callback_data is not None:
            shown = {"message_id": shown_message_id or 1, "date": obj.now(), "chat": chat,
                     "from": obj.BOT_USER, "text": "…"}  # fmt: skip
            if message.thread_id:
                shown |= {"message_thread_id": int(message.thread_id), "is_topic_message": True}
            callback = {"id": message.callback_id or f"cb{update_id}", "from": user,
                        "message": shown, "chat_instance": f"ci{chat_id}",
                        "data": message.callback_data}  # fmt: skip
            return {"update_id": update_id, "callback_query": callback}
        body: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": obj.now(),
            "chat": chat,
            "from": user,
        }
        if message.location is not None:
            place = message.location
            body["location"] = {"latitude": place.latitude, "longitude": place.longitude}
        elif message.photo is not None:
            body["photo"] = obj.photo_sizes(message.photo.id)
            if message.text:
                body["caption"] = message.text
        elif message.document is not None:
            body["document"] = {"file_id": message.document.id,
                                "file_unique_id": "u" + message.document.id}  # fmt: skip
            if message.text:
                body["caption"] = message.text
        elif message.attachment is not None:
            body |= _ATTACHMENT_CONTENT.get(
                message.attachment, {"dice": {"emoji": "🎲", "value": 3}}
            )
        else:
            text = message.text or ""
            body["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                body["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if message.reply_to_message_id:
            body["reply_to_message"] = {"message_id": int(message.reply_to_message_id),
                                        "date": obj.now(), "chat": chat,
                                        "from": obj.BOT_USER, "text": "…"}  # fmt: skip
        if message.thread_id:
            body |= {"message_thread_id": int(message.thread_id), "is_topic_message": True}
        key = "edited_message" if message.edited else "message"
        if message.edited:
            body["edit_date"] = obj.now()
        return {"update_id": update_id, key: body}

    def items(self, message: IncomingMessage, shown_message_id: int | None) -> list[InboundItem]:
        raw = self.update(message, shown_message_id)
        return [to_inbound_item(Update.model_validate(raw))]
