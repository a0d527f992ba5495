"""Adverbs and determiners that say how sure the resident is, since when or how many
("memang", chat's "emang", "sejak", "segala", "sebuah", "seorang", "suatu") are
function words: they weigh nothing when an entry's coverage of a message is measured."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


def _terms(text: str) -> tuple[str, ...]:
    normaliser = Normaliser(default_lexicon(), ["parkir", "liar", "sewa", "tenda"])
    return normaliser.analyse(text).terms


def test_indeed_as_chat_writes_it_is_no_term() -> None:
    assert _terms("parkir liar emang dibiarkan?") == _terms("parkir liar dibiarkan?")
    assert _terms("memang harus sewa tenda") == _terms("harus sewa tenda")


def test_since_and_the_indefinite_articles_are_no_terms() -> None:
    assert _terms("sejak kapan ada sebuah tenda di situ") == _terms("kapan ada tenda di situ")
    assert _terms("seorang warga tanya segala macam sewa") == _terms("warga tanya macam sewa")
