"""Which entries a ranking can hold, found before ranking: a long message's question
readings (see :func:`knowledge_base.story_readings.question_reading`) are ranked only to
see whether they put first an entry the story reading put among its first three, and a
reading that cannot hold any of them need not be ranked at all.

A ranking (``Matcher.candidates``) holds only the entries the inverted index proposes
for the terms of the reading's question core (:func:`knowledge_base.scorer.proposed`);
the scope guards and the tie-break only reorder and mark them. The one exception is an
entry dedicated to a situation the reading asks (:func:`knowledge_base.situations.
beside_situation`), which may be set beside the best one unproposed: then any entry
may be held. Both look-ups are the ranking's own, remembered for the last terms and
tokens, so a reading ranked after the question costs nothing more."""

from __future__ import annotations

from knowledge_base.filler import question_core
from knowledge_base.index import KbIndex
from knowledge_base.message_asks import asks_situation
from knowledge_base.normaliser import Analysis
from knowledge_base.scorer import proposed


def reachable(index: KbIndex, analysis: Analysis, limit: int) -> frozenset[int] | None:
    """The entry positions a ranking of ``analysis`` can hold (``limit``: the ranking's
    ``max_candidates``), read as ``Matcher.candidates`` reads it (with the lexicon the
    index was built with, the matcher's own); None when it asks a situation's facet
    (any entry may then be held)."""
    core, core_terms = question_core(index, analysis.tokens, index.normaliser.lexicon)
    focused = analysis.with_words(core, core_terms or analysis.terms)
    if asks_situation(index, focused):
        return None
    return frozenset(proposed(index, focused.terms, limit))
