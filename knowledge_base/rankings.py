"""The rankings of one message's readings, remembered by what they were given: a long
message is ranked several ways (see ``Matcher.reading``), and some of those ways are
one and the same. When the question names no topic of its own, its told reading (see
:func:`knowledge_base.focus.story_reading`) keeps the clause before it in the question,
and when that clause is the whole story the told reading is the message as written: it
was ranked with the very inputs the as-written ranking had, or gets.

A ranking is a function of its reading and of the fuzzy scores lent to it (``known``):
the same two give the same candidates. The scores a ranking of a reading gives its own
candidates, lent back to that reading, are the scores it computes itself, so that
ranking is the one lent them too (see :meth:`Rankings._lent_back`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from knowledge_base.normaliser import Analysis
from knowledge_base.scored import Candidate

Lent = frozenset[tuple[int, float]] | None


class Rankings:
    """One message's rankings by (reading, fuzzy scores lent); :meth:`forget` before the
    next message."""

    def __init__(self) -> None:
        self._found: dict[tuple[Analysis, Lent], list[Candidate]] = {}

    def forget(self) -> None:
        self._found.clear()

    def ranked(
        self,
        analysis: Analysis,
        known: Mapping[int, float] | None,
        rank: Callable[[], list[Candidate]],
    ) -> list[Candidate]:
        """``rank()``, or the candidates it gave for the same reading and lent scores."""
        key = (analysis, _lent(known))
        found = self._found.get(key)
        if found is None and known is not None:
            found = self._lent_back(analysis, known)
        if found is None:
            found = self._found[key] = rank()
        return list(found)

    def _lent_back(self, analysis: Analysis, known: Mapping[int, float]) -> list[Candidate] | None:
        """The ranking of ``analysis`` lent no scores, when ``known`` are the scores of
        its own candidates: a ranking lends known scores only to its fuzzy candidates
        (the entries best covered, chosen from the reading alone), which a ranking lent
        nothing scores itself and hands on unchanged; the one candidate scored
        otherwise, an entry set beside a situation at fuzzy 0 (see
        :func:`knowledge_base.scored.sibling_ahead`), is never one of them."""
        plain = self._found.get((analysis, None))
        if plain is not None and {c.position: c.fuzzy for c in plain} == known:
            return plain
        return None


def _lent(known: Mapping[int, float] | None) -> Lent:
    return None if known is None else frozenset(known.items())
