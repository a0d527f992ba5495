"""A short question asking a past fact (a history, a result) the entry never tells is
offered, not answered; an entry telling it, or a year told rather than asked, still
answers."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from knowledge_base.past_facts import HISTORY, RESULT, asked_past
from tests.knowledge_base.invented_kb import invented_matcher

ENTRIES = """
- id: tiket-benteng
  agency: disbud
  questions:
    - Berapa harga tiket masuk benteng keraton dan jam bukanya?
  keywords: [tiket benteng, benteng keraton]
  answer: Benteng keraton buka pukul 08.00-17.00, tiket Rp5.000 per orang.
- id: lomba-perahu
  agency: dispar
  questions:
    - Kapan pendaftaran lomba perahu naga festival danau?
  keywords: [lomba perahu naga, festival danau]
  answer: Pendaftaran lomba perahu naga dibuka sebulan sebelum festival di kantor dinas.
- id: museum-kota
  agency: disbud
  questions:
    - Berapa tiket museum kota?
  keywords: [museum kota]
  answer: Tiket museum kota Rp3.000. Museum didirikan tahun 1950 di bekas gedung residen.
"""


def words(text: str) -> list[str]:
    return text.split()


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    [
        "benteng keraton dibangun tahun berapa",
        "bagaimana sejarah benteng keraton",
        "lomba perahu naga festival danau tahun lalu juaranya siapa",
    ],
)
def test_a_past_fact_the_entry_never_tells_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("museum kota didirikan tahun berapa", "museum-kota"),
        ("tiket masuk benteng keraton berapa", "tiket-benteng"),
    ],
)
def test_an_entry_telling_the_past_fact_or_a_question_not_asking_one_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_a_year_told_asks_no_history_and_a_long_story_asks_nothing() -> None:
    assert asked_past(words("kartu kuning dibuat tahun 2023 masih berlaku")) == frozenset()
    assert asked_past(words("kapal feri dibuat tahun berapa")) == {HISTORY}
    assert asked_past(words("siapa juara lomba kemarin")) == {RESULT}
    story = "anak saya sering juara lomba di sekolah dan gurunya bilang siapa tahu bisa ikut"
    assert asked_past(words(story)) == frozenset()
