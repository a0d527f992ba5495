"""A short question's head is what it asks about, not who it is asked for or when: a
relative ("nenek saya", "keponakan"), a time ("tahun depan", "tengah malam", "rencana")
or the asking frame in other words ("langkah", "berhak") comes before the thing itself,
and taking it for the head withheld entries the message does name."""

from __future__ import annotations

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.head import head_of
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher


def _entry(entry_id: str, question: str, keywords: tuple[str, ...], answer: str) -> KbEntry:
    return KbEntry(id=entry_id, agency="x", questions=(question,), answer=answer, keywords=keywords)


GARDEN_AND_SEWING = KnowledgeBase(
    entries=(
        _entry(
            "kursus-menjahit",
            "Bagaimana cara daftar kursus menjahit gratis?",
            ("kursus jahit",),
            "Daftar di balai desa.",
        ),
        _entry(
            "bibit-pohon",
            "Bagaimana cara meminta bibit pohon gratis?",
            ("bibit gratis",),
            "Minta ke kebun bibit dinas.",
        ),
        _entry(
            "bibit-ikan", "Di mana membeli bibit ikan lele?", ("benih lele",), "Di balai benih."
        ),
        _entry("pasar-murah", "Kapan jadwal pasar murah bulan ini?", ("pasar murah",), "Sabtu."),
        _entry(
            "sewa-gor",
            "Bagaimana cara daftar sewa gedung olahraga?",
            ("sewa gor",),
            "Lihat loket.",
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
