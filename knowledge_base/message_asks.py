"""What a message's words ask, read from their word forms (see :mod:`asked_words`): the
facets it asks (see :mod:`facets`) and the entries dealing with the errands it asks (see
:mod:`errands`). A long message is ranked several times (its story reading, as written,
its question alone), and the check before them asks its facets too: each part is
remembered for the last tokens it was read from, apart, since the readings of one
message ask the very same tokens while the story's errands are read from fewer."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge_base.asked_words import asked_tokens, errand_tokens
from knowledge_base.errands import errands
from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.index import KbIndex
from knowledge_base.memo import last_answer
from knowledge_base.normaliser import Analysis
from knowledge_base.situations import SITUATIONS


@dataclass(frozen=True)
class Asks:
    """The entries dealing with a message's errands (see
    :func:`knowledge_base.errands.entries_dealing`; None: it asks none) and the facets it
    asks."""

    dealing: frozenset[int] | None
    facets: frozenset[str]


def asks_of(index: KbIndex, analysis: Analysis) -> Asks:
    """The message's :class:`Asks`."""
    tokens = asked_tokens(analysis, index.normaliser.term)
    errand = errand_tokens(analysis, index.normaliser)  # a long story's errands apart
    return Asks(_dealing(index, errand), asked_facets(index, tokens))


def asks_situation(index: KbIndex, analysis: Analysis) -> bool:
    """The message (its question core, as :func:`knowledge_base.scorer.rank` reads it)
    asks a situation's facet: only then may
    :func:`knowledge_base.situations.beside_situation` put among its candidates an entry
    the scorer never scored, with a fuzzy score of 0 rather than its own."""
    facets = asked_facets(index, asked_tokens(analysis, index.normaliser.term))
    return not facets.isdisjoint(SITUATIONS)


def asked_facets(index: KbIndex, tokens: tuple[str, ...]) -> frozenset[str]:
    """The facets ``tokens`` ask (see :meth:`knowledge_base.facets.EntryFacets.asked`),
    remembered for the last tokens: the ranking and the known-part check after it
    (:mod:`knowledge_base.known_leader`) ask them of the same message."""
    return last_answer(
        index.cache,
        "asked_facets",
        tokens,
        lambda: entry_facets(index).asked(word_forms(index.normaliser, tokens)),
    )


def _dealing(index: KbIndex, errand: tuple[str, ...]) -> frozenset[int] | None:
    return last_answer(
        index.cache,
        "dealing",
        errand,
        lambda: errands(index).coverers(word_forms(index.normaliser, errand)),
    )
