"""Words of regional varieties read as the Indonesian they mean (round 16): or-not tags of
eastern Malay, Minangkabau, Riau and Bangka Malay, Banjar, Batak Toba and Javanese words,
and the false friends they are kept apart from. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["bantuan", "izin", "sumur", "ambulans", "air", "hujan"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("bantuan sumur bisa ko seng", "bantuan sumur bisa atau tidak"),  # Ambon
        ("izin bayar ka trada", "izin bayar atau tidak"),  # Papua
        ("kama ambo minta izin", "ke mana saya minta izin"),  # Minangkabau
        ("batua indak", "betul tidak"),
        ("ambulans bawak ke sini", "ambulans bawa ke sini"),  # Riau Malay
        ("air sumur masin", "air sumur asin"),
        ("ku nek minta bantuan", "saya mau minta bantuan"),  # Bangka
        ("balum suah dapat bantuan", "belum pernah dapat bantuan"),  # Banjar
        ("izin piga", "izin berapa"),  # Batak Toba
        ("dapat bantuan atau dang", "dapat bantuan atau tidak"),
        ("tampung air hujan", "tampung air hujan"),
        ("tadah air hujan", "tampung air hujan"),
        ("bantuan sumur hanyar tuntung digawi", "bantuan sumur baru selesai dikerjakan"),  # Banjar
        ("tege bantuan di lewu", "ada bantuan di desa"),  # Ngaju Dayak
        ("sumur di blakang minta kase bersih", "sumur di belakang minta bersihkan"),  # Manado
        ("izin kad pelancong", "izin kartu wisatawan"),  # Malaysian Malay
        ("iso entuk bantuan", "bisa dapat bantuan"),  # Javanese: get, or may
        ("sumur buke", "sumur buka"),  # Bangka
        ("ambo nio minta bantuan", "saya mau minta bantuan"),  # Minangkabau
        ("sumur rusak, lapor ka sia", "sumur rusak lapor ke siapa"),
        ("bantuan saget mlebet", "bantuan bisa masuk"),  # Javanese
        ("lampu pareum tilu poe", "lampu mati tiga hari"),  # Sundanese
        ("izin sumur kenken", "izin sumur bagaimana"),  # Balinese
    ],
)
def test_a_regional_word_reads_as_its_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read


def test_manado_dang_after_a_question_is_no_negation(normaliser: Normaliser) -> None:
    assert "tidak" not in normaliser.tokens("mo urus izin di mana dang")


def test_javanese_nek_opening_a_clause_stays_if(normaliser: Normaliser) -> None:
    assert normaliser.tokens("nek sumur asat, bantuan air ana")[0] == "kalau"
