"""Charts as server-side SVG (no JavaScript, no CDN): received vs finished per week,
and the median first response per agency with those behind their targets in red.
Every label is escaped; sizes are fixed, the SVG scales to the screen."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from domain.documents.table import figure_text
from domain.figures.summary import Week
from domain.moments import day_month_text

BLUE, GREEN, RED, GREY = "#3b6ea5", "#4c9a6a", "#c0392b", "#888"


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def weekly(weeks: Sequence[Week], title: str, received: str, finished: str, language: str) -> str:
    """Received and finished bars per week, each week labelled by its first day as
    ``language`` writes a day (``03-12`` / ``3 Dec``)."""
    width, height, left, bottom, top = 720, 240, 40, 30, 28
    peak = max([1, *(w.received for w in weeks), *(w.resolved for w in weeks)])
    step = (width - left - 10) / max(len(weeks), 1)
    bar = max(step / 2 - 1, 1)
    scale = (height - bottom - top) / peak
    body = [
        f'<text x="{left}" y="16" font-size="12" fill="{BLUE}">■ {escape(received)}</text>',
        f'<text x="{left + 160}" y="16" font-size="12" fill="{GREEN}">■ {escape(finished)}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" '
        f'stroke="{GREY}"/>',
        f'<text x="{left - 4}" y="{top + 4}" font-size="10" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{height - bottom}" font-size="10" text-anchor="end">0</text>',
    ]
    every = max(1, len(weeks) // 8)
    for index, week in enumerate(weeks):
        x = left + index * step
        label = day_month_text(week.start, language)
        for offset, value, colour in ((0, week.received, BLUE), (bar, week.resolved, GREEN)):
            size = value * scale
            body.append(
                f'<rect x="{x + offset:.1f}" y="{height - bottom - size:.1f}" width="{bar:.1f}" '
                f'height="{size:.1f}" fill="{colour}"><title>{label}: {value}</title>'
                "</rect>"
            )
        if index % every == 0:
            body.append(
                f'<text x="{x:.1f}" y="{height - bottom + 14}" font-size="10">{label}</text>'
            )
    return _svg(width, height, title, body)


def response_times(
    rows: Sequence[tuple[str, float | None, bool]],
    title: str,
    unit: str,
    language: str,
) -> str:
    """One bar per agency: (name, median first response in hours, behind its target),
    the hours written as ``language`` writes them."""
    shown = [(name, hours, behind) for name, hours, behind in rows]
    width, left, line = 720, 170, 22
    height = 20 + line * max(len(shown), 1)
    peak = max([1.0, *(hours for _, hours, _ in shown if hours is not None)])
    scale = (width - left - 70) / peak
    body = []
    for index, (name, hours, behind) in enumerate(shown):
        y = 10 + index * line
        size = (hours or 0.0) * scale
        colour = RED if behind else BLUE
        figure = figure_text(hours, language)
        label = escape(figure if hours is None else f"{figure} {unit}")
        body += [
            f'<text x="{left - 6}" y="{y + 14}" font-size="12" text-anchor="end">'
            f"{escape(name[:28])}</text>",
            f'<rect x="{left}" y="{y + 3}" width="{size:.1f}" height="{line - 8}" '
            f'fill="{colour}"/>',
            f'<text x="{left + size + 4:.1f}" y="{y + 14}" font-size="11">{label}</text>',
        ]
    return _svg(width, height, title, body)
