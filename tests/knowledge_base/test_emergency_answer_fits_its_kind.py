"""After the 112 pointer the answer shown must fit the emergency's kind: a flood in the
house is no question about the water bill, though both say "air" / "water", and a child
drowning at a beach is no question about its tickets. An answer on another kind is taken
back and the entries on the emergency's kind are offered instead; an answer on the kind
(the fire brigade for a fire) is kept (see knowledge_base/emergency_followup.py)."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: tagihan-air
  agency: pdam
  questions: [air di rumah saya terus naik tagihannya, kenapa tagihan air masuk rumah naik terus,
    water bill at our house keeps rising, why is the water coming into our house billed higher]
  keywords: [air, tagihan, water bill, water]
  answer: Tagihan air dihitung dari meter.
- id: tiket-pantai
  agency: dispar
  questions: [harga tiket masuk pantai untuk anak, jam buka pantai sekarang,
    beach ticket price for a child, is the beach open right now]
  keywords: [pantai, beach]
  answer: Tiket masuk pantai Rp10.000.
- id: lapor-bencana
  agency: bpbd
  questions: [cara melapor kejadian bencana ke BPBD, how to report a disaster]
  keywords: [banjir, flood, evakuasi]
  answer: Hubungi Pusdalops BPBD.
- id: sar-tenggelam
  agency: basarnas
  questions: [menghubungi tim pencarian dan pertolongan, contacting search and rescue]
  keywords: [tenggelam, drowning]
  answer: Hubungi Basarnas.
- id: damkar-lapor
  agency: damkar
  questions: [nomor damkar untuk lapor kebakaran, how to report a fire to the fire brigade]
  keywords: [kebakaran, damkar, fire]
  answer: Hubungi damkar di 113.
- id: lapor-polusi-pabrik
  agency: dlh
  questions: [lapor asap pabrik yang mencemari kampung, report factory smoke polluting the village]
  keywords: [asap pabrik, polusi udara, factory smoke]
  answer: Laporkan ke DLH.
- id: kaki-palsu
  agency: dinsos
  questions: [bantuan kaki palsu untuk penyandang disabilitas, help for a prosthetic leg]
  keywords: [kaki palsu, prosthetic leg, alat bantu]
  answer: Ajukan ke Dinsos.
"""


@cache
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "banjir sudah masuk rumah, air terus naik",
        "the flood water is coming into our house now",
    ],
)
def test_a_flood_now_is_not_answered_with_the_water_bill_but_offered_the_flood_entry(
    text: str,
) -> None:
    result = matcher().match(text)
    assert result.emergency
    assert result.entry_id != "tagihan-air"
    assert result.suggestions[:1] == ("lapor-bencana",)


@pytest.mark.parametrize(
    "text",
    [
        "anak tenggelam di pantai sekarang",
        "a child is drowning at the beach right now, please help",
    ],
)
def test_a_drowning_at_a_beach_is_offered_search_and_rescue_not_the_beach_tickets(
    text: str,
) -> None:
    result = matcher().match(text)
    assert result.emergency
    assert result.intent is not Intent.FAQ or result.entry_id == "sar-tenggelam"
    offered = (result.entry_id,) if result.entry_id else result.suggestions
    assert offered[0] == "sar-tenggelam"


@pytest.mark.parametrize(
    "text",
    [
        "rumah tetangga kebakaran, nomor damkar berapa",
        "my neighbour's house is on fire, how do I report it to the fire brigade",
    ],
)
def test_an_answer_on_the_emergencys_kind_is_kept_after_the_pointer(text: str) -> None:
    result = matcher().match(text)
    assert result.emergency
    assert (result.intent, result.entry_id) == (Intent.FAQ, "damkar-lapor")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "asap hitam pabrik bikin sesak napas orang kampung, lapor ke siapa?",
            "lapor-polusi-pabrik",
        ),
        (
            "my uncle lost a leg in a boat accident, is there help for a prosthetic leg",
            "kaki-palsu",
        ),
    ],
)
def test_a_message_that_asks_keeps_the_entry_answering_it_even_if_read_as_an_emergency(
    text: str, entry: str
) -> None:
    result = matcher().match(text)
    assert result.emergency
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


@pytest.mark.parametrize(
    "text",
    [
        "saya pelanggan lama tapi rekening air tiba-tiba naik tidak wajar",
        "tagihan air terus naik",
        "our water bill suddenly went up three times this month",
    ],
)
def test_a_water_bill_going_up_is_no_emergency(text: str) -> None:
    result = matcher().match(text)
    assert not result.emergency
    assert "tagihan-air" in (result.entry_id, result.related, *result.suggestions)
