"""What a short message says it is not asking about is no head of its question: "bukan
tanya harga tiket, saya cuma mau tahu jadwal speedboat yang sore" asks the schedule, and
the schedule entry, which never names a price, is answered rather than withheld for
lacking the disowned word. Invented entries."""

from __future__ import annotations

from knowledge_base.head import head_of
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

BOATS = """
    - id: jadwal-speedboat
      agency: dishub
      questions:
        - Jam berapa jadwal speedboat ke pulau?
        - speedboat ke pulau berangkat jam berapa
      keywords: [jadwal speedboat]
      answer: Speedboat berangkat pukul 07.00, 11.00 dan 15.30 dari dermaga utama.
    - id: tarif-speedboat
      agency: dishub
      questions:
        - Berapa harga tiket speedboat ke pulau?
      keywords: [tiket speedboat]
      answer: Tiket Rp75.000 untuk dewasa dan Rp40.000 untuk anak.
    - id: jadwal-feri
      agency: dishub
      questions:
        - Jadwal kapal feri ke pulau jam berapa?
      keywords: [jadwal feri]
      answer: Feri berangkat setiap hari pukul 08.00 dan 14.00.
    """


def test_a_disowned_word_is_passed_over_for_the_head() -> None:
    matcher = invented_matcher(BOATS)
    tokens = tuple(matcher.analyse("bukan harga tiket, jadwal speedboat sore").tokens)
    head = head_of(matcher.index, tokens, frozenset({"harga", "tiket"}))
    assert head is not None and head.term == "speedboat"


def test_the_entry_of_what_is_asked_is_answered_when_a_price_is_disowned() -> None:
    matcher = invented_matcher(BOATS)
    result = matcher.match("bukan tanya harga tiket, saya cuma mau tahu jadwal speedboat yang sore")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "jadwal-speedboat")
