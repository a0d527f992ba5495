"""A PPID's whole path end to end, with the requester on Telegram (the real sender
against the fake Bot API) and on WhatsApp (the real sender against the fake Graph API),
on a frozen clock across Christmas and New Year. Staff and the PPID's superior work in
their groups (console items, as in ``tests/staff``).

The request is filed Thursday 17 December 2026 09:00 WIB. Ten working days, skipping
Christmas (Friday 25 December) and New Year (Friday 1 January 2027), end Monday 4
January 09:00; extended by seven working days, skipping Isra' Mi'raj (Tuesday 5
January), Thursday 14 January 09:00. The decision is Wednesday 13 January; the
requester objects Monday 18 January; a superior's 30 working days would end Monday 1
March 2027, who answers Wednesday 20 January.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from tests.fakes.fake_bot_api import FileUpload
from tests.harness import ChatHarness, text_of
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.ppid.test_decisions import press
from tests.ppid.test_objections import SUPERIOR, superior
from tests.staff.helpers import button, card_of, staff_presses, staff_says

WIB = ZoneInfo("Asia/Jakarta")


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIB).astimezone(UTC)


@pytest.fixture(params=["telegram", "whatsapp"])
def channel(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def letters(chat: ChatHarness) -> list[tuple[str, str]]:
    """The PDF documents the requester's platform received: (file name, text)."""
    if chat.telegram is not None:
        found = []
        for record in chat.telegram.api.sent:
            if record.method == "sendDocument" and record.chat_id == chat.chat_id:
                upload = record.params["document"]
                if isinstance(upload, str) and upload.startswith("attach://"):
                    upload = record.params[upload.removeprefix("attach://")]
                assert isinstance(upload, FileUpload), "the letter is uploaded, not a file id"
                found.append((upload.filename, pdf_text(upload.content)))
        return found
    assert chat.whatsapp is not None
    api = chat.whatsapp.api
    return [
        (sent.body["document"]["filename"], pdf_text(api.uploads[sent.media_id].content))
        for sent in api.to(chat.chat_id)
        if sent.type == "document" and sent.media_id is not None
    ]


async def back_in_the_chat(chat: ChatHarness) -> None:
    """On WhatsApp, what came after 24 hours of silence waits for the requester's next
    message (a template told them); on Telegram it is there already."""
    if chat.whatsapp is not None:
        assert chat.whatsapp.api.to(chat.chat_id)[-1].type == "template"
        await chat.say("/status")


async def extend(chat: ChatHarness) -> None:
    chat.clock.now = at(2026, 12, 30, 10)
    await chat.in_group(DUKCAPIL_PPID, "/perpanjang INF-2612-0001 data per kecamatan direkap")


async def grant_partially(chat: ChatHarness) -> None:
    chat.clock.now = at(2027, 1, 13, 14)
    card = card_of(chat, DUKCAPIL_PPID)
    sent = await staff_presses(chat, button(card, "Keputusan"), DUKCAPIL_PPID)
    sent = await press(chat, sent, "Diberikan sebagian")
    sent = await press(chat, sent, "Rahasia pribadi")
    await staff_says(chat, "NIK dan alamat orang tua pada akta", DUKCAPIL_PPID)
    sent = await staff_says(chat, "Membuka NIK merugikan privasi warga", DUKCAPIL_PPID)
    sent = await press(chat, sent, "elektronik")
    sent = await press(chat, sent, "Gratis")
    sent = await press(chat, sent, "Lewat chat")
    sent = await staff_says(chat, "https://ppid.example.go.id/akta-2025", DUKCAPIL_PPID)
    sent = await press(chat, sent, "Lanjut")
    await press(chat, sent, "Kirim keputusan")


async def test_request_extension_partial_grant_objection_and_the_superiors_answer(
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        chat.clock.now = at(2026, 12, 17, 9)
        done = await file_request(chat)
        assert "INF-2612-0001" in text_of(done)
        await extend(chat)
        await back_in_the_chat(chat)
        told = "\n".join(chat.platform_texts())
        assert "diperpanjang" in told and "14-01-2027 09:00 WIB" in told

        await grant_partially(chat)
        await back_in_the_chat(chat)
        [(name, letter)] = letters(chat)
        assert name == "pemberitahuan-tertulis-INF-2612-0001.pdf"
        assert "PEMBERITAHUAN TERTULIS" in letter and "INF-2612-0001" in letter
        assert "Diberikan sebagian" in letter and "Budi Santoso" in letter
        assert "DINAS KEPENDUDUKAN" in letter and "Siti Rahmawati, S.Sos." in letter
        assert "keberatan" in letter.lower()

        chat.clock.now = at(2027, 1, 18, 10)
        await chat.say("/keberatan INF-2612-0001")
        await chat.press("Tidak sesuai diminta")
        await chat.say("Saya meminta jumlah akta per kecamatan, yang diberikan per kabupaten.")
        filed = text_of(await chat.press("Kirim"))
        assert "KEB-2701-0001" in filed and "01-03-2027" in filed
        card = chat.to_chat(SUPERIOR)[-1]
        assert "KEB-2701-0001" in card.text and "per kecamatan" in card.text

        chat.clock.now = at(2027, 1, 20, 11)
        await superior(chat, callback_data=button(card, "diterima"), callback_id="c1")
        await superior(chat, text="Rekap per kecamatan tanpa NIK wajib diberikan.")
        await back_in_the_chat(chat)
        told = "\n".join(chat.platform_texts())
        assert "Keberatan KEB-2701-0001 diterima" in told and "Komisi Informasi" in told
        assert "tanpa NIK wajib diberikan" in told
        await chat.say("/status INF-2612-0001")
        await chat.press("Kirim surat lagi")
        assert [name for name, _ in letters(chat)] == [name, name]


async def test_a_rejection_under_an_exemption_sends_the_letter_with_its_ground(
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        chat.clock.now = at(2026, 12, 17, 9)
        await file_request(chat)
        chat.clock.now = at(2026, 12, 17, 15)  # the same day: the chat is still open
        card = card_of(chat, DUKCAPIL_PPID)
        sent = await staff_presses(chat, button(card, "Keputusan"), DUKCAPIL_PPID)
        sent = await press(chat, sent, "Ditolak")
        sent = await press(chat, sent, "Rahasia pribadi")
        sent = await staff_says(chat, "Akta memuat NIK & data pribadi <warga>", DUKCAPIL_PPID)
        await press(chat, sent, "Kirim keputusan")
        [(_, letter)] = letters(chat)
        assert "Ditolak" in letter and "Pasal 17 huruf h" in letter
        assert "NIK & data pribadi <warga>" in letter
        asked = await chat.say("/keberatan INF-2612-0001")
        assert "Ditolak (pasal 17)" in [b.label for m in asked for row in m.buttons for b in row]


async def test_no_decision_by_the_deadline_is_objected_to_on_that_ground(
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        chat.clock.now = at(2026, 12, 17, 9)
        await file_request(chat)
        chat.clock.now = at(2027, 1, 4, 8, 59)  # a minute before the deadline
        early = text_of(await chat.say("/keberatan INF-2612-0001"))
        assert "masih dalam jangka waktu" in early
        chat.clock.now = at(2027, 1, 4, 9)
        asked = await chat.say("/keberatan INF-2612-0001")
        labels = [b.label for m in asked for row in m.buttons for b in row]
        assert "Tidak ditanggapi" in labels and "Ditolak (pasal 17)" not in labels
        await chat.press("Tidak ditanggapi")
        await chat.say("Sudah lewat sepuluh hari kerja tanpa jawaban.")
        filed = text_of(await chat.press("Kirim"))
        assert "KEB-2701-0001" in filed
        card = chat.to_chat(SUPERIOR)[-1].text
        assert "INF-2612-0001" in card and "tidak ditanggapi" in card.lower()
        assert letters(chat) == []
