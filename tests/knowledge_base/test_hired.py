"""A short question asking to hire a thing from an entry that hires nothing out and never
names the thing is offered, not answered; an entry that hires things out, or names the
thing, still answers, and so does a message telling its writer's situation."""

from __future__ import annotations

import pytest

from knowledge_base.hired import hired_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

ENTRIES = """
- id: tiket-pantai
  agency: dispar
  questions:
    - Berapa harga tiket masuk pantai pasir putih?
  keywords: [tiket pantai, pantai pasir putih]
  answer: Tiket masuk pantai Rp10.000 per orang, parkir motor Rp2.000.
- id: sewa-alat-berat
  agency: dpupr
  questions:
    - Berapa tarif sewa alat berat milik dinas pekerjaan umum?
  keywords: [sewa alat berat, ekskavator dinas]
  answer: Alat berat disewakan kepada warga dengan tarif per jam sesuai perda.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    ["sewa perahu karet di pantai pasir putih berapa", "where can I rent a surfboard at the beach"],
)
def test_hiring_a_thing_the_entry_never_names_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sewa buldoser dinas pekerjaan umum per jam berapa", "sewa-alat-berat"),
        ("tiket masuk pantai pasir putih berapa", "tiket-pantai"),
    ],
)
def test_an_entry_hiring_things_out_or_not_asked_a_hire_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_the_things_hired_are_the_words_after_the_verb(matcher: Matcher) -> None:
    index = matcher.index
    said = index.normaliser.tokens("sewa perahu karet berapa sehari")
    assert hired_things(index, said) == frozenset({index.normaliser.term("perahu")})
    told = index.normaliser.tokens("saya sewa rumah, bisa pasang air?")
    assert hired_things(index, told) == frozenset()
