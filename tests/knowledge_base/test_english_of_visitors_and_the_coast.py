"""English a visitor writes about beaches, boats and lodging is read as the Indonesian a
knowledge base is written in, instead of being cut into Indonesian words it happens to
spell ("siren" was "zonasi renang", "guesthouse" "guest rumah"); everyday Indonesian
words that are no slip of a KB word are kept as typed. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    words = ["pantai", "kapal", "sirine", "penginapan", "cepat", "pasar", "nenek", "makan"]
    return Normaliser(default_lexicon(), words)


@pytest.mark.parametrize(
    ("english", "read"),
    [
        ("why does the siren sound at night", "sirine"),
        ("is there a lifeguard at the bay", "penjaga pantai"),
        ("we run a tiny guesthouse", "penginapan"),
        ("when does the fast boat leave", "kapal cepat"),
        ("is sunbathing allowed", "berjemur"),
        ("are crew members exempt from the fee", "bebas"),
        ("the boat waits at the harbour", "pelabuhan"),
        ("a guy at the gate asked for cash", "orang"),
        ("please fog our lane", "fogging"),
        ("can the bill go in my name", "atas nama saya"),
    ],
)
def test_a_visitors_english_word_is_read_as_indonesian(
    normaliser: Normaliser, english: str, read: str
) -> None:
    assert read in normaliser.normalise(english)


def test_the_word_siren_is_no_run_together_indonesian(normaliser: Normaliser) -> None:
    assert "zonasi" not in normaliser.normalise("what does the siren mean")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ada copet di pasar", "ada copet di pasar"),  # a pickpocket, no "cepat"
        ("mbah putri minta maem", "nenek minta makan"),  # Javanese grandmother, to eat
    ],
)
def test_an_everyday_word_is_read_as_it_means(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read
