"""Asking words inside a report's story ask nothing now: someone else's question told with
what they asked ("waktu bapak nanya berapa biayanya"), a purpose ("biar kami boleh
lewat"), an English "who" relating to the one it tells of ("someone else who took it").
Such a report is a complaint, and the FAQ entry of its topic is still offered second.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: tarif-parkir-pasar
  agency: dinas perhubungan
  questions:
    - Berapa tarif parkir motor di pasar kota?
    - bayar parkir di pasar berapa
  keywords: [tarif parkir, parkir pasar]
  answer: Tarif parkir motor di pasar kota Rp2.000 sekali parkir, dengan karcis resmi.
- id: kios-pasar-undian
  agency: dinas perdagangan
  questions:
    - Bagaimana cara mendapat kios pasar lewat undian?
    - daftar undian kios pasar baru
  keywords: [undian kios, kios pasar]
  answer: Pendaftaran undian kios dibuka di kantor pasar; pemenang menempati kios yang diundi.
- id: taman-kota-jam-buka
  agency: dinas lingkungan hidup
  questions:
    - Jam buka taman kota hari libur?
    - taman kota buka sampai jam berapa
  keywords: [taman kota, jam buka taman]
  answer: Taman kota buka pukul 06.00 sampai 22.00 setiap hari.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "jukir pasar kota memaki bapak saya yang sudah sepuh pas bapak nanya berapa tarifnya",
        "penjaga taman kota minta 20 ribu biar kami boleh masuk sebelum jam buka",
        "the market stall I won in the draw has been taken by someone else who paid the keeper",
    ],
)
def test_a_report_whose_story_tells_an_asking_is_a_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_the_entry_of_a_reported_topic_is_offered_after_the_complaint(matcher: Matcher) -> None:
    result = matcher.match(
        "penjaga taman kota minta 20 ribu biar kami boleh masuk sebelum jam buka"
    )
    assert result.related == "taman-kota-jam-buka"


@pytest.mark.parametrize(
    "text",
    [
        "taman kota buka sampai jam berapa, biar kami bisa atur jadwal senam",
        "who do I contact to join the market stall draw",
    ],
)
def test_a_question_with_a_purpose_or_an_english_who_still_asks(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "motor saya mogok di parkiran pasar, bayar ga kalo cuma parkir sebentar",
        "kios pasar lama kebanjiran terus, undian kios baru ada ga yang buka bulan ini",
        "kios lama ulun rusak kena banjir, bisa kah ikut undian kios pasar",
        "kios lama saya bocor terus, ikut undian kios baru bisa langsung atau harus lewat rt",
        "karcis parkir pasar saya hilang kena hujan, ganti karcis bayar gak bah",
        "motor saya sering mogok, parkir di pasar bisa bayar bulanan ga biar ga tiap hari",
    ],
)
def test_a_bad_experience_before_a_yes_or_no_question_is_a_question(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_a_negation_before_its_verb_still_reports(matcher: Matcher) -> None:
    result = matcher.match("lampu taman kota tidak menyala kalau malam, sudah seminggu gelap")
    assert result.intent is Intent.COMPLAINT


def test_a_resident_turned_away_with_a_reason_reports_it(matcher: Matcher) -> None:
    result = matcher.match("bapak saya ditolak masuk taman kota karena pakai sandal jepit")
    assert result.intent is Intent.COMPLAINT


def test_asking_what_to_do_after_being_turned_away_is_a_question(matcher: Matcher) -> None:
    result = matcher.match("undian kios saya ditolak karena ktp luar kota, harus bagaimana?")
    assert result.intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "which office runs the lottery for the new market stalls",
        "where do we pay the parking fee for the city market",
    ],
)
def test_an_english_message_opening_on_a_question_word_asks(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_an_english_question_of_when_a_thing_is_put_right_still_reports(
    matcher: Matcher,
) -> None:
    text = "when will the broken park lights be fixed, they have been off for three weeks"
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_a_service_that_failed_again_today_is_reported() -> None:
    sample = Matcher(load_kb(Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"))
    result = sample.match("bus sekolah tidak datang lagi hari ini, anak-anak terlambat")
    assert result.intent is Intent.COMPLAINT
