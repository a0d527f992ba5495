"""A negation that opens a clause is no "or not" tag of the clause before it.

"di luar tiket resmi, tidak ada karcisnya" tells a ticket missing; normalised, its words
read "resmi tidak ada karcisnya", and the asking phrase "resmi tidak" ("resmi ga?", is
it official) or "bisa * tidak" would read a question across the comma. The comma is
gone once the normaliser has read the message, so the boundary is read here, on the
message as typed: :func:`without_clause_negations` drops each negation that opens a
clause and has words of its own after it, and the complaint model counts its asking
phrases on that reading too (see :mod:`complaint`). A tag alone after a comma ("bisa
daftar online, ga?") still asks.
"""

from __future__ import annotations

import re

# a comma or a semicolon, then a negation with a word of its own after it in the clause
_OPENING = re.compile(
    r"(?<=[,;])(\s*)(?:tidak|tdk|tak|ga|gak|gk|nggak|ngga|nggk|enggak|engga|kagak|ndak|nda"
    r"|belum|blm|blum)\s+(?=[^\W_])",
    re.IGNORECASE,
)
_MARK = re.compile(r"[,;]")


def without_clause_negations(text: str) -> str | None:
    """``text`` without the negations that open a clause after a comma (see the module's
    docstring), or None when it has none (the common case: no second reading)."""
    if "," not in text and ";" not in text:
        return None
    # a negation opens right after a mark: tried there, not after every character
    if not any(_OPENING.match(text, mark.end()) for mark in _MARK.finditer(text)):
        return None
    dropped = _OPENING.sub(r"\1", text)
    return None if dropped == text else dropped
