"""A short message that says what the resident lacks or was told must come first, then
asks how to get it (see knowledge_base.given): the thing needed is the topic, what it is
needed for the background. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.given import given_reading
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

FISHERS = """
    - id: kartu-nelayan
      agency: dkp
      questions:
        - Bagaimana cara membuat kartu nelayan?
        - kartu nelayan bikin di mana
      keywords: [kartu nelayan, daftar kartu nelayan]
      answer: Kartu nelayan dibuat di kantor DKP dengan KTP dan surat keterangan desa.
    - id: bantuan-mesin-perahu
      agency: dkp
      questions:
        - Bagaimana cara mengajukan bantuan mesin perahu untuk nelayan?
        - bantuan mesin perahu daftarnya gimana
      keywords: [bantuan mesin perahu]
      answer: Ajukan lewat kelompok nelayan dengan proposal; pemohon wajib punya kartu nelayan.
    - id: koperasi-nelayan
      agency: diskop
      questions:
        - Bagaimana mendirikan koperasi nelayan?
        - bikin koperasi nelayan syaratnya apa
      keywords: [koperasi nelayan, pendirian koperasi]
      answer: Koperasi didirikan paling sedikit 9 orang dengan akta notaris.
    - id: izin-kapal-status
      agency: dkp
      questions:
        - Bagaimana mengecek status permohonan izin kapal?
        - izin kapal saya sudah sampai mana
      keywords: [status izin kapal]
      answer: Status permohonan izin kapal dapat dilihat di laman perizinan dengan nomor tiket.
    """


def _answer(text: str) -> tuple[Intent, str | None]:
    result = invented_matcher(FISHERS).match(text)
    return result.intent, result.entry_id


def test_a_card_lacked_then_asked_how_to_make_is_the_topic() -> None:
    text = "mau ngajuin bantuan mesin perahu tapi belum punya kartu nelayan, gimana cara bikinnya"
    assert _answer(text) == (Intent.FAQ, "kartu-nelayan")


def test_a_lacked_card_named_again_in_the_question_is_the_topic() -> None:
    text = "pengen dapet bantuan mesin perahu, tp blm ada kartu nelayan, ngurus kartunya gmn"
    assert _answer(text) == (Intent.FAQ, "kartu-nelayan")


def test_what_someone_said_must_come_first_is_what_is_asked() -> None:
    text = (
        "mau bikin koperasi nelayan, tapi pak lurah bilang bikin kartu nelayan dulu, "
        "kartunya diurus ke mana"
    )
    assert _answer(text) == (Intent.FAQ, "kartu-nelayan")


def test_no_news_yet_is_a_wait_not_a_thing_to_get() -> None:
    matcher = invented_matcher(FISHERS)
    text = "permohonan izin kapal belum ada kabar, cara cek statusnya gimana"
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    assert found is None or "kapal" not in found.background
