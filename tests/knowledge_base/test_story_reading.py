"""A long message read with its story weighing less than its question."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.entries import KnowledgeBase
from knowledge_base.focus import clauses, story_reading
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

STORY_THEN_QUESTION = (
    "Selamat pagi kak. Saya baru pindah kos ke kota ini dari luar pulau, barang barang "
    "masih di kardus dan saya belum kenal siapa siapa di sini. Rumah orang tua di kampung "
    "saya yang urus dari jauh. Bayar pbb online itu bisa lewat apa saja?"
)


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


def test_the_words_heard_only_in_the_story_are_its_background(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    normaliser = matcher.index.normaliser
    reading = story_reading(STORY_THEN_QUESTION, matcher.analyse(STORY_THEN_QUESTION), normaliser)
    assert reading is not None
    assert normaliser.term("kardus") in reading.background
    assert normaliser.term("pbb") not in reading.background
    assert normaliser.term("bayar") not in reading.background


def test_a_short_message_has_no_story_reading(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    text = "bayar pbb online bisa lewat apa saja?"
    assert story_reading(text, matcher.analyse(text), matcher.index.normaliser) is None


def test_a_story_that_asks_nothing_has_no_story_reading(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    text = (
        "Kemarin saya ke kantor kecamatan untuk mengurus surat pindah dan antrenya panjang "
        "sekali dari pagi sampai siang. Petugasnya ramah dan semuanya selesai hari itu juga."
    )
    assert story_reading(text, matcher.analyse(text), matcher.index.normaliser) is None


def test_a_story_ending_with_a_question_is_answered_by_the_question(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match(STORY_THEN_QUESTION)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pbb-bayar")


def test_a_point_between_digits_ends_no_sentence(kb: KnowledgeBase) -> None:
    normaliser = Matcher(kb).index.normaliser
    text = "Saya mau beli tanah seluas 1.000 meter di pinggir desa. Syaratnya apa?"
    assert [c.sentence for c in clauses(text, normaliser)] == [0, 1]


def test_a_question_whose_topic_the_story_names_is_answered_not_taken_for_a_complaint(
    sample: Matcher,
) -> None:
    text = (
        "Selamat siang bu. Saya tinggal bersama ibu saya yang sudah sepuh di rumah kayu "
        "peninggalan kakek. Atapnya bocor di banyak tempat dan tiangnya mulai miring, kalau "
        "angin kencang kami takut rumahnya roboh. Tetangga bilang ada bantuan bedah rumah "
        "dari pemerintah untuk warga kurang mampu. Daftarnya bagaimana dan apa saja syaratnya?"
    )
    result = sample.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bantuan-rumah-tidak-layak-huni")


def test_a_bare_question_after_a_story_about_something_else_is_not_answered(
    sample: Matcher,
) -> None:
    text = (
        "Pak, saya pensiunan dan mau mengisi waktu dengan beternak bebek di belakang rumah. "
        "Kandangnya sudah saya buat sendiri dari bambu dan tetangga tidak keberatan. Cucu "
        "saya juga senang membantu memberi makan. Menurut bapak resep bebek goreng yang enak "
        "itu bagaimana?"
    )
    assert sample.match(text).intent != Intent.FAQ


@pytest.mark.parametrize(
    "text",
    [
        "Minggu lalu saya sudah memperpanjang uji kir mobil pikap untuk usaha sayur saya dan "
        "hasilnya lulus. Sekarang saya ingin mengecat ulang pikap itu dengan warna hijau supaya "
        "lebih menarik. Kira-kira cat merek apa yang awet dan berapa harganya?",
        "Tahun lalu saya sudah membayar pbb rumah lewat aplikasi bank dan semuanya beres. "
        "Sekarang saya ingin menanam pohon mangga di halaman depan rumah. Bibit mangga yang "
        "cepat berbuah itu jenis apa dan belinya di mana?",
    ],
)
def test_an_entry_matched_on_a_story_detail_the_question_lacks_is_only_suggested(
    sample: Matcher, text: str
) -> None:
    result = sample.match(text)
    assert result.intent == Intent.NONE
    assert result.suggestions  # the story's service is still offered as "did you mean"
