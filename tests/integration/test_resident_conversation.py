"""The resident's conversations end to end, through the real inbox, handlers, outbox
and delivery, with the resident on each channel: Telegram (update JSON through the real
parser, the real sender against the fake Bot API, which checks HTML, lengths and
buttons) and WhatsApp (webhook bodies through the real parser and preparer, the real
sender against the fake Graph API, which checks its button and list limits). The
assertions are about what people see, whatever the channel.

These are the channels' share: menus as each platform shows them, photos and locations
in, cards out, the inbox, a restart, on SQLite and PostgreSQL. What each conversation
step says is tested one turn at a time in ``tests/turns`` (without app or channel)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import InboxEntry, Ticket
from tests.harness import ChatHarness, text_of

PUPR_CHAT = "-1001000000005"
DISKOMINFO_CHAT = "-1001000000007"
DISDUKCAPIL_PPID_CHAT = "-1001000000101"


@pytest.fixture(params=["telegram", "whatsapp"])
def channel(request: pytest.FixtureRequest) -> str:
    """The resident's channel; staff are in Telegram groups."""
    return str(request.param)


async def test_start_greets_by_name_and_offers_the_menu(sqlite_url: str, channel: str) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
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


async def test_a_half_finished_complaint_on_whatsapp_resumes_after_a_restart(db_url: str) -> None:
    channel = "whatsapp"  # Telegram's: tests/integration/test_telegram_end_to_end.py
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
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
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


async def test_after_a_restart_a_typed_reply_gets_the_step_with_its_buttons_again(
    sqlite_url: str, channel: str
) -> None:
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        await chat.say("/lapor sampah menumpuk di TPS Pasar Baru sudah lima hari tidak diangkut")
        await chat.press("Pilih instansi lain")
    async with ChatHarness(sqlite_url, channel=channel) as chat:
        sent = await chat.say("yang dinas lingkungan")
        assert "tombol di bawah" in text_of(sent) and "Pilih instansi" in sent[-1].text
        if channel == "whatsapp":  # more than ten choices: numbered, answered by typing
            assert ". DLH" in chat.platform_texts()[-1]
        else:
            assert "DLH" in chat.platform_choices()
        await chat.press("DLH", sent)
        asked = await chat.say("Pasar Baru, Kecamatan Sukamaju Kota")
        await chat.press("Lewati", asked)
        again = await chat.say("publik saja")
        assert "Bagaimana identitas Anda" in again[-1].text
        assert any("Publik" in label for label in chat.platform_choices())
        await chat.press("Publik", again)
        done = await chat.press("Kirim")
    assert "ADU-2611-0001" in text_of(done)
    assert chat.to_chat("-1001000000008")  # DLH's group got the card
