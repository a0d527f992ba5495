"""Asking which lodging to stay at ("hotel mana yang dekat air terjun", "which hotel near
the waterfall", "penginapan murah dekat air terjun") asks the market, not the entry on
the place's tickets; an entry that speaks of the lodging (its tax) still answers, and a
which sentences away from the lodging asks something else. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: tiket-air-terjun
  agency: dispar
  questions:
    - Berapa harga tiket masuk wisata air terjun Sikembang dan jam bukanya?
    - tiket air terjun sikembang berapa
  keywords: [air terjun sikembang, tiket air terjun]
  answer: Tiket Rp 10.000 per orang, buka 08.00-17.00 setiap hari.
- id: pajak-penginapan
  agency: bapenda
  questions:
    - Berapa pajak hotel dan penginapan dan di mana membayarnya?
  keywords: [pajak hotel, pajak penginapan]
  answer: Pajak hotel 10 persen dari tagihan tamu, dibayar ke Bapenda tiap bulan.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "hotel mana yang paling dekat air terjun sikembang",
        "which hotel near the sikembang waterfall",
        "penginapan murah dekat air terjun sikembang",
    ],
)
def test_asking_which_lodging_to_stay_at_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(own_purchase=False)))
    assert off.match(message).intent is Intent.FAQ


def test_an_entry_speaking_of_the_lodging_is_answered(matcher: Matcher) -> None:
    result = matcher.match("pajak hotel berapa persen, bayarnya di mana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pajak-penginapan")


@pytest.mark.parametrize(
    "message",
    [
        "kontrakan saya ada sepuluh kamar, apa kena pajak penginapan?",
        "homestay saya lima kamar, pajak penginapannya bayar di mana?",
    ],
)
def test_a_which_away_from_the_lodging_asks_something_else(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pajak-penginapan")
