"""English "when" inside a sentence joins two clauses ("is there a tax when my mother
gives me land", "why was my ticket closed when nothing was fixed", "got angry when I
asked"): it is a conjunction, read "kalau" (Indonesian's "when" and "if" of a general
statement, a function word), not the question word "kapan" the bridge reads, which asks
for a date or a schedule and pulls the message towards entries about one.

"when" still asks where it opens the message, follows a clause joiner ("... and when is
it paid", "until when", "since when") or a verb of knowing or telling ("let me know when",
"check when"), or is followed by an auxiliary that opens a question ("..., when will the
office spray", "when can I visit"). The rule reads the words as typed, before the bridge."""

from __future__ import annotations

WHEN_CONJUNCTION = "kalau"  # "when"/"if" joining clauses, a function word: it weighs nothing
# words after which "when" opens a question of its own
_ASKING_BEFORE_WORDS = """and or but then until till since so know knows knew ask asked
asking tell told check see find out wonder wondering sure idea say said decide decided
confirm inform notify remind show explain clarify about"""
_ASKING_BEFORE = frozenset(_ASKING_BEFORE_WORDS.split())
# whom a verb of telling tells, between it and "when" ("tell me when", "remind us when";
# "shouted at me when I parked" joins clauses)
_TOLD = frozenset(["me", "us", "him", "her", "them", "you"])
# auxiliaries that, right after "when", open a question ("when will", "when is it")
_ASKING_AFTER_WORDS = (
    "will would can could do does did is are was were should shall must may might has have had"
)
_ASKING_AFTER = frozenset(_ASKING_AFTER_WORDS.split())


def conjunction_whens(typed: list[str]) -> list[int]:
    """Positions of the "when"s that join clauses, in the typed tokens."""
    found: list[int] = []
    for i, token in enumerate(typed):
        if token != "when" or i == 0:
            continue
        after = typed[i + 1] if i + 1 < len(typed) else ""
        before = typed[max(i - 2, 0) : i] if typed[i - 1] in _TOLD else typed[i - 1 : i]
        if before[0] in _ASKING_BEFORE or after in _ASKING_AFTER or not after:
            continue
        found.append(i)
    return found


def read_whens(typed: list[str], bases: list[str]) -> list[str]:
    """``bases`` with each clause-joining "when" read as the conjunction."""
    if "when" not in typed:
        return bases
    read = list(bases)
    for i in conjunction_whens(typed):
        read[i] = WHEN_CONJUNCTION
    return read
