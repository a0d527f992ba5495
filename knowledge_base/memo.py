"""A bounded memo of per-word results (a word's resolution, term, English base form):
words repeat across messages, and every new word adds one entry, so a full memo starts
afresh rather than grow without end."""

from __future__ import annotations

from typing import TypeVar

_T = TypeVar("_T")

CACHE_WORDS = 50_000  # distinct words remembered per memo before starting afresh


def remember(cache: dict[str, _T], word: str, value: _T) -> None:
    if len(cache) >= CACHE_WORDS:
        cache.clear()
    cache[word] = value
