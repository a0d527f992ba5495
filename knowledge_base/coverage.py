"""Coverage of a message by an entry and of an entry by a message.

- *message coverage*: the IDF-weighted share of the message's content terms the entry
  knows: its own terms whole (see :attr:`knowledge_base.index.IndexedEntry.own_terms`:
  answer words no other entry uses count among them), other answer words at a lower
  weight;
- *entry coverage*: the IDF-weighted share of the entry's best-fitting question or
  keyword phrase that the message contains, like a BM25 match normalised by the phrase.
  A message that shares one word with a long question ("kartu sim") covers little of it;
- whether the message names a service the entry is not about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge_base.head import Head, frame_terms
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.memo import built_once
from knowledge_base.weighting import ScoringWeights, term_weight


def covered(
    weighted: tuple[tuple[str, float], ...],
    total: float,
    own: frozenset[str],
    answer: frozenset[str],
    credit: float,
) -> float:
    """Share of the message's term weight found in the entry: terms in ``own`` count
    whole, other answer words earn ``credit``. The message's (term, weight) pairs and their
    total are given, so ranking forty candidates does not sum them forty times."""
    if total <= 0:
        return 0.0
    covered = 0.0
    for term, weight in weighted:
        if term in own:
            covered += weight
        elif credit and term in answer:
            covered += weight * credit
    return covered / total


@dataclass(frozen=True)
class TermOwners:
    """Per term, the positions of the entries holding it among their own terms, their
    answer terms and their canonical (prime) terms: :func:`covered_many` reads forty
    entries' coverage term by term instead of entry by entry."""

    own: Mapping[str, frozenset[int]]
    answer: Mapping[str, frozenset[int]]
    prime: Mapping[str, frozenset[int]]


def term_owners(index: KbIndex) -> TermOwners:
    """The index's :class:`TermOwners`, computed once and kept in its cache."""
    return built_once(index.cache, "term_owners", TermOwners, lambda: _build_term_owners(index))


def _build_term_owners(index: KbIndex) -> TermOwners:
    tables: tuple[dict[str, set[int]], ...] = ({}, {}, {})
    for position, item in enumerate(index.entries):
        for table, terms in zip(
            tables, (item.own_terms, item.answer_terms, item.prime_terms), strict=True
        ):
            for term in terms:
                table.setdefault(term, set()).add(position)
    own, answer, prime = ({t: frozenset(p) for t, p in table.items()} for table in tables)
    owners = TermOwners(own, answer, prime)
    return owners


def covered_many(
    weighted: tuple[tuple[str, float], ...],
    total: float,
    positions: Iterable[int],
    own: Mapping[str, frozenset[int]],
    answer: Mapping[str, frozenset[int]],
    credit: float,
) -> dict[int, float]:
    """:func:`covered` of each entry position, with ``own`` and ``answer`` the
    :class:`TermOwners` tables standing for the entries' sets: the same sums, each
    entry's added in the message's term order, so the very same floats. Only the
    entries holding a term are visited for it (a set intersection, in C)."""
    found = dict.fromkeys(positions, 0.0)
    if total <= 0:
        return found
    chosen = frozenset(found)
    for term, weight in weighted:
        mine = own.get(term)
        if mine is not None:
            for position in chosen.intersection(mine):
                found[position] += weight
        theirs = answer.get(term) if credit else None
        if theirs is not None:
            held = chosen.intersection(theirs)
            extra = weight * credit
            for position in held if mine is None else held.difference(mine):
                found[position] += extra
    return {position: share / total for position, share in found.items()}


@dataclass(frozen=True)
class VariantWeights:
    """One entry's question and keyword phrases, for :func:`entry_coverage`: each
    phrase's total weight, and for each term the phrases holding it with its weight."""

    totals: tuple[float, ...]
    by_term: dict[str, tuple[tuple[int, float], ...]]


def variant_weights(index: KbIndex, weights: ScoringWeights) -> dict[int, VariantWeights]:
    """Per entry position, its :class:`VariantWeights`; a phrase lighter than one
    entry-specific term counts as that heavy. Computed once per index and
    configuration."""
    key = ("variant_weights", weights)
    cached = index.cache.get(key)
    if cached is None:
        reference = index.specific_idf
        table: dict[int, VariantWeights] = {}
        for position, item in enumerate(index.entries):
            totals: list[float] = []
            by_term: dict[str, list[tuple[int, float]]] = {}
            for number, variant in enumerate(item.variant_terms):
                pairs = [(t, term_weight(index, t, weights)) for t in sorted(variant)]
                totals.append(max(sum(w for _, w in pairs), reference))
                for term, weight in pairs:
                    by_term.setdefault(term, []).append((number, weight))
            table[position] = VariantWeights(
                tuple(totals), {t: tuple(hits) for t, hits in by_term.items()}
            )
        index.cache[key] = cached = table
    return cached  # type: ignore[return-value]


def entry_coverage(table: VariantWeights, terms: frozenset[str]) -> float:
    """The best share of one question or keyword phrase's weight that the message
    contains, so a keyword made of one common word ("ktp") is weak evidence alone.

    ``terms``: the message's terms. Only those the entry's phrases hold are visited (a
    set intersection, in C: a long message has thirty terms, an entry shares a few),
    in sorted order: each phrase's weights are then added in the same order as the
    phrase's own sorted terms, so the shares do not depend on the message's word
    order to the last bit."""
    found: dict[int, float] = {}
    by_term = table.by_term
    for term in sorted(terms.intersection(by_term)):
        for number, weight in by_term[term]:
            found[number] = found.get(number, 0) + weight
    best = 0.0
    totals = table.totals
    for number, weight in found.items():
        share = weight / totals[number]
        if share > best:
            best = share
    return best


def names_missing_service(
    item: IndexedEntry,
    salient: frozenset[str],
    services: frozenset[str],
    full_phrase: bool,
    same_service: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """The message names a service this entry is not about.

    A service must be in the entry's questions or keywords. One mentioned only in the
    answer ("bawa KTP dan KK") is tolerated when the entry's questions name another
    service of the message or no service at all, or when the message contains one of
    the entry's phrases whole; a service the entry never mentions is never tolerated.
    ``services`` are the lexicon's service terms; ``same_service`` maps a service's
    name to its other names, which stand for it in the entry (KIS for BPJS)."""
    absent = salient - item.terms
    if absent and same_service:
        absent = frozenset(
            t for t in absent if same_service.get(t, frozenset()).isdisjoint(item.terms)
        )
    if not absent:
        return False
    if any(term not in item.answer_terms for term in absent):
        return True
    if salient & item.terms or full_phrase:
        return False
    return bool(item.terms & services)


def is_indistinct(
    index: KbIndex, position: int, terms: Iterable[str], named: frozenset[str]
) -> bool:
    """The message names something this entry does not know, and everything it shares
    with the entry's questions and keywords another entry shares too ("kk hilang" and an
    entry about a new KK after marriage, when another entry also names the KK): the
    entry's own distinguishing words are missing, a word the message names stands in
    their place, so the match is only on what the two entries have in common.

    ``named``: the message's words known to the KB or to the lexicons (see
    :func:`knowledge_base.weighting.named_terms`); "jam buka dukcapil" does not name the
    hours of a service centre whose answer lists a Disdukcapil counter."""
    item = index.entries[position]
    # an office or place the answer only names ("gerai Disdukcapil ada di MPP") does not
    # make the entry about it
    if not named - item.terms - (item.answer_terms - index.generic_terms):
        return False
    shared = [t for t in terms if t in item.terms]
    if not shared:
        return False
    sets = index.posting_sets
    others = set(sets[shared[0]])
    for term in shared[1:]:
        others &= sets[term]
        if len(others) < 2:
            break
    others.discard(position)
    return bool(others)


def misses_head(index: KbIndex, position: int, terms: Iterable[str], head: Head | None) -> bool:
    """The message asks about something this entry neither asks nor answers about, and
    identifies it by nothing of its own: the message's head (see
    :func:`knowledge_base.head.head_of`, "syarat bikin KIA" -> "kia") is a known word the
    entry lacks, and every word the message shares with the entry's questions is found
    in another entry too ("syarat", "buat")."""
    if head is None or not head.known:
        return False
    item = index.entries[position]
    if head.term in item.terms or head.term in item.answer_terms:
        return False
    postings = index.postings
    return all(len(postings[t]) > 1 for t in terms if t in item.terms)


def names_most_asked(
    index: KbIndex, position: int, weighted: tuple[tuple[str, float], ...], share: float
) -> bool:
    """The entry's questions and keywords name ``share`` of the message's weight
    (``weighted``) outside the asking frame: a word it does not know is a side word of a
    short question, not the thing asked ("warga sini blm ada pipa pdam, bisa pasang?");
    "jam buka dukcapil" of a service centre's hours names only the frame (the office is
    in its answer alone)."""
    frame = frame_terms(index)
    topic = tuple((t, w) for t, w in weighted if t not in frame)
    terms = index.entries[position].terms
    return covered(topic, sum(w for _, w in topic), terms, terms, 0.0) >= share
