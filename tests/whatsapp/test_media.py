"""A resident's WhatsApp photo: downloaded through the media endpoint, kept with the
ticket, and uploaded to the agency's Telegram group as a photo."""

from __future__ import annotations

from aiogram import Bot
from sqlalchemy import select

from bot.channels.files import FileSources, MediaFile
from bot.channels.telegram.sender import TelegramSender
from domain.messages import Attachment, Channel, FileRef, OutgoingMessage
from handlers.cards import ticket_photos
from storage.models import OutboxEntry, Ticket
from storage.whatsapp import WhatsAppMedia, store_media
from tests.fakes.fake_bot_api import FakeBotApi, FileUpload
from tests.harness import ChatHarness
from tests.whatsapp.fake_graph_api import media_bytes, webhook_body
from tests.whatsapp.resident import to_webhook_message
from tests.whatsapp.support import api_of, card_in, file_complaint, post_signed, webhook_client


async def test_a_whatsapp_photo_is_kept_with_the_ticket_and_uploaded_to_the_staff_group(
    sqlite_url: str, fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await chat.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
        await chat.press("Ya, benar")
        await chat.share_location(-6.9, 107.6)
        await chat.send_photo("media-771", caption="lubangnya di sini")
        await chat.press("Lanjut")
        await chat.press("Publik")
        await chat.press("Kirim")
        assert chat.app is not None and chat.whatsapp is not None
        async with chat.app.sessions() as session:
            ticket = (await session.execute(select(Ticket))).scalar_one()
            stored = (await session.execute(select(WhatsAppMedia))).scalars().all()
        assert [m.data for m in stored] == [media_bytes("media-771")]
        photo = FileRef(Channel.WHATSAPP, "media-771", Attachment.PHOTO)
        assert ticket.photos == [photo.to_json()]
        card = card_in(chat)
        assert card.photos == (photo,)

        assert chat.whatsapp.channel is not None
        telegram = TelegramSender(fake_telegram_bot, files=chat.whatsapp.channel.files)
        await telegram.send(
            OutgoingMessage(Channel.TELEGRAM, "-100777", "Kartu", photos=card.photos)
        )
    [record] = fake_bot_api.sent
    assert record.method == "sendPhoto"
    upload = record.params["photo"]
    if isinstance(upload, str) and upload.startswith("attach://"):
        upload = record.params[upload.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.content == media_bytes("media-771")


async def test_an_album_mixes_uploaded_photos_and_telegram_file_ids(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    async def whatsapp_photos(ref: FileRef) -> MediaFile | None:
        return MediaFile(b"bytes-of-" + ref.id.encode(), "image/jpeg", f"{ref.id}.jpg")

    files = FileSources()
    files.register(Channel.WHATSAPP, whatsapp_photos)
    sender = TelegramSender(fake_telegram_bot, files=files)
    photos = (FileRef(Channel.WHATSAPP, "m-1"), FileRef(Channel.TELEGRAM, "AgAC1"))
    result = await sender.send(
        OutgoingMessage(Channel.TELEGRAM, "-100777", "Dua foto", photos=photos)
    )
    [record] = fake_bot_api.sent
    assert record.method == "sendMediaGroup"
    first, second = (m["media"] for m in record.params["media"])
    assert second == "AgAC1"  # Telegram's own file goes by its id
    upload = record.params[first.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.content == b"bytes-of-m-1"
    assert len(result.message_ids) == 2


async def test_a_photo_kept_under_its_legacy_reference_is_still_uploaded(
    sqlite_url: str, fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    """A ticket filed before references were typed holds ``upload:<row>``; its card,
    sent again (a reassignment), still carries the photo."""
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        assert chat.app is not None and chat.whatsapp is not None
        assert chat.whatsapp.channel is not None
        async with chat.app.sessions.begin() as session:
            await store_media(session, "m-old", b"old-bytes", "image/png", chat.clock())
        async with chat.app.sessions() as session:
            row = (await session.execute(select(WhatsAppMedia))).scalar_one()
        ticket = Ticket(photos=[f"upload:{row.id}"], channel="whatsapp")  # type: ignore[call-arg]
        [legacy] = ticket_photos(ticket)
        assert legacy == FileRef(Channel.WHATSAPP, f"upload:{row.id}", Attachment.PHOTO)
        telegram = TelegramSender(fake_telegram_bot, files=chat.whatsapp.channel.files)
        await telegram.send(OutgoingMessage(Channel.TELEGRAM, "-100777", "x", photos=(legacy,)))
    [record] = fake_bot_api.sent
    upload = record.params["photo"]
    if isinstance(upload, str) and upload.startswith("attach://"):
        upload = record.params[upload.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.content == b"old-bytes"


async def test_a_photo_sent_later_in_reply_to_the_ticket_reaches_the_staff_group(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat:
        await file_complaint(chat)
        api = api_of(chat)
        confirmation = next(s for s in api.to(chat.chat_id) if "ADU-2611-0001" in s.text)
        await chat.deliver(
            chat.message(
                photo=FileRef(Channel.WHATSAPP, "media-900"),
                attachment=Attachment.PHOTO,
                reply_to_message_id=confirmation.id,
            )
        )
        assert chat.app is not None
        async with chat.app.sessions() as session:
            rows = (await session.execute(select(OutboxEntry))).scalars().all()
        to_staff = [
            OutgoingMessage.from_json(r.payload) for r in rows if r.chat_id == "-1001000000005"
        ]
        followup = [m for m in to_staff if m.photos and "ADU-2611-0001" in m.text]
        assert len(followup) == 1
        assert await chat.photo_content(followup[0].photos[0]) == media_bytes("media-900")


async def test_a_photo_whose_download_fails_for_now_is_fetched_on_a_later_attempt(
    db_url: str,
) -> None:
    async with ChatHarness(db_url, channel="whatsapp") as chat:
        await chat.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
        await chat.press("Ya, benar")
        await chat.share_location(-6.9, 107.6)
        api = api_of(chat)
        api.media_failures = 1
        before = len(api.to(chat.chat_id))
        await chat.send_photo("media-772")
        assert len(api.to(chat.chat_id)) == before  # not answered yet, and not lost
        chat.clock.advance(minutes=5)
        await chat.settle()
        assert len(api.to(chat.chat_id)) > before
        await chat.press("Lanjut")
        await chat.press("Publik")
        await chat.press("Kirim")
        assert chat.app is not None
        async with chat.app.sessions() as session:
            ticket = (await session.execute(select(Ticket))).scalar_one()
        assert [await chat.photo_content(p) for p in ticket.photos] == [media_bytes("media-772")]


async def test_a_photo_posted_to_the_webhook_is_fetched_before_the_turn_runs(
    db_url: str,
) -> None:
    async with ChatHarness(db_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
        await chat.press("Ya, benar")
        await chat.share_location(-6.9, 107.6)
        photo = to_webhook_message(
            chat.chat_id,
            chat.message(photo=FileRef(Channel.WHATSAPP, "media-773"), attachment=Attachment.PHOTO),
        )
        for _ in range(2):  # redelivered: fetched once
            assert await post_signed(web, webhook_body([dict(photo)])) == 200
        assert chat.app is not None
        async with chat.app.sessions() as session:
            stored = (await session.execute(select(WhatsAppMedia))).scalars().all()
        assert [m.data for m in stored] == [media_bytes("media-773")]  # before any turn
        await chat.settle()
        assert api_of(chat).media_lookups == ["media-773"]  # the turn did not download again
        await chat.press("Lanjut")
        await chat.press("Publik")
        await chat.press("Kirim")
        async with chat.app.sessions() as session:
            ticket = (await session.execute(select(Ticket))).scalar_one()
        assert [await chat.photo_content(p) for p in ticket.photos] == [media_bytes("media-773")]
