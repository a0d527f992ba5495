"""The PPID decides a request from its card and the requester receives the written
notice (chat text, the information's documents; the PDF letter rebuilt from the
recorded decision), can see the decision in /status and ask for the letter again."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from bot.channels.files import stored_documents
from domain.i18n import Translator
from domain.messages import Attachment, Channel, FileRef
from handlers.ppid.issue import context_for
from handlers.ppid.notice import notice_pdf
from storage import documents
from storage.models import Ticket
from storage.ppid.tables import PpidDecision
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.staff.helpers import (
    PUPR_CHAT,
    Chat,
    button,
    card_of,
    edits,
    refused_press,
    staff_presses,
    staff_says,
)
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of

REKAP = FileRef(Channel.TELEGRAM, "doc-rekap", Attachment.DOCUMENT, "rekap.pdf")


async def press(chat: Chat, sent: list, label: str) -> list:  # type: ignore[type-arg]
    shown = [m for m in sent if m.chat_id == DUKCAPIL_PPID and m.buttons][-1]
    return await staff_presses(chat, button(shown, label), DUKCAPIL_PPID)


async def decide_partially(chat: Chat) -> list:  # type: ignore[type-arg]
    card = card_of(chat, DUKCAPIL_PPID)
    sent = await staff_presses(chat, button(card, "Keputusan"), DUKCAPIL_PPID)
    sent = await press(chat, sent, "Diberikan sebagian")
    sent = await press(chat, sent, "Rahasia pribadi")
    await staff_says(chat, "NIK dan alamat orang tua pada akta", DUKCAPIL_PPID)
    sent = await staff_says(chat, "Membuka NIK merugikan privasi & keamanan data", DUKCAPIL_PPID)
    sent = await press(chat, sent, "elektronik")
    sent = await press(chat, sent, "Gratis")
    sent = await press(chat, sent, "Lewat chat")
    await staff_says(chat, None, DUKCAPIL_PPID, document=REKAP)
    sent = await staff_says(chat, "juga di https://ppid.example.go.id/akta-2025", DUKCAPIL_PPID)
    sent = await press(chat, sent, "Lanjut")
    assert "Lampiran/tautan: 2" in text_of(sent)
    return await press(chat, sent, "Kirim keputusan")


@both_databases
async def test_a_partial_grant_sends_the_written_notice_with_the_information(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    sent = await decide_partially(chat)
    told = chat.to_resident(sent)
    notice, letter, documents = told[0].text, told[1], told[2]
    assert "Pemberitahuan tertulis" in notice and "INF-2611-0001" in notice
    assert "Diberikan sebagian" in notice and "Pasal 17 huruf h" in notice
    assert "privasi &amp; keamanan" in notice and "/keberatan INF-2611-0001" in notice
    assert "https://ppid.example.go.id/akta-2025" in notice and "Gratis" in notice
    assert "Surat pemberitahuan tertulis" in letter.text and "(PDF)" in letter.text
    [pdf] = letter.documents
    assert (pdf.channel, pdf.name) == (Channel.STORED, "pemberitahuan-tertulis-INF-2611-0001.pdf")
    text = await stored_pdf_text(chat, pdf)
    assert "PEMBERITAHUAN TERTULIS" in text and "Diberikan sebagian" in text
    assert documents.documents == (REKAP,)
    # what any process's sender reads back for the outbox row, from the database alone
    found = await stored_documents(chat.sessions)(pdf)
    assert found is not None and found.mime_type == "application/pdf"
    assert found.filename == pdf.name and found.data.startswith(b"%PDF")
    assert "Diputuskan" in edits(chat, DUKCAPIL_PPID)[-1].text
    listing = text_of(await chat.say("/status INF-2611-0001"))
    assert "Diputuskan: Diberikan sebagian" in listing
    again = chat.to_resident(await chat.press("Kirim surat lagi"))
    assert "Pemberitahuan tertulis" in again[0].text
    assert again[1].documents == (pdf,)  # the letter kept, not written again
    async with chat.sessions() as session:
        ticket = (await session.execute(select(Ticket))).scalar_one()
        decision = (await session.execute(select(PpidDecision))).scalar_one()
    assert ticket.status == "closed" and decision.kind == "partial"
    assert decision.exemption == "h" and decision.handed_over_at is not None


async def stored_pdf_text(chat: Chat, ref: FileRef) -> str:
    """The text of a document the bot kept in the database."""
    async with chat.sessions() as session:
        row = await documents.read(session, int(ref.id))
    assert row is not None and row.mime_type == "application/pdf"
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(row.data)).pages)


async def test_the_pdf_letter_carries_the_letterhead_and_the_decision(turns: TurnRig) -> None:
    chat = turns
    await file_request(chat)
    await decide_partially(chat)
    async with chat.sessions() as session:
        ticket = (await session.execute(select(Ticket))).scalar_one()
        decision = (await session.execute(select(PpidDecision))).scalar_one()

    class Stub:  # what context_for reads from a turn
        services = chat.services

    context = context_for(Stub(), ticket, decision)  # type: ignore[arg-type]
    pdf = notice_pdf(Translator("id"), context)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "KABUPATEN SUKAMAJU" in text and "DINAS KEPENDUDUKAN" in text
    assert "Jl. Melati No. 5" in text and "PEMBERITAHUAN TERTULIS" in text
    assert "INF-2611-0001" in text and "Diberikan sebagian" in text
    assert "Rahasia" in text or "rahasia pribadi" in text
    assert "Siti Rahmawati, S.Sos." in text and "Budi Santoso" in text


async def test_only_the_agency_staff_may_decide_and_only_once(turns: TurnRig) -> None:
    chat = turns
    await file_request(chat)
    decide = button(card_of(chat, DUKCAPIL_PPID), "Keputusan")
    popup = await refused_press(chat, decide, PUPR_CHAT)
    assert "bukan milik grup ini" in popup
    sent = await staff_presses(chat, decide, DUKCAPIL_PPID)
    sent = await press(chat, sent, "Tidak dikuasai")
    sent = await staff_says(chat, "Badan Pusat Statistik Kabupaten", DUKCAPIL_PPID)
    sent = await press(chat, sent, "Kirim keputusan")
    assert "Tidak dikuasai" in text_of(chat.to_resident(sent))
    assert "Badan Pusat Statistik" in text_of(chat.to_resident(sent))
    popup = await refused_press(chat, decide, DUKCAPIL_PPID)
    assert "sudah diputuskan" in popup


async def test_the_card_shows_when_the_written_notice_is_due_and_after_extension(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    card = card_of(chat, DUKCAPIL_PPID).text
    assert "Batas pemberitahuan tertulis: 07-12-2026 09:00 WIB" in card
    await chat.in_group(DUKCAPIL_PPID, "/perpanjang INF-2611-0001 data masih direkap")
    listing = text_of(await chat.say("/status"))
    assert "keputusan paling lambat 16-12-2026 09:00 WIB" in listing
