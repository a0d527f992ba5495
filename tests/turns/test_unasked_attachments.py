"""A file the step did not ask for is kept with the report and the resident is told so
(issue 14, item 6): one rule for every step of a complaint and for a file sent outside
any dialog, for Telegram- and WhatsApp-shaped messages (a photo, a captioned photo, a
document with its file name)."""

from __future__ import annotations

from sqlalchemy import select

from domain.messages import Attachment, Channel, FileRef, OutgoingMessage
from storage.models import Ticket
from tests.turns.rig import TurnRig, text_of

PUPR_CHAT = "-1001000000005"
DESCRIPTION = "/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu"


async def _file(
    chat: TurnRig, kind: Attachment, file_id: str, caption: str | None = None
) -> list[OutgoingMessage]:
    ref = FileRef(chat.channel, file_id, kind, "bukti.pdf" if kind is Attachment.DOCUMENT else None)
    field = "photo" if kind is Attachment.PHOTO else "document"
    return await chat.deliver(chat.message(**{field: ref}, text=caption, attachment=kind))


async def _ticket(chat: TurnRig) -> Ticket:
    async with chat.sessions() as session:
        return (await session.execute(select(Ticket))).scalars().one()


async def _finish(chat: TurnRig, from_step: str = "location") -> list[OutgoingMessage]:
    if from_step == "location":
        await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    if from_step in ("location", "photos"):
        await chat.press("Lewati")
    await chat.press("Publik")
    return await chat.press("Kirim")


def _asks_location_again(sent: list[OutgoingMessage]) -> bool:
    return any("Di mana lokasinya" in m.text and m.buttons for m in sent)


async def test_a_telegram_photo_at_the_location_step_is_kept_and_the_location_asked_again(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.TELEGRAM
    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    sent = await _file(turns, Attachment.PHOTO, "AgADphoto1")
    assert "Foto disimpan bersama laporan (1 dari 3" in text_of(sent)
    assert _asks_location_again(sent) and "terlalu singkat" not in text_of(sent)
    await _finish(turns)
    ticket = await _ticket(turns)
    assert [p["id"] for p in ticket.photos] == ["AgADphoto1"]
    [card] = turns.to_chat(PUPR_CHAT)
    assert [p.id for p in card.photos] == ["AgADphoto1"] and "Foto: 1" in card.text


async def test_a_whatsapp_photo_whose_caption_is_the_address_keeps_both(turns: TurnRig) -> None:
    turns.channel = Channel.WHATSAPP
    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    sent = await _file(turns, Attachment.PHOTO, "wamid-media-9", "Jl. Melati No. 5, RT 02")
    assert "Foto disimpan" in text_of(sent) and "Kirim foto pendukung" in text_of(sent)
    await _finish(turns, from_step="photos")
    ticket = await _ticket(turns)
    assert ticket.location_text == "Jl. Melati No. 5, RT 02"
    assert ticket.photos == [FileRef(Channel.WHATSAPP, "wamid-media-9").to_json()]


async def test_a_document_with_the_description_as_caption_goes_to_staff_as_a_document(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.TELEGRAM
    await turns.say("/lapor")
    sent = await _file(turns, Attachment.DOCUMENT, "BQACdoc1", DESCRIPTION.removeprefix("/lapor "))
    assert "Dokumen disimpan bersama laporan" in text_of(sent)
    assert "Dinas Pekerjaan Umum" in text_of(sent)  # the caption was the description
    await turns.press("Ya, benar")
    summary = text_of(await _finish_to_summary(turns))
    assert "1 (termasuk 1 dokumen)" in summary
    await turns.press("Kirim")
    [card] = turns.to_chat(PUPR_CHAT)
    assert card.photos == () and [d.name for d in card.documents] == ["bukti.pdf"]
    assert "Lampiran: 1 (termasuk 1 dokumen)" in card.text


async def _finish_to_summary(chat: TurnRig) -> list[OutgoingMessage]:
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")
    return await chat.press("Publik")


async def test_a_photo_at_the_confirm_step_is_counted_in_the_summary_sent_again(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.WHATSAPP
    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    assert "Foto:</b> 0" in text_of(await _finish_to_summary(turns))
    sent = await _file(turns, Attachment.PHOTO, "late-photo")
    assert "Foto disimpan" in text_of(sent) and "Foto:</b> 1" in text_of(sent)
    assert any(b.label.startswith("✅") for m in sent for row in m.buttons for b in row)
    await turns.press("Kirim")
    assert len((await _ticket(turns)).photos) == 1


async def test_a_captioned_photo_outside_a_dialog_goes_with_the_report_it_offers(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.WHATSAPP
    sent = await _file(
        turns, Attachment.PHOTO, "wa-photo-2", "jalan rusak parah berlubang di depan SD Negeri 1"
    )
    assert "Lampiran Anda saya simpan" in text_of(sent)
    await turns.press("Ya, buat laporan")
    await turns.press("Ya, benar")
    summary = text_of(await _finish_to_summary(turns))
    assert "Foto:</b> 1" in summary
    await turns.press("Kirim")
    assert [p["id"] for p in (await _ticket(turns)).photos] == ["wa-photo-2"]


async def test_a_photo_alone_outside_a_dialog_offers_a_report_that_keeps_it(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.TELEGRAM
    sent = await _file(turns, Attachment.PHOTO, "AgADalone")
    assert "Ingin membuat laporan" in text_of(sent)
    asked = await turns.press("Ya, buat laporan")
    assert "Ceritakan masalahnya" in text_of(asked)
    await turns.say("Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    await turns.press("Ya, benar")
    await _finish(turns)
    assert [p["id"] for p in (await _ticket(turns)).photos] == ["AgADalone"]


async def test_a_sticker_at_a_button_step_is_refused_and_the_question_sent_again(
    turns: TurnRig,
) -> None:
    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    await turns.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await turns.press("Lewati")
    sent = await turns.deliver(turns.message(attachment=Attachment.STICKER))
    assert "stiker" in text_of(sent)
    assert "Bagaimana identitas Anda" in sent[-1].text and sent[-1].buttons


async def test_a_telegram_animation_is_not_kept_as_a_document(turns: TurnRig) -> None:
    turns.channel = Channel.TELEGRAM
    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    animation = FileRef(Channel.TELEGRAM, "CgADgif", Attachment.DOCUMENT)
    sent = await turns.deliver(turns.message(document=animation, attachment=Attachment.VIDEO))
    assert "video belum bisa disimpan" in text_of(sent) and _asks_location_again(sent)
    await _finish(turns)
    assert (await _ticket(turns)).photos == []


async def test_a_fourth_file_is_refused_with_the_reason(turns: TurnRig) -> None:
    await turns.say("/lapor")
    for n in range(3):
        await _file(turns, Attachment.PHOTO, f"p{n}")
    sent = await _file(turns, Attachment.PHOTO, "p3")
    assert "tidak disimpan: laporan sudah berisi 3 lampiran" in text_of(sent)


async def test_a_file_sent_outside_a_dialog_still_joins_a_report_started_within_a_day(
    turns: TurnRig,
) -> None:
    await _file(turns, Attachment.PHOTO, "morning-photo")
    turns.clock.advance(hours=23)
    asked = await turns.say("/lapor")
    assert "tidak disertakan" not in text_of(asked)
    await turns.say("Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    await turns.press("Ya, benar")
    await _finish(turns)
    assert [p["id"] for p in (await _ticket(turns)).photos] == ["morning-photo"]


async def test_a_file_sent_outside_a_dialog_expires_after_a_day_and_the_resident_is_told(
    turns: TurnRig,
) -> None:
    await _file(turns, Attachment.DOCUMENT, "old-letter")
    turns.clock.advance(hours=25)
    asked = await turns.say("/lapor")
    assert "1 lampiran yang Anda kirim lebih dari 24 jam lalu tidak disertakan" in text_of(asked)
    await turns.say("Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    await turns.press("Ya, benar")
    await _finish(turns)
    assert (await _ticket(turns)).photos == []


async def test_a_new_file_after_the_expiry_starts_a_new_series_without_the_old_one(
    turns: TurnRig,
) -> None:
    await _file(turns, Attachment.PHOTO, "yesterday")
    turns.clock.advance(hours=30)
    sent = await _file(turns, Attachment.PHOTO, "today")
    assert "(1)" in text_of(sent)
    await turns.press("Ya, buat laporan")
    await turns.say("Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    await turns.press("Ya, benar")
    await _finish(turns)
    assert [p["id"] for p in (await _ticket(turns)).photos] == ["today"]
