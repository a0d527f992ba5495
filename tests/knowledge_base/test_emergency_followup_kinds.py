"""After the 112 pointer, an emergency is followed by the knowledge base's entries on its
kind of event, read from the entries' own words: someone fainting or not breathing by
the ambulance entry, a flood or a fire by reporting it before aid after it, and by no
entry at all when the knowledge base has none on that kind, never by one that only
shares a word (see knowledge_base/emergency_followup.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_KB = ROOT / "knowledge_base" / "sample"
DEV = ROOT / "bench" / "data" / "dev"

MEDICAL = [
    "my father is dying, he cannot breathe",
    "ibu saya pingsan tidak sadar",
    "anak kejang tolong",
    "someone collapsed in the street and is not breathing",
]


@cache
def kb_matcher(folder: Path) -> Matcher:
    return Matcher(load_kb(folder))


def offered(matcher: Matcher, text: str) -> tuple[str, ...]:
    """The entries offered after the pointer: the suggestions, or a complaint's entry."""
    result = matcher.match(text)
    assert result.emergency
    if result.intent is Intent.COMPLAINT:
        return (result.related,) if result.related else ()
    return result.suggestions


@pytest.mark.parametrize("text", MEDICAL)
def test_a_medical_emergency_is_followed_by_the_emergency_entry_not_pollution(text: str) -> None:
    sample = kb_matcher(SAMPLE_KB)
    assert offered(sample, text)[:1] == ("aduan-bukan-untuk-darurat",)
    assert "lapor-pencemaran-lingkungan" not in sample.match(text).suggestions


@pytest.mark.parametrize("kb", ["banyuraga", "rawakaliling", "sungaijelawat", "buntulolo"])
@pytest.mark.parametrize("text", MEDICAL)
def test_a_medical_emergency_is_followed_by_the_ambulance_entry_alone(kb: str, text: str) -> None:
    found = offered(kb_matcher(DEV / kb / "kb"), text)
    assert found and all(entry.startswith("ambulans") for entry in found)


@pytest.mark.parametrize("text", [*MEDICAL, "tolong ada orang tenggelam di sungai"])
def test_a_kb_without_an_entry_on_the_kind_offers_none_rather_than_an_unrelated_one(
    text: str,
) -> None:
    assert offered(kb_matcher(DEV / "tirtajaya" / "kb"), text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "air sudah masuk rumah setinggi pinggang tolong",
        "the flood water is entering our house, help",
    ],
)
def test_after_a_flood_reporting_the_disaster_comes_before_the_aid(text: str) -> None:
    found = offered(kb_matcher(SAMPLE_KB), text)
    assert found[0] == "lapor-kejadian-bencana"
    if "bantuan-rumah-rusak-bencana" in found:
        assert found.index("bantuan-rumah-rusak-bencana") > 0


def test_after_a_flood_the_shelter_comes_before_the_relief_supplies() -> None:
    found = offered(
        kb_matcher(DEV / "rawakaliling" / "kb"), "air banjir sudah masuk rumah sepinggang, tolong"
    )
    assert found[0] == "banjir-posko-pengungsian"
    assert found.index("banjir-bantuan-logistik") > 0


@pytest.mark.parametrize(
    "text",
    [
        "rumah tetangga kebakaran tolong, apinya besar",
        "there is a fire in my neighbour's house right now",
    ],
)
def test_a_fire_is_not_followed_by_the_fire_brigades_other_services(text: str) -> None:
    """The fire brigade also cuts stuck rings off at its station: no fire entry."""
    assert offered(kb_matcher(DEV / "tirtajaya" / "kb"), text) == ()


INVENTED = """
- id: panggil-damkar
  agency: damkar
  questions:
    - Nomor telepon pemadam kebakaran berapa?
    - rumah terbakar lapor ke mana
  keywords: [lapor kebakaran, damkar]
  answer: Hubungi 112 atau pos damkar terdekat.
- id: santunan-kebakaran
  agency: dinsos
  questions:
    - Bantuan apa yang didapat korban kebakaran rumah?
    - rumah habis terbakar dapat bantuan tidak
  keywords: [bantuan korban kebakaran]
  answer: Dinas Sosial memberi bantuan makanan dan pakaian.
- id: pelatihan-apar
  agency: damkar
  questions:
    - Bagaimana meminta pelatihan pemadaman api untuk kantor?
    - simulasi kebakaran di sekolah
  keywords: [pelatihan apar, simulasi kebakaran]
  answer: Ajukan surat ke damkar.
- id: tagihan-air
  agency: pdam
  questions:
    - Kenapa tagihan air saya naik?
  keywords: [tagihan air]
  answer: Periksa meteran air Anda.
"""


@pytest.fixture(scope="module")
def invented() -> Matcher:
    return invented_matcher(INVENTED)


def test_a_fire_is_followed_by_whom_to_call_then_aid_and_never_training(
    invented: Matcher,
) -> None:
    result = invented.match("tolong rumah tetangga terbakar apinya sudah besar")
    assert result.emergency and result.intent is not Intent.FAQ
    assert result.suggestions == ("panggil-damkar", "santunan-kebakaran")


def test_an_answered_fire_keeps_its_answer_and_offers_no_training(invented: Matcher) -> None:
    result = invented.match("help, the house next door is on fire")
    assert result.emergency
    assert result.intent is not Intent.FAQ or result.entry_id != "tagihan-air"
    assert "pelatihan-apar" not in result.suggestions


def test_a_flood_in_a_kb_of_fire_entries_only_gets_no_suggestion(invented: Matcher) -> None:
    result = invented.match("air banjir sudah masuk rumah sepinggang, tolong")
    assert result.emergency
    assert result.intent is Intent.FAQ or result.suggestions == ()
