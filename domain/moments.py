"""A moment as people read it, in the regency's zone and in the reader's language.

Indonesian (and staff, reports, the web pages): ``03-12-2026 14:05 WIB``. English:
``Thu 3 Dec 2026, 14:05 WIB`` (a month name, since 03-12 reads as March 12th to many).
A day alone: ``03-12-2026`` / ``3 Dec 2026``. :class:`LocalMoment` and :class:`LocalDate`
are the Indonesian text as a ``str``, and format themselves in the language of the
catalog message they are placed into (:mod:`domain.i18n`).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def date_text(day: date, language: str = "id") -> str:
    """A calendar day: ``03-12-2026`` in Indonesian, ``3 Dec 2026`` in English."""
    if language == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day:%d-%m-%Y}"


def format_moment(moment: datetime, zone: ZoneInfo, language: str = "id") -> str:
    label = ZONE_ABBREVIATIONS.get(zone.key, zone.key)
    local = moment.astimezone(zone)
    if language == "en":
        weekday = WEEKDAYS_EN[local.weekday()]
        return f"{weekday} {date_text(local.date(), language)}, {local:%H:%M} {label}"
    return f"{date_time_text(local, language)} {label}"


def day_month_text(day: date, language: str = "id") -> str:
    """A day in a short label (a chart's axis): ``03-12`` / ``3 Dec``."""
    if language == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]}"
    return f"{day:%d-%m}"


def month_tick(year: int, month: int, language: str = "id", *, with_year: bool) -> str:
    """A month on a chart's axis by its name (``Nov``), with its year where one starts or
    the axis does (``Jan 2027``): "11/26" reads as a day to many."""
    name = (MONTHS_EN if language == "en" else MONTHS_ID)[month - 1]
    return f"{name} {year}" if with_year else name


def date_time_text(moment: datetime, language: str = "id") -> str:
    """A wall-clock moment already in local time, with no zone label (a table cell):
    ``03-12-2026 14:05`` / ``3 Dec 2026 14:05``."""
    return f"{date_text(moment.date(), language)} {moment:%H:%M}"


class LocalDate(str):
    """A day's Indonesian text that knows how to say itself in another language."""

    day: date

    def __new__(cls, day: date) -> LocalDate:
        made = super().__new__(cls, date_text(day))
        made.day = day
        return made

    def text_in(self, language: str) -> str:
        return date_text(self.day, language)


class LocalMoment(str):
    """A moment's Indonesian text that knows how to say itself in another language."""

    moment: datetime
    zone: ZoneInfo

    def __new__(cls, moment: datetime, zone: ZoneInfo) -> LocalMoment:
        made = super().__new__(cls, format_moment(moment, zone))
        made.moment, made.zone = moment, zone
        return made

    def text_in(self, language: str) -> str:
        return format_moment(self.moment, self.zone, language)


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    """The moment in the regency's zone, in the language of the message it goes into."""
    return LocalMoment(moment, zone)
