"""Acehnese mixed into a message to an office is read as the Indonesian a knowledge base
is written in: pronouns, question words, negation, can and want, the verbs and nouns of
a request. Its words that are Indonesian or chat of another meaning ("bak", "lom", "pat",
"soe", "bri") are read only in their phrases. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kartu", "keluarga", "sertifikat", "tanah", "kantor"])


@pytest.mark.parametrize(
    ("acehnese", "indonesian"),
    [
        ("kiban lon peugot sertifikat", "bagaimana saya buat sertifikat"),
        ("sertifikat tanoh lon gadoh", "sertifikat tanah saya hilang"),
        ("aneuk lon hana jeut sikula", "anak saya tidak bisa sekolah"),
        ("padum hareuga", "berapa harga"),
        ("pajan kantor buka", "kapan kantor buka"),
        ("soe jeut urus sertifikat", "siapa bisa urus sertifikat"),
        ("lakoe ka meninggai", "suami sudah meninggal"),
        ("rumoh ureung chik ka reuloh", "rumah orang tua sudah rusak"),
        ("perlee sertifikat", "perlu sertifikat"),
        ("uroe nyoe kantor buka", "hari ini kantor buka"),
    ],
)
def test_an_acehnese_phrase_reads_as_indonesian(
    normaliser: Normaliser, acehnese: str, indonesian: str
) -> None:
    assert normaliser.normalise(acehnese) == indonesian


@pytest.mark.parametrize(
    "indonesian",
    [
        "bak mandi di kantor bocor",  # "bak" is a tub; Acehnese "at" only in its phrases
        "bri cabang kota",  # the bank, no Acehnese "give"
    ],
)
def test_an_indonesian_word_acehnese_also_uses_keeps_its_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: sertifikat-tanah-hilang
          agency: bpn
          question: Bagaimana mengurus sertifikat tanah yang hilang?
          keywords: [sertifikat tanah hilang, ganti sertifikat]
          answer: Lapor kehilangan ke polisi, lalu ajukan sertifikat pengganti ke kantor pertanahan.
        - id: akta-kematian
          agency: dukcapil
          question: Apa syarat membuat akta kematian?
          keywords: [akta kematian, orang meninggal]
          answer: Surat keterangan kematian dari desa atau rumah sakit, KTP dan KK almarhum.
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
        ("sertifikat tanoh lon gadoh watee ie raya, kiban?", "sertifikat-tanah-hilang"),
        ("ureung chik lon ka meninggai, peu syarat peugot akta kematian?", "akta-kematian"),
        ("aneuk lon sikula, kamoe ureung gasien. na bantuan biaya sikula?", "beasiswa-sekolah"),
    ],
)
def test_a_question_in_acehnese_finds_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_betawi_who_is_read_after_to_and_the_madurese_cow_is_left_alone(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("lapor ke sape") == "lapor ke siapa"
    assert "siapa" not in normaliser.normalise("sape kerapan")
