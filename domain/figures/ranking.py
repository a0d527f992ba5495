"""Best and worst agencies of a period, for the monthly report: ranked by the share
answered within the first-response target, then by the median first response; an
agency with no ticket judged against that target is not ranked. The best are at most
half of those ranked, the worst the rest from the bottom."""

from __future__ import annotations

from collections.abc import Mapping

from domain.figures.summary import Figures


def _key(item: tuple[str, Figures]) -> tuple[float, float]:
    figures = item[1]
    share = figures.response_share
    median = figures.durations.response_median
    return (-(share if share is not None else -1.0), median if median is not None else 1e18)


def ranked(per_agency: Mapping[str, Figures]) -> list[str]:
    """Agencies best first."""
    shown = [(code, f) for code, f in per_agency.items() if f.response_share is not None]
    return [code for code, _ in sorted(shown, key=lambda item: (*_key(item), item[0]))]


def best_and_worst(
    per_agency: Mapping[str, Figures], count: int = 3
) -> tuple[list[str], list[str]]:
    """Up to ``count`` best and ``count`` worst, never the same agency in both."""
    order = ranked(per_agency)
    best = order[: min(count, max(1, len(order) // 2))]
    worst = [code for code in reversed(order) if code not in best][:count]
    return best, worst
