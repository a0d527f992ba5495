"""A step the resident took long ago with nothing come of it is a wait told ("sudah
ajukan ke PPID 20 hari kerja, belum dijawab"), not an age ("sudah berumur 17 tahun belum
punya KTP"); a lament of what becomes of people ("bagaimana nasib warga hulu?") asks the
FAQ nothing; a regional question word in a capitalised name ("Pegawai Sopo Godang minta
uang rokok", read "siapa") asks nothing, while an Indonesian one, or one beside a form of
address ("Piye Pak"), still asks.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_kinds import kinds_found
from knowledge_base.complaint_told import tells_elapsed
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.named_asking import without_named_asking
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: permohonan-informasi
  agency: ppid
  questions:
    - Bagaimana cara mengajukan permohonan informasi publik ke PPID?
    - berapa lama permohonan informasi dijawab
  keywords: [ppid, informasi publik]
  answer: Permohonan diajukan ke PPID dan dijawab paling lambat 10 hari kerja.
- id: ambulans-air
  agency: dinas kesehatan
  questions:
    - Bagaimana cara memanggil ambulans air puskesmas?
  keywords: [ambulans air]
  answer: Hubungi puskesmas atau bidan desa; ambulans air melayani rujukan ke RSUD.
- id: sewa-balai
  agency: dinas pariwisata
  questions:
    - Bagaimana cara sewa balai adat untuk pesta?
    - berapa biaya sewa balai adat
  keywords: [sewa balai, balai adat]
  answer: Sewa balai adat diajukan ke kantor desa, biayanya Rp300 ribu sehari.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


def _spaced(matcher: Matcher, text: str) -> str:
    return spaced(matcher.index.normaliser.tokens(text))


@pytest.mark.parametrize(
    "text",
    [
        "saya sudah ajukan informasi ke ppid 20 hari kerja, belum dijawab apa pun",
        "kami sudah mengurus sertifikat tanah dua tahun tidak ada kabar",
        "sudah lapor ke kantor desa tiga minggu lalu tapi belum datang",
    ],
)
def test_a_step_taken_long_ago_with_nothing_come_of_it_is_a_wait(
    matcher: Matcher, text: str
) -> None:
    assert tells_elapsed(_spaced(matcher, text))


@pytest.mark.parametrize(
    "text",
    [
        "anak saya sudah berusia 17 tahun lebih tapi belum punya ktp",
        "sudah tinggal di sini, rencananya dua tahun, apa tidak perlu pindah ktp",
    ],
)
def test_an_age_or_a_plan_is_no_wait(matcher: Matcher, text: str) -> None:
    assert not tells_elapsed(_spaced(matcher, text))


def _asked(matcher: Matcher, text: str) -> float:
    tokens = matcher.index.normaliser.tokens(text)
    return kinds_found(tokens, spaced(tokens), (), default_signals())["ask"]


@pytest.mark.parametrize(
    "text",
    [
        "ambulans air rusak lagi, kalau begini terus bagaimana nasib warga hulu",
        "bantuan dihentikan, gimana nasib anak kami",
    ],
)
def test_a_lament_of_what_becomes_of_people_asks_nothing(matcher: Matcher, text: str) -> None:
    assert _asked(matcher, text) == 0


def test_asking_what_becomes_of_a_file_still_asks(matcher: Matcher) -> None:
    assert _asked(matcher, "bagaimana nasib berkas permohonan saya") > 0


def _read(text: str) -> tuple[str, ...]:
    readings = {"sopo": ("siapa",), "piye": ("bagaimana",), "opo": ("apa",)}
    return readings.get(text, (text,))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Pegawai Sopo Godang minta uang rokok", "Pegawai  Godang minta uang rokok"),
        ("atap Balai Opo Lamo bocor", "atap Balai  Lamo bocor"),
    ],
)
def test_a_regional_question_word_in_a_name_is_cut(text: str, left: str) -> None:
    assert without_named_asking(text, _read) == left


@pytest.mark.parametrize(
    "text",
    [
        "Piye Pak caranya sewa balai",
        "Kapan Balai Desa buka",
        "sopo godang bisa disewa",
        "Sopo yang pegang kunci balai",
    ],
)
def test_an_indonesian_question_word_or_one_not_in_a_name_stays(text: str) -> None:
    assert without_named_asking(text, _read) == text


@pytest.mark.parametrize(
    "text",
    [
        "Saya sudah ajukan informasi ke PPID 20 hari kerja, belum dijawab apa pun",
        "Kami telepon bidan desa minta ambulans air, katanya mesinnya rusak. Akhirnya kami "
        "sewa perahu sendiri dua jam ke RSUD. Kalau begini terus bagaimana nasib warga hulu?",
    ],
)
def test_such_reports_are_complaints(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_asking_how_long_a_request_takes_stays_a_question(matcher: Matcher) -> None:
    text = "sudah ajukan informasi ke ppid, berapa lama biasanya dijawab?"
    assert matcher.match(text).intent is not Intent.COMPLAINT
