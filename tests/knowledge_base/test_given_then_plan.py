"""What a resident already has, then what they now mean to do, then a question that
names neither ("... udah ada X, sekarang mau Y, itu Z-nya berapa"): the plan belongs to
the question, the thing held is background (see knowledge_base.given). A long chat
message strung together with commas is read so too. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.focus import story_reading
from knowledge_base.given import given_reading
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher
from tests.knowledge_base.test_given_clause import PARKING_AND_MARKET


def _background(text: str) -> frozenset[str] | None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    return None if found is None else found.background


def test_the_plan_between_what_is_held_and_a_bare_question_is_asked() -> None:
    background = _background(
        "stiker parkir langganan udah ada, sekarang mau buka kios di pasar, itu sewanya berapa"
    )
    assert background is not None
    assert "stiker" in background and "kios" not in background


def test_a_closing_or_not_asks_like_a_question_word() -> None:
    background = _background(
        "kios di pasar sudah saya sewa, sekarang mau pasang timbangan, "
        "itu kena retribusi bulanan lagi tidak ya"
    )
    assert background is not None
    assert "kios" in background and "retribusi" not in background


def test_a_bare_question_right_after_what_is_held_still_reads_as_written() -> None:
    assert _background("stiker langganan sudah ada, terus bayarnya berapa") is None


def test_a_long_chat_message_without_stops_reads_what_it_holds_as_background() -> None:
    matcher = invented_matcher(PARKING_AND_MARKET)
    text = (
        "kami pedagang sayur keliling sudah punya stiker parkir langganan dari tahun lalu, "
        "sekarang pengen pindah dari gerobak ke kios di dalam pasar daerah biar tidak "
        "kehujanan, syaratnya apa aja dan sewanya berapa"
    )
    analysis = matcher.analyse(text)
    assert len(analysis.tokens) >= 25
    found = story_reading(text, analysis, matcher.index.normaliser)
    assert found is not None and "stiker" in found.background and "kios" not in found.background
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kios-sewa")
