"""The complaint asks what the public page and Open311 group reports by (issue 17):
the category (when the agency lists some) and the kecamatan/desa, read from the address
or the pin when they tell it, else asked with buttons; both skippable, both stored on
the ticket and shown on the staff card."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from domain.messages import OutgoingMessage
from storage.models import Ticket
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.place_config import agencies_with_places
from tests.turns.rig import TurnRig, text_of

PUPR_CHAT = "-1001000000005"
ROAD = "/lapor Jalan di depan pasar berlubang besar sudah 2 minggu, bahaya untuk motor"


@pytest.fixture
async def chat(make_turns: TurnsFactory, tmp_path: Path) -> AsyncIterator[TurnRig]:
    async with make_turns(agencies=agencies_with_places(tmp_path)) as rig:
        yield rig


async def _ticket(chat: TurnRig) -> Ticket:
    async with chat.sessions() as session:
        return (await session.execute(select(Ticket))).scalars().one()


async def _send(chat: TurnRig) -> list[OutgoingMessage]:
    await chat.press("Lewati")  # photos
    summary = await chat.press("Publik")
    await chat.press("Kirim")
    return summary


def _labels(message: OutgoingMessage) -> list[str]:
    return [b.label for row in message.buttons for b in row]


@both_databases
async def test_a_desa_in_the_address_and_a_chosen_category_reach_the_ticket_and_card(
    chat: TurnRig,
) -> None:
    await chat.say(ROAD)
    asked = await chat.press("Ya, benar")
    assert "jenis apa" in asked[-1].text and "Jalan rusak" in _labels(asked[-1])
    await chat.press("Jalan rusak")
    after = await chat.say("Jl. Melati 5 RT 02, Desa Cibeureum")
    assert "Kirim foto" in text_of(after)  # the desa told the kecamatan: nothing asked
    summary = text_of(await _send(chat))
    assert "Cibeureum, Kec. Sukasari" in summary and "Kategori:</b> Jalan rusak" in summary
    ticket = await _ticket(chat)
    assert ticket.details["kecamatan"] == "Sukasari" and ticket.details["desa"] == "Cibeureum"
    assert ticket.details["category"] == "Jalan rusak" and ticket.category == "Jalan rusak"
    [card] = chat.to_chat(PUPR_CHAT)
    assert "Wilayah: Cibeureum, Kec. Sukasari" in card.text
    assert "Kategori: Jalan rusak" in card.text


async def test_a_pin_near_a_kecamatan_tells_it(chat: TurnRig) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    await chat.press("Lewati")  # no category
    after = await chat.share_location(-6.91, 107.61)
    assert "Kirim foto" in text_of(after)
    await _send(chat)
    ticket = await _ticket(chat)
    assert ticket.details.get("kecamatan") == "Sukamaju Kota" and "desa" not in ticket.details
    assert "category" not in ticket.details


async def test_an_address_that_names_no_area_asks_the_kecamatan_with_buttons(
    chat: TurnRig,
) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    await chat.press("Jembatan")
    asked = await chat.say("depan pasar lama dekat masjid")
    assert "Di kecamatan mana" in asked[-1].text
    assert _labels(asked[-1]) == ["Sukamaju Kota", "Sukasari", "Cikalong", "Lewati ⏭"]
    await chat.press("Cikalong")
    await _send(chat)
    assert (await _ticket(chat)).details["kecamatan"] == "Cikalong"


async def test_a_shared_desa_name_alone_does_not_guess_the_kecamatan(chat: TurnRig) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    await chat.press("Lewati")
    asked = await chat.say("Gang Mawar, Desa Margahayu")  # in two kecamatan
    assert "Di kecamatan mana" in asked[-1].text
    again = await chat.say("yang dekat pasar")
    assert "tombol di bawah" in again[0].text and "Sukasari" in _labels(again[-1])
    typed = await chat.say("kec. sukasari")  # typed instead of pressed: still understood
    assert "Kirim foto" in text_of(typed)
    await _send(chat)
    assert (await _ticket(chat)).details["kecamatan"] == "Sukasari"


async def test_skipping_both_files_the_report_without_them(chat: TurnRig) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    await chat.press("Lewati")  # category
    await chat.press("Lewati")  # location
    await chat.press("Lewati")  # kecamatan
    await _send(chat)
    ticket = await _ticket(chat)
    assert not {"kecamatan", "desa", "category"} & set(ticket.details)


async def test_a_typed_reply_at_the_category_step_gets_the_choices_again(chat: TurnRig) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    again = await chat.say("yang jalan itu lho")
    assert "tombol di bawah" in again[0].text and "jenis apa" in again[-1].text
    assert "Jembatan" in _labels(again[-1])
    typed = await chat.say("jembatan")  # a category's own name is understood
    assert "Di mana lokasinya" in text_of(typed)


async def test_an_agency_without_categories_asks_none(chat: TurnRig) -> None:
    await chat.say("/lapor Puskesmas Sukamaju tutup lebih awal padahal jadwalnya sampai jam 2")
    agency = await chat.press("Pilih instansi lain")
    assert agency
    asked = await chat.press("Dinkes")
    assert "Di mana lokasinya" in text_of(asked)


async def test_changing_the_agency_asks_the_new_agencys_category_then_shows_the_summary(
    chat: TurnRig,
) -> None:
    await chat.say("/lapor Puskesmas Sukamaju tutup lebih awal padahal jadwalnya sampai jam 2")
    await chat.press("Pilih instansi lain")
    await chat.press("Dinkes")
    await chat.say("Desa Mekarsari")
    await chat.press("Lewati")
    await chat.press("Publik")
    await chat.press("Ubah")
    await chat.press("Instansi")
    await chat.press("Pilih instansi lain")
    asked = await chat.press("Dinas PUPR")
    assert "jenis apa" in asked[-1].text
    summary = await chat.press("Drainase")
    assert "Periksa laporan Anda" in text_of(summary) and "Drainase / saluran air" in text_of(
        summary
    )
    assert "Mekarsari, Kec. Cikalong" in text_of(summary)


async def test_a_stale_category_button_is_refused(chat: TurnRig) -> None:
    await chat.say(ROAD)
    await chat.press("Ya, benar")
    sent = await chat.press_data("v1|cx|ct|9")
    assert "tidak berlaku" in text_of(sent)


async def test_without_areas_or_categories_nothing_more_is_asked(turns: TurnRig) -> None:
    await turns.say(ROAD)
    await turns.press("Ya, benar")
    asked = await turns.say("depan pasar lama dekat masjid")
    assert "Kirim foto" in text_of(asked)


async def test_an_english_resident_picks_the_category_by_its_english_name(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    path = agencies_with_places(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for agency in data["agencies"]:
        if agency["code"] == "pupr":
            agency["categories"] = [
                {"name": "Jalan rusak", "name_en": "Damaged road"},
                {"name": "Jembatan", "name_en": "Bridge"},
                "Drainase / saluran air",
            ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    async with make_turns(agencies=path) as chat:
        await chat.say("/language en")
        await chat.say("/report The road in front of the market has a big hole, dangerous")
        # the English "hole" reads as "lubang", so routing suggests Public Works itself
        asked = await chat.press("Yes, that's right")
        assert _labels(asked[-1])[:3] == ["Damaged road", "Bridge", "Drainase / saluran air"]
        await chat.say("bridge")  # typed in English: understood too
        await chat.say("Jl. Melati 5 RT 02, Desa Cibeureum")
        await chat.press("Skip")
        summary = text_of(await chat.press("Public"))
        assert "Bridge" in summary and "Jembatan" not in summary
        await chat.press("Send")
        assert (await _ticket(chat)).details["category"] == "Jembatan"  # stored as configured
