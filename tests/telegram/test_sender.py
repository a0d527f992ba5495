"""TelegramSender against the fake Bot API, through aiogram's real HTTP session."""

from __future__ import annotations

import pytest
from aiogram import Bot

from bot.channels.base import (
    ChatMigratedError,
    ChatUnreachableError,
    PermanentSendError,
    SendError,
    TransientSendError,
)
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.sender import TelegramSender
from domain.html_split import visible_length
from domain.messages import (
    Button,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    OutgoingMessage,
    Sender,
)
from tests.fakes.fake_bot_api import FakeBotApi

CHAT = "5550001"
GROUP = "-1001234567890"


def tg(*file_ids: str) -> tuple[FileRef, ...]:
    return tuple(FileRef(Channel.TELEGRAM, file_id) for file_id in file_ids)


def outgoing(text: str = "Halo", chat_id: str = CHAT, **kwargs: object) -> OutgoingMessage:
    return OutgoingMessage(channel=Channel.TELEGRAM, chat_id=chat_id, text=text, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def sender(fake_telegram_bot: Bot) -> TelegramSender:
    return TelegramSender(fake_telegram_bot)


async def test_text_is_sent_as_html_without_link_preview(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    result = await sender.send(outgoing("<b>Tiket</b> ADU-2611-0042 &amp; https://lapor.go.id"))
    [record] = fake_bot_api.sent
    assert record.method == "sendMessage"
    assert record.chat_id == CHAT
    assert record.text == "<b>Tiket</b> ADU-2611-0042 &amp; https://lapor.go.id"
    assert record.params["parse_mode"] == "HTML"
    assert record.params["link_preview_options"] == {"is_disabled": True}
    assert result.message_ids == (record.message_id,)


async def test_buttons_become_an_inline_keyboard(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    buttons = (
        (Button("Ambil", "t1:claim:42"), Button("Tolak", "t1:reject:42")),
        (Button("Selesai", "t1:done:42"),),
    )
    await sender.send(outgoing("Tiket baru", buttons=buttons))
    assert fake_bot_api.sent[0].buttons == [
        [("Ambil", "t1:claim:42"), ("Tolak", "t1:reject:42")],
        [("Selesai", "t1:done:42")],
    ]


async def test_a_reply_goes_to_the_message_even_if_it_was_deleted(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.user_message(int(CHAT), "laporan saya")
    await sender.send(outgoing("Diterima", reply_to_message_id="1"))
    await sender.send(outgoing("Diterima", reply_to_message_id="999"))
    first, second = fake_bot_api.sent
    assert first.reply_to_message_id == "1"
    assert second.reply_to_message_id == "999"
    assert second.params["reply_parameters"]["allow_sending_without_reply"] is True


async def test_a_forum_topic_message_carries_the_thread(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.register_chat(int(GROUP), "forum", "Dinas PU")
    await sender.send(outgoing("Balasan warga", chat_id=GROUP, thread_id="77"))
    assert fake_bot_api.sent[0].message_thread_id == "77"
    assert fake_bot_api.sent[0].chat_id == GROUP


async def test_one_photo_takes_a_short_text_as_its_caption(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    result = await sender.send(outgoing("Foto <i>laporan</i>", photos=tg("AgAC1")))
    [record] = fake_bot_api.sent
    assert (record.method, record.text, record.params["photo"]) == (
        "sendPhoto",
        "Foto <i>laporan</i>",
        "AgAC1",
    )
    assert len(result.message_ids) == 1


async def test_several_photos_are_one_album_with_the_caption_on_the_first(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    result = await sender.send(outgoing("Tiga foto", photos=tg("A1", "A2", "A3")))
    [record] = fake_bot_api.sent
    assert record.method == "sendMediaGroup"
    media = record.params["media"]
    assert [m["media"] for m in media] == ["A1", "A2", "A3"]
    assert media[0]["caption"] == "Tiga foto"
    assert "caption" not in media[1]
    assert len(result.message_ids) == 3


async def test_more_than_ten_photos_go_out_as_several_albums(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    photos = tg(*(f"P{i}" for i in range(12)))
    result = await sender.send(outgoing("Dokumentasi", photos=photos))
    assert [r.method for r in fake_bot_api.sent] == ["sendMediaGroup", "sendMediaGroup"]
    assert len(result.message_ids) == 12


async def test_photos_with_buttons_send_the_text_separately_with_the_buttons(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.user_message(int(CHAT), "x")
    buttons = ((Button("Ambil", "t1:claim:1"),),)
    await sender.send(outgoing("Tiket", photos=tg("A1"), buttons=buttons, reply_to_message_id="1"))
    photo, text = fake_bot_api.sent
    assert (photo.method, photo.text, photo.reply_to_message_id) == ("sendPhoto", None, "1")
    assert (text.method, text.text, text.reply_to_message_id) == ("sendMessage", "Tiket", None)
    assert text.buttons == [[("Ambil", "t1:claim:1")]]


async def test_a_text_too_long_for_a_caption_follows_the_photo(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    text = "kata " * 300
    await sender.send(outgoing(text, photos=tg("A1")))
    photo, message = fake_bot_api.sent
    assert photo.text is None
    assert message.method == "sendMessage"


async def test_a_location_is_sent_after_the_text(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    result = await sender.send(
        outgoing("Lokasi laporan", location=Location(latitude=-6.9147, longitude=107.6098))
    )
    text, pin = fake_bot_api.sent
    assert text.method == "sendMessage"
    assert pin.method == "sendLocation"
    assert (pin.params["latitude"], pin.params["longitude"]) == (-6.9147, 107.6098)
    assert result.message_ids == (text.message_id, pin.message_id)


async def test_a_long_html_text_is_split_into_parts_telegram_accepts(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.user_message(int(CHAT), "info syarat")
    paragraph = (
        "<b>Syarat KTP-el</b>: bawa <i>KK asli</i> &amp; fotokopi; lihat "
        '<a href="https://disdukcapil.go.id/?a=1&amp;b=2">situs resmi</a>.\n'
    ) * 8
    text = "\n".join([paragraph] * 22)
    assert visible_length(text) > 10_000
    buttons = ((Button("Terima kasih", "kb1:ok"),),)
    result = await sender.send(outgoing(text, buttons=buttons, reply_to_message_id="1"))
    records = fake_bot_api.sent
    assert len(records) == 3
    assert all(r.method == "sendMessage" for r in records)
    assert [r.reply_to_message_id for r in records] == ["1", None, None]
    assert [bool(r.buttons) for r in records] == [False, False, True]
    assert result.message_ids == tuple(r.message_id for r in records)


async def test_text_with_broken_html_is_rejected_by_the_fake_as_by_telegram(
    sender: TelegramSender,
) -> None:
    with pytest.raises(PermanentSendError, match="can't parse entities"):
        await sender.send(outgoing("<b>tebal"))


async def test_a_message_with_buttons_but_no_text_is_refused(sender: TelegramSender) -> None:
    with pytest.raises(PermanentSendError):
        await sender.send(outgoing("", buttons=((Button("a", "b"),),)))


async def test_an_id_that_is_not_a_number_is_a_permanent_error(sender: TelegramSender) -> None:
    with pytest.raises(PermanentSendError, match="thread id"):
        await sender.send(outgoing(thread_id="topic-7"))


async def test_flood_control_maps_to_a_transient_error_with_retry_after(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    with pytest.raises(TransientSendError) as caught:
        await sender.send(outgoing())
    assert caught.value.retry_after == 7


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_map_to_transient_errors(
    sender: TelegramSender, fake_bot_api: FakeBotApi, status: int
) -> None:
    fake_bot_api.fail_next("sendMessage", status, "Internal Server Error")
    with pytest.raises(TransientSendError) as caught:
        await sender.send(outgoing())
    assert caught.value.retry_after is None


async def test_an_unreachable_server_maps_to_a_transient_error() -> None:
    bot = make_bot("123:abc", "http://127.0.0.1:9")  # nothing listens on the discard port
    try:
        with pytest.raises(TransientSendError):
            await TelegramSender(bot).send(outgoing())
    finally:
        await bot.session.close()


async def test_a_blocked_chat_maps_to_chat_unreachable(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.block_chat(CHAT)
    with pytest.raises(ChatUnreachableError, match="blocked"):
        await sender.send(outgoing())


async def test_a_migrated_group_maps_to_chat_migrated_with_the_new_id(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.migrate_chat(-4001, GROUP)
    with pytest.raises(ChatMigratedError) as caught:
        await sender.send(outgoing(chat_id="-4001"))
    assert caught.value.new_chat_id == GROUP


@pytest.mark.parametrize(
    ("status", "description"),
    [(400, "Bad Request: chat not found"), (404, "Not Found")],
)
async def test_bad_requests_map_to_permanent_errors_with_the_description(
    sender: TelegramSender, fake_bot_api: FakeBotApi, status: int, description: str
) -> None:
    fake_bot_api.fail_next("sendMessage", status, description)
    with pytest.raises(PermanentSendError, match=description) as caught:
        await sender.send(outgoing())
    assert not isinstance(caught.value, ChatUnreachableError)


async def test_a_failure_after_the_photo_still_maps_the_error(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.fail_next("sendLocation", 502, "Bad Gateway")
    with pytest.raises(SendError):
        await sender.send(outgoing("x", photos=tg("A"), location=Location(1.0, 2.0)))


async def test_answering_a_button_press_is_recorded(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    await sender.answer_callback("cb1", "Tiket diambil")
    [record] = fake_bot_api.sent
    assert (record.method, record.params["callback_query_id"], record.text) == (
        "answerCallbackQuery",
        "cb1",
        "Tiket diambil",
    )


async def test_a_press_is_acknowledged_with_its_popup_as_an_alert_or_plainly(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    def press(callback_id: str) -> IncomingMessage:
        return IncomingMessage(
            Channel.TELEGRAM, "-100123", ChatKind.GROUP, Sender("7", "Rina"),
            callback_data="v1|sf|tk|1", callback_id=callback_id,
        )  # fmt: skip

    await sender.acknowledge(press("cb1"), "⛔ Bukan milik grup ini.")
    await sender.acknowledge(press("cb2"), None)
    refused, plain = fake_bot_api.sent
    assert (refused.params["callback_query_id"], refused.text) == (
        "cb1",
        "⛔ Bukan milik grup ini.",
    )
    assert refused.params["show_alert"] is True
    assert plain.params["callback_query_id"] == "cb2"
    assert plain.text is None and "show_alert" not in plain.params


async def test_answering_a_button_press_never_raises(
    sender: TelegramSender, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.fail_next(
        "answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired"
    )
    await sender.answer_callback("cb1", "x" * 500)
    await sender.answer_callback("cb2", "x" * 500)
    assert [r.text for r in fake_bot_api.sent] == ["x" * 200]


def test_an_invalid_token_is_reported_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="ADUAN_TELEGRAM_TOKEN") as caught:
        make_bot("not a token secret123", None)
    assert "secret123" not in str(caught.value)
    with pytest.raises(ValueError, match="ADUAN_TELEGRAM_TOKEN: not set"):
        make_bot("", None)
