from __future__ import annotations

import pytest

from knowledge_base.keyboard import likely_slip
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.spelling import SpellingCorrector

WORDS = {
    "beli": 5,
    "nama": 5,
    "buku": 5,
    "bidan": 3,
    "badan": 3,
    "rujukan": 4,
    "hilang": 6,
    "kita": 2,
    "kota": 2,
}


@pytest.mark.parametrize(
    ("typed", "word"),
    [("bwli", "beli"), ("naam", "nama"), ("buuk", "buku"), ("rujkan", "rujukan")],
)
def test_a_neighbouring_key_a_swap_or_a_dropped_letter_is_a_likely_slip(
    typed: str, word: str
) -> None:
    assert likely_slip(typed, word)


def test_a_far_key_is_no_likely_slip() -> None:
    assert not likely_slip("bamu", "beli")
    assert not likely_slip("bpli", "beli")


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("bwli", "beli"),
        ("naam", "nama"),
        ("buuk", "buku"),
        ("fujukan", "rujukan"),
        ("ilang", "hilang"),
    ],
)
def test_a_slip_in_a_short_word_or_its_first_letter_is_mended(typed: str, word: str) -> None:
    assert SpellingCorrector(WORDS).correct(typed) == word


@pytest.mark.parametrize("typed", ["bamu", "kuta", "xyzw", "ilan"])
def test_an_unlikely_or_ambiguous_slip_of_a_short_word_is_left_alone(typed: str) -> None:
    # "kuta" is one likely slip from both "kita" and "kota"
    assert SpellingCorrector(WORDS).correct(typed) is None


def test_a_short_word_that_may_have_lost_its_first_letter_is_left_alone() -> None:
    # "umah" is one dropped letter from both "umrah" and "rumah"
    assert SpellingCorrector({"umrah": 3, "rumah": 3}).correct("umah") is None


def test_a_slip_that_stems_like_a_known_word_is_still_mended() -> None:
    # "makaan" stems to "maka", a known word, yet is "makanan" with a letter left out
    normaliser = Normaliser(default_lexicon(), ["makanan", "sehat"])
    assert normaliser.normalise("makaan sehat") == "makanan sehat"
