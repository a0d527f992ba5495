"""The afternoon, tonight and a thing out of order, written in English, are read as the
Indonesian a knowledge base is written in; a person who stopped working is not read as a
broken thing. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["sore", "malam", "berfungsi"])


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("is the village office open in the afternoon", "sore"),
        ("is any health centre open tonight", "malam ini"),
        ("the water meter does not work", "tidak berfungsi"),
        ("the ticket machine at the market is out of order", "tidak berfungsi"),
    ],
)
def test_a_time_of_day_or_a_thing_out_of_order_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


def test_a_person_who_stopped_working_is_not_a_broken_thing(normaliser: Normaliser) -> None:
    assert "berfungsi" not in normaliser.normalise("my father stopped working after his stroke")
