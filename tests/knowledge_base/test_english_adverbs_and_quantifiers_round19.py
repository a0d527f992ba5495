"""English adverbs of time, frequency, degree and doubt, quantifiers and prepositions
are read as their Indonesian twins, and English pronouns, modals and hedges with no
Indonesian word of weight weigh nothing: an English message's filler is no unknown word
of great weight that dilutes its topic. Invented messages."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser

KB_WORDS = ("kartu", "keluarga", "pajak", "kantor", "izin", "lampu", "jalan")


def _read(text: str) -> str:
    return Normaliser(default_lexicon(), KB_WORDS).normalise(text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("maybe the tax office", "mungkin the pajak kantor"),
        ("the street light is always off", "the pju is selalu mati"),
        ("a permit usually takes much longer", "a izin biasanya"),
        ("outside the office", "luar the kantor"),
    ],
)
def test_an_english_adverb_or_preposition_is_read_as_its_indonesian_twin(
    written: str, read: str
) -> None:
    assert _read(written).startswith(read)


@pytest.mark.parametrize("word", ["both", "whose", "may", "let", "seem", "quite"])
def test_an_english_word_with_no_weight_in_indonesian_weighs_nothing(word: str) -> None:
    assert word in default_lexicon().function_words
