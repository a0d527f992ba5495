"""Trades a course teaches, rides and animal diseases as kinds (see data/kinds.tsv): a
welding course is no heavy-equipment operator's course, a taxi or an intercity bus no
city bus, distemper no rabies. An entry about one is not the answer to a question about
another; its own thing is still answered."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kursus-operator-alat-berat
          agency: disnaker
          questions:
            - Bagaimana cara ikut pelatihan operator alat berat di BLK?
            - kursus operator excavator gratis daftar di mana
          keywords: [pelatihan operator alat berat]
          answer: Pendaftaran pelatihan operator alat berat dibuka tiap triwulan di BLK
            dengan membawa KTP dan ijazah terakhir.
        - id: bus-kota-rute
          agency: dishub
          questions:
            - Apa saja rute dan jam operasional bus kota?
            - bus kota lewat mana saja
          keywords: [rute bus kota]
          answer: Bus kota melayani empat koridor dari pukul 05.30 sampai 21.00.
        - id: vaksin-rabies
          agency: dkpp
          questions:
            - Di mana vaksinasi rabies gratis untuk anjing dan kucing?
          keywords: [vaksin rabies]
          answer: Vaksin rabies gratis di puskeswan setiap hari kerja, bawa hewannya.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "kursus las di blk ada jadwalnya?",
        "pelatihan menjahit gratis ada ga",
        "bus antar kota ke ibu kota provinsi jam berapa",
        "ongkos taksi dari bandara ke pusat kota berapa",
        "vaksin parvo buat anjing ada?",
    ],
)
def test_another_thing_of_the_entry_s_kind_is_not_answered_with_it(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("pelatihan operator excavator daftarnya di mana", "kursus-operator-alat-berat"),
        ("rute bus kota sampai jam berapa", "bus-kota-rute"),
        ("vaksin rabies anjing gratis di mana", "vaksin-rabies"),
    ],
)
def test_the_entry_s_own_thing_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_english_make_names_no_trade(matcher: Matcher) -> None:
    """English 'make up' reads as 'buat' (make): a trade named so would be named by
    every message that asks how to make a document."""
    tokens = matcher.analyse("cara buat ktp baru").tokens
    assert "skill" not in message_things(matcher.index, tokens)
