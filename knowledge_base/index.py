"""The searchable form of a knowledge base: normalised variants per entry, term sets,
IDF weights over entries and an inverted index from terms to entries."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.lexicon import Lexicon
from knowledge_base.normaliser import Normaliser


@dataclass(frozen=True)
class IndexedEntry:
    entry: KbEntry
    variants: tuple[str, ...]
    terms: frozenset[str]
    answer_terms: frozenset[str]
    variant_terms: tuple[frozenset[str], ...] = ()  # per question or keyword phrase
    prime_terms: frozenset[str] = frozenset()  # canonical question and keywords


@dataclass(frozen=True)
class KbIndex:
    entries: tuple[IndexedEntry, ...]
    idf: Mapping[str, float]
    unknown_idf: float
    postings: Mapping[str, tuple[int, ...]]
    normaliser: Normaliser
    salient_terms: frozenset[str]
    answer_vocabulary: frozenset[str] = frozenset()
    generic_terms: frozenset[str] = frozenset()  # offices and places: say where, not what
    # derived per-scoring-configuration tables (see scorer.variant_weights)
    cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def specific_idf(self) -> float:
        """The weight of a term found in exactly one entry."""
        return math.log((len(self.entries) + 1) / 1.5)

    @property
    def variant_count(self) -> int:
        return sum(len(e.variants) for e in self.entries)


def _kb_words(kb: KnowledgeBase, lexicon: Lexicon) -> list[str]:
    """Vocabulary of the KB after the lexicon-only steps (no correction yet)."""
    bootstrap = Normaliser(lexicon, (), stemming=False)
    words: list[str] = []
    for entry in kb.entries:
        for text in (*entry.questions, *entry.keywords, entry.answer):
            words.extend(bootstrap.tokens_without_correction(text))
    return words


def build_index(kb: KnowledgeBase, lexicon: Lexicon, stemming: bool = True) -> KbIndex:
    normaliser = Normaliser(lexicon, _kb_words(kb, lexicon), stemming=stemming)
    indexed: list[IndexedEntry] = []
    document_frequency: dict[str, int] = {}
    for entry in kb.entries:
        variants: list[str] = []
        terms: set[str] = set()
        variant_terms: list[frozenset[str]] = []
        prime: set[str] = set()
        texts = (*entry.questions, *entry.keywords)
        for number, text in enumerate(texts):
            tokens = normaliser.tokens(text)
            if tokens:
                variants.append(" ".join(tokens))
                these = frozenset(normaliser.terms(tokens))
                terms.update(these)
                if these:
                    variant_terms.append(these)
                if number == 0 or number >= len(entry.questions):
                    prime.update(these)
        answer_terms = frozenset(normaliser.terms(normaliser.tokens(entry.answer))) - terms
        indexed.append(
            IndexedEntry(
                entry,
                tuple(dict.fromkeys(variants)),
                frozenset(terms),
                answer_terms,
                tuple(dict.fromkeys(variant_terms)),
                frozenset(prime),
            )
        )
        for term in terms:
            document_frequency[term] = document_frequency.get(term, 0) + 1
    n = max(len(indexed), 1)
    idf = {t: math.log((n + 1) / (df + 0.5)) for t, df in document_frequency.items()}
    postings: dict[str, list[int]] = {}
    for position, item in enumerate(indexed):
        for term in item.terms:
            postings.setdefault(term, []).append(position)
    return KbIndex(
        entries=tuple(indexed),
        idf=MappingProxyType(idf),
        unknown_idf=math.log((n + 1) / 0.5),
        postings=MappingProxyType({t: tuple(p) for t, p in postings.items()}),
        normaliser=normaliser,
        salient_terms=frozenset(normaliser.term(w) for w in lexicon.salient_terms),
        answer_vocabulary=frozenset(t for item in indexed for t in item.answer_terms),
        generic_terms=frozenset(
            normaliser.term(w) for w in lexicon.service_terms - lexicon.salient_terms
        ),
    )
