"""The resident's conversations, through the real inbox, handlers, outbox and delivery,
on SQLite and PostgreSQL, with the resident on each channel: Telegram (update JSON
through the real parser, the real sender against the fake Bot API, which checks HTML,
lengths and buttons), WhatsApp (webhook bodies through the real parser and preparer,
the real sender against the fake Graph API, which checks its button and list limits),
and the console of the demo. The assertions are about what people see, whatever the
channel."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import InboxEntry, Ticket
from tests.harness import ChatHarness, text_of

PUPR_CHAT = "-1001000000005"
DISKOMINFO_CHAT = "-1001000000007"
DISDUKCAPIL_PPID_CHAT = "-1001000000101"


@pytest.fixture(params=["telegram", "whatsapp", "console"])
def channel(request: pytest.FixtureRequest) -> str:
    """The resident's channel; staff are in Telegram groups (the console in the demo)."""
    return str(request.param)


async def file_complaint(chat: ChatHarness, description: str, privacy: str = "Publik") -> str:
    await chat.say(f"/lapor {description}")
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")
    await chat.press(privacy)
    done = await chat.press("Kirim")
    return text_of(done)


async def test_start_greets_by_name_and_offers_the_menu(db_url: str, channel: str) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
        sent = await chat.say("/start")
    assert len(sent) == 1
    assert "Siti Aminah" in sent[0].text and "Kabupaten Sukamaju" in sent[0].text
    labels = [b.label for row in sent[0].buttons for b in row]
    assert any("Tanya" in label for label in labels)
    assert any("laporan" in label for label in labels)
    assert any("informasi" in label for label in labels)
    assert any("status" in label for label in labels)
    assert any("Bantuan" in label for label in labels)
    shown = chat.platform_choices()  # as Telegram's keyboard, or WhatsApp's list, shows them
    assert len(shown) == len(labels) and any("Bantuan" in label for label in shown)
    assert "Siti Aminah" in chat.platform_texts()[-1]


async def test_a_complaint_becomes_a_ticket_whose_card_reaches_the_agency(
    db_url: str, channel: str
) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
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
        assert any("ADU-2611-0001" in text for text in chat.platform_texts())
        cards = chat.to_chat(PUPR_CHAT)
        assert len(cards) == 1
        card = cards[0]
        assert "ADU-2611-0001" in card.text and "berlubang besar" in card.text
        assert "Siti Aminah" in card.text
        assert [await chat.photo_content(p) for p in card.photos] == [chat.sent_photo("photo-1")]
        assert card.location is not None and card.location.latitude == -6.9
        assert "maps.google.com" in card.text


async def test_an_anonymous_complaint_hides_the_resident_from_staff(
    db_url: str, channel: str
) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
        await file_complaint(chat, "Jalan desa rusak parah dan berlubang di RT 02", "Anonim")
        card = chat.to_chat(PUPR_CHAT)[-1].text
    assert "Siti" not in card and "@siti" not in card
    assert "disembunyikan" in card


async def test_a_too_short_description_asks_for_more_and_keeps_what_was_said(
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        reply = await chat.say("/lapor jalan rusak")
        assert "terlalu singkat" in text_of(reply)
        reply = await chat.say("di depan SD Negeri 1 Sukamaju, lubangnya dalam sekali")
        assert "Dinas Pekerjaan Umum" in text_of(reply)
        summary_text = text_of(await chat.press("Ya, benar"))
        assert "Lokasi" in summary_text or "lokasi" in summary_text


async def test_cancel_discards_the_draft_at_any_step(sqlite_url: str, channel: str) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        await chat.say("/lapor lampu jalan mati di seluruh Jalan Melati sejak seminggu")
        reply = await chat.say("/batal")
        assert "Dibatalkan" in text_of(reply)
        again = await chat.say("/batal")
        assert "Tidak ada isian" in text_of(again)
        assert chat.to_chat(PUPR_CHAT) == []


async def test_a_half_finished_complaint_resumes_after_a_restart(db_url: str, channel: str) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
        await chat.say("/lapor sampah menumpuk di TPS Pasar Baru sudah lima hari tidak diangkut")
        await chat.press("Ya, benar")
    async with ChatHarness(db_url, channel=channel) as chat:
        await chat.say("Pasar Baru, Kecamatan Sukamaju Kota")
        await chat.press("Lewati")
        await chat.press("Publik")
        done = await chat.press("Kirim")
    assert "ADU-2611-0001" in text_of(done)


async def test_a_public_information_request_goes_to_the_agency_ppid(
    db_url: str, channel: str
) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
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


async def test_status_lists_own_tickets_and_hides_everyone_elses(db_url: str, channel: str) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
        await file_complaint(chat, "Drainase tersumbat di Jalan Kenanga menyebabkan banjir")
        listing = text_of(await chat.say("/status"))
        assert "ADU-2611-0001" in listing
        detail = text_of(await chat.say("/status adu-2611-0001"))
        assert "Menunggu tindak lanjut" in detail and "Drainase" in detail
    async with ChatHarness(db_url, channel=channel, user_id="2002", name="Orang Lain") as other:
        theirs = text_of(await other.say("/status ADU-2611-0001"))
        unknown = text_of(await other.say("/status ADU-2611-0999"))
    assert theirs == unknown.replace("0999", "0001")
    assert "Drainase" not in theirs


async def test_emergency_words_point_to_112_first(sqlite_url: str, channel: str) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        reply = await chat.say("tolong ada kebakaran rumah di gang mawar")
    assert "112" in reply[0].text


async def test_the_112_pointer_does_not_hide_the_answer(sqlite_url: str, channel: str) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        reply = await chat.say("tetangga pingsan butuh ambulans cepat")
    assert "112" in reply[0].text and not reply[0].buttons
    assert "keadaan darurat" in reply[1].text  # the sample KB's entry on emergencies
    labels = [b.label for row in reply[1].buttons for b in row]
    assert any("Membantu" in label or "membantu" in label for label in labels)


async def test_a_question_that_mentions_an_emergency_word_gets_no_112_pointer(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url) as chat:
        reply = await chat.say("rumah saya rusak kena longsor, dapat bantuan ga")
    assert all("112" not in message.text for message in reply)


async def test_language_can_be_switched_to_english(sqlite_url: str, channel: str) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        await chat.say("/bahasa")
        reply = await chat.press("English")
        assert "English" in reply[0].text
        menu = await chat.say("/help")
    assert "How to use" in menu[0].text


async def test_telegram_language_code_sets_the_first_language(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, channel="telegram", language_code="en-GB") as chat:
        reply = await chat.say("/start")
    assert "Hello" in reply[0].text


async def test_every_update_is_stored_and_marked_done(db_url: str, channel: str) -> None:
    async with ChatHarness(db_url, channel=channel) as chat:
        await chat.say("/start")
        await chat.say("halo")
        assert chat.app is not None
        async with chat.app.sessions() as session:
            rows = (await session.execute(select(InboxEntry))).scalars().all()
            tickets = (await session.execute(select(Ticket))).scalars().all()
    assert [r.status for r in rows] == ["done", "done"]
    assert tickets == []


@pytest.mark.parametrize("command", ["/lapor", "/informasi"])
async def test_chat_id_command_answers_in_an_unconfigured_group(
    sqlite_url: str, command: str
) -> None:
    async with ChatHarness(sqlite_url) as chat:
        ignored = await chat.in_group("-100555", command)
        answered = await chat.in_group("-100555", "/chatid")
    assert ignored == []
    assert "-100555" in answered[0].text
