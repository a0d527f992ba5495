"""An official threatening residents, a thing kept from them, waste dumped in a river, a
bin swarming with flies, a public door padlocked, and money gone "entah ke mana" report a
problem though no cue word names one; an English "who" after a noun and before a verb in
the past relates ("residents who asked"), it does not ask; "can someone ..." after a
comma asks.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from knowledge_base.typed_asking import is_asking
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: anggaran-desa
  agency: pemerintah desa
  questions:
    - Di mana warga bisa melihat anggaran desa?
    - transparansi anggaran desa
  keywords: [anggaran desa, apbdes]
  answer: Anggaran desa dipasang di papan informasi balai desa dan dibacakan di musyawarah.
- id: sampah-sungai
  agency: dinas lingkungan hidup
  questions:
    - Bagaimana cara membersihkan sampah di sungai?
    - kerja bakti sungai
  keywords: [sampah sungai, kali]
  answer: Kerja bakti sungai dapat diajukan ke DLH melalui kelurahan.
- id: gedung-evakuasi
  agency: bpbd
  questions:
    - Di mana gedung evakuasi tsunami terdekat?
    - gedung evakuasi tsunami
  keywords: [gedung evakuasi, shelter tsunami]
  answer: Gedung evakuasi tsunami terbuka 24 jam; daftarnya ada di kantor BPBD.
- id: kolam-ikan
  agency: dinas perikanan
  questions:
    - Ikan di kolam mati mendadak, apakah petugas perikanan bisa memeriksa air?
    - uji kualitas air kolam ikan
  keywords: [ikan mati, kualitas air kolam]
  answer: Petugas perikanan menguji air kolam atas permintaan pembudidaya.
"""

REPORTS = [
    "kades mengancam warga yang protes soal anggaran desa",
    "Our village head keeps the budget secret and shouted at residents who asked about it.",
    "pedagang pasar tiap pagi sampah dibuang ke sungai belakang pasar",
    "bak sampah di depan sekolah penuh, lalat banyak sekali",
    "gedung evakuasi tsunami digembok, penjaganya pulang bawa kunci",
    "bendahara desa pungut iuran kebersihan, uangnya entah ke mana",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize("text", REPORTS)
def test_a_threat_a_secret_a_dumping_or_money_gone_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_can_someone_after_a_comma_asks() -> None:
    assert is_asking("my pond fish all died last night, can someone check the water")


def test_a_pond_question_asking_if_someone_can_come_is_no_complaint(matcher: Matcher) -> None:
    text = "half the fish in my pond died overnight, can someone from fisheries test the water"
    assert matcher.match(text).intent is not Intent.COMPLAINT
