"""An agency's answer with a photo or a document, written in its Telegram group, reaches
a resident on WhatsApp: fetched from Telegram (getFile, then the file download),
uploaded to WhatsApp's media endpoint and sent as an image or document with the
caption. The outbox row holds the Telegram file id, so a failure or a restart on the
way retries from there; a file that can never be fetched still gets the text through."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiogram import Bot
from sqlalchemy import select

from bot.channels.telegram.files import TelegramFiles
from domain.messages import Channel
from storage.models import OutboxEntry
from tests.fakes import telegram_objects as obj
from tests.fakes.fake_bot_api import FakeBotApi
from tests.harness import ChatHarness
from tests.whatsapp.fake_graph_api import FakeGraphApi, Sent
from tests.whatsapp.running import (
    PUPR_CHAT,
    WA_ID,
    Resident,
    run_settings,
    running,
    wait_until,
    webhook_url,
)
from tests.whatsapp.support import api_of, card_in, file_complaint, staff_reply

PHOTO = "AgACstaffphoto1"
PHOTO_PATH = f"photos/{PHOTO}.jpg"


def _media(api: FakeGraphApi, wa_id: str, kind: str) -> list[Sent]:
    return [s for s in api.to(wa_id) if s.type == kind]


# -- end to end: `aduan run` with the fake Bot API and the fake Graph API -------------


async def test_a_staff_photo_and_document_reach_the_whatsapp_resident_end_to_end(
    sqlite_url: str, fake_bot_api: FakeBotApi
) -> None:
    graph = await FakeGraphApi().start()
    settings = run_settings(sqlite_url, fake_bot_api, graph)
    port = settings.whatsapp_webhook_port
    pdf = b"%PDF-1.4 jadwal perbaikan"
    fake_bot_api.add_file("BQACstaffdoc1", "documents/file_7.pdf", pdf)
    try:
        async with running(settings, port) as http:
            resident = Resident(http, webhook_url(port), graph)
            await resident.file_complaint()
            card = await wait_until(
                lambda: [r for r in fake_bot_api.sent if r.chat_id == PUPR_CHAT and r.buttons],
                "the ticket card",
            )
            card_id = int(card[0].message_ids[-1])
            fake_bot_api.user_photo(
                int(PUPR_CHAT), caption="Lubang sudah kami tambal", file_id=PHOTO,
                user_id=9001, first_name="Rina", chat_type="supergroup", reply_to=card_id,
            )  # fmt: skip
            [image] = await wait_until(lambda: _media(graph, WA_ID, "image"), "the photo")
            chat = obj.chat(int(PUPR_CHAT), "supergroup")
            fake_bot_api.push_update(
                {"message": {
                    "message_id": 9_000, "date": obj.now(), "chat": chat,
                    "from": obj.user(9001, "Rina"),
                    "document": {"file_id": "BQACstaffdoc1", "file_unique_id": "uBQAC",
                                 "file_name": "jadwal.pdf"},
                    "caption": "Jadwal perbaikan terlampir",
                    "reply_to_message": {"message_id": card_id, "date": obj.now(),
                                         "chat": chat, "from": obj.BOT_USER, "text": "…"},
                }}
            )  # fmt: skip
            [document] = await wait_until(lambda: _media(graph, WA_ID, "document"), "the file")
    finally:
        await graph.stop()
    assert "Lubang sudah kami tambal" in image.text and "ADU-" in image.text
    assert image.media_id is not None
    assert graph.uploads[image.media_id].content == FakeBotApi.file_content(PHOTO_PATH)
    assert graph.uploads[image.media_id].mime_type == "image/jpeg"
    assert document.media_id is not None
    assert graph.uploads[document.media_id].content == pdf
    assert graph.uploads[document.media_id].mime_type == "application/pdf"
    # the name the admin's file had (its reference keeps it), not the Bot API's path
    assert document.body["document"]["filename"] == "jadwal.pdf"
    assert "Jadwal perbaikan terlampir" in document.text
    downloads = [p["file_path"] for method, p in fake_bot_api.calls if method == "download"]
    assert downloads == [PHOTO_PATH, "documents/file_7.pdf"]


# -- failures and restarts, on the harness ------------------------------------------


@asynccontextmanager
async def resident_with_telegram_files(
    database_url: str, fake_telegram_bot: Bot
) -> AsyncIterator[ChatHarness]:
    """A WhatsApp resident whose channel reads staff files from the fake Bot API."""
    async with ChatHarness(database_url, channel="whatsapp") as chat:
        assert chat.whatsapp is not None and chat.whatsapp.channel is not None
        chat.whatsapp.channel.files.register(Channel.TELEGRAM, TelegramFiles(fake_telegram_bot))
        yield chat


async def staff_photo(chat: ChatHarness, caption: str, file_id: str = PHOTO) -> None:
    """An admin replies to the ticket card in the agency's group with a photo."""
    await staff_reply(chat, caption, card_in(chat), photo_file_id=file_id)


async def pending_rows(chat: ChatHarness) -> list[OutboxEntry]:
    assert chat.app is not None
    async with chat.app.sessions() as session:
        rows = await session.execute(select(OutboxEntry).where(OutboxEntry.status == "pending"))
        return list(rows.scalars())


async def test_a_telegram_download_that_fails_for_now_is_retried_and_the_photo_arrives(
    db_url: str, fake_bot_api: FakeBotApi, fake_telegram_bot: Bot
) -> None:
    async with resident_with_telegram_files(db_url, fake_telegram_bot) as chat:
        await file_complaint(chat)
        api = api_of(chat)
        fake_bot_api.fail_next("getFile", 502, "Bad Gateway")
        await staff_photo(chat, "Sudah diperbaiki")
        assert _media(api, chat.chat_id, "image") == []
        assert not any("Sudah diperbaiki" in s.text for s in api.to(chat.chat_id))
        [waiting] = await pending_rows(chat)
        assert waiting.chat_id == chat.chat_id and PHOTO in waiting.payload
        chat.clock.advance(minutes=1)
        await chat.settle()
        [image] = _media(api, chat.chat_id, "image")
    assert "Sudah diperbaiki" in image.text
    assert image.media_id is not None
    assert api.uploads[image.media_id].content == FakeBotApi.file_content(PHOTO_PATH)


async def test_an_upload_is_not_repeated_when_only_the_message_failed(
    sqlite_url: str, fake_telegram_bot: Bot
) -> None:
    async with resident_with_telegram_files(sqlite_url, fake_telegram_bot) as chat:
        await file_complaint(chat)
        api = api_of(chat)
        api.fail_next(131000, status=500)  # the upload works, the image message does not
        await staff_photo(chat, "Sudah diperbaiki")
        assert len(api.uploads) == 1 and _media(api, chat.chat_id, "image") == []
        chat.clock.advance(minutes=1)
        await chat.settle()
        assert len(_media(api, chat.chat_id, "image")) == 1
    assert len(api.uploads) == 1


async def test_a_staff_photo_waiting_in_the_outbox_is_delivered_after_a_restart(
    db_url: str, fake_bot_api: FakeBotApi, fake_telegram_bot: Bot
) -> None:
    async with resident_with_telegram_files(db_url, fake_telegram_bot) as chat:
        await file_complaint(chat)
        api_of(chat).fail_next_upload(1, status=503)  # WhatsApp down when it is sent
        await staff_photo(chat, "Sudah diperbaiki")
        assert _media(api_of(chat), chat.chat_id, "image") == []
    # a new process (and a WhatsApp that works again) on the same database
    async with resident_with_telegram_files(db_url, fake_telegram_bot) as again:
        again.clock.advance(minutes=1)
        await again.settle()
        [image] = _media(api_of(again), again.chat_id, "image")
        assert await pending_rows(again) == []
    assert "Sudah diperbaiki" in image.text


async def test_a_file_telegram_will_never_give_still_sends_the_answer_with_a_note(
    sqlite_url: str, fake_bot_api: FakeBotApi, fake_telegram_bot: Bot
) -> None:
    async with resident_with_telegram_files(sqlite_url, fake_telegram_bot) as chat:
        await file_complaint(chat)
        api = api_of(chat)
        fake_bot_api.fail_next("getFile", 400, "Bad Request: file is too big")
        await staff_photo(chat, "Foto hasil perbaikan terlampir")
        answer = [s for s in api.to(chat.chat_id) if "Foto hasil perbaikan" in s.text]
        assert await pending_rows(chat) == []
    [sent] = answer
    assert sent.type == "text" and "lampiran" in sent.text.lower()
    assert api.uploads == {}
