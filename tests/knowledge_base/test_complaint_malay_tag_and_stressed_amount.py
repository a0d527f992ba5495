"""A Malay question closing on its interrogative "ke" ("kena buat dari awal ke") or asking
"is there" with it ("ade ke bantuan ...") asks, though its words tell a lack; a "kah"
closing the amount an official demanded ("..., dua ratus ribu kah.") stresses it and asks
nothing, while one closing a price asks whether it is that price.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: lampu-surya
  agency: dinas energi
  questions:
    - Apakah ada bantuan lampu tenaga surya untuk rumah yang belum dapat listrik?
    - bantuan lampu surya
  keywords: [lampu surya, lampu tenaga surya]
  answer: Rumah yang belum terjangkau listrik diusulkan lewat desa untuk bantuan lampu surya.
- id: surat-pindah
  agency: dinas kependudukan
  questions:
    - Berapa biaya mengurus surat pindah?
    - cara mengurus surat pindah
  keywords: [surat pindah, pindah domisili]
  answer: Surat pindah gratis, diurus di kecamatan dengan KK dan KTP.
"""

QUESTIONS = [
    "rumah kami jauh dari tiang, listrik tak sampai. ade bantuan lampu surya ke",
    "ade ke bantuan lampu surya untuk rumah yang belum ada listrik",
    "surat pindah aku hilang masa banjir, kena urus dari awal ke",
    "biaya urus surat pindah dua ratus ribu kah",
]

REPORTS = [
    "petugas kecamatan minta bayar buat surat pindah, 200 ribu kah.",
    "pegawai kecamatan minta uang rokok buat surat pindah, 150rb kah",
    # a "ke" left closing once an indefinite is dropped is no Malay tag
    "lampu surya bantuan desa rusak sudah sebulan, air akinya bocor ke mana-mana",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_malay_question_or_a_price_asked_with_kah_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize("text", REPORTS)
def test_the_amount_an_official_demanded_stressed_with_kah_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT
