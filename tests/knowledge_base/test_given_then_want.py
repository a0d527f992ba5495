"""A want told after a given or disowned part is the message's question ("sktm sdh ada,
skrg mau ajuin bantuan pip"), and the entry naming a disowned thing whole is the one
disowned, not a sibling sharing its head word ("bukan benih jagung, mau ajukan bibit
bawang merah"). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.given import given_reading
from knowledge_base.matcher import Intent
from knowledge_base.wants import tells_want
from tests.knowledge_base.invented_kb import invented_matcher

SCHOOL_AID = """
    - id: surat-tidak-mampu
      agency: dinsos
      questions:
        - Bagaimana cara membuat surat keterangan tidak mampu?
        - syarat bikin sktm
      keywords: [sktm, surat keterangan tidak mampu]
      answer: SKTM dibuat di kantor desa dengan pengantar RT dan KK.
    - id: beasiswa-siswa-miskin
      agency: disdik
      questions:
        - Bagaimana mengajukan beasiswa siswa miskin?
        - daftar beasiswa anak sekolah
      keywords: [beasiswa siswa miskin, beasiswa sekolah]
      answer: Beasiswa diajukan lewat sekolah dengan melampirkan SKTM dan rapor.
    """

SEEDS = """
    - id: benih-jagung
      agency: distan
      questions:
        - Bagaimana mengajukan bantuan benih jagung untuk kelompok tani?
      keywords: [benih jagung, bibit jagung]
      answer: Ajukan proposal kelompok tani ke dinas pertanian sebelum musim tanam.
    - id: benih-bawang
      agency: distan
      questions:
        - Bagaimana mengajukan bantuan benih bawang merah untuk kelompok tani?
      keywords: [benih bawang merah, bibit bawang merah]
      answer: Kelompok tani mengajukan lewat penyuluh dengan daftar anggota dan luas lahan.
    """


def test_a_want_is_told_unless_it_is_denied() -> None:
    assert tells_want(("sekarang", "mau", "ajukan", "beasiswa"))
    assert not tells_want(("saya", "tidak", "mau", "pindah"))
    assert not tells_want(("beasiswa", "sudah", "cair"))


def test_a_want_after_a_thing_had_is_read_with_the_thing_as_background() -> None:
    matcher = invented_matcher(SCHOOL_AID)
    text = "sktm sudah ada, sekarang mau ajukan beasiswa buat anak sekolah"
    given = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    assert given is not None and "sktm" in given.background


def test_having_the_letter_and_wanting_the_scholarship_is_not_answered_with_the_letter() -> None:
    result = invented_matcher(SCHOOL_AID).match(
        "sktm sdh ada, skrg mau ajuin beasiswa buat anak sekolah"
    )
    assert result.entry_id != "surat-tidak-mampu"


def test_a_seed_disowned_whole_leaves_the_sibling_sharing_its_head_word_answerable() -> None:
    result = invented_matcher(SEEDS).match(
        "bukan benih jagung, kami mau ajukan bibit bawang merah untuk kelompok"
    )
    assert result.intent == Intent.FAQ and result.entry_id == "benih-bawang"
