"""A leader matched only on what the resident says they already have is offered, not
answered (see knowledge_base.known_leader), unless it answers the facet the message
asks; a sibling far behind a leader bare of the question is put first, and answered on
its own evidence. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.known_reading import holds, known_parts
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

REGISTRY = """
    - id: akta-lahir-syarat
      agency: dukcapil
      questions:
        - Apa syarat membuat akta kelahiran anak?
        - bikin akta lahir bawa apa
      keywords: [akta kelahiran, akta lahir, syarat akta kelahiran]
      answer: Bawa surat keterangan lahir dari bidan, KK dan KTP kedua orang tua.
    - id: kk-setelah-nikah
      agency: dukcapil
      questions:
        - Bagaimana membuat kartu keluarga baru setelah menikah?
      keywords: [kk pengantin baru, pisah kk setelah menikah]
      answer: Bawa buku nikah dan surat pindah ke kantor dukcapil.
    - id: paspor-kantor
      agency: imigrasi
      question: Di mana kantor imigrasi terdekat?
      keywords: [kantor imigrasi]
      answer: Kantor imigrasi ada di ibu kota provinsi.
    """

MARKET = """
    - id: lapak-daftar
      agency: disperindag
      questions:
        - Bagaimana cara mendapatkan lapak di sentra kuliner?
        - daftar lapak sentra kuliner
      keywords: [daftar lapak, lapak sentra kuliner]
      answer: Lapak dibagi lewat undian setelah pedagang mendaftar di kantor dinas.
    - id: lapak-iuran
      agency: disperindag
      questions:
        - Berapa iuran bulanan lapak di sentra kuliner?
        - biaya lapak sentra kuliner per bulan
      keywords: [iuran lapak, biaya lapak]
      answer: Iuran lapak Rp150.000 per bulan, gratis enam bulan pertama.
    """


def test_a_thing_held_is_told_by_its_possession_word_not_by_one_negated() -> None:
    assert holds(("sudah", "punya", "akta"))
    assert holds(("sppt", "sudah", "di", "tangan"))
    assert not holds(("tidak", "punya", "penghasilan"))


def test_the_split_of_a_message_naming_a_thing_held_says_so() -> None:
    matcher = invented_matcher(REGISTRY)
    text = "saya sudah punya akta kelahiran, sekarang mau bikin kk gimana"
    parts = known_parts(text, matcher.analyse(text), matcher.index.normaliser)
    assert parts is not None and parts.held and "kk" in parts.asked


def test_having_the_birth_certificate_and_asking_the_family_card_is_not_answered() -> None:
    result = invented_matcher(REGISTRY).match(
        "saya sudah punya akta kelahiran, sekarang mau bikin kk gimana"
    )
    assert result.intent != Intent.FAQ and result.entry_id is None
    assert "akta-lahir-syarat" in result.suggestions


def test_a_certificate_already_got_in_english_is_not_answered_for_the_family_card() -> None:
    result = invented_matcher(REGISTRY).match(
        "I already got the birth certificate, now how do I make a family card"
    )
    assert result.entry_id is None


def test_asking_the_birth_certificate_itself_is_still_answered() -> None:
    result = invented_matcher(REGISTRY).match("syarat bikin akta kelahiran anak apa aja")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir-syarat")


def test_a_stall_already_won_and_its_fee_asked_is_answered_with_the_fee() -> None:
    result = invented_matcher(MARKET).match(
        "udah dapat lapak di sentra kuliner dari undian, bulan ketujuh mulai bayar berapa"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "lapak-iuran")


BUILDING = """
    - id: pbg-syarat
      agency: dpmptsp
      questions:
        - Apa syarat mengurus PBG rumah?
        - ngurus pbg bawa apa
      keywords: [pbg, syarat pbg]
      answer: Siapkan gambar rencana, sertifikat tanah dan KTP lalu ajukan lewat SIMBG.
    - id: slf-gedung
      agency: dpmptsp
      questions:
        - Sertifikat apa yang wajib sebelum bangunan dipakai?
        - cara mengurus sertifikat laik fungsi
      keywords: [slf, sertifikat laik fungsi]
      answer: SLF diajukan lewat SIMBG setelah bangunan ber-PBG selesai dibangun.
    """


def test_a_question_of_one_word_naming_a_thing_is_weighed_apart_from_the_permit_held() -> None:
    result = invented_matcher(BUILDING).match(
        "izin pbg udah keluar, rumahnya juga udah selesai, terus sertifikatnya apa lagi"
    )
    assert result.entry_id != "pbg-syarat"
    assert "slf-gedung" in (result.entry_id, *result.suggestions[:1])


def test_a_one_word_question_of_the_asking_frame_is_too_thin_to_weigh() -> None:
    matcher = invented_matcher(BUILDING)
    text = "pbg udah keluar, terus ngurusnya gimana"
    assert known_parts(text, matcher.analyse(text), matcher.index.normaliser) is None
