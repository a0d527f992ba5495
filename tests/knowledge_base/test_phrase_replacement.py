"""PhraseTable.replaced: the very string the kind's regular expression's ``sub`` gives,
with the phrases tried only where a word opens one."""

from __future__ import annotations

import pytest

from knowledge_base.phrases import phrase_table, spaced

TABLE = phrase_table(
    {
        "calm": ["tidak apa", "tidak apa apa", "cuma tanya", "aman * saja"],
        "open": ["* sudah padam", "api"],
    }
)

TEXTS = [
    spaced(["tidak", "apa", "apa", "kok", "cuma", "tanya", "saja"]),
    spaced(["rumah", "aman", "aman", "saja", "tidak", "apa"]),
    " tidak  apa apa  cuma tanya ",  # a phrase removed before leaves two spaces
    spaced(["apinya", "sudah", "padam", "di", "pasar", "api"]),
    spaced([]),
    " tidak apa",  # no closing space: a phrase's last word is never matched
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("kind", ["calm", "open"])
def test_replacing_phrases_gives_what_the_pattern_substitution_gives(text: str, kind: str) -> None:
    assert TABLE.replaced(kind, text, " ") == TABLE.patterns[kind].sub(" ", text)


def test_a_kind_with_a_phrase_opening_on_a_gap_is_known_to_start_anywhere() -> None:
    assert TABLE.gapped == frozenset({"open"})


def test_text_without_a_phrase_comes_back_unchanged() -> None:
    text = spaced(["lampu", "jalan", "mati"])
    assert TABLE.replaced("calm", text, " ") is text
