"""How many phrases of each kind of ``data/complaint_signals.tsv`` a normalised message
has, as the complaint model reads them (see :mod:`complaint`): an asking told as part of
the story not counted (see :mod:`narrated_ask`), an English report's words as typed read
too (see :mod:`complaint_told`), how long a state has lasted read as two, the office in
an official's title no place ("pak rt", "kepala dusun" name who acts, not where)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.complaint_shape import without_vocative
from knowledge_base.complaint_told import tells_elapsed, told_as_typed, without_stressed_amount
from knowledge_base.narrated_ask import may_ask_nothing, still_asking
from knowledge_base.phrases import PhraseTable, spaced, word_positions
from knowledge_base.signal_table import KINDS
from knowledge_base.stemmer import strip_particle


def told_kinds(
    tokens: list[str],
    english: Sequence[str],
    signals: PhraseTable,
    question_mark: bool,
    untagged: Sequence[str],
) -> tuple[list[str], dict[str, float]]:
    """The message's tokens and its :func:`kinds_found`: without a closing "kah" that
    stresses an amount demanded (see :func:`stresses_amount`), and its asking phrases no
    more than ``untagged`` has, its tokens without the negations opening a clause (see
    :mod:`clause_negation`): an "or not" tag is not read across a comma."""
    found = kinds_found(tokens, spaced(tokens), english, signals)
    if stresses_amount(tokens, found, question_mark):
        tokens = tokens[:-1]
        found = kinds_found(tokens, spaced(tokens), english, signals)
    if untagged:
        clauses = spaced([strip_particle(t) for t in without_vocative(untagged)])
        found["ask"] = min(found["ask"], asked_count(clauses, set(clauses.split()), signals))
    return tokens, found


def kinds_found(
    tokens: Sequence[str], text: str, english: Sequence[str], signals: PhraseTable
) -> dict[str, float]:
    """Per phrase kind, how many spaced ``text`` (of ``tokens``) has, capped at two;
    ``english``: an English message's words as typed (see the module's docstring)."""
    present = set(tokens)
    opened = signals.openings(word_positions(text))
    found = {
        kind: float(min(2, signals.counted(kind, text, opened.get(kind, ())))) for kind in KINDS
    }
    if found["place"] and found["official"]:
        untitled = signals.replaced("official", text, " _ ")
        found["place"] = float(min(2, signals.count("place", untitled)))
    if english:
        found = told_as_typed(found, english, signals)
    if found["ask"] and may_ask_nothing(present):
        found["ask"] = asked_count(text, present, signals)
    if tells_elapsed(text, signals):
        found["elapsed"] = 2.0
    return found


def asked_count(text: str, present: set[str], signals: PhraseTable) -> float:
    """The asking phrases of spaced ``text`` (its words ``present``), those told as part
    of the story not counted (see :mod:`narrated_ask`), capped at two."""
    asked = still_asking(text, present) if may_ask_nothing(present) else text
    return float(min(2, signals.count("ask", asked)))


def stresses_amount(tokens: Sequence[str], found: dict[str, float], question_mark: bool) -> bool:
    """The message closes on a "kah" stressing the amount someone demanded (see
    :func:`complaint_told.without_stressed_amount`): money and conduct told, no question
    mark."""
    return (
        bool(found["money"] and found["conduct"])
        and not question_mark
        and len(without_stressed_amount(tokens)) < len(tokens)
    )
