"""Everyday words as Minangkabau and the Malay of Maluku, Manado and Papua sound them are
read as the Indonesian words they are, by rule, not word by word."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.sound_shifts import shifted_word

KNOWN = frozenset(
    {"sehat", "surat", "takut", "masuk", "kampung", "harus", "beras", "kebun", "daun"}
    | {"rumah", "boleh", "pernah", "membuat", "makan", "kawin", "biaya", "dapur", "sesat"}
    | {"masa", "genting", "gantung", "ptun", "sesak", "lumpuh"}
)


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("sehaik", "sehat"),
        ("surek", "surat"),
        ("takuik", "takut"),
        ("masuak", "masuk"),
        ("kampuang", "kampung"),
        ("haruih", "harus"),
        ("bareh", "beras"),
        ("biayo", "biaya"),
        ("dapua", "dapur"),
        ("mambuek", "membuat"),
        ("kabong", "kebun"),
        ("daong", "daun"),
        ("makang", "makan"),
        ("kaweng", "kawin"),
        ("ruma", "rumah"),
        ("bole", "boleh"),
        ("parna", "pernah"),
        ("lumpuah", "lumpuh"),
    ],
)
def test_a_home_language_ending_and_its_a_for_e_are_read_as_the_indonesian_word(
    said: str, word: str
) -> None:
    assert shifted_word(said, KNOWN.__contains__) == word


@pytest.mark.parametrize(
    "written",
    [
        "sesek",  # Javanese for "sesak": Minangkabau has no other "e" beside "-ek"
        "ptong",  # potong without its vowel: "-ong" ends a syllable
        "ganting",  # a slip of "gantung" as likely as "genting": an "a" alone is no shift
        "mas",
    ],
)
def test_a_word_no_shift_explains_is_left_to_the_other_readings(written: str) -> None:
    assert shifted_word(written, KNOWN.__contains__) is None


def test_a_word_two_readings_fit_is_left_alone() -> None:
    assert shifted_word("kaweng", {"kawin", "kawen"}.__contains__) is None


def test_a_minangkabau_question_about_a_health_letter_is_read_in_indonesian() -> None:
    normaliser = Normaliser(default_lexicon(), ["surat", "keterangan", "sehat"])
    assert normaliser.normalise("dima buek surek keterangan sehaik") == (
        "di mana buat surat keterangan sehat"
    )


def test_an_ambonese_farmer_reads_as_telling_of_leaves_and_a_garden() -> None:
    normaliser = Normaliser(default_lexicon(), ["cengkih", "daun", "kebun", "hama"])
    assert normaliser.normalise("cengkih daong kuning, satu kabong su kena") == (
        "cengkih daun kuning satu kebun sudah kena"
    )
