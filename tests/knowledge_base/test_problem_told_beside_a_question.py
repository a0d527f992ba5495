"""A question that also tells a concrete problem is marked so the answer can offer the
report (:func:`knowledge_base.complaint_told.tells_problem`); a plain question is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.complaint_told import tells_problem
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_kb(SAMPLE_KB))


@pytest.mark.parametrize(
    "message",
    [
        "lampu jalan mati 2 minggu, lapor ke mana?",
        "jalan depan rumah berlubang sudah sebulan, ngadu ke mana ya?",
        "the street light on our road has been broken for two weeks, who do I tell?",
    ],
)
def test_a_question_telling_how_long_a_problem_has_lasted_is_marked(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is Intent.FAQ and result.problem_told


@pytest.mark.parametrize(
    "message",
    ["syarat bikin ktp elektronik apa saja", "bagaimana cara melaporkan jalan rusak"],
)
def test_a_plain_question_is_not_marked(matcher: Matcher, message: str) -> None:
    assert not matcher.match(message).problem_told


def test_a_bad_state_needs_when_where_or_how_badly_to_count() -> None:
    assert not tells_problem({"bad": 1.0, "ask": 1.0})
    assert tells_problem({"negation": 1.0, "elapsed": 2.0})
    assert tells_problem({"money": 1.0, "place": 1.0})
    assert not tells_problem({"elapsed": 2.0, "place": 1.0})
