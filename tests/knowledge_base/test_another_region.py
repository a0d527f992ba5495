"""A question about a service in a region the knowledge base never names ("UMR
Bandung", "ganjil genap di Jakarta") asks another government's service: the KB's own
entry on it is offered, not given as the answer. A KB that names the region answers,
and a region the resident moves from or works in leaves the question the KB's own."""

from __future__ import annotations

import pytest

from knowledge_base.elsewhere import names_elsewhere
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

UMK = """
- id: umk
  agency: disnaker
  questions:
    - Berapa upah minimum kota tahun ini?
    - umr sini berapa
  keywords: [umk, upah minimum]
  answer: Upah minimum kota tahun ini Rp3.100.000 per bulan.
- id: ganjil-genap
  agency: dishub
  questions:
    - Jam berapa aturan ganjil genap berlaku?
  keywords: [ganjil genap]
  answer: Ganjil genap berlaku pukul 06.00-10.00 dan 16.00-20.00 di jalan protokol.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(UMK)


@pytest.mark.parametrize(
    "message",
    [
        "umr bandung tahun ini berapa",
        "ganjil genap di jakarta berlaku jam berapa",
        "berapa umk surabaya sekarang",
        "umk tanjungpinang tahun ini berapa",
        "ganjil genap di palangkaraya jam berapa",
    ],
)
def test_a_service_in_a_region_the_kb_never_names_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions[:1] in (("umk",), ("ganjil-genap",))


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("umr sini berapa", "umk"), ("ganjil genap berlaku jam berapa", "ganjil-genap")],
)
def test_the_kb_s_own_service_is_answered(matcher: Matcher, message: str, entry_id: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_region_the_resident_moves_from_or_works_in_is_no_other_region(
    matcher: Matcher,
) -> None:
    for message in ("saya baru pindah dari bandung, umr di sini", "saya kerja di batam, umr"):
        assert not names_elsewhere(matcher.index, matcher.analyse(message).tokens)


def test_a_kb_naming_the_region_answers_for_it() -> None:
    bandung = invented_matcher(UMK.replace("Upah minimum kota", "Upah minimum Kota Bandung"))
    result = bandung.match("umr bandung tahun ini berapa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "umk")


VOLCANO = """
- id: status-gunung-kita
  agency: bpbd
  questions:
    - Di mana melihat status aktivitas Gunung Talaga terkini?
    - status gunung sekarang level berapa
  keywords: [status gunung, level gunung api]
  answer: Status Gunung Talaga diumumkan PVMBG; saat ini Level II (Waspada).
"""


def test_a_well_known_volcano_elsewhere_is_another_region_s_status() -> None:
    matcher = invented_matcher(VOLCANO)
    offered = matcher.match("status gunung bromo sekarang level berapa")
    assert (offered.intent, offered.suggestions[:1]) == (Intent.NONE, ("status-gunung-kita",))
    own = matcher.match("status gunung talaga sekarang level berapa")
    assert (own.intent, own.entry_id) == (Intent.FAQ, "status-gunung-kita")


def test_a_kb_naming_the_volcano_answers_for_it() -> None:
    matcher = invented_matcher(VOLCANO.replace("Gunung Talaga", "Gunung Merapi"))
    result = matcher.match("status gunung merapi hari ini gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "status-gunung-kita")
