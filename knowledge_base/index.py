"""The searchable form of a knowledge base: normalised variants per entry, term sets,
IDF weights over entries and an inverted index from terms to entries."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.lexicon import Lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.shortenings import Shortenings, shortenings_of
from knowledge_base.stemmer import is_ke_an, strip_particle
from knowledge_base.tokens import plain_token, words_of


@dataclass(frozen=True)
class IndexedEntry:
    entry: KbEntry
    variants: tuple[str, ...]
    terms: frozenset[str]
    answer_terms: frozenset[str]
    variant_terms: tuple[frozenset[str], ...] = ()  # per question or keyword phrase
    prime_terms: frozenset[str] = frozenset()  # canonical question and keywords
    # the terms that are this entry's alone to claim: its questions' and keywords', and
    # the answer's words no other entry uses anywhere (see :func:`own_answer_words`)
    own_terms: frozenset[str] = frozenset()
    answer_text: str = ""  # the answer's normalised words, space-separated (see errands)


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
    # postings as sets, for the common terms that only add weight to candidates
    posting_sets: Mapping[str, frozenset[int]] = field(default_factory=dict)
    # a one-word service name -> its other one-word names (alternates.tsv: KIS ~ BPJS)
    same_service: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # derived per-scoring-configuration tables (see coverage.variant_weights)
    cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def specific_idf(self) -> float:
        """The weight of a term found in exactly one entry."""
        return math.log((len(self.entries) + 1) / 1.5)

    @property
    def variant_count(self) -> int:
        return sum(len(e.variants) for e in self.entries)


def _kb_words(kb: KnowledgeBase, lexicon: Lexicon) -> tuple[list[str], Shortenings]:
    """Vocabulary of the KB after the lexicon-only steps (no correction yet), and the
    short names its own phrases may be given (see :mod:`shortenings`); a text holding a
    lexicon word the KB's phrases re-read (see :attr:`Shortenings.overrides`) is read
    again with them, the others are kept."""
    bootstrap = Normaliser(lexicon, (), stemming=False)
    raw = [(text, kind) for entry in kb.entries for text, kind in _texts(entry)]
    texts = [bootstrap.tokens_without_correction(text) for text, _ in raw]
    # the phrases named are the questions' and keywords' (answers only explain them)
    questions = [t for t, (_, kind) in zip(texts, raw, strict=True) if kind != _ANSWER]
    keywords = [t for t, (_, kind) in zip(texts, raw, strict=True) if kind == _KEYWORD]
    written = {plain_token(w) for text, kind in raw if kind != _KEYWORD for w in words_of(text)}
    words = [w for tokens in texts for w in tokens]
    capitals = {w for text, _ in raw for w in _CAPITALS.findall(text)}
    shortenings = shortenings_of(
        questions, keywords, (set(words), written), lexicon, bootstrap.is_content, capitals
    )
    if shortenings.overrides:
        reread = Normaliser(lexicon, (), stemming=False, shortenings=shortenings)
        starts = {phrase[0] for phrase in shortenings.overrides}
        texts = [
            reread.tokens_without_correction(text) if starts.intersection(words_of(text)) else t
            for t, (text, _) in zip(texts, raw, strict=True)
        ]
        words = [w for tokens in texts for w in tokens]
    return words, shortenings


_PHRASING, _KEYWORD, _ANSWER = "phrasing", "keyword", "answer"
# a word written in capitals: an acronym (see shortenings.kept_acronyms)
_CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")


def _texts(entry: KbEntry) -> list[tuple[str, str]]:
    """An entry's texts in index order, each with its kind."""
    return [
        *((text, _PHRASING) for text in entry.phrasings),
        *((text, _KEYWORD) for text in entry.keywords),
        (entry.answer, _ANSWER),
    ]


def stem_collisions(
    surface: Mapping[str, set[int]], stem_of: Callable[[str], str]
) -> frozenset[str]:
    """Derived words of the KB to keep whole: a ``ke-...-an`` word whose stem is itself
    a word of the KB's questions or keywords and the two never share an entry
    ("keberatan" about information requests, "berat" in heavy-equipment rental), so
    stemming would merge two unrelated entries. ``surface`` maps each question or
    keyword word to the positions of the entries that use it."""
    kept: set[str] = set()
    for word, owners in surface.items():
        if not is_ke_an(word):
            continue
        root = stem_of(word)
        others = surface.get(root)
        if root != strip_particle(word) and others and not others & owners:
            kept.add(strip_particle(word))
    return frozenset(kept)


def is_prime(entry: KbEntry, number: int) -> bool:
    """Phrase ``number`` of an entry (questions, keywords, English title, English
    questions) is its canonical question, a keyword or the English title."""
    return number == 0 or len(entry.questions) <= number <= len(entry.questions) + len(
        entry.keywords
    ) - (0 if entry.title_en else 1)


def build_index(kb: KnowledgeBase, lexicon: Lexicon, stemming: bool = True) -> KbIndex:
    words, shortenings = _kb_words(kb, lexicon)
    normaliser = Normaliser(lexicon, words, stemming=stemming, shortenings=shortenings)
    tokenised, surface = _tokenise(kb, normaliser)
    if stemming:
        normaliser.guard(stem_collisions(surface, normaliser.term))
    indexed = [
        _indexed_entry(entry, texts, normaliser)
        for entry, texts in zip(kb.entries, tokenised, strict=True)
    ]
    indexed = own_answer_words(indexed)
    n = max(len(indexed), 1)
    postings = _postings(indexed)
    return KbIndex(
        entries=tuple(indexed),
        idf=MappingProxyType(_idf(indexed, n)),
        unknown_idf=math.log((n + 1) / 0.5),
        postings=MappingProxyType({t: tuple(p) for t, p in postings.items()}),
        posting_sets=MappingProxyType({t: frozenset(p) for t, p in postings.items()}),
        normaliser=normaliser,
        salient_terms=frozenset(normaliser.term(w) for w in lexicon.salient_terms),
        answer_vocabulary=frozenset(t for item in indexed for t in item.answer_terms),
        generic_terms=frozenset(
            normaliser.term(w) for w in lexicon.service_terms - lexicon.salient_terms
        ),
        same_service=_same_service(lexicon, normaliser),
    )


def _same_service(lexicon: Lexicon, normaliser: Normaliser) -> Mapping[str, frozenset[str]]:
    """One-word names of one service (``alternates.tsv``), as terms: an entry naming
    BPJS does not lack the KIS a message names (see ``names_missing_service``)."""
    names: dict[str, set[str]] = {}
    for name, others in lexicon.alternates.items():
        if len(name) != 1:
            continue
        for other in others:
            if len(other) == 1:
                names.setdefault(normaliser.term(name[0]), set()).add(normaliser.term(other[0]))
    return MappingProxyType({name: frozenset(others) for name, others in names.items()})


def _tokenise(
    kb: KnowledgeBase, normaliser: Normaliser
) -> tuple[list[list[list[str]]], dict[str, set[int]]]:
    """Each entry's question, keyword and English phrases as tokens, and each content
    word of them with the positions of the entries using it (for the stemming guard)."""
    tokenised: list[list[list[str]]] = []
    surface: dict[str, set[int]] = {}
    for position, entry in enumerate(kb.entries):
        texts = [normaliser.tokens(text) for text in (*entry.questions, *entry.keywords)]
        texts += [normaliser.tokens(text) for text in entry.phrasings[len(entry.questions) :]]
        tokenised.append(texts)
        for tokens in texts:
            for token in tokens:
                if normaliser.is_content(token):
                    surface.setdefault(token, set()).add(position)
    return tokenised, surface


def _indexed_entry(entry: KbEntry, texts: list[list[str]], normaliser: Normaliser) -> IndexedEntry:
    """One entry's variants (distinct, in order), terms per phrase and in all, its
    canonical terms and the answer's own terms."""
    variants: list[str] = []
    terms: set[str] = set()
    variant_terms: list[frozenset[str]] = []
    prime: set[str] = set()
    for number, tokens in enumerate(texts):
        if tokens:
            variants.append(" ".join(tokens))
            these = frozenset(normaliser.terms(tokens))
            terms.update(these)
            if these:
                variant_terms.append(these)
            if is_prime(entry, number):
                prime.update(these)
    answer_tokens = tuple(normaliser.tokens(entry.answer))
    answer_terms = frozenset(normaliser.terms(answer_tokens)) - terms
    return IndexedEntry(
        entry,
        tuple(dict.fromkeys(variants)),
        frozenset(terms),
        answer_terms,
        tuple(dict.fromkeys(variant_terms)),
        frozenset(prime),
        answer_text=" ".join(answer_tokens),
    )


def own_answer_words(indexed: list[IndexedEntry]) -> list[IndexedEntry]:
    """Each entry with its :attr:`IndexedEntry.own_terms`. An answer word no other entry
    uses, in its questions, keywords or answer ("imunisasi kejar" explained only where
    catch-up vaccination is), names what the entry is about as well as its questions'
    own words do; a resident who describes the thing in other words than the questions
    often uses the answer's. A word two entries' answers share ("datang", "KTP") stays
    answer credit."""
    entries_using: dict[str, int] = {}
    for item in indexed:
        for term in item.terms | item.answer_terms:
            entries_using[term] = entries_using.get(term, 0) + 1
    return [
        replace(
            item,
            own_terms=item.terms | frozenset(t for t in item.answer_terms if entries_using[t] == 1),
        )
        for item in indexed
    ]


def _idf(indexed: list[IndexedEntry], n: int) -> dict[str, float]:
    document_frequency: dict[str, int] = {}
    for item in indexed:
        for term in item.terms:
            document_frequency[term] = document_frequency.get(term, 0) + 1
    return {t: math.log((n + 1) / (df + 0.5)) for t, df in document_frequency.items()}


def _postings(indexed: list[IndexedEntry]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = {}
    for position, item in enumerate(indexed):
        for term in item.terms:
            postings.setdefault(term, []).append(position)
    return postings
