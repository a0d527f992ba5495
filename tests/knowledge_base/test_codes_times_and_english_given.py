"""Reading residents' words: a form's code written with a dash, a bare "when", the
language of a long message's question and English phrasings of what is already had."""

from __future__ import annotations

from knowledge_base.entries import KnowledgeBase
from knowledge_base.given import tells_given
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_entry

ANSWER = "Silakan datang ke kantor pelayanan pada jam kerja."

BOATS = KnowledgeBase(
    entries=(
        invented_entry(
            "perahu-pustaka-jadwal",
            ("Jadwal perahu pustaka keliling ke desa pesisir?",),
            answer=ANSWER,
            keywords=("perahu pustaka",),
        ),
        invented_entry(
            "perahu-pustaka-syarat",
            ("Syarat pinjam buku di perahu pustaka?",),
            answer=ANSWER,
            keywords=("pinjam buku perahu",),
        ),
    )
)


def _normalise(text: str) -> str:
    return Normaliser(default_lexicon(), ["kartu", "kuning", "hilang", "buat"]).normalise(text)


def test_a_form_code_written_with_a_dash_is_the_form_not_the_chat_word_for_i() -> None:
    assert _normalise("kartu AK-1 saya hilang") == _normalise("kartu ak1 saya hilang")
    assert "saya 1" not in _normalise("cara buat AK-1?")


def test_a_dash_between_other_letters_and_a_number_still_parts_them() -> None:
    assert _normalise("rumah di rt-05") == "rumah di rt 05"
    assert _normalise("ak mau tanya") == "saya mau tanya"


def test_a_long_message_is_in_the_language_of_its_question_not_of_its_opening() -> None:
    notice = " ".join(
        ["Diberitahukan kepada seluruh warga bahwa pelayanan perahu pustaka akan"]
        + ["dipindahkan sementara ke dermaga desa selama perbaikan berlangsung."] * 1
    )
    text = (
        "Saya salin pengumuman dari grup warga. "
        + " ".join([notice] * 9)
        + " I moved here from abroad with my family last year and I do not read"
        " Indonesian well, so my neighbour sent me this notice. Could you tell me when"
        " the library boat will come to our village again, and what do I need to bring"
        " if I want to borrow books there for my children?"
    )
    assert len(text) > 1000
    assert Matcher(BOATS).match(text).language == "en"


def test_english_tells_what_was_just_received_or_already_got() -> None:
    normaliser = Normaliser(default_lexicon(), ["nib", "sertifikat", "halal"])
    for text in (
        "I just received my NIB",
        "just got my nib",
        "got my NIB already",
        "we just paid the fee",
    ):
        assert tells_given(normaliser.tokens(text)), text
    assert not tells_given(normaliser.tokens("I just want to ask about the NIB"))
