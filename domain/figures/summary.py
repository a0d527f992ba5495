"""The figures of one agency (or the regency) for one kind (or all kinds) over a
period: counts that add up, durations that do not (percentiles are computed per group
by the query), and the shares derived from them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

# An agency is behind its targets when fewer than this share of its tickets were
# answered (or resolved) in time.
TARGET_SHARE = 0.8


@dataclass(frozen=True)
class Counts:
    received: int = 0
    open_now: int = 0  # waiting for the agency now (open or in progress)
    overdue_now: int = 0  # past the running deadline now
    responded: int = 0  # answered at least once
    response_met: int = 0
    response_judged: int = 0  # answered with a target, or unanswered past the deadline
    resolved: int = 0  # finished by the agency
    resolution_met: int = 0
    resolution_judged: int = 0
    reassigned: int = 0
    rejected: int = 0
    reopened: int = 0
    rated: int = 0
    rating_sum: int = 0
    rated_good: int = 0  # rated 4 or 5
    telegram: int = 0
    whatsapp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def other_channels(self) -> int:
        return self.received - self.telegram - self.whatsapp


@dataclass(frozen=True)
class Durations:
    """Working seconds; ``None`` when no ticket has one."""

    response_median: float | None = None
    response_p90: float | None = None
    resolution_median: float | None = None
    resolution_p90: float | None = None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Figures:
    counts: Counts = Counts()
    durations: Durations = Durations()

    @property
    def response_share(self) -> float | None:
        """Share answered within the first-response target."""
        return _share(self.counts.response_met, self.counts.response_judged)

    @property
    def resolution_share(self) -> float | None:
        return _share(self.counts.resolution_met, self.counts.resolution_judged)

    @property
    def rating_mean(self) -> float | None:
        return self.counts.rating_sum / self.counts.rated if self.counts.rated else None

    @property
    def rated_share(self) -> float | None:
        """Share of the finished tickets the resident rated."""
        return _share(self.counts.rated, self.counts.resolved)

    @property
    def good_share(self) -> float | None:
        """Share of ratings that are 4 or 5."""
        return _share(self.counts.rated_good, self.counts.rated)

    @property
    def behind(self) -> bool:
        shares = (self.response_share, self.resolution_share)
        return any(share is not None and share < TARGET_SHARE for share in shares)


Key = tuple[str | None, str | None]  # (agency code or None: all, kind or None: all)


@dataclass(frozen=True)
class Week:
    start: date  # the Monday
    received: int
    resolved: int


@dataclass(frozen=True)
class Category:
    name: str
    count: int


@dataclass(frozen=True)
class Overview:
    rows: dict[Key, Figures]
    weeks: tuple[Week, ...] = ()
    categories: tuple[Category, ...] = ()  # the regency's top categories
    agency_categories: dict[str, tuple[Category, ...]] = field(default_factory=dict)

    def get(self, agency: str | None = None, kind: str | None = None) -> Figures:
        return self.rows.get((agency, kind), Figures())

    def agencies(self) -> list[str]:
        return sorted({a for a, k in self.rows if a is not None and k is None})

    @property
    def total(self) -> Figures:
        return self.get(None, None)
