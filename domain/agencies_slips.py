"""What the agencies file says when its shape or its ``default_agency`` is wrong.

An operator who empties the file, pastes one agency's block alone, or misspells the
default agency's code needs what to write, not the parser's view of the data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from domain.known_keys import nearest

START_FROM = "copy bot/sample/agencies.yaml and change it (reference: docs/agencies-file.md)"


def not_a_mapping(data: Any) -> str:
    """Why the file's top is not the mapping of ``regency``, ``default_agency`` and
    ``agencies`` it must be."""
    if data is None:
        return f"the file is empty (or only comments): {START_FROM}"
    if isinstance(data, list):
        return (
            "the file is a list: its agencies go under 'agencies:', beside 'regency:' and "
            f"'default_agency:'; {START_FROM}"
        )
    return f"expected 'regency:', 'default_agency:' and an 'agencies:' list: {START_FROM}"


def not_an_agency(code: str, codes: Iterable[str]) -> str:
    """``default_agency`` missing, or naming no agency of the file."""
    known = sorted(codes)
    if not code:
        return (
            "missing: name the agency that receives tickets whose agency is unknown "
            f"(one of {', '.join(known[:6])}{', ...' if len(known) > 6 else ''})"
        )
    guess = nearest(code, known)
    hint = f"did you mean {guess!r}?" if guess else f"one of {', '.join(known)}"
    return f"{code!r} is not the code of an agency in the file ({hint})"
