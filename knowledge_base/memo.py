"""Memos: a bounded one of per-word results (a word's resolution, term, English base
form: words repeat across messages, and every new word adds one entry, so a full memo
starts afresh rather than grow without end), and the last answer of a step that a long
message asks twice with the same input (see :func:`knowledge_base.focus.story_reading`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

_T = TypeVar("_T")

CACHE_WORDS = 50_000  # distinct words remembered per memo before starting afresh


def remember(cache: dict[str, _T], word: str, value: _T) -> None:
    if len(cache) >= CACHE_WORDS:
        cache.clear()
    cache[word] = value


def last_answer(
    cache: dict[object, object], name: str, key: Hashable, compute: Callable[[], _T]
) -> _T:
    """``compute()``, or its result for the same ``key`` when it was the last one asked
    under ``name`` (a message's story reading repeats the whole message's inputs)."""
    last = cache.get(name)
    if isinstance(last, tuple) and last[0] == key:
        return cast(_T, last[1])
    value = compute()
    cache[name] = (key, value)
    return value


def built_once(
    cache: dict[object, object], name: str, kind: type[_T], build: Callable[[], _T]
) -> _T:
    """What ``build()`` makes of a knowledge base's index, made on first use and kept in
    the index's ``cache`` under ``name`` (per-entry tables the ranking reads on every
    message: facets, errands, kinds, term owners...)."""
    found = cache.get(name)
    if isinstance(found, kind):
        return found
    value = build()
    cache[name] = value
    return value
