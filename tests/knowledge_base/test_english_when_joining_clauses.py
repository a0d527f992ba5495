"""English "when" joining two clauses is the conjunction "kalau" (when, if), not the
question word "kapan", which asks for a date or a schedule; a "when" that opens a
question of its own still asks. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.english_when import conjunction_whens
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["ditutup", "laporan"])


@pytest.mark.parametrize(
    "english",
    [
        "is there any duty when my aunt hands her rice field to me",
        "why was my report closed when the leak was never repaired",
        "the guard shouted at me when I parked my scooter",
    ],
)
def test_a_when_joining_two_clauses_is_no_question_of_time(
    normaliser: Normaliser, english: str
) -> None:
    words = normaliser.normalise(english).split()
    assert "kapan" not in words and "kalau" in words


@pytest.mark.parametrize(
    "english",
    [
        "when does the vaccination team come to our hamlet",
        "what is a health certificate and when do I need it",
        "our street floods every year, when will the drain be dug",
        "please let me know when the office opens",
        "can you tell me when the ferry leaves",
        "until when can I pay the land tax",
    ],
)
def test_a_when_that_opens_a_question_still_asks_when(normaliser: Normaliser, english: str) -> None:
    assert "kapan" in normaliser.normalise(english).split()


def whens(text: str) -> list[int]:
    return conjunction_whens(text.split())


def test_only_a_when_inside_a_clause_is_a_conjunction() -> None:
    assert whens("tax when buying land") == [1]
    assert whens("and when is it paid") == []
    assert whens("the office opens when") == []
    assert whens("me when i go") == [1]


def test_an_indonesian_message_keeps_its_own_reading(normaliser: Normaliser) -> None:
    assert "kalau" not in normaliser.normalise("kapan jadwal posyandu bulan ini").split()
