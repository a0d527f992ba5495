"""A short question's head is what it asks about, not who it is asked for or when: a
relative ("nenek saya", "keponakan"), a time ("tahun depan", "tengah malam", "rencana")
or the asking frame in other words ("langkah", "berhak") comes before the thing itself,
and taking it for the head withheld entries the message does name."""

from __future__ import annotations

from knowledge_base.entries import KnowledgeBase
from knowledge_base.head import head_of
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_entry

GARDEN_AND_SEWING = KnowledgeBase(
    entries=(
        invented_entry(
            "kursus-menjahit",
            "Bagaimana cara daftar kursus menjahit gratis?",
            answer="Daftar di balai desa.",
            keywords=("kursus jahit",),
        ),
        invented_entry(
            "bibit-pohon",
            "Bagaimana cara meminta bibit pohon gratis?",
            answer="Minta ke kebun bibit dinas.",
            keywords=("bibit gratis",),
        ),
        invented_entry(
            "bibit-ikan",
            "Di mana membeli bibit ikan lele?",
            answer="Di balai benih.",
            keywords=("benih lele",),
        ),
        invented_entry(
            "pasar-murah",
            "Kapan jadwal pasar murah bulan ini?",
            answer="Sabtu.",
            keywords=("pasar murah",),
        ),
        invented_entry(
            "sewa-gor",
            "Bagaimana cara daftar sewa gedung olahraga?",
            answer="Lihat loket.",
            keywords=("sewa gor",),
        ),
    )
)


def _head(text: str) -> str | None:
    index = build_index(GARDEN_AND_SEWING, default_lexicon())
    head = head_of(index, tuple(index.normaliser.tokens(text)))
    return None if head is None else head.term


def test_a_relative_named_first_is_not_the_head_of_the_question() -> None:
    index = build_index(GARDEN_AND_SEWING, default_lexicon())
    assert _head("nenek saya mau minta bibit pohon") == index.normaliser.term("bibit")


def test_a_time_named_first_is_not_the_head_of_the_question() -> None:
    index = build_index(GARDEN_AND_SEWING, default_lexicon())
    assert _head("rencana tahun ini kursus menjahit dibuka lagi?") == index.normaliser.term(
        "kursus"
    )


def test_a_question_for_a_relative_is_answered_with_the_entry_it_names() -> None:
    result = Matcher(GARDEN_AND_SEWING).match("keponakan mau minta bibit gratis ke mana")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "bibit-pohon"


def test_a_question_opening_with_when_is_answered_with_the_entry_it_names() -> None:
    result = Matcher(GARDEN_AND_SEWING).match("rencana bulan depan mau minta bibit gratis")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "bibit-pohon"


def test_a_relative_asking_about_something_the_kb_lacks_is_still_not_answered() -> None:
    result = Matcher(GARDEN_AND_SEWING).match("adik saya mau daftar vaksin gratis")
    assert result.intent is Intent.NONE
