"""A request stalled, told by its state after how long it has waited ("sudah sebulan
statusnya masih pending terus"), an official's reaction to being asked ("kalau tanya dia
malah membentak"), a reproach of the service after a failure ("ini gimana
pelayanannya"), and an "or not" tag read across a comma ("di luar tiket resmi, tidak ada
karcisnya") report a problem; asking how to check a status, or asking at a desk, still
asks.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: surat-pindah
  agency: dinas kependudukan
  questions:
    - Bagaimana cara mengurus surat pindah?
    - syarat surat pindah domisili
  keywords: [surat pindah, pindah domisili]
  answer: Surat pindah diajukan online atau di kecamatan dengan KK dan KTP; selesai tiga hari kerja.
- id: tiket-taman
  agency: dinas pariwisata
  questions:
    - Berapa harga tiket masuk taman wisata?
    - tiket masuk taman wisata
  keywords: [tiket taman, tiket masuk]
  answer: Tiket masuk taman wisata Rp5.000 per orang, dengan karcis resmi.
- id: keberatan-informasi
  agency: ppid
  questions:
    - Bagaimana mengajukan keberatan atas permohonan informasi?
    - keberatan informasi publik
  keywords: [keberatan informasi, permohonan informasi]
  answer: Keberatan diajukan ke atasan PPID paling lambat 30 hari kerja.
"""

REPORTS = [
    "ajukan surat pindah online sudah tiga minggu, statusnya masih diproses terus",
    "tukang parkir di taman wisata tarik dua puluh ribu, tidak kasih karcis, kalau tanya dia marah",
    "permohonan informasi sudah sebulan tidak dibalas sama sekali, ini gimana pelayanannya",
    "penjaga pintu taman wisata pungut sepuluh ribu di luar tiket resmi, tidak ada karcisnya",
]

QUESTIONS = [
    "status surat pindah saya masih diproses, cara ceknya lewat mana?",
    "kalau saya tanya ke loket taman wisata, bisa beli tiket masuk di sana?",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize("text", REPORTS)
def test_a_stalled_request_or_an_official_reproached_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize("text", QUESTIONS)
def test_asking_how_to_check_a_status_or_asking_at_a_desk_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT
