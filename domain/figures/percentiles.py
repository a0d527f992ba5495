"""Percentiles with linear interpolation between the closest ranks: what PostgreSQL's
``percentile_cont`` computes, so figures agree whichever database runs the query.

:func:`ranks` is the rule; :func:`percentile` applies it to sorted values, and the
figures' queries apply it to values only partly ordered (``numpy.partition``)."""

from __future__ import annotations

from typing import Any, Protocol


class Ordered(Protocol):
    """Values sorted ascending (at least at the ranks asked for): a list, an array."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int, /) -> Any: ...


def ranks(count: int, share: float) -> tuple[int, int, float]:
    """The two ranks (0-based) the ``share`` percentile of ``count`` values lies
    between, and how far from the lower one."""
    if not 0.0 <= share <= 1.0:
        raise ValueError("a percentile share lies between 0 and 1")
    position = share * (count - 1)
    below = int(position)
    return below, min(below + 1, count - 1), position - below


def between(ordered: Ordered, share: float) -> float:
    below, above, fraction = ranks(len(ordered), share)
    low, high = float(ordered[below]), float(ordered[above])
    return low + (high - low) * fraction


def percentile(ordered: Ordered, share: float) -> float | None:
    """The ``share`` (0..1) percentile of ``ordered`` (sorted ascending); ``None`` when
    empty. The median of 1, 2, 3, 10 is 2.5."""
    if len(ordered) == 0:
        return None
    return between(ordered, share)


def median(ordered: Ordered) -> float | None:
    return percentile(ordered, 0.5)
