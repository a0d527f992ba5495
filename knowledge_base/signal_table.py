"""The complaint signal phrases as ``data/complaint_signals.tsv`` writes them, read once
for both of their readers: the lexicon, whose spelling correction leaves their words
alone, and the complaint model, which looks for them as the normaliser reads them (see
:mod:`signal_readings` and :mod:`complaint`)."""

from __future__ import annotations

from functools import lru_cache

from knowledge_base.data_tables import data_lines
from knowledge_base.phrases import GAP_WORD, table_phrases

KINDS = (
    "official",
    "conduct",
    "money",
    "negation",
    "bad",
    "elapsed",
    "place",
    "intensity",
    "ask",
    "report",
    "why",
)
Phrases = dict[str, list[str]]
Forms = dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def written_signals() -> tuple[Phrases, Forms]:
    """The table's phrases per kind and its spelling forms (see :func:`table_phrases`)."""
    return table_phrases("\n".join(data_lines("complaint_signals.tsv")), KINDS)


def signal_words() -> frozenset[str]:
    """The words of the signal phrases, not their spelling forms nor gaps."""
    phrases, _ = written_signals()
    words = {word for kind in phrases.values() for phrase in kind for word in phrase.split()}
    return frozenset(words - {GAP_WORD})
