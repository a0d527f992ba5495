"""Refuse unknown keys in a configuration mapping, naming the nearest valid one.

A misspelt key (``staf_chat_id``) silently ignored is worse than an error: the setting
the operator meant is not applied and nothing says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from typing import Any


def nearest(key: str, allowed: Iterable[str]) -> str | None:
    """The valid key closest to ``key`` when one is close enough to be a typo."""
    found = get_close_matches(key.lower(), sorted(allowed), n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_keys(raw: Mapping[Any, Any], allowed: Iterable[str]) -> list[str]:
    """One message per key of ``raw`` that is not in ``allowed``, in the file's order:
    ``unknown key 'staf_chat_id' (did you mean 'staff_chat_id'?)``."""
    valid = frozenset(allowed)
    messages = []
    for key in raw:
        name = str(key)
        if name in valid:
            continue
        guess = nearest(name, valid)
        if guess:
            hint = f" (did you mean {guess!r}?)"
        else:
            hint = f" (valid keys: {', '.join(sorted(valid))})"
        messages.append(f"unknown key {name!r}{hint}")
    return messages
