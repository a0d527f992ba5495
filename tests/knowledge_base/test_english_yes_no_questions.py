"""English asks yes or no by opening with its auxiliary verb ("Are vaccinations free", "Does
my stall need a permit"), often without a question mark in chat: after a story, such a
sentence is the message's question, not a statement that makes the story a report."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.complaint import is_inverted
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

SCHOOL_GATE_STORY = (
    "Hi, we moved into a rented house near the old market two months ago, my husband drives "
    "a delivery van and I look after our three kids at home. A lady at the school gate "
    "mentioned something this morning. "
)


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


@pytest.mark.parametrize(
    ("tokens", "asks"),
    [(("does", "my", "warung", "perlu", "izin"), True), (("my", "tetangga", "told", "me"), False)],
)
def test_an_opening_auxiliary_asks(tokens: tuple[str, ...], asks: bool) -> None:
    assert is_inverted(tokens) is asks


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Are vaccinations for babies free at the puskesmas", "imunisasi-rutin-anak"),
        (
            "Does a home food business need a production permit to sell snacks to shops",
            "izin-pangan-industri-rumah-tangga",
        ),
    ],
)
def test_a_story_ending_in_a_yes_no_question_is_answered(
    sample: Matcher, question: str, entry: str
) -> None:
    result = sample.match(SCHOOL_GATE_STORY + question)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_a_report_that_opens_with_an_auxiliary_is_still_a_complaint(sample: Matcher) -> None:
    report = (
        "Does the garbage truck even come to our street anymore, nobody has collected our "
        "rubbish for ten days and it stinks."
    )
    assert sample.match(report).intent is Intent.COMPLAINT
