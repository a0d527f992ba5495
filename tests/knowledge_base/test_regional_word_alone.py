"""A word the regional table reads only in its phrases ("dak pacak", "dak ado": not, in
Palembang and Jambi Malay; alone also a concrete roof slab) is kept as typed when it
stands alone, not filled out with vowels into a KB word ("dak" is no "diakui")."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


def test_a_regional_word_alone_is_kept_as_typed_not_expanded_into_a_kb_word() -> None:
    normaliser = Normaliser(default_lexicon(), ["surat", "diakui", "dicetak", "asli"])
    assert normaliser.tokens("surat dak asli") == ["surat", "dak", "asli"]


def test_a_dak_closing_the_clause_asks_or_not() -> None:
    normaliser = Normaliser(default_lexicon(), ["surat", "diakui", "dicetak", "asli"])
    assert normaliser.tokens("surat ini asli dak") == ["surat", "ini", "asli", "tidak"]


def test_a_regional_word_in_its_phrase_is_still_read() -> None:
    normaliser = Normaliser(default_lexicon(), ["surat", "diakui"])
    assert normaliser.tokens("dak ado surat") == ["tidak", "ada", "surat"]
