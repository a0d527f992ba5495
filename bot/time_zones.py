"""``ADUAN_TIMEZONE``: an IANA zone name, or the Indonesian abbreviation an operator
writes (the README's table says "WIB/WITA/WIT"), with the nearest names when neither."""

from __future__ import annotations

from difflib import get_close_matches
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

INDONESIAN_ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


def known_zone(value: str) -> str:
    """The IANA name for ``value``; ValueError saying what to write instead."""
    text = value.strip()
    if text.upper() in INDONESIAN_ZONES:
        return INDONESIAN_ZONES[text.upper()]
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    else:
        return text
    names = sorted(available_timezones())
    by_case = {name.lower(): name for name in names}
    guesses = [by_case[text.lower()]] if text.lower() in by_case else []
    guesses = guesses or get_close_matches(text, names, n=1, cutoff=0.8)
    hint = f"did you mean {guesses[0]}? " if guesses else ""
    raise ValueError(
        f"unknown time zone: {hint}Indonesia's are Asia/Jakarta (WIB), Asia/Makassar (WITA) "
        "and Asia/Jayapura (WIT)"
    )
