"""Figures as tables to show or export (CSV, XLSX, PDF, the terminal) and as plain
records (JSON), with headers from the catalogs. Durations are working hours."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from domain.documents.table import Cell, HeaderGroup, Table
from domain.figures.summary import Figures, Overview
from domain.i18n import Translate

COLUMNS = (
    "received", "open", "overdue", "response-median", "response-p90", "resolution-median",
    "resolution-p90", "response-share", "resolution-share", "reassigned", "rejected",
    "reopened", "rating", "rated", "rated-good", "telegram", "whatsapp",
)  # fmt: skip
# the columns under a group in the two-row header of XLSX and PDF (as on the dashboard):
# the group's catalog key and the column's short name; the others stand alone
GROUPED = {
    "response-median": ("fig-group-response", "fig-sub-median"),
    "response-p90": ("fig-group-response", "fig-sub-p90"),
    "resolution-median": ("fig-group-resolution", "fig-sub-median"),
    "resolution-p90": ("fig-group-resolution", "fig-sub-p90"),
    "response-share": ("fig-group-on-time", "fig-sub-answered"),
    "resolution-share": ("fig-group-on-time", "fig-sub-resolved"),
    "rating": ("fig-group-rating", "fig-sub-rating-mean"),
    "rated": ("fig-group-rating", "fig-sub-rated"),
    "rated-good": ("fig-group-rating", "fig-sub-rated-good"),
    "telegram": ("fig-group-channel", "fig-col-telegram"),
    "whatsapp": ("fig-group-channel", "fig-col-whatsapp"),
}


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 1)


def percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def cells(figures: Figures) -> tuple[Cell, ...]:
    counts, spans = figures.counts, figures.durations
    mean = figures.rating_mean
    return (
        counts.received, counts.open_now, counts.overdue_now,
        hours(spans.response_median), hours(spans.response_p90),
        hours(spans.resolution_median), hours(spans.resolution_p90),
        percent(figures.response_share), percent(figures.resolution_share),
        counts.reassigned, counts.rejected, counts.reopened,
        None if mean is None else round(mean, 2),
        percent(figures.rated_share), percent(figures.good_share),
        counts.telegram, counts.whatsapp,
    )  # fmt: skip


def headers(t: Translate) -> tuple[str, ...]:
    return (t("fig-col-agency"), *(t(f"fig-col-{name}") for name in COLUMNS))


def header_groups(t: Translate) -> tuple[tuple[HeaderGroup, ...], tuple[str, ...]]:
    """The groups over the columns (the agency first, alone) and each column's name
    beneath: short under a group, in full where it stands alone."""
    groups, subs = [HeaderGroup("")], [t("fig-col-agency")]
    for name in COLUMNS:
        group, short = GROUPED.get(name, ("", ""))
        subs.append(t(short) if short else t(f"fig-col-{name}"))
        if group and groups[-1].label == t(group):
            groups[-1] = HeaderGroup(groups[-1].label, groups[-1].span + 1)
        else:
            groups.append(HeaderGroup(t(group) if group else ""))
    return tuple(groups), tuple(subs)


def overview_table(
    overview: Overview,
    names: Mapping[str, str],
    t: Translate,
    title: str,
    kind: str | None = None,
) -> Table:
    """One row per agency (its name from ``names``), then the regency's total; the full
    column names for CSV and the terminal, grouped ones for XLSX and PDF."""
    rows: list[tuple[Cell, ...]] = [
        (names.get(code, code), *cells(overview.get(code, kind))) for code in overview.agencies()
    ]
    rows.append((t("fig-total"), *cells(overview.get(None, kind))))
    groups, subs = header_groups(t)
    return Table(title, headers(t), rows, groups=groups, sub_headers=subs, language=t.language)


def categories_table(overview: Overview, t: Translate, title: str) -> Table:
    rows = [(category.name, category.count) for category in overview.categories]
    headers = (t("fig-col-category"), t("fig-col-count"))
    return Table(title, headers, rows, language=t.language)


def record(figures: Figures) -> dict[str, Any]:
    """Plain values for JSON: counts, working seconds and shares (0..1)."""
    counts, spans = figures.counts, figures.durations
    return {
        "received": counts.received, "open_now": counts.open_now,
        "overdue_now": counts.overdue_now, "responded": counts.responded,
        "resolved": counts.resolved,
        "response_median_seconds": spans.response_median,
        "response_p90_seconds": spans.response_p90,
        "resolution_median_seconds": spans.resolution_median,
        "resolution_p90_seconds": spans.resolution_p90,
        "response_on_time_share": figures.response_share,
        "resolution_on_time_share": figures.resolution_share,
        "reassigned": counts.reassigned, "rejected": counts.rejected,
        "reopened": counts.reopened, "rated": counts.rated,
        "rating_mean": figures.rating_mean, "rated_share": figures.rated_share,
        "rated_4_5_share": figures.good_share, "telegram": counts.telegram,
        "whatsapp": counts.whatsapp, "behind_targets": figures.behind,
    }  # fmt: skip
