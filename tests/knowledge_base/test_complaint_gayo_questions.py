"""A question in Gayo told after its circumstances ("..., kune carae urus", "..., ara ke
bantuan", "..., lapor ku mana", "pajan buka") asks, so its length does not make it a
report; a Gayo report of what an official did stays a complaint.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: bantuan-ternak
  agency: dinas peternakan
  questions:
    - Apakah ada bantuan bibit ternak kambing untuk kelompok peternak?
    - cara mendapatkan bantuan ternak
  keywords: [bantuan ternak, bibit kambing]
  answer: Kelompok peternak mengajukan proposal ke dinas peternakan lewat kampung.
- id: surat-tanah
  agency: badan pertanahan
  questions:
    - Bagaimana cara mengurus sertifikat tanah warisan?
    - balik nama sertifikat tanah
  keywords: [sertifikat tanah, tanah warisan]
  answer: Sertifikat tanah warisan dibalik nama di kantor pertanahan dengan surat keterangan waris.
"""

QUESTIONS = [
    "kandang kami di belakang umah kosong sejak tahun lalu, ara ke bantuan bibit kambing",
    "tanoh warisan ine aku belum bersertifikat sampai sekarang, kune carae urus sertifikat",
    "kami kelompok peternak baru di kampung, proposal bantuan ternak ku mana",
    "sertifikat tanah warisan ama aku rusak kena air, pajan bisa diurus baru",
]

REPORTS = [
    "petugas pertanahan minta uang 3 juta baru sertifikat tanah aku diproses, kune ini",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_gayo_question_after_its_circumstances_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize("text", REPORTS)
def test_an_official_asking_money_told_in_gayo_is_a_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT
