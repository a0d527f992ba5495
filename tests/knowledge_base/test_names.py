"""Names of people and organisations a message gives are cut before it is read: they
say who writes or who is meant, never what is asked."""

from __future__ import annotations

from knowledge_base.decision import Intent
from knowledge_base.names import without_names
from tests.knowledge_base.invented_kb import invented_matcher

KB_WORDS = frozenset({"hamil", "kepala", "desa", "kartu", "keluarga", "sukamaju", "pos"})


def _cut(text: str) -> str:
    return " ".join(without_names(text, KB_WORDS.__contains__).split())


def test_a_person_named_after_a_title_is_cut() -> None:
    text = "kami ahli waris almarhumah Ibu Sekar Wangi bermaksud bertanya soal pajak waris"
    assert _cut(text) == "kami ahli waris almarhumah bermaksud bertanya soal pajak waris"


def test_words_the_kb_knows_after_a_title_are_the_topic_and_stay() -> None:
    assert _cut("jadwal periksa Ibu Hamil di puskesmas") == "jadwal periksa Ibu Hamil di puskesmas"
    assert _cut("surat dari Bapak Kepala Desa") == "surat dari Bapak Kepala Desa"


def test_an_organisation_is_cut_whole_even_when_named_with_ordinary_words() -> None:
    text = "kami dari LSM Suara Warga bermaksud meminta data anggaran"
    assert _cut(text) == "kami dari LSM bermaksud meminta data anggaran"


def test_a_writer_introducing_themself_is_cut() -> None:
    assert _cut("Saya Warsinah, umur 60, mau tanya bantuan") == "Saya , umur 60, mau tanya bantuan"


def test_a_title_ending_a_sentence_does_not_take_the_next_sentence() -> None:
    text = "tanah itu warisan dari almarhumah ibu. Apakah kena pajak?"
    assert _cut(text) == text


def test_places_acronyms_and_lower_case_words_stay() -> None:
    for text in (
        "lampu jalan di Jl. Seruni mati sejak kemarin",
        "rumah saya di Desa Karangwuni kebanjiran",
        "Pak RT minta fotokopi KTP",
        "tadi pak lurah bilang harus ke kecamatan",
    ):
        assert _cut(text) == text


LETTERS = """
- id: permohonan-informasi
  agency: diskominfo
  questions:
    - Bagaimana cara mengajukan permohonan informasi publik?
    - prosedur meminta data anggaran pemerintah
  keywords: [permohonan informasi publik, ppid]
  answer: Ajukan permohonan ke PPID dengan identitas, rincian informasi dan tujuannya.
- id: izin-keramaian
  agency: kesbangpol
  question: Bagaimana cara mengurus izin keramaian untuk acara?
  keywords: [izin keramaian]
  answer: Ajukan ke kepolisian dengan surat pengantar desa.
- id: usulan-kegiatan
  agency: bappeda
  question: Bagaimana cara mengajukan usulan kegiatan pembangunan desa?
  keywords: [musrenbang]
  answer: Usulan disampaikan lewat musrenbang desa.
- id: bantuan-sekolah-swasta
  agency: disdik
  question: Bagaimana sekolah swasta mengajukan bantuan dana operasional?
  keywords: [dana bos swasta, bantuan sekolah swasta]
  answer: Sekolah swasta mengajukan lewat dinas pendidikan dengan proposal.
"""


def test_a_letter_naming_its_organisation_is_answered_as_one_that_does_not() -> None:
    """The organisation's name is made of another entry's words ("Sekolah Swasta"):
    read, it pulled the letter toward that entry and nothing was answered."""
    matcher = invented_matcher(LETTERS)
    named = (
        "Dengan hormat, kami dari Yayasan Dana Sekolah Swasta hendak meminta data anggaran "
        "pendidikan. Bagaimana prosedurnya?"
    )
    plain = named.replace(" Dana Sekolah Swasta", "")
    with_name, without_name = matcher.match(named), matcher.match(plain)
    assert (with_name.intent, with_name.entry_id) == (Intent.FAQ, "permohonan-informasi")
    assert (without_name.intent, without_name.entry_id) == (Intent.FAQ, "permohonan-informasi")


def test_a_role_after_a_title_stays_and_only_the_name_after_it_is_cut() -> None:
    assert _cut("Pak Camat bilang harus ke kantor") == "Pak Camat bilang harus ke kantor"
    assert _cut("Pak Lurah Sutarjo minta fotokopi KK") == "Pak Lurah minta fotokopi KK"


def test_an_organisation_named_by_one_word_the_kb_knows_stays() -> None:
    assert _cut("bisa bayar di PT Pos atau tidak") == "bisa bayar di PT Pos atau tidak"
    assert _cut("tadi beli obat di Toko Sukamaju") == "tadi beli obat di Toko Sukamaju"
    assert _cut("kerja di PT Garmindo sudah lima tahun") == "kerja di PT sudah lima tahun"


def test_what_a_shop_sells_stays_and_only_its_name_is_cut() -> None:
    assert _cut("dekat Toko Kartu Sentosa ada lubang") == "dekat Toko Kartu ada lubang"
