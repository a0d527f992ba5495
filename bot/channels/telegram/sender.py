"""Sends channel-neutral :class:`OutgoingMessage` s through the Telegram Bot API.

One outgoing message may become several Telegram messages, in this order: the photos
(one photo, or albums of up to ten), the text split into chunks of at most 4096
visible characters, then the location pin. The reply target goes on the first of
them, the buttons on the last text chunk. A short text without buttons becomes the
caption of the first photo (or, without photos, of the first document) instead of a
separate message; documents follow the photos.

Two variants of an outgoing message: an edit (``edit_message_id``) replaces the text
and buttons of an earlier bot message and sends nothing new ("message is not modified"
counts as done); a new topic (``new_topic``) first creates the forum topic, then sends
everything into it and reports the topic id in ``SendResult.thread_id``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods.base import TelegramMethod
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
)
from aiogram.types.base import TelegramObject
from pydantic import ConfigDict

from bot.channels.base import PermanentSendError, SendError
from bot.channels.files import FileSources
from bot.channels.telegram.errors import to_send_error
from bot.channels.telegram.media import MediaSender, Target
from bot.channels.telegram.session import JsonBodyMethod
from domain.html_split import split_html, visible_length
from domain.messages import Button, IncomingMessage, OutgoingMessage, SendResult

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024
ALBUM_LIMIT = 10
CALLBACK_ANSWER_LIMIT = 200
TOPIC_NAME_LIMIT = 128
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
NO_PREVIEW_JSON = json.dumps({"is_disabled": True})


class _Sent(TelegramObject):
    """A sent message, read no further than its id: the rest of Telegram's answer
    (chat, sender, entities, buttons) is not used, so it is not turned into models."""

    model_config = ConfigDict(extra="ignore")

    message_id: int


class _SendText(JsonBodyMethod, TelegramMethod[_Sent]):
    """``sendMessage`` for the hot path: the JSON fields (link preview, reply target,
    buttons) arrive already encoded and the request body is written from them
    (:meth:`json_body`, see :mod:`bot.channels.telegram.session`) instead of validating
    models and dumping them again; the answer is read as :class:`_Sent`. Still a call
    through aiogram's session: the same URL, the same errors."""

    __returning__ = _Sent
    __api_method__ = "sendMessage"

    chat_id: int | str
    text: str
    parse_mode: str | None = None
    link_preview_options: str | None = None
    message_thread_id: int | None = None
    reply_parameters: str | None = None
    reply_markup: str | None = None

    def json_body(self) -> bytes:
        """The request as JSON; the pre-encoded fields go in as the objects they are."""
        parts = [f'{{"chat_id":{json.dumps(self.chat_id)},"text":{json.dumps(self.text)}']
        if self.parse_mode is not None:
            parts.append(f',"parse_mode":{json.dumps(self.parse_mode)}')
        if self.message_thread_id is not None:
            parts.append(f',"message_thread_id":{int(self.message_thread_id)}')
        for name in ("link_preview_options", "reply_parameters", "reply_markup"):
            encoded = getattr(self, name)
            if encoded is not None:
                parts.append(f',"{name}":{encoded}')
        parts.append("}")
        return "".join(parts).encode()

    def read_result(self, result: Any) -> _Sent:
        message_id = result["message_id"]
        if type(message_id) is not int:
            raise TypeError(f"message_id {message_id!r} is not an integer")
        return _Sent.model_construct(message_id=message_id)


def _chat_ref(chat_id: str) -> int | str:
    """Numeric chat ids as ints; ``@channelname`` stays a string."""
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def _optional_int(value: str | None, what: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise PermanentSendError(f"invalid Telegram {what}: {value!r}") from None


def _keyboard(buttons: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.label, callback_data=b.data) for b in row]
            for row in buttons
        ]
    )


def _keyboard_json(buttons: Sequence[Sequence[Button]]) -> str | None:
    """The same keyboard as :func:`_keyboard`, as the JSON Telegram receives."""
    if not buttons:
        return None
    return json.dumps(
        {
            "inline_keyboard": [
                [{"text": b.label, "callback_data": b.data} for b in row] for row in buttons
            ]
        }
    )


class TelegramSender:
    """:class:`bot.channels.base.MessageSender` for Telegram. ``files``: where the
    bytes of other channels' photos are read (a resident's WhatsApp photo on a card)."""

    def __init__(self, bot: Bot, files: FileSources | None = None) -> None:
        self._bot = bot
        self._media = MediaSender(bot, files)

    async def send(self, message: OutgoingMessage) -> SendResult:
        try:
            if message.edit_message_id:
                return await self._edit(message)
            thread_id = None
            if message.new_topic:
                topic = await self._bot.create_forum_topic(
                    chat_id=_chat_ref(message.chat_id), name=message.new_topic[:TOPIC_NAME_LIMIT]
                )
                thread_id = str(topic.message_thread_id)
                message = replace(message, thread_id=thread_id, new_topic=None)
            ids, with_buttons = await self._send(message)
        except SendError:
            raise
        except Exception as error:
            mapped = to_send_error(error)
            if mapped is None:
                raise
            raise mapped from error
        return SendResult(
            message_ids=tuple(str(i) for i in ids),
            buttons_message_id=str(with_buttons) if with_buttons is not None else None,
            thread_id=thread_id,
        )

    async def _edit(self, message: OutgoingMessage) -> SendResult:
        message_id = _optional_int(message.edit_message_id, "message id")
        assert message_id is not None
        chunks = split_html(message.text)
        if len(chunks) != 1:
            raise PermanentSendError("an edited message must fit in one message")
        try:
            await self._bot.edit_message_text(
                chat_id=_chat_ref(message.chat_id),
                message_id=message_id,
                text=chunks[0],
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=_keyboard(message.buttons),
            )
        except TelegramBadRequest as error:
            if "not modified" not in error.message:
                raise
        return SendResult(message_ids=(str(message_id),))

    async def acknowledge(self, message: IncomingMessage, answer: str | None) -> None:
        """The processor's acknowledger: answer a committed turn's button press, with
        its answer as a popup (an alert only the presser sees) when it has one."""
        if message.callback_id:
            await self.answer_callback(message.callback_id, answer, show_alert=answer is not None)

    async def answer_callback(
        self, callback_id: str, text: str | None = None, show_alert: bool = False
    ) -> None:
        """Acknowledge a button press so the client stops its spinner; ``text`` is shown
        as a toast, or with ``show_alert`` as a popup to dismiss. Never raises: the press
        is handled either way, and an acknowledgement that comes too late (Telegram
        allows about 15 s) fails harmlessly."""
        if text is not None:
            text = text[:CALLBACK_ANSWER_LIMIT]
        try:
            await self._bot.answer_callback_query(
                callback_id, text=text, show_alert=show_alert or None
            )
        except Exception as error:
            log.warning("answerCallbackQuery %s failed: %s", callback_id, error)

    async def _send(self, message: OutgoingMessage) -> tuple[list[int], int | None]:
        to = Target(
            chat_id=_chat_ref(message.chat_id),
            thread_id=_optional_int(message.thread_id, "thread id"),
            reply_to=_optional_int(message.reply_to_message_id, "message id"),
        )
        chunks = split_html(message.text)
        if message.buttons and not chunks:
            raise PermanentSendError("a message with buttons needs text")
        caption = None
        if (
            (message.photos or message.documents)
            and not message.buttons
            and len(chunks) == 1
            and visible_length(chunks[0]) <= CAPTION_LIMIT
        ):
            caption, chunks = chunks[0], []
        ids = await self._media.photos(to, message.photos, caption)
        if message.photos:
            caption = None
        ids += await self._media.documents(to, message.documents, caption)
        keyboard = _keyboard_json(message.buttons)
        with_buttons: int | None = None
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            text_sent = await self._bot(
                _SendText(
                    chat_id=to.chat_id,
                    text=chunk,
                    parse_mode=ParseMode.HTML.value,
                    link_preview_options=NO_PREVIEW_JSON,
                    message_thread_id=to.thread_id,
                    reply_parameters=to.take_reply_json(),
                    reply_markup=keyboard if last else None,
                )
            )
            ids.append(text_sent.message_id)
            if last and keyboard is not None:
                with_buttons = text_sent.message_id
        if message.location is not None:
            sent = await self._bot.send_location(
                chat_id=to.chat_id,
                latitude=message.location.latitude,
                longitude=message.location.longitude,
                message_thread_id=to.thread_id,
                reply_parameters=to.take_reply(),
            )
            ids.append(sent.message_id)
        return ids, with_buttons
