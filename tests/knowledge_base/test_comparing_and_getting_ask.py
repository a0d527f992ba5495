"""Asking whether two things differ ("beda ga sama ...") or whether one can get a thing
("bisa dapat ...") is a question, however long and without a mark; what one cannot get,
or gets only on a condition imposed, tells how a service failed. A report closing on
what the resident was told ("..., katanya 24 jam") lets an expectation down only after
a failure; passing on what was said ("mau daftar ulang, katanya lewat online") does not.

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
- id: santunan-kecelakaan-kerja
  agency: dinas tenaga kerja
  questions:
    - Bagaimana cara klaim santunan kecelakaan kerja?
    - santunan kecelakaan kerja
  keywords: [santunan kecelakaan kerja, santunan kerja]
  answer: Klaim santunan kecelakaan kerja lewat BPJS Ketenagakerjaan dengan laporan perusahaan.
- id: bibit-pohon-gratis
  agency: dinas lingkungan hidup
  questions:
    - Di mana bisa minta bibit pohon gratis?
    - bibit pohon gratis
  keywords: [bibit pohon, bibit gratis]
  answer: Bibit pohon gratis diambil di persemaian dinas dengan surat pengantar RT.
- id: loket-samsat
  agency: samsat
  questions:
    - Jam buka loket samsat?
    - loket samsat buka jam berapa
  keywords: [loket samsat, jam samsat]
  answer: Loket samsat buka Senin sampai Sabtu pukul 08.00-15.00.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "santunan kecelakaan kerja itu beda ga sama asuransi dari pabrik",
        "bibit pohon dari dinas beda gak dengan yang dijual di pasar",
        "mau tanam di pekarangan sekolah biar teduh, bisa dapat bibit pohon gratisnya",
        "kelompok tani kami mau hijaukan bantaran kali bs dpt bibit pohon",
    ],
)
def test_comparing_two_things_or_asking_to_get_one_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert is_asking(text)
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_what_one_cannot_get_or_gets_only_on_a_condition_asks_nothing() -> None:
    assert not is_asking("kartu belum jadi, jadi tidak bisa dapat santunan")
    assert not is_asking("harus bayar dulu ke ketua kelompok baru bisa dapat bibit")
    assert not is_asking("pelayanannya beda banget sama tahun lalu")


def _contrast(text: str) -> float:
    normaliser = Normaliser(default_lexicon(), ["samsat", "loket"])
    tokens = normaliser.tokens(text)
    features = complaint_features(tokens, "?" in text, default_lexicon(), typed=words_of(text))
    return features["contrast"]


def test_a_closing_katanya_lets_down_only_after_a_failure() -> None:
    assert _contrast("loket samsat jam 9 pagi masih tutup, katanya buka jam 8")
    assert _contrast("bibit pohon tidak dikasih, katanya sudah habis")
    assert not _contrast("mau perpanjang stnk ke samsat, katanya bisa online")
    assert not _contrast("bibit pohon mau kami ambil sabtu, katanya persemaian buka")
