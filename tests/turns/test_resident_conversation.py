"""The resident's conversations, one turn at a time (see :mod:`tests.turns.rig`): what
the resident and the agencies' groups are sent at each step. The same conversations
through the real channels (Telegram, WhatsApp) and the whole app are in
``tests/integration/test_resident_conversation.py``."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import TurnRig, text_of

PUPR_CHAT = "-1001000000005"
DISDUKCAPIL_PPID_CHAT = "-1001000000101"


async def file_complaint(chat: TurnRig, description: str, privacy: str = "Publik") -> str:
    await chat.say(f"/lapor {description}")
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")
    await chat.press(privacy)
    done = await chat.press("Kirim")
    return text_of(done)


async def test_start_greets_by_name_and_offers_the_menu(turns: TurnRig) -> None:
    sent = await turns.say("/start")
    assert len(sent) == 1
    assert "Siti Aminah" in sent[0].text and "Kabupaten Sukamaju" in sent[0].text
    labels = [b.label for row in sent[0].buttons for b in row]
    assert any("Tanya" in label for label in labels)
    assert any("laporan" in label for label in labels)
    assert any("informasi" in label for label in labels)
    assert any("status" in label for label in labels)
    assert any("Bantuan" in label for label in labels)


async def test_a_complaint_becomes_a_ticket_whose_card_reaches_the_agency(turns: TurnRig) -> None:
    chat = turns
    await chat.say("/lapor")
    asked = await chat.say("Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    assert "Dinas Pekerjaan Umum" in text_of(asked)
    await chat.press("Ya, benar")
    await chat.share_location(-6.9, 107.6)
    await chat.send_photo("photo-1")
    await chat.press("Lanjut")
    summary = await chat.press("Publik")
    assert "berlubang" in text_of(summary)
    done = await chat.press("Kirim")

    assert "ADU-2611-0001" in text_of(done)
    [card] = chat.to_chat(PUPR_CHAT)
    assert "ADU-2611-0001" in card.text and "berlubang besar" in card.text
    assert "Siti Aminah" in card.text
    assert [p.id for p in card.photos] == ["photo-1"]
    assert card.location is not None and card.location.latitude == -6.9
    assert "maps.google.com" in card.text


@both_databases
async def test_an_anonymous_complaint_hides_the_resident_from_staff(turns: TurnRig) -> None:
    await file_complaint(turns, "Jalan desa rusak parah dan berlubang di RT 02", "Anonim")
    card = turns.to_chat(PUPR_CHAT)[-1].text
    assert "Siti" not in card and "@siti" not in card
    assert "disembunyikan" in card


async def test_a_too_short_description_asks_for_more_and_keeps_what_was_said(
    turns: TurnRig,
) -> None:
    reply = await turns.say("/lapor jalan rusak")
    assert "terlalu singkat" in text_of(reply)
    reply = await turns.say("di depan SD Negeri 1 Sukamaju, lubangnya dalam sekali")
    assert "Dinas Pekerjaan Umum" in text_of(reply)
    summary_text = text_of(await turns.press("Ya, benar"))
    assert "Lokasi" in summary_text or "lokasi" in summary_text


async def test_a_description_typed_without_spaces_asks_for_words_not_for_more(
    turns: TurnRig,
) -> None:
    reply = await turns.say("/lapor jalanrusakparahdidepansdnegeri1")
    assert "beberapa kata, dengan spasi" in text_of(reply)
    assert "terlalu singkat" not in text_of(reply)
    reply = await turns.say("jalan rusak parah di depan SD Negeri 1 sejak bulan lalu")
    assert "Dinas Pekerjaan Umum" in text_of(reply)


async def test_cancel_discards_the_draft_at_any_step(turns: TurnRig) -> None:
    await turns.say("/lapor lampu jalan mati di seluruh Jalan Melati sejak seminggu")
    reply = await turns.say("/batal")
    assert "Dibatalkan" in text_of(reply)
    again = await turns.say("/batal")
    assert "Tidak ada isian" in text_of(again)
    assert turns.to_chat(PUPR_CHAT) == []


@both_databases
async def test_a_half_finished_complaint_is_kept_in_the_database_between_turns(
    turns: TurnRig,
) -> None:
    await turns.say("/lapor sampah menumpuk di TPS Pasar Baru sudah lima hari tidak diangkut")
    await turns.press("Ya, benar")
    later = turns.as_resident("1001", "Siti Aminah")  # nothing kept but the database
    await later.say("Pasar Baru, Kecamatan Sukamaju Kota")
    await later.press("Lewati")
    await later.press("Publik")
    done = await later.press("Kirim")
    assert "ADU-2611-0001" in text_of(done)


@both_databases
async def test_a_public_information_request_goes_to_the_agency_ppid(turns: TurnRig) -> None:
    chat = turns
    await chat.say("/informasi")
    await chat.say("Budi Santoso")
    await chat.say("Mahasiswa")
    await chat.say("budi@example.org")
    await chat.say("Data jumlah penerbitan akta kelahiran dan KTP-el tahun 2025 per kecamatan")
    await chat.say("Bahan penelitian skripsi")
    reply = await chat.press("E-mail")
    if "Benar?" in text_of(reply):
        reply = await chat.press("Ya, benar")
    else:
        reply = await chat.press("Disdukcapil")
    assert "Budi Santoso" in text_of(reply)
    done = await chat.press("Kirim")
    assert "INF-2611-0001" in text_of(done)
    assert "10 hari kerja" in text_of(done)
    card = chat.to_chat(DISDUKCAPIL_PPID_CHAT)[-1].text
    assert "INF-2611-0001" in card and "Budi Santoso" in card and "skripsi" in card


@both_databases
async def test_status_lists_own_tickets_and_hides_everyone_elses(turns: TurnRig) -> None:
    await file_complaint(turns, "Drainase tersumbat di Jalan Kenanga menyebabkan banjir")
    listing = text_of(await turns.say("/status"))
    assert "ADU-2611-0001" in listing
    detail = text_of(await turns.say("/status adu-2611-0001"))
    assert "Menunggu tindak lanjut" in detail and "Drainase" in detail
    other = turns.as_resident("2002", "Orang Lain")
    theirs = text_of(await other.say("/status ADU-2611-0001"))
    unknown = text_of(await other.say("/status ADU-2611-0999"))
    assert theirs == unknown.replace("0999", "0001")
    assert "Drainase" not in theirs


async def test_emergency_words_point_to_112_first(turns: TurnRig) -> None:
    reply = await turns.say("tolong ada kebakaran rumah di gang mawar")
    assert "112" in reply[0].text


async def test_the_112_pointer_does_not_hide_the_answer(turns: TurnRig) -> None:
    reply = await turns.say("tetangga pingsan butuh ambulans cepat")
    assert "112" in reply[0].text and not reply[0].buttons
    assert "keadaan darurat" in reply[1].text  # the sample KB's entry on emergencies
    labels = [b.label for row in reply[1].buttons for b in row]
    assert any("Membantu" in label or "membantu" in label for label in labels)


async def test_a_question_that_mentions_an_emergency_word_gets_no_112_pointer(
    turns: TurnRig,
) -> None:
    reply = await turns.say("rumah saya rusak kena longsor, dapat bantuan ga")
    assert all("112" not in message.text for message in reply)


async def test_a_greeting_in_front_of_an_emergency_still_points_to_112(turns: TurnRig) -> None:
    reply = await turns.say("halo min, tenggelam")
    assert "112" in reply[0].text


async def test_a_new_resident_who_says_hello_gets_one_welcome_not_two_greetings(
    turns: TurnRig,
) -> None:
    reply = await turns.say("halo min")
    assert len(reply) == 1 and "Siti Aminah" in reply[0].text and reply[0].buttons
    question = await turns.say("syarat ktp pemula apa saja")
    assert len(question) == 1  # a known resident's question gets its answer alone


async def test_a_new_resident_who_opens_with_a_question_gets_the_welcome_and_the_answer(
    turns: TurnRig,
) -> None:
    reply = await turns.say("syarat ktp pemula apa saja")
    assert len(reply) == 2 and "Siti Aminah" in reply[0].text


async def test_chat_addressed_to_the_bot_is_told_what_the_bot_is_with_the_menu(
    turns: TurnRig,
) -> None:
    await turns.say("/start")
    reply = await turns.say("min udah makan belum?")
    assert len(reply) == 1 and "asisten otomatis" in reply[0].text
    assert reply[0].buttons  # the menu, so the resident can go on
    assert "pajak" not in reply[0].text.lower()  # no entry sharing the word "makan"


async def test_language_can_be_switched_to_english(turns: TurnRig) -> None:
    await turns.say("/bahasa")
    reply = await turns.press("English")
    assert "English" in reply[0].text
    menu = await turns.say("/help")
    assert "How to use" in menu[0].text


async def test_the_platforms_language_code_sets_the_first_language(
    make_turns: TurnsFactory,
) -> None:
    async with make_turns(language_code="en-GB") as chat:
        reply = await chat.say("/start")
    assert "Hello" in reply[0].text


async def test_a_conversation_outside_a_dialog_files_no_ticket(turns: TurnRig) -> None:
    await turns.say("/start")
    await turns.say("halo")
    async with turns.sessions() as session:
        assert (await session.execute(select(Ticket))).scalars().all() == []


@pytest.mark.parametrize("command", ["/lapor", "/informasi"])
async def test_chat_id_command_answers_in_an_unconfigured_group(
    turns: TurnRig, command: str
) -> None:
    ignored = await turns.in_group("-100555", command)
    answered = await turns.in_group("-100555", "/chatid")
    assert ignored == []
    assert "-100555" in answered[0].text
