"""The domains' everyday things a resident names in English (farming and fisheries,
boats and fuel, disasters, schools, religion and culture, tourism, the body for disability
aid) are read as the Indonesian a knowledge base is written in, with their word forms.
The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    words = ["perikanan", "pertanian", "cengkih", "kaki", "palsu", "mengajar", "pengungsian"]
    return Normaliser(default_lexicon(), words)


@pytest.mark.parametrize(
    ("english", "read"),
    [
        ("does the fisheries office give out nets", "perikanan"),
        ("where is the agriculture office", "pertanian"),
        ("our cloves are dying", "cengkih"),
        ("he lost both legs in a crash", "kaki"),
        ("is there help for a prosthetic leg", "kaki palsu"),
        ("i teach children to read", "mengajar"),
        ("which schools are used as shelters", "pengungsian"),
        ("the jetty is broken", "dermaga"),
        ("can we bring luggage on the ferry", "bagasi"),
        ("the haze is very thick today", "kabut asap"),
        ("we farm seaweed", "rumput laut"),
        ("is there a christmas market", "natal"),
    ],
)
def test_an_english_word_for_a_domain_thing_is_read_as_indonesian(
    normaliser: Normaliser, english: str, read: str
) -> None:
    assert read in normaliser.normalise(english)
