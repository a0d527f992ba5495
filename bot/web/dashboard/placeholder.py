"""The picture a ticket's page shows instead of a photo that cannot be fetched: a grey
square with the reason in words (an SVG made here, from catalog text, escaped)."""

from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape

SIZE = 160


def placeholder(text: str) -> bytes:
    """An SVG square of ``SIZE`` pixels showing ``text``, wrapped on words."""
    lines = textwrap.wrap(text, 18)[:4] or [""]
    top = SIZE / 2 - (len(lines) - 1) * 9
    rows = "".join(
        f'<text x="{SIZE // 2}" y="{top + 18 * n:.0f}" text-anchor="middle">{escape(line)}</text>'
        for n, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}" role="img"><title>{escape(text)}</title>'
        f'<rect width="{SIZE}" height="{SIZE}" fill="#eceff1" stroke="#90a4ae"/>'
        f'<g font-family="sans-serif" font-size="14" fill="#37474f">{rows}</g></svg>'
    ).encode()
