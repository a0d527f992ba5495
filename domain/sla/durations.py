"""Durations as operators write them: ``30s``, ``15m``, ``4h``, ``3d``.

``d`` means *working* days on a working calendar (and 24 hours on an always-open one),
so a duration is kept as a count and a unit, not converted to seconds up front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PATTERN = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")


class DurationError(ValueError):
    """A duration that does not read like ``30s``, ``15m``, ``4h`` or ``3d``."""


@dataclass(frozen=True)
class Duration:
    amount: int
    unit: str  # s, m, h or d

    @property
    def is_days(self) -> bool:
        return self.unit == "d"

    def as_timedelta(self) -> timedelta:
        """Clock time (a day is 24 hours): for always-open calendars and intervals."""
        return timedelta(seconds=self.amount * UNITS[self.unit])

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


def parse_duration(text: object) -> Duration:
    match = _PATTERN.match(str(text).lower())
    if not match:
        raise DurationError(f"{text!r} is not a duration like 30s, 15m, 4h or 3d")
    amount = int(match.group(1))
    if amount <= 0:
        raise DurationError(f"{text!r}: a duration must be more than zero")
    return Duration(amount, match.group(2))
