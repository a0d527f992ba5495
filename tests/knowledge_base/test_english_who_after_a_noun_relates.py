"""An English "who" after a noun, followed by a negation or an auxiliary, relates the
people it tells of ("parents who don't pay", "students who did not buy"): it asks
nothing, so a report of an official's threat is not read as a question; asking who does
a thing ("do you know who does ...") still asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.complaint import complaint_features
from knowledge_base.lexicon import default_lexicon
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser
from knowledge_base.tokens import words_of

SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Matcher(load_kb(SAMPLE_KB)).index.normaliser


def _asks(normaliser: Normaliser, text: str) -> float:
    tokens = normaliser.tokens(text)
    return complaint_features(tokens, False, default_lexicon(), typed=words_of(text))["ask"]


@pytest.mark.parametrize(
    "text",
    [
        "the headmaster says parents who don't pay the fee will not get the report card",
        "the clerk told us villagers who did not bring cash will wait another month",
    ],
)
def test_a_who_relating_people_after_a_noun_asks_nothing(normaliser: Normaliser, text: str) -> None:
    assert _asks(normaliser, text) == 0


def test_asking_who_does_a_thing_still_asks(normaliser: Normaliser) -> None:
    assert _asks(normaliser, "do you know who does the road repairs") > 0
