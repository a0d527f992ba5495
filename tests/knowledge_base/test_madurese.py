"""Madurese mixed into a message to an office is read as the Indonesian a knowledge base
is written in: its question words, pronouns, negation, wanting and needing, and the
Indonesian words it spells its own way (aspirates, "o" for "u", "e" for "i"), with its
passive "è-" and its possessive that doubles a consonant. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.madurese_forms import madurese_word
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(
        default_lexicon(), ["surat", "nikah", "sertifikat", "tanah", "kursi", "roda", "rekam"]
    )


@pytest.mark.parametrize(
    ("madurese", "indonesian"),
    [
        ("dha'remma carana ngurus sorat", "bagaimana caranya urus surat"),
        ("engkok terro norok", "saya mau ikut"),
        ("sertifikat tana è dhimma", "sertifikat tana di mana"),
        ("bhâlâ engkok mèskèn", "keluarga saya miskin"),
        ("ta' olle", "tidak boleh"),
        ("kodhu parlo sorat", "harus perlu surat"),
    ],
)
def test_a_madurese_phrase_reads_as_indonesian(
    normaliser: Normaliser, madurese: str, indonesian: str
) -> None:
    assert normaliser.normalise(madurese) == indonesian


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("sorat", "surat"),  # "o" for "u"
        ("korse", "kursi"),  # both vowels
        ("mingghu", "minggu"),  # an aspirate
        ("èbhânto".replace("è", "e").replace("â", "a"), "dibantu"),  # the passive
        ("rekamma", "rekamnya"),  # the doubled consonant's possessive
    ],
)
def test_a_word_madurese_spells_is_read_as_its_indonesian_word(word: str, reading: str) -> None:
    known = {"surat", "kursi", "minggu", "bantu", "rekam"}
    assert madurese_word(word, known.__contains__) == reading


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("baksin", "vaksin"),  # "b" for the loanword's "v"
        ("ebaksin", "divaksin"),  # and with the passive
        ("serbis", "servis"),
    ],
)
def test_a_loanword_madurese_writes_without_v_is_read(word: str, reading: str) -> None:
    known = {"vaksin", "servis", "bisa", "pulau"}
    assert madurese_word(word, known.__contains__) == reading


def test_a_word_without_its_vowels_is_no_loanword() -> None:
    assert madurese_word("brpa", {"vrpa", "berapa"}.__contains__) is None


def test_a_short_word_is_not_read_with_madurese_vowels() -> None:
    assert madurese_word("kene", {"kini"}.__contains__) is None  # Javanese "here"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kursi-roda
          agency: dinsos
          question: Bagaimana meminta kursi roda untuk penyandang disabilitas?
          keywords: [kursi roda, alat bantu disabilitas]
          answer: Ajukan ke dinas sosial dengan surat keterangan dokter dan KTP.
        - id: surat-nikah-hilang
          agency: kemenag
          question: Bagaimana mengurus buku nikah yang hilang?
          keywords: [buku nikah hilang, surat nikah hilang]
          answer: Lapor kehilangan ke polisi, lalu ajukan duplikat ke KUA.
        - id: beasiswa-sekolah
          agency: disdik
          question: Bagaimana mendaftar beasiswa untuk anak sekolah dari keluarga miskin?
          keywords: [beasiswa anak sekolah, bantuan biaya sekolah]
          answer: Daftar lewat sekolah dengan membawa kartu bantuan sosial.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("embu' engkok ta' bisa ajhâlân, terro nyo'on korsè roda, dha'remma?", "kursi-roda"),
        ("sorat nikah kaula elang è bengko, dha'remma carana?", "surat-nikah-hilang"),
    ],
)
def test_a_question_in_madurese_finds_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
