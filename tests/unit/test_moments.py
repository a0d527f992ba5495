"""Moments read in the reader's language: numeric in Indonesian, a month name in
English; placed into a catalog message, a moment (or an agency) follows the message."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.config import sample_agencies_path
from domain.agencies import load_agencies
from domain.i18n import Translator
from domain.moments import LocalDate, LocalMoment, date_text, day_month_text, format_moment

JAKARTA = ZoneInfo("Asia/Jakarta")
MOMENT = datetime(2026, 12, 3, 7, 5, tzinfo=UTC)  # Thursday 14:05 in Jakarta


def test_a_moment_is_numeric_in_indonesian_and_named_in_english() -> None:
    assert format_moment(MOMENT, JAKARTA) == "03-12-2026 14:05 WIB"
    assert format_moment(MOMENT, JAKARTA, "en") == "Thu 3 Dec 2026, 14:05 WIB"
    assert format_moment(MOMENT, ZoneInfo("Asia/Jayapura"), "en") == "Thu 3 Dec 2026, 16:05 WIT"


def test_a_moment_in_a_message_follows_the_language_of_the_message() -> None:
    moment = LocalMoment(MOMENT, JAKARTA)
    assert moment == "03-12-2026 14:05 WIB"  # as text: the Indonesian form, as before
    assert "Thu 3 Dec 2026, 14:05 WIB" in Translator("en")("sla-expected-response", due=moment)
    assert "03-12-2026 14:05 WIB" in Translator("id")("sla-expected-response", due=moment)


def test_an_agency_in_a_message_is_named_in_the_language_of_the_message() -> None:
    pupr = load_agencies(sample_agencies_path())["pupr"]
    english = Translator("en")("card-agency", agency=pupr)
    assert "Public Works and Spatial Planning Office" in english
    assert "Dinas Pekerjaan Umum" in Translator("id")("card-agency", agency=pupr)


def test_a_day_alone_is_numeric_in_indonesian_and_named_in_english() -> None:
    assert date_text(date(2026, 12, 3)) == "03-12-2026"
    assert date_text(date(2026, 12, 3), "en") == "3 Dec 2026"
    assert date_text(date(2027, 1, 31), "en") == "31 Jan 2027"
    assert day_month_text(date(2026, 12, 3)) == "03-12"
    assert day_month_text(date(2026, 12, 3), "en") == "3 Dec"


def test_a_day_in_a_message_follows_the_language_of_the_message() -> None:
    day = LocalDate(date(2026, 12, 3))
    assert day == "03-12-2026"
    assert "3 Dec 2026" in Translator("en")("sla-digest-title", date=day)
    assert "03-12-2026" in Translator("id")("sla-digest-title", date=day)
