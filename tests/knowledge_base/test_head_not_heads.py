"""A short question's head is not a word of time or stage ("selama hamil", "ultah
ke-17", "bakal calon") nor the documents asked for ("dokumen apa untuk ..."): the thing
asked comes after it (see knowledge_base.head). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.head import head_of
from tests.knowledge_base.invented_kb import invented_matcher

CHECKUPS = """
    - id: periksa-hamil
      agency: dinkes
      question: Berapa kali ibu hamil perlu periksa kehamilan di puskesmas?
      keywords: [periksa hamil]
      answer: Ibu hamil periksa paling sedikit enam kali selama kehamilan.
    """


def _head(text: str) -> str | None:
    matcher = invented_matcher(CHECKUPS)
    head = head_of(matcher.index, matcher.analyse(text).tokens)
    return None if head is None else head.term


def test_a_time_before_the_thing_asked_is_not_its_head() -> None:
    assert _head("selama hamil harus periksa kapan saja") == _head("hamil harus periksa kapan")


def test_a_birthday_before_the_card_asked_is_not_its_head() -> None:
    assert _head("ultah ke 17 ktp jadi kapan") == _head("ktp jadi kapan")


def test_a_prospective_before_the_candidate_asked_is_not_its_head() -> None:
    assert _head("syarat bakal calon kades") == _head("syarat calon kades")


def test_the_documents_asked_for_are_not_the_head() -> None:
    assert _head("dokumen apa saja untuk periksa hamil") == _head("apa saja untuk periksa hamil")
