"""Words of residents' home languages and of everyday English that were misread: read
as the Indonesian the knowledge base is written in. Invented messages."""

from __future__ import annotations

import pytest

from knowledge_base.english_forms import english_readings
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser

KB_WORDS = ("kartu", "keluarga", "pupuk", "subsidi", "pohon", "pantai", "laporan", "izin")


def _read(text: str) -> str:
    return Normaliser(default_lexicon(), KB_WORDS).normalise(text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Ambon and Manado: buying, money taken, "or not" after coming, then, enter
        ("beta mau bali pupuk", "saya mau beli pupuk"),
        ("doi bantuan ambe di mana", "doi bantuan ambil di mana"),
        ("seng ada doi par bayar", "tidak ada uang untuk bayar"),
        ("petugas bisa datang ka seng", "petugas bisa datang atau tidak"),
        ("kong katong maso ke kantor", "lalu kita masuk ke kantor"),
        ("rumah di pante", "rumah di pantai"),
        ("seng parna dapa kartu", "tidak pernah dapat kartu"),
        ("batul, katong sandiri datang", "betul kita sendiri datang"),
        # Makassar: "-mi" and "ki" written apart
        ("kartunya sudah mi ada", "kartunya sudah ada"),
        # Javanese, Sundanese
        ("wit gedhe tumbang", "pohon besar tumbang"),
        ("biyen oleh, saiki ora, kenging menopo", "dulu oleh sekarang tidak kenapa"),
        ("bumi abdi kebanjiran", "rumah saya kebanjiran"),
        # chat
        ("mending lapor ke mana", "lebih baik lapor ke mana"),
        ("minta rekom dari desa", "minta rekomendasi dari desa"),
        ("cek sts izin", "cek status izin"),
    ],
)
def test_a_home_language_phrase_is_read_in_indonesian(written: str, read: str) -> None:
    assert _read(written) == read


def test_the_polite_makassar_ki_weighs_nothing() -> None:
    assert "ki" in default_lexicon().function_words


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("can the family register for the card", "can the keluarga daftar untuk the kartu"),
        ("my family register is lost", "my kk is hilang"),
        ("the trip was called off", "the trip was dibatalkan"),
        ("the office hands out young plants", "the kantor bagikan bibit"),
        ("i cannot log into the app", "i tidak bisa masuk the aplikasi"),
        ("is my son old enough", "is my anak cukup umur"),
    ],
)
def test_english_phrasal_verbs_and_a_family_registering_are_read(written: str, read: str) -> None:
    assert _read(written) == read


def test_an_english_plural_drops_es_only_after_a_hissing_sound() -> None:
    assert english_readings("notes")[0] == "note"
    assert english_readings("taxes")[0] == "tax"
    assert english_readings("sites")[0] == "site"
