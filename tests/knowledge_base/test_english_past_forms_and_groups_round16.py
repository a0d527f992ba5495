"""Irregular English past forms english_forms cannot derive (ate, fallen, thrown, sank)
and the residents' groups the knowledge bases name (a fish farmers' group) are read as
the Indonesian a knowledge base is written in. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["makan", "tumbang", "buang", "tenggelam"])


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("the children ate at the school canteen and got sick", "makan"),
        ("a tree fell across the village road", "pohon tumbang"),
        ("who clears a fallen tree after a storm", "pohon tumbang"),
        ("someone threw rubbish into the canal", "buang"),
        ("a fishing boat sank near the harbour", "tenggelam"),
        ("can our fish farmers group get seed", "kelompok pembudidaya ikan"),
        ("is the notice in the WhatsApp group official", "grup whatsapp"),
    ],
)
def test_an_irregular_past_form_or_a_group_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)
