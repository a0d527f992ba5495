"""Once a requester chooses English, an information request is English end to end: its
questions and their validation, the PPID's extension and decision (the written notice
and its PDF letter), /status, an objection and the superior's answer; and the deadline
notices (escalation, closing) reach English-speaking residents in English, on Telegram
and on WhatsApp. The PPID and the superior keep reading Indonesian."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from domain.messages import Channel
from storage import documents
from tests.language.detector import indonesian_words
from tests.ppid.support import DUKCAPIL_PPID
from tests.ppid.test_decisions import decide_partially
from tests.ppid.test_objections import SUPERIOR, reject_request, superior
from tests.staff.helpers import PUPR_CHAT, button, card_of, staff_presses, staff_says
from tests.turns.deadlines import deadlines_of
from tests.turns.english import PLACE_NAMES, choose_english, english_leaks
from tests.turns.rig import TurnRig, text_of

CHANNELS = pytest.mark.parametrize("channel", [Channel.CONSOLE, Channel.WHATSAPP])
WIB = ZoneInfo("Asia/Jakarta")
# what the PPID and the superior write themselves reaches the requester as written
PPID_WORDS = (
    "NIK dan alamat orang tua pada akta",
    "Membuka NIK merugikan privasi & keamanan data",
    "juga di https://ppid.example.go.id/akta-2025",
    "Akta memuat NIK dan data pribadi warga",
    "Jumlah akta per kecamatan bukan informasi yang dikecualikan.",
    "data masih direkap",
)


async def file_english_request(chat: TurnRig) -> None:
    await chat.say("/info")
    await chat.say("B")  # too short a name
    await chat.say("Budi Santoso")
    await chat.say("Student")
    await chat.say("call me maybe")  # not a phone number or an e-mail address
    await chat.say("0812 3456 7890")
    await chat.say("Number of birth certificates issued per district in 2025")
    await chat.say("Material for my thesis")
    shown = await chat.press("E-mail")
    if "another agency" in str([m.buttons for m in shown]):
        await chat.press("Choose another agency", shown)
    await chat.press("Civil Registry")
    await chat.press("Send")


@CHANNELS
async def test_an_information_request_its_decision_and_extension_are_english(
    turns: TurnRig, channel: Channel
) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    await file_english_request(chat)
    await staff_presses(chat, button(card_of(chat, DUKCAPIL_PPID), "Ambil"), DUKCAPIL_PPID)
    await chat.in_group(DUKCAPIL_PPID, "/perpanjang INF-2611-0001 data masih direkap")
    sent = await decide_partially(chat)
    letter = next(m for m in chat.to_resident(sent) if m.documents)
    pdf = letter.documents[0]
    async with chat.sessions() as session:
        stored = await documents.read(session, int(pdf.id))
    assert stored is not None
    pages = PdfReader(io.BytesIO(stored.data)).pages
    text = " ".join(page.extract_text() for page in pages)
    # the letterhead keeps the official names; the rest is English
    assert "WRITTEN NOTICE" in text and "Granted in part" in text
    letterhead = ("KABUPATEN SUKAMAJU", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    assert indonesian_words(text, (*letterhead, *PPID_WORDS, *PLACE_NAMES)) == []
    await chat.say("/status")
    await chat.say("/status INF-2611-0001")
    await chat.press("Send the letter again")
    told = text_of(chat.sender.sent[since:])
    assert "Population and Civil Registration Office" in told
    assert "extended" in told and "Nov 2026, 09:00 WIB" in told
    assert english_leaks(chat, since, PPID_WORDS) == []


@CHANNELS
async def test_an_objection_and_the_superiors_answer_are_english(
    turns: TurnRig, channel: Channel
) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    await file_english_request(chat)
    await chat.say("/objection INF-2611-0001")  # too early
    await reject_request(chat)
    await chat.say("/objection")
    await chat.say("/objection INF-2611-0001")
    await chat.press("Rejected (art. 17)")
    await chat.say("short")
    await chat.say("I only asked for counts per district, not for anyone's personal data.")
    await chat.press("Send")
    await chat.say("/objection INF-2611-0001")  # twice
    card = chat.to_chat(SUPERIOR)[-1]
    await superior(chat, callback_data=button(card, "diterima"), callback_id="c1")
    await superior(chat, text=PPID_WORDS[4])
    await chat.press("Going to the Commission")
    await chat.say("/status")
    assert english_leaks(chat, since, PPID_WORDS) == []


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=WIB).astimezone(UTC)


@CHANNELS
async def test_deadline_notices_reach_an_english_resident_in_english(
    turns: TurnRig, channel: Channel
) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    for _ in range(2):
        await chat.say("/report The road in front of the market has big potholes for weeks")
        await chat.press("Yes, that's right")
        await chat.press("Skip")
        await chat.press("Skip")
        await chat.press("Public")
        await chat.press("Send")
    jobs = deadlines_of(chat)
    await jobs.sweep_at(at(26, 9))  # escalated: the resident is told it was passed up
    card = card_of(chat, PUPR_CHAT)
    await staff_says(chat, "Sudah kami perbaiki", reply_to=card)
    await jobs.sweep_at(datetime(2026, 12, 15, 10, tzinfo=WIB).astimezone(UTC))
    told = text_of(chat.to_resident(chat.sender.sent[since:]))
    assert "escalat" in told.lower() or "supervisor" in told.lower()
    assert "closed" in told
    assert english_leaks(chat, since, ["Sudah kami perbaiki"]) == []
