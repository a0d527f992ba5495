"""A place the message shares with the entry says where, not what: parking at the market
is no question for the entry on the market's building permit. And lodging is read as
written: "rawat inap" (in-patient care) and "parkir inap" (overnight parking) share the
term of "penginapan" but name no lodging."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kios-pasar-sewa
          agency: disperindag
          questions:
            - Bagaimana cara sewa kios di Pasar Baru Sentosa?
          keywords: [sewa kios, kios pasar]
          answer: Ajukan permohonan ke UPT Pasar Baru Sentosa dengan fotokopi KTP.
        - id: pajak-hotel
          agency: bapenda
          questions:
            - Berapa tarif pajak hotel dan penginapan?
          keywords: [pajak hotel, pajak penginapan]
          answer: Tarif pajak hotel 10 persen dari omzet, dilaporkan tiap bulan.
        - id: jam-besuk
          agency: rsud
          questions:
            - Jam besuk pasien rawat inap di RSUD jam berapa?
          keywords: [jam besuk, rawat inap]
          answer: Jam besuk pukul 11.00-13.00 dan 17.00-19.00.
        """
    )


def test_parking_at_the_entry_s_market_is_not_answered_with_its_stall_rent(
    matcher: Matcher,
) -> None:
    result = matcher.match("tarif parkir di pasar baru sentosa berapa")
    assert result.entry_id != "kios-pasar-sewa" or result.intent is not Intent.FAQ


def test_the_stall_rent_at_the_entry_s_market_is_answered(matcher: Matcher) -> None:
    result = matcher.match("sewa kios di pasar baru sentosa gimana caranya")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kios-pasar-sewa")


@pytest.mark.parametrize("text", ["pasien rawat inap", "parkir inap semalam", "mau menginap"])
def test_words_sharing_the_term_of_lodging_name_no_lodging(matcher: Matcher, text: str) -> None:
    tokens = matcher.analyse(text).tokens
    assert "business" not in message_things(matcher.index, tokens)


def test_lodging_with_a_suffix_is_still_lodging(matcher: Matcher) -> None:
    tokens = matcher.analyse("penginapannya di mana").tokens
    assert message_things(matcher.index, tokens) == {"business": frozenset({"penginapan"})}


def test_visiting_hours_of_in_patient_care_are_answered(matcher: Matcher) -> None:
    result = matcher.match("jam besuk rawat inap rsud")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "jam-besuk")
