"""Words of another field: a message whose words come from a field no public service
answers (a film, a sweetheart, a horoscope, a recipe, a football match; see
``data/other_fields.txt``) shares a word with an entry only in another sense.

"Rekomendasi film horor terbaru" shares "rekomendasi" with a fire-safety
recommendation, "kata-kata ucapan ulang tahun buat pacar" the birthday with a free
birthday health check, "kartu kuning di sepak bola" the yellow card with the
job-seeker's card. When the message uses such a word and none of the best entry's
texts (questions, keywords, answer) does, the entry is offered, not answered. An entry
that speaks of the word (a cinema's permit, a cooking class) answers as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import data_lines
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    return tuple(line.strip() for line in data_lines("other_fields.txt"))


@dataclass(frozen=True)
class OtherFields:
    """The table's phrases as the KB's token sequences, by first token."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]


def other_fields(index: KbIndex) -> OtherFields:
    """The index's :class:`OtherFields`, computed once and kept in its cache."""
    return built_once(index.cache, "other_fields", OtherFields, lambda: _build(index))


def _build(index: KbIndex) -> OtherFields:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases():
        tokens = tuple(index.normaliser.tokens_without_correction(phrase))
        if tokens:
            by_first.setdefault(tokens[0], []).append(tokens)
    return OtherFields({k: tuple(v) for k, v in by_first.items()})


def field_words(index: KbIndex, tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The phrases of another field the message uses."""
    table = other_fields(index).phrases
    if table.keys().isdisjoint(tokens):
        return ()  # most messages: no word opens such a phrase (a check in C)
    found = []
    for start, token in enumerate(tokens):
        for phrase in table.get(token, ()):
            if tuple(tokens[start : start + len(phrase)]) == phrase:
                found.append(phrase)
    return tuple(found)


def _speaks_of(index: KbIndex, position: int, phrase: tuple[str, ...]) -> bool:
    item = index.entries[position]
    texts = (*item.variants, item.answer_text)
    wanted = f" {' '.join(phrase)} "
    return any(wanted in f" {text} " for text in texts)


def kept_to_field(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message uses a
    word of another field that the entry never uses."""
    if not ranked or ranked[0].missing_salient:
        return ranked
    found = field_words(index, tokens)
    if not found:
        return ranked
    ranked = break_ties(ranked, t)
    if all(_speaks_of(index, ranked[0].position, phrase) for phrase in found):
        return ranked
    return withheld_first(ranked)
