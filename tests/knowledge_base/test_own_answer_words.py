"""Answer words no other entry uses count as the entry's own words in ranking."""

from __future__ import annotations

from knowledge_base.entries import KnowledgeBase
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Matcher
from tests.knowledge_base.invented_kb import invented_entry

MARKET = KnowledgeBase(
    entries=(
        invented_entry(
            "tera-ulang",
            "Bagaimana cara tera ulang timbangan pedagang?",
            answer="Bawa timbangan ke kantor metrologi setiap tahun; petugas memeriksa dan "
            "memasang segel baru. Datang membawa KTP.",
        ),
        invented_entry(
            "lapak-pasar",
            "Bagaimana cara mendapatkan lapak pedagang di pasar?",
            answer="Ajukan permohonan ke kantor pengelola pasar. Datang membawa KTP.",
        ),
        invented_entry(
            "retribusi-sampah",
            "Berapa retribusi sampah untuk rumah tangga?",
            answer="Retribusi sampah dibayar bersama rekening air setiap bulan.",
        ),
    )
)


def _own_words(entry_id: str, *words: str) -> list[bool]:
    index = build_index(MARKET, default_lexicon())
    own = next(i.own_terms for i in index.entries if i.entry.id == entry_id)
    return [index.normaliser.term(word) in own for word in words]


def test_an_answer_word_no_other_entry_uses_is_the_entry_s_own() -> None:
    assert _own_words("tera-ulang", "metrologi", "segel") == [True, True]


def test_an_answer_word_two_entries_use_stays_answer_credit() -> None:
    assert _own_words("tera-ulang", "ktp", "kantor") == [False, False]


def test_a_message_told_in_the_answer_s_own_words_is_covered_whole() -> None:
    matcher = Matcher(MARKET)
    text = "pedagang perlu segel"
    ranked = matcher.ranked(text, matcher.analyse(text))
    assert ranked[0].entry_id == "tera-ulang"
    assert ranked[0].coverage == 1.0


def test_own_answer_words_count_as_words_shared_with_the_entry() -> None:
    matcher = Matcher(MARKET)
    text = "pedagang mau pasang segel baru dari metrologi"
    ranked = matcher.ranked(text, matcher.analyse(text))
    assert ranked[0].entry_id == "tera-ulang"
    assert ranked[0].shared_terms >= 3
