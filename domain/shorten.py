"""Cut a text for display at a word boundary, never inside a word."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: cut after the last whole word
    that fits, with ``…``; a single word longer than the limit is cut inside it."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    room = max(limit - len(ELLIPSIS), 1)
    head = flat[: room + 1]
    cut = head.rfind(" ")
    kept = head[:cut] if cut > 0 else flat[:room]
    return kept.rstrip(" ,.;:-–—") + ELLIPSIS
