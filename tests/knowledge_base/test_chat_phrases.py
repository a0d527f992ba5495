"""A chat message written as one sentence strung together with commas: its story and
its question are its comma phrases (see knowledge_base.chat_phrases and
knowledge_base.focus.clauses). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.chat_phrases import comma_phrases, names_own_topic
from knowledge_base.focus import clauses
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

POOL = """
    - id: kolam-renang-tiket
      agency: dispora
      questions:
        - Berapa tiket masuk kolam renang umum dan jam bukanya?
        - harga tiket kolam renang kota
      keywords: [tiket kolam renang, kolam renang umum]
      answer: Tiket kolam renang Rp10.000, buka pukul 07.00 sampai 17.00.
    - id: kolam-renang-aturan
      agency: dispora
      questions:
        - Di bagian mana anak-anak boleh berenang dan apa aturan keselamatannya?
        - kolam anak yang dangkal di sebelah mana
      keywords: [aturan berenang, kolam anak, keselamatan berenang]
      answer: Anak di bawah 10 tahun berenang di kolam dangkal sisi barat dengan pendamping.
    """

PAID_THEN_ASKED = (
    "kemarin kami sekeluarga ke kolam renang umum dan bayar tiket masuk 10 ribu per orang, "
    "anak saya hampir tenggelam waktu main di ujung yang dalam, "
    "sebenarnya bagian mana yang boleh buat anak berenang"
)


def _clauses(text: str) -> list[tuple[tuple[str, ...], bool]]:
    normaliser = invented_matcher(POOL).index.normaliser
    return [(clause.tokens, clause.asks) for clause in clauses(text, normaliser)]


def test_a_ticket_already_paid_is_story_the_question_asks_where_children_may_swim() -> None:
    result = invented_matcher(POOL).match(PAID_THEN_ASKED)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kolam-renang-aturan")


def test_a_one_sentence_chat_message_is_cut_at_its_commas() -> None:
    found = _clauses(PAID_THEN_ASKED)
    assert len(found) == 3
    assert [asks for _, asks in found] == [False, False, True]


def test_a_list_between_commas_stays_one_phrase() -> None:
    normaliser = invented_matcher(POOL).index.normaliser
    phrases = comma_phrases("mau buang lemari, kasur, kursi rusak ke mana", normaliser, 3)
    assert len(phrases) == 1


def test_a_question_phrase_naming_nothing_keeps_the_sentence_whole() -> None:
    text = (
        "anak saya baru bisa berenang sedikit dan minggu depan liburan sekolah, "
        "kami mau ajak dia latihan ke kolam renang umum, itu bayarnya berapa"
    )
    assert len(_clauses(text)) == 1


def test_commas_cut_nothing_in_a_message_of_several_sentences() -> None:
    text = (
        "Anak saya baru bisa berenang sedikit, minggu depan libur sekolah. "
        "Bagian mana yang boleh buat anak berenang, ada pelatihnya tidak?"
    )
    assert len(_clauses(text)) == 2


def test_asking_whether_something_exists_asks_and_saying_it_does_not_tells() -> None:
    found = _clauses(
        "kolam renang umum deket rumah kami airnya udah keruh dan licin, "
        "petugasnya juga tidak ada di pinggir kolam, "
        "ada ga kolam anak yang lebih aman buat latihan"
    )
    assert [asks for _, asks in found] == [False, False, True]


def test_a_question_names_its_own_topic_with_two_words_outside_the_frame() -> None:
    normaliser = invented_matcher(POOL).index.normaliser
    assert names_own_topic(normaliser, normaliser.tokens("jadwal lelang ikan jam berapa"))
    assert not names_own_topic(normaliser, normaliser.tokens("itu bikinnya di kantor mana"))
