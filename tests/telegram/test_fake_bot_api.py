"""The fake Bot API answers aiogram as Telegram would, and rejects what Telegram rejects."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
)

from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN

CHAT = 5550001
FORUM = -1009998887776


def keyboard(data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Pilih", callback_data=data)]]
    )


async def test_get_me_and_get_chat_parse_in_aiogram(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    me = await fake_telegram_bot.get_me()
    assert me.is_bot and me.username == "aduan_test_bot"
    fake_bot_api.register_chat(FORUM, "forum", "Dinas PU")
    info = await fake_telegram_bot.get_chat(FORUM)
    assert (info.type, info.title, info.is_forum) == ("supergroup", "Dinas PU", True)


async def test_message_ids_increase_per_chat_after_the_users_messages(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.user_message(CHAT, "halo")
    first = await fake_telegram_bot.send_message(CHAT, "satu")
    second = await fake_telegram_bot.send_message(CHAT, "dua")
    other = await fake_telegram_bot.send_message(CHAT + 1, "lain")
    assert (first.message_id, second.message_id, other.message_id) == (2, 3, 1)
    assert first.from_user is not None and first.from_user.is_bot


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<b>tebal", "can't parse entities"),
        ("<blink>x</blink>", "can't parse entities: Unsupported start tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("a < b", "can't parse entities"),
        ("<b> </b>", "message text is empty"),
        ("x" * 4097, "message is too long"),
    ],
)
async def test_text_telegram_would_reject_is_rejected(
    fake_telegram_bot: Bot, text: str, error: str
) -> None:
    with pytest.raises(TelegramBadRequest, match=error):
        await fake_telegram_bot.send_message(CHAT, text)


async def test_the_length_limit_counts_visible_utf16_units(fake_telegram_bot: Bot) -> None:
    await fake_telegram_bot.send_message(CHAT, "<b>" + "&amp;" * 4096 + "</b>")
    await fake_telegram_bot.send_message(CHAT, "😀" * 2048)
    with pytest.raises(TelegramBadRequest, match="too long"):
        await fake_telegram_bot.send_message(CHAT, "😀" * 2049)


async def test_long_captions_and_callback_data_are_rejected(fake_telegram_bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await fake_telegram_bot.send_photo(CHAT, "AgAC1", caption="x" * 1025)
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await fake_telegram_bot.send_message(CHAT, "x", reply_markup=keyboard("é" * 33))
    await fake_telegram_bot.send_message(CHAT, "x", reply_markup=keyboard("é" * 32))


async def test_a_reply_to_a_missing_message_needs_allow_sending_without_reply(
    fake_telegram_bot: Bot,
) -> None:
    with pytest.raises(TelegramBadRequest, match="replied not found"):
        await fake_telegram_bot.send_message(
            CHAT, "x", reply_parameters=ReplyParameters(message_id=99)
        )


async def test_uploads_arrive_as_multipart_files(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    upload = BufferedInputFile(b"id,status\n1,baru\n", filename="rekap.csv")
    message = await fake_telegram_bot.send_document(CHAT, upload, caption="Rekap")
    assert message.document is not None and message.document.file_name == "rekap.csv"
    record = fake_bot_api.sent[-1]
    assert (record.method, record.text) == ("sendDocument", "Rekap")


async def test_json_bodies_are_accepted_too(fake_bot_api: FakeBotApi) -> None:
    url = f"{fake_bot_api.base_url}/bot{TEST_TOKEN}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "v1:a"}]]}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json={"chat_id": CHAT, "text": "hai", "reply_markup": markup}) as resp,
    ):
        body = await resp.json()
    assert body["ok"] is True
    assert fake_bot_api.sent[0].buttons == [[("A", "v1:a")]]


async def test_forum_topics_edits_copies_and_files_work(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.register_chat(FORUM, "forum", "Dinas PU")
    topic = await fake_telegram_bot.create_forum_topic(FORUM, "ADU-2611-0042")
    sent = await fake_telegram_bot.send_message(
        FORUM, "kartu", message_thread_id=topic.message_thread_id, reply_markup=keyboard("t:1")
    )
    assert sent.is_topic_message and sent.message_thread_id == topic.message_thread_id
    edited = await fake_telegram_bot.edit_message_text(
        "kartu (diambil)", chat_id=FORUM, message_id=sent.message_id
    )
    assert not isinstance(edited, bool) and edited.text == "kartu (diambil)"
    await fake_telegram_bot.edit_message_reply_markup(
        chat_id=FORUM, message_id=sent.message_id, reply_markup=None
    )
    copied = await fake_telegram_bot.copy_message(CHAT, FORUM, sent.message_id)
    assert copied.message_id == 1
    file = await fake_telegram_bot.get_file("AgAC1")
    assert file.file_path == "photos/AgAC1.jpg"
    methods = [r.method for r in fake_bot_api.sent]
    assert methods == [
        "createForumTopic",
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "copyMessage",
    ]
    assert fake_bot_api.sent[0].message_thread_id == str(topic.message_thread_id)


async def test_get_updates_waits_for_a_push_and_honours_the_offset(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    waiting = asyncio.create_task(fake_telegram_bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    fake_bot_api.user_message(CHAT, "halo")
    [update] = await asyncio.wait_for(waiting, 1)
    assert update.message is not None and update.message.text == "halo"
    again = await fake_telegram_bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [update.update_id]  # not confirmed yet
    assert await fake_telegram_bot.get_updates(offset=update.update_id + 1, timeout=0) == []
    assert fake_bot_api.pending_updates == []


async def test_get_updates_drops_types_that_are_not_allowed(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.push_update(
        {"channel_post": {"message_id": 1, "date": 0, "chat": {"id": -1, "type": "channel"}}}
    )
    fake_bot_api.user_message(CHAT, "halo")
    updates = await fake_telegram_bot.get_updates(allowed_updates=["message"], timeout=0)
    assert [u.event_type for u in updates] == ["message"]


async def test_wait_for_returns_a_matching_call_or_reports_what_was_sent(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    later = asyncio.create_task(fake_bot_api.wait_for(lambda r: r.text == "dua"))
    await fake_telegram_bot.send_message(CHAT, "satu")
    await fake_telegram_bot.send_message(CHAT, "dua")
    assert (await later).text == "dua"
    with pytest.raises(AssertionError, match="satu"):
        await fake_bot_api.wait_for(lambda r: r.text == "tiga", timeout=0.05)


async def test_fail_next_applies_to_the_given_number_of_calls(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.fail_next("sendMessage", 400, "Bad Request: chat not found", count=2)
    for _ in range(2):
        with pytest.raises(TelegramBadRequest, match="chat not found"):
            await fake_telegram_bot.send_message(CHAT, "x")
    await fake_telegram_bot.send_message(CHAT, "x")
