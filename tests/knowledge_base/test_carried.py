"""A short question asking leave to bring or keep a thing the entry never names is
offered, not answered; a thing the entry names, or a direction after the verb, still
answers."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb, invented_matcher

ENTRIES = """
- id: jadwal-kapal
  agency: dishub
  questions:
    - Jam berapa jadwal kapal ke pulau seberang?
  keywords: [jadwal kapal, kapal pulau]
  answer: Kapal berangkat dari dermaga pukul 08.00 dan 14.00; sepeda motor naik dengan
    tiket kendaraan.
- id: pinjam-buku
  agency: perpustakaan
  questions:
    - Berapa buku yang boleh dipinjam di perpustakaan kota?
  keywords: [pinjam buku, perpustakaan kota]
  answer: Anggota boleh meminjam tiga buku selama dua minggu.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    ["naik kapal ke pulau seberang boleh bawa anjing?", "can I bring my cat on the boat"],
)
def test_leave_to_bring_a_thing_the_entry_never_names_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ
    assert "jadwal-kapal" in result.suggestions


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("kapal ke pulau seberang boleh bawa motor?", "jadwal-kapal"),
        ("perpustakaan kota boleh bawa pulang berapa buku", "pinjam-buku"),
    ],
)
def test_a_thing_the_entry_names_or_a_direction_after_the_verb_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_without_the_guard_the_timetable_answers_the_dog() -> None:
    plain = Matcher(
        invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(carried_things=False))
    )
    result = plain.match("naik kapal ke pulau seberang boleh bawa anjing?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "jadwal-kapal")
