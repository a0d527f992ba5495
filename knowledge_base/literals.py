"""A cheap test before a costly search: whether a text holds any of the words a pattern
cannot match without. A pattern that opens on a word boundary or on an alternation of
many words is tried at every character of a message, a test for a few words in C is not:
when a message holds none of them, the search would find nothing and is skipped.

The words are compared as ``re.IGNORECASE`` compares them: in lowercase, with the four
letters it takes for an ASCII one (dotted and dotless i, long s, the Kelvin sign) read
as that letter."""

from __future__ import annotations

from collections.abc import Iterable

_FOLDED = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` in lowercase, the letters ``re.IGNORECASE`` reads as ASCII ones read so."""
    return text.translate(_FOLDED).lower()


def holds_any(text: str, words: Iterable[str]) -> bool:
    """``text`` (as :func:`folded` reads it) holds one of the lowercase ``words``."""
    lowered = folded(text)
    return any(word in lowered for word in words)
