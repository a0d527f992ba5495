"""A root may end in a particle's letters ("tanya", "punya", "himpun", "sedekah"): its
affixed forms keep them, while a word with a real "-nya" loses it."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import default_rules, standard_words
from knowledge_base.stemmer import stem, strip_particle
from knowledge_base.typed_asking import is_asking


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("bertanya", "tanya"),
        ("ditanya", "tanya"),
        ("menghimpun", "himpun"),
        ("bersedekah", "sedekah"),
        ("melangkah", "langkah"),
    ],
)
def test_an_affixed_word_whose_root_ends_in_nya_kah_or_pun_keeps_its_root(
    word: str, root: str
) -> None:
    assert strip_particle(word) == word
    assert stem(word) == root


@pytest.mark.parametrize(
    ("word", "bare"),
    [("katanya", "kata"), ("datanya", "data"), ("petanya", "peta"), ("pendirinya", "pendiri")],
)
def test_a_word_with_a_possessive_nya_still_loses_it(word: str, bare: str) -> None:
    assert strip_particle(word) == bare


def test_emergency_words_read_a_possessive_but_not_a_root_ending_in_nya() -> None:
    rules = default_rules()
    assert standard_words("ditanya petanya mempunya apinya", rules) == [
        "ditanya",
        "peta",
        "mempunya",
        "api",
    ]


def test_a_negation_before_a_word_ending_in_its_roots_nya_tells_rather_than_asks() -> None:
    assert not is_asking("tetangga yang lain juga tidak ditanya")
    assert not is_asking("anak saya belum bertanya ke sekolah, kami ga punya")
    assert is_asking("antri lama ga urusnya")
