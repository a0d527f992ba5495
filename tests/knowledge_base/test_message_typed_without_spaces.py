"""A message typed without spaces splits into the words it is made of, chat's short
words ("aja") and a joined phrase ("jobfair") among them, into as many pieces as its
length allows (one per four letters, rounded up). The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.segmenter import segment


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["apa", "syarat", "kartu", "usaha", "izin", "jadwal"])


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("izinusahaapaaja", "izin usaha apa saja"),  # chat's "aja" is a piece
        ("jadwaljobfair", "jadwal bursa kerja"),  # a joined phrase, read as its words
    ],
)
def test_a_run_together_message_reads_as_its_words(
    normaliser: Normaliser, typed: str, read: str
) -> None:
    assert normaliser.normalise(typed) == read


def test_a_fifteen_letter_run_may_hold_four_words() -> None:
    words = {"syarat", "ktp", "apa", "aja"}
    assert segment("syaratktpapaaja", words) == ["syarat", "ktp", "apa", "aja"]


def test_a_short_word_splits_into_no_more_than_three() -> None:
    assert segment("abcdefghi", {"abc", "def", "ghi"}) == ["abc", "def", "ghi"]
    assert segment("abcdefghijk", {"ab", "cde", "fgh", "ijk"}) is None


def test_of_two_splits_into_as_many_pieces_the_one_of_kb_words_wins() -> None:
    vocabulary = {"pasa", "rmalam", "pasar", "malam"}
    assert segment("pasarmalam", vocabulary) == ["pasa", "rmalam"]  # the first found
    assert segment("pasarmalam", vocabulary, preferred={"pasar", "malam"}) == ["pasar", "malam"]
