"""The facets a message asks are read once for the ranking and the known-part check
after it (knowledge_base.message_asks.asked_facets): the same facets as reading them
afresh, and the very same answer when the same words are asked again."""

from __future__ import annotations

from pathlib import Path

from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.message_asks import asked_facets

SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


def test_asked_facets_are_those_read_afresh_and_remembered_for_the_same_words() -> None:
    index = Matcher(load_kb(SAMPLE_KB)).index
    tokens = tuple(index.normaliser.tokens("berapa biaya dan syarat bikin ktp"))
    found = asked_facets(index, tokens)
    assert found == entry_facets(index).asked(word_forms(index.normaliser, tokens))
    assert found  # the cost and the requirements
    assert asked_facets(index, tokens) is found
    other = tuple(index.normaliser.tokens("kapan jadwal posyandu"))
    assert asked_facets(index, other) == entry_facets(index).asked(
        word_forms(index.normaliser, other)
    )
