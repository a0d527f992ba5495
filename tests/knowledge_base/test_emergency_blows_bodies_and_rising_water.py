"""A blow dealt now in chat words, a body lying in the road, water rising into homes and
the ground starting to slide are reported; the same words in a question or a habit are
not."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

HAPPENING_NOW = [
    "suami saya mukul saya, tolong",
    "lakik aku mukul aku, tolong",
    "bapak tiri nampar adik saya terus dari tadi, tolong",
    "there is a man lying dead on the road",
    "our street is flooded and the water keeps rising into the houses",
    "tanah di belakang rumah mulai bergerak",
]

ONLY_NAMED = [
    "apa hukuman bagi orang tua yang memukul anak",
    "pak rt memukul kentongan tiap malam",
    "every rainy season the water keeps rising into the houses, when will the drain be fixed",
    "how do I stop water getting into the house when it rains",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_a_danger_told_now_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_NAMED)
def test_the_same_words_asked_or_habitual_are_no_emergency(text: str) -> None:
    assert not is_emergency(text)
