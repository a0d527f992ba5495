"""Issue 14, item 6, beyond the complaint: every dialog keeps a file it did not ask for.
An information request keeps it with the request (its own words, "permohonan"); the
rating, a reopening, an objection and more information for an open ticket keep it with
that ticket and forward it to the ticket's staff chat (a document as a document); a
file alone asks the step again, a caption still answers it."""

from __future__ import annotations

from domain.messages import Attachment, Channel, FileRef, OutgoingMessage
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.ppid.test_objections import reject_request
from tests.staff.helpers import (
    PUPR_CHAT,
    button,
    card_of,
    events,
    file_complaint,
    platform_id,
    staff_presses,
    the_ticket,
)
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of

pytestmark = both_databases  # the ticket's attachments are stored: SQLite and PostgreSQL


async def _file(
    chat: TurnRig, kind: Attachment, file_id: str, caption: str | None = None
) -> list[OutgoingMessage]:
    ref = FileRef(chat.channel, file_id, kind, "surat.pdf" if kind is Attachment.DOCUMENT else None)
    field = "photo" if kind is Attachment.PHOTO else "document"
    return await chat.deliver(chat.message(**{field: ref}, text=caption, attachment=kind))


def _staff_documents(sent: list[OutgoingMessage], chat_id: str) -> list[str]:
    return [d.id for m in sent if m.chat_id == chat_id for d in m.documents]


async def test_a_document_during_an_information_request_goes_with_the_request(
    turns: TurnRig,
) -> None:
    await turns.say("/informasi")
    sent = await _file(turns, Attachment.DOCUMENT, "ktp-scan")
    assert "Dokumen disimpan bersama permohonan (1 dari 3" in text_of(sent)
    assert "laporan" not in text_of(sent) and "1/7" in sent[-1].text  # the name asked again
    await _file(turns, Attachment.PHOTO, "photo-1", "Budi Santoso")  # the caption is the name
    summary = await _answers_to_summary(turns)
    assert "Budi Santoso" in summary and "Lampiran:</b> 2 (termasuk 1 dokumen)" in summary
    card = turns.to_chat(DUKCAPIL_PPID)[-1]
    assert [d.id for d in card.documents] == ["ktp-scan"] and [p.id for p in card.photos] == [
        "photo-1"
    ]
    assert {p["id"] for p in (await the_ticket(turns)).photos} == {"ktp-scan", "photo-1"}


async def _answers_to_summary(chat: TurnRig) -> str:
    await chat.say("Mahasiswa")
    await chat.say("0812 3456 7890")
    await chat.say("Data jumlah penerbitan akta kelahiran tahun 2025 per kecamatan")
    await chat.say("Bahan penelitian skripsi")
    shown = await chat.press("E-mail")
    if "Benar?" in text_of(shown):
        shown = await chat.press("Ya, benar")
    else:
        shown = await chat.press("Disdukcapil")
    await chat.press("Kirim")
    return text_of(shown)


async def test_a_document_for_an_open_ticket_reaches_staff_as_a_document(turns: TurnRig) -> None:
    turns.channel = Channel.TELEGRAM
    await file_complaint(turns)
    code = (await the_ticket(turns)).code
    await turns.say(f"/status {code}")
    await turns.press("Tambah keterangan")
    sent = await _file(turns, Attachment.DOCUMENT, "BQACdoc9")
    assert _staff_documents(sent, PUPR_CHAT) == ["BQACdoc9"]
    assert "diteruskan" in text_of(turns.to_resident(sent))
    assert "BQACdoc9" in [p["id"] for p in (await the_ticket(turns)).photos]


async def test_a_document_sent_outside_a_dialog_while_staff_wait_for_details_is_forwarded(
    turns: TurnRig,
) -> None:
    turns.channel = Channel.TELEGRAM
    await file_complaint(turns)
    await staff_presses(turns, button(card_of(turns), "keterangan"))
    sent = await _file(turns, Attachment.DOCUMENT, "BQACdoc10", "ini suratnya")
    assert _staff_documents(sent, PUPR_CHAT) == ["BQACdoc10"]
    assert "ini suratnya" in text_of([m for m in sent if m.chat_id == PUPR_CHAT])


async def test_a_photo_at_the_reopen_step_is_kept_and_the_reason_asked_again(
    turns: TurnRig,
) -> None:
    await file_complaint(turns)
    card = card_of(turns)
    await staff_presses(turns, button(card, "Ambil"))
    await staff_presses(turns, button(card, "Selesai"))
    await turns.press("Belum selesai")
    sent = await _file(turns, Attachment.PHOTO, "still-broken")
    assert "Foto disimpan bersama laporan" in text_of(sent)
    assert "Apa yang masih belum beres" in sent[-1].text
    assert [p.id for m in sent if m.chat_id == PUPR_CHAT for p in m.photos] == ["still-broken"]
    reopened = await turns.say("Lubangnya cuma ditutup tanah, sudah bolong lagi")
    assert "dibuka kembali" in text_of(turns.to_resident(reopened))
    assert "attachment" in [e.action for e in await events(turns)]


async def test_a_captioned_document_at_the_rating_comment_is_kept_and_its_caption_is_the_comment(
    turns: TurnRig,
) -> None:
    await file_complaint(turns)
    card = card_of(turns)
    await staff_presses(turns, button(card, "Selesai"))
    await turns.press("Ya, sudah selesai")
    await turns.press("5")
    sent = await _file(turns, Attachment.DOCUMENT, "thanks-letter", "Terima kasih, rapi")
    assert "Dokumen disimpan bersama laporan" in text_of(sent)
    assert "Terima kasih atas penilaian" in text_of(sent)
    ticket = await the_ticket(turns)
    assert ticket.rating_comment == "Terima kasih, rapi"
    assert "thanks-letter" in [p["id"] for p in ticket.photos]


async def test_a_document_during_an_objection_is_kept_with_the_request(turns: TurnRig) -> None:
    await file_request(turns)
    await reject_request(turns)
    await turns.say("/keberatan INF-2611-0001")
    sent = await _file(turns, Attachment.DOCUMENT, "bukti-keberatan")
    assert "disimpan bersama permohonan informasi" in text_of(sent)
    assert sent[-1].buttons  # the ground asked again with its buttons
    assert _staff_documents(sent, DUKCAPIL_PPID) == ["bukti-keberatan"]
    assert "bukti-keberatan" in [p["id"] for p in (await the_ticket(turns)).photos]


async def test_a_sticker_in_an_information_request_is_refused_and_the_step_asked_again(
    turns: TurnRig,
) -> None:
    await turns.say("/informasi")
    sent = await turns.deliver(turns.message(attachment=Attachment.STICKER))
    assert "stiker" in text_of(sent) and "1/7" in sent[-1].text


async def test_a_photo_replying_to_a_resolved_ticket_is_kept_with_it_and_the_resident_told(
    turns: TurnRig,
) -> None:
    await file_complaint(turns)
    card = card_of(turns)
    sent = await staff_presses(turns, button(card, "Selesai"))
    [question] = turns.to_resident(sent)
    reply = turns.message(
        photo=FileRef(turns.channel, "after-fix"),
        attachment=Attachment.PHOTO,
        reply_to_message_id=platform_id(turns, question),
    )
    answered = await turns.deliver(reply)
    assert "sudah tidak terbuka" in text_of(answered)
    assert "Foto disimpan bersama laporan" in text_of(answered)
    assert "after-fix" in [p["id"] for p in (await the_ticket(turns)).photos]


async def test_a_photo_at_the_score_step_is_kept_and_the_score_asked_again(
    turns: TurnRig,
) -> None:
    await file_complaint(turns)
    await staff_presses(turns, button(card_of(turns), "Selesai"))
    await turns.press("Ya, sudah selesai")
    sent = await _file(turns, Attachment.PHOTO, "fixed-road")
    assert "Foto disimpan bersama laporan" in text_of(sent)
    assert [b.label for b in sent[-1].buttons[0]] == ["1", "2", "3", "4", "5"]
    await turns.press("5")
    assert "fixed-road" in [p["id"] for p in (await the_ticket(turns)).photos]
    assert (await the_ticket(turns)).rating == 5


async def test_words_at_the_score_step_are_read_as_any_message(turns: TurnRig) -> None:
    await file_complaint(turns)
    await staff_presses(turns, button(card_of(turns), "Selesai"))
    await turns.press("Ya, sudah selesai")
    answered = await turns.say("syarat bikin kk apa saja")
    assert "Kartu Keluarga" in text_of(answered) or "KK" in text_of(answered)
    await turns.press("4")  # the buttons still work afterwards
    assert (await the_ticket(turns)).rating == 4
