"""An information request speaks its own words (issue #14, item 8): the flow asks
exactly the questions it promises, the contact must be an Indonesian phone number or
an e-mail address, and the status list, notices and closing never call it a report,
never ask "is your problem solved?" and never ask for a 1–5 rating."""

from __future__ import annotations

import re

from sqlalchemy import select

from domain.callbacks import pack
from storage.models import Ticket
from tests.ppid.support import DUKCAPIL_PPID, REQUEST, file_request
from tests.staff.helpers import card_of, staff_presses, the_ticket
from tests.turns.fixtures import TurnsFactory
from tests.turns.rig import TurnRig, text_of

NUMBERED = re.compile(r"^(\d+)/(\d+) — ", re.MULTILINE)


async def test_the_request_asks_exactly_as_many_questions_as_it_promises(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    texts = [m.text for m in chat.to_resident(chat.sender.sent)]
    promised = int(re.search(r"menanyakan (\d+) hal", texts[0]).group(1))  # type: ignore[union-attr]
    asked = [(int(n), int(total)) for text in texts for n, total in NUMBERED.findall(text)]
    assert asked == [(n, promised) for n in range(1, promised + 1)]
    assert any("INF-2611-0001" in text for text in chat.platform_texts())


async def test_a_contact_that_is_neither_a_phone_nor_an_email_is_asked_again_with_why(
    turns: TurnRig,
) -> None:
    chat = turns
    await chat.say("/informasi")
    await chat.say("Budi Santoso")
    await chat.say("Mahasiswa")
    for reply, reason in [
        ("rumah dekat masjid", "nomor HP"),
        ("0812", "terlalu pendek"),
        ("+44 20 7946 0000", "nomor Indonesia"),
        ("budi@gmail", "e-mail itu belum lengkap"),
    ]:
        again = text_of(await chat.say(reply))
        assert reason in again and "3/7" in again, reply
    moved_on = text_of(await chat.say("HP 0812.3456.7890"))
    assert "4/7" in moved_on
    await chat.say(REQUEST)
    await chat.say("Bahan penelitian skripsi")
    await chat.press("E-mail")
    summary = text_of(await chat.press("Ya, benar"))
    assert "+62 812-3456-7890" in summary and "Mahasiswa" in summary
    await chat.press("Kirim")
    card = card_of(chat, DUKCAPIL_PPID).text
    assert "+62 812-3456-7890" in card and "Pekerjaan: Mahasiswa" in card


async def test_status_lists_requests_apart_from_reports_in_their_own_words(turns: TurnRig) -> None:
    chat = turns
    await file_request(chat)
    listing = text_of(await chat.say("/status"))
    detail = text_of(await chat.say("/status INF-2611-0001"))
    assert "Permohonan informasi Anda" in listing and "Laporan Anda" not in listing
    assert "Diajukan; keputusan paling lambat 07-12-2026 09:00 WIB" in listing
    assert "keputusan paling lambat 07-12-2026" in detail


async def test_an_answered_request_closes_without_asking_if_a_problem_is_solved_or_a_rating(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    # an old card's "Selesai" (cards now offer "Keputusan")
    request = await the_ticket(chat)
    sent = await staff_presses(chat, pack("sf", "rs", request.id), DUKCAPIL_PPID)
    told = chat.to_resident(sent)
    assert len(told) == 1
    assert "permohonan informasi" in told[0].text and "keberatan" in told[0].text
    assert "laporan" not in told[0].text.lower() and "masalah" not in told[0].text
    assert told[0].buttons == ()
    async with chat.sessions() as session:
        ticket = (await session.execute(select(Ticket))).scalar_one()
    assert ticket.status == "closed" and ticket.rating is None
    old_rating = await chat.press_data(pack("rt", "s", ticket.id, 5))
    assert "tidak berlaku" in text_of(old_rating)
    listing = text_of(await chat.say("/status"))
    assert "Selesai" in listing


async def test_an_english_requester_gets_the_same_questions_in_english(
    make_turns: TurnsFactory,
) -> None:
    async with make_turns(language_code="en") as chat:
        intro = text_of(await chat.say("/info"))
        assert "7 short questions" in intro and "1/7" in intro
        await chat.say("Budi Santoso")
        await chat.say("Student")
        refused = text_of(await chat.say("no phone"))
    assert "mobile number" in refused and "3/7" in refused


async def test_the_agency_question_is_asked_once_when_no_agency_is_suggested(
    turns: TurnRig,
) -> None:
    chat = turns
    await chat.say("/informasi")
    for reply in ("Budi Santoso", "Mahasiswa", "0812 3456 7890", "Notulen rapat anggaran 2025"):
        await chat.say(reply)
    await chat.say("Bahan penelitian")
    asked = text_of(await chat.press("Lewat chat"))
    assert "7/7" in asked and asked.count("Instansi mana yang menguasai") == 1
