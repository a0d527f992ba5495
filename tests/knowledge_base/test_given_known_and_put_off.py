"""What a message says is known, put off or not asked ("sudah tau", "nanti aja", "ga
nanya") is given, and a decimal comma ("1,5%") cuts no clause (see
knowledge_base.given). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.given import given_reading
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher

HALL = """
    - id: sewa-gedung-tarif
      agency: x
      questions:
        - Berapa tarif sewa gedung serbaguna kecamatan?
        - sewa gedung serbaguna sehari bayar berapa
      keywords: [tarif sewa gedung serbaguna]
      answer: Tarif sewa gedung serbaguna Rp1.500.000 per hari.
    - id: sewa-gedung-pesan
      agency: x
      questions:
        - Bagaimana cara memesan gedung serbaguna kecamatan untuk hajatan?
        - booking gedung serbaguna daftar di mana
      keywords: [pesan gedung serbaguna]
      answer: Pesan gedung serbaguna di loket kecamatan paling lambat dua minggu sebelumnya.
    """


def _background(text: str) -> frozenset[str] | None:
    matcher = invented_matcher(HALL)
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    return None if found is None else found.background


def test_a_fee_the_resident_already_knows_with_a_decimal_comma_is_background() -> None:
    text = "tarif 1,5 juta sudah tau, tapi pesan gedung serbaguna buat hajatan di mana?"
    background = _background(text)
    assert background is not None and "tarif" in background and "pesan" not in background


def test_a_fee_put_off_for_later_is_background() -> None:
    background = _background("tarif gedung sih nanti aja, yang penting cara pesan aula serbaguna?")
    assert background is not None and "tarif" in background


def test_a_fee_the_resident_says_is_not_asked_is_background() -> None:
    background = _background("tarif gedung sih ga nanya, mau tau pesan aula serbaguna di mana?")
    assert background is not None and "tarif" in background


def _normalise(text: str) -> str:
    return Normaliser(default_lexicon()).normalise(text)


def test_chat_verbs_with_a_dropped_letter_are_read_as_the_verb() -> None:
    assert _normalise("masang tenda di jalan") == _normalise("pasang tenda di jalan")
    assert _normalise("itungannya gimana").split()[0] == "hitungan"
