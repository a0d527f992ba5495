"""The overview of a period as a PDF: the per-agency table, the chart of first-response
medians per agency and the chart of tickets received per week. The dashboard's export
(``/dasbor/ringkasan.pdf``) and the supervisors' monthly report send the same document."""

from __future__ import annotations

from collections.abc import Mapping

from domain.documents.pdf import BarChart, Heading, TableBlock, Text, write_pdf
from domain.figures.summary import Overview
from domain.figures.tables import Translate, hours, overview_table


def overview_pdf(
    figures: Overview,
    names: Mapping[str, str],
    regency: str,
    t: Translate,
    title: str,
    kind: str | None = None,
) -> bytes:
    """``names``: each agency's short name by code; ``kind``: one kind of ticket only."""
    table = overview_table(figures, names, t, title, kind)
    medians = [(names.get(c, c), figures.get(c)) for c in figures.agencies()]
    return write_pdf(
        title,
        [
            Heading(title),
            Text(regency),
            TableBlock(table, show_title=False),
            BarChart(t("dash-chart-response"), tuple(n for n, _ in medians),
                     tuple(int(hours(f.durations.response_median) or 0) for _, f in medians)),
            BarChart(t("dash-chart-weekly-received"),
                     tuple(f"{w.start:%d-%m}" for w in figures.weeks),
                     tuple(w.received for w in figures.weeks)),
        ],
    )  # fmt: skip
