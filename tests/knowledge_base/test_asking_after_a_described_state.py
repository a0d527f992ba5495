"""A question asked after the state it is about is told: an English clause opening on
its auxiliary after a comma ("I've been here two years, am I entitled to ...", "...,
does the office help with ..."), an "or not" tag followed by who gives it or for whom
("ada bantuan ga dari pemerintah", "ketahuan ga sama petugas"), what the writer wants to
ask named as such ("yang mau saya tanya ..."). Such a message asks, so its length does
not read as a report's; a state told with a negation ("ga nyala dari kemarin", "tidak
sama dengan ktp") still asks nothing.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import complaint_features
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from knowledge_base.tokens import words_of
from knowledge_base.typed_asking import is_asking
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: tunjangan-hari-raya
  agency: dinas tenaga kerja
  questions:
    - Siapa yang berhak mendapat tunjangan hari raya?
    - pekerja kontrak dapat thr tidak
  keywords: [tunjangan hari raya, thr, holiday allowance]
  answer: Pekerja dengan masa kerja satu bulan atau lebih berhak atas THR sebanding masa kerjanya.
- id: bantuan-rumah-rusak
  agency: dinas perumahan
  questions:
    - Bagaimana mengajukan bantuan perbaikan rumah rusak karena bencana?
    - bantuan perbaikan rumah rusak
  keywords: [bantuan perbaikan rumah, rumah rusak bencana]
  answer: Ajukan lewat desa dengan foto kerusakan dan surat keterangan dari BPBD.
- id: jadwal-posyandu
  agency: dinas kesehatan
  questions:
    - Kapan jadwal posyandu dan imunisasi balita?
    - jadwal imunisasi balita
  keywords: [jadwal posyandu, jadwal imunisasi]
  answer: Posyandu buka tiap minggu kedua; imunisasi dasar diberi sesuai umur anak.
"""

ASKING = [
    "I've worked at the bakery for three months on contract, am I entitled to a holiday allowance",
    "our street was hit by the storm, the roof is gone, does BPBD help with repairs",
    "dapur saya roboh kena angin kemarin, ada bantuan perbaikan rumah ga dari dinas",
    "balita saya sehat dan beratnya naik terus, yang mau saya tanya jadwal imunisasi berikutnya",
]

NOT_ASKING = [
    "lampu jalan ga nyala dari kemarin",
    "nama di kartu tidak sama dengan ktp",
    "jalan rusak parah, does nothing get fixed here",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


def _length_read(text: str) -> float:
    normaliser = Normaliser(default_lexicon(), ["posyandu", "imunisasi"])
    tokens = normaliser.tokens(text)
    asks = is_asking(text, "?" in text)
    features = complaint_features(tokens, asks, default_lexicon(), typed=words_of(text))
    return features["statement_length"]


@pytest.mark.parametrize("text", ASKING)
def test_a_question_asked_after_the_state_it_is_about_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert _length_read(text) == 0.0
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize("text", NOT_ASKING)
def test_a_state_told_with_a_negation_asks_nothing(text: str) -> None:
    assert not is_asking(text)
