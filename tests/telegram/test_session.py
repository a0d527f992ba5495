"""The lean aiogram session: text messages as JSON bodies, answer models kept alive."""

from __future__ import annotations

import gc
import weakref
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.methods import Response
from aiohttp import web

from bot.channels.base import TransientSendError
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.sender import TelegramSender, _Sent
from domain.messages import Button, Channel, FileRef, OutgoingMessage
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN

CHAT = "5550001"


class ContentTypeRecordingApi(FakeBotApi):
    """Remembers the content type of every request, by method."""

    def __init__(self) -> None:
        super().__init__()
        self.content_types: list[tuple[str, str]] = []

    async def _params(self, request: web.Request) -> dict[str, Any]:
        method = request.path.rsplit("/", 1)[-1]
        self.content_types.append((method, request.content_type))
        return await super()._params(request)


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[ContentTypeRecordingApi]:
    """The shared ``fake_telegram_bot`` fixture then runs against this fake."""
    async with ContentTypeRecordingApi() as server:
        yield server


@pytest.fixture
def api(fake_bot_api: ContentTypeRecordingApi) -> ContentTypeRecordingApi:
    return fake_bot_api


@pytest.fixture
def sender(fake_telegram_bot: Bot) -> TelegramSender:
    return TelegramSender(fake_telegram_bot)


async def test_a_text_message_is_posted_as_json_with_every_field_intact(
    sender: TelegramSender, api: ContentTypeRecordingApi
) -> None:
    text = 'Laporan <b>"jalan"</b> &amp; \\ 🕌 ‮kiri‬ ✓\n' + "a" * 3000
    await sender.send(
        OutgoingMessage(
            channel=Channel.TELEGRAM,
            chat_id="-1001234567890",
            thread_id="77",
            text=text,
            reply_to_message_id="5",
            buttons=((Button("Ambil ✋", "t1:claim:42"),),),
        )
    )
    [record] = api.sent
    assert ("sendMessage", "application/json") in api.content_types
    assert record.text == text
    assert record.chat_id == "-1001234567890"
    assert record.params["message_thread_id"] == 77
    assert record.params["parse_mode"] == "HTML"
    assert record.params["link_preview_options"] == {"is_disabled": True}
    assert record.params["reply_parameters"]["message_id"] == 5
    assert record.buttons == [[("Ambil ✋", "t1:claim:42")]]


async def test_a_photo_is_still_posted_as_a_form(
    sender: TelegramSender, api: ContentTypeRecordingApi
) -> None:
    await sender.send(
        OutgoingMessage(
            channel=Channel.TELEGRAM,
            chat_id=CHAT,
            text="Foto",
            photos=(FileRef(Channel.TELEGRAM, "AgACAgIAAxkBAAI"),),
        )
    )
    [content_type] = [kind for method, kind in api.content_types if method == "sendPhoto"]
    assert content_type in ("application/x-www-form-urlencoded", "multipart/form-data")


async def test_the_answer_model_outlives_a_garbage_collection(sender: TelegramSender) -> None:
    """pydantic caches ``Response[T]`` weakly; without the session holding it, a
    collection frees it and the next answer pays for building the class again."""
    await sender.send(OutgoingMessage(channel=Channel.TELEGRAM, chat_id=CHAT, text="Halo"))
    answer_model = weakref.ref(Response[_Sent])
    gc.collect()
    assert answer_model() is not None


class IdlessAnswerApi(ContentTypeRecordingApi):
    """Answers ``sendMessage`` with ``ok`` but a result that is not a message."""

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"note": "no message here"}


async def test_an_ok_answer_without_a_message_id_fails_as_aiogram_would() -> None:
    """The session reads a successful answer itself only when it is what it expects;
    anything else goes through aiogram's checks, here: an unreadable answer."""
    async with IdlessAnswerApi() as api:
        bot = make_bot(TEST_TOKEN, api.base_url)
        try:
            with pytest.raises(TransientSendError, match="unreadable response"):
                await TelegramSender(bot).send(
                    OutgoingMessage(channel=Channel.TELEGRAM, chat_id=CHAT, text="Halo")
                )
        finally:
            await bot.session.close()
