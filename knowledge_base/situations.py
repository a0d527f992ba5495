"""A situation the message tells that its best entry never speaks to.

Some question facets (see :mod:`facets`) are the asking frame of any service: its cost,
its documents, where and when. An entry answers them in passing whether or not its
questions say so, and an entry dedicated to one of them ("office hours") is rarely
what a message about a named service asks. Others name what happened to the resident:
a request refused or left unanswered (recourse), a card lost or damaged
(replacement), a deadline missed (lateness), a document expired (validity), who is
entitled (eligibility), why something stopped (reason), a disaster. A message telling
one of those asks a different service from the entry for the thing itself: "my request
for information was refused, where do I appeal" is not answered by how to request
information, though the request's keyword sits whole in the message and far ahead of
the appeal entry on every score.

So when the best entry neither asks such a facet in its questions nor speaks to it in
its answer, and another entry is dedicated to that facet (at least half its phrasings
ask it) and names the message's subject (its heaviest word beside the facet's words),
the best entry is not answered: the two are shown as "did you mean". On the
development messages this withheld seven wrong answers (the request entry for an
appeal, five phrasings of it) and two out-of-scope ones (a lost ID card answered with
the ID-data-change entry where a lost-document entry existed), against one right
answer (a karaoke bar "open late" read as lateness), and the dedicated entry was the
right one in all seven wrong answers, now offered second. The frame facets were
tried too: they withheld fourteen right answers and one out-of-scope message.

The dedicated entry is answered itself when it is the best entry's sibling: a word the
message names is one of the best entry's own and the dedicated entry's too (in its
questions, keywords or answer), the scorer proposed it and it names no service it
lacks; and the message does not name the best entry's thing again after telling the
situation (then it asks about that thing: "foto museum saya ditolak editor, izin foto
museum gimana"). A refusal by the office the request entry names, a missed deadline of
the tax the payment entry names: the same thing, the situation told. On the
development messages this answered nine right entries the rule had only offered second
(seven appeals of a refused information request, a late land-tax payment, a cracked ID
card), and nothing wrong or out of scope; a lost ID card where only a lost family-card
entry was dedicated stays "did you mean" (the ID card is a service that entry lacks),
and so does a lost bus card beside a fire-drill entry naming nothing of the card.

An appeal entry may name none of the message's words: "permintaan data saya ke dinas
ditolak tanpa alasan jelas, apa langkah saya selanjutnya?" words the request in the
request entry's words ("permintaan data"), while the appeal entry speaks of the office
and the information ("PPID", "informasi"). For a refusal alone (recourse), an entry
dedicated to it that holds a word of the best entry's questions or keywords naming few
entries' thing (:data:`FEW_ENTRIES`; no facet, frame, office or place word) is about
the same thing, and the message need only name the best entry's own words to be its
sibling. On the development messages of the 34 knowledge bases: one wrong answer right,
nothing else changed; for every situation (a reason, a status, a disaster) it withheld
twenty right answers (a ticket-status entry shares a rare word with many services).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.coverage import term_owners
from knowledge_base.facets import (
    EntryFacets,
    answer_table,
    entry_facets,
    facets_in,
    word_forms,
)
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.phrases import spaced
from knowledge_base.scored import Candidate, sibling_ahead

SITUATIONS = frozenset(
    {
        "recourse",
        "replacement",
        "lateness",
        "validity",
        "eligibility",
        "reason",
        "deadline",
        "disaster",
        "status",
    }
)
# an entry is dedicated to a situation when at least this share of its phrasings ask
# it: at 0.3 the rule also withheld seven right answers (a first ID recording asked
# "sudah bisa ... belum" read as status, beside an ID-data-change entry)
DEDICATED_SHARE = 0.5
# a word the request and the appeal entries share names their thing when at most this
# many entries' questions and keywords hold it ("ppid"; not "mohon", the town)
FEW_ENTRIES = 3


@dataclass(frozen=True)
class Situations:
    """Per entry position, the situation facets its questions or answer speak to, and
    per situation facet, the positions of the entries dedicated to it."""

    spoken: tuple[frozenset[str], ...]
    dedicated: dict[str, tuple[int, ...]]


def situations(index: KbIndex) -> Situations:
    """The index's :class:`Situations`, computed once and kept in its cache."""
    return built_once(index.cache, "situations", Situations, lambda: _build_situations(index))


def _build_situations(index: KbIndex) -> Situations:
    facets: EntryFacets = entry_facets(index)
    table = answer_table(index.normaliser)
    spoken: list[frozenset[str]] = []
    dedicated: dict[str, list[int]] = {kind: [] for kind in SITUATIONS}
    for position, item in enumerate(index.entries):
        profile = facets.profiles[position]
        answer = facets_in(table, word_forms(index.normaliser, item.answer_text.split()))
        spoken.append(frozenset(k for k in SITUATIONS if k in profile or k in answer))
        for kind in SITUATIONS:
            if profile.get(kind, 0.0) >= DEDICATED_SHARE:
                dedicated[kind].append(position)
    found = Situations(tuple(spoken), {k: tuple(p) for k, p in dedicated.items()})
    return found


def dedicated_siblings(
    index: KbIndex,
    leader: int,
    asked: frozenset[str],
    weighted: Sequence[tuple[str, float]],
) -> list[int]:
    """The positions of the entries dedicated to a situation the message asks
    (``asked``) and the ``leader`` never speaks to, naming the message's subject: its
    heaviest words (``weighted``: the message's terms and weights) beside the facets'
    words, read in the entry's questions, keywords or answer. Empty: the leader
    stands."""
    found = situations(index)
    lacking = (asked & SITUATIONS) - found.spoken[leader]
    if not lacking:
        return []
    facet_words = entry_facets(index).facet_words(asked)
    topic = [(term, weight) for term, weight in weighted if term not in facet_words]
    if not topic:
        return []
    heaviest = max(weight for _, weight in topic)
    subject = [term for term, weight in topic if weight >= heaviest]
    owners = term_owners(index)
    naming = frozenset().union(
        *(owners.own.get(term, ()) for term in subject),
        *(owners.answer.get(term, ()) for term in subject),
    )
    dedicated = (p for kind in sorted(lacking) for p in found.dedicated[kind])
    appeals = found.dedicated["recourse"] if "recourse" in lacking else ()
    return [
        p
        for p in dict.fromkeys(dedicated)
        if p != leader and (p in naming or (p in appeals and shares_thing(index, leader, p, asked)))
    ]


def shares_thing(index: KbIndex, leader: int, dedicated: int, asked: frozenset[str]) -> bool:
    """A word of the ``leader``'s questions or keywords that names few entries' thing
    (:data:`FEW_ENTRIES`; no facet, frame, office or place word) is one of the
    ``dedicated`` entry's own or answer words: an appeal entry naming the office the
    request entry names, though the message names the request in other words."""
    leader_terms = index.entries[leader].prime_terms - not_thing(index, asked)
    second = index.entries[dedicated]
    return any(
        len(index.postings.get(term, ())) <= FEW_ENTRIES
        and (term in second.own_terms or term in second.answer_terms)
        for term in leader_terms
    )


def not_thing(index: KbIndex, asked: frozenset[str]) -> frozenset[str]:
    """The words that name no thing: the asked facets', the asking frame's, offices and
    places."""
    return entry_facets(index).facet_words(asked) | frame_terms(index) | index.generic_terms


def beside_situation(
    index: KbIndex,
    asked: frozenset[str],
    weighted: Sequence[tuple[str, float]],
    results: list[Candidate],
    tokens: Sequence[str],
) -> list[Candidate]:
    """``results`` (best first) with the best entry marked not to be answered and the
    best-scored entry of :func:`dedicated_siblings` right behind it, at the best entry's score so
    that "did you mean" offers it (it may score far less: its words are the
    situation's, the message's the request's); unchanged when there is none. When the
    dedicated entry is the best entry's sibling (see :func:`is_sibling`) and the
    message (``tokens``) does not name the best entry's thing again after telling the
    situation (see :func:`named_after`), it goes first instead, marked as told a
    situation (:attr:`Candidate.told_situation`: answered)."""
    if not results or not asked & SITUATIONS or results[0].missing_salient:
        return results  # a best entry already withheld keeps the scorer's suggestions
    best = results[0]
    siblings = dedicated_siblings(index, best.position, asked, weighted)
    if not siblings:
        return results
    ahead = sibling_ahead(results, siblings, index)
    if (
        ahead.answerable
        and is_sibling(index, best.position, ahead.shown.position, asked, weighted)
        and not named_after(index, best.position, asked, tokens)
    ):
        return ahead.answered_first()
    return [ahead.withheld, ahead.shown, *ahead.rest]  # offered beside it, not marked


def is_sibling(
    index: KbIndex,
    leader: int,
    dedicated: int,
    asked: frozenset[str],
    weighted: Sequence[tuple[str, float]],
) -> bool:
    """A word of the message outside the facets' words is one of the ``leader``'s own
    (its questions, keywords, answer words no other entry uses) and a word of the
    ``dedicated`` entry's own or its answer: the two are about one thing."""
    facet_words = entry_facets(index).facet_words(asked)
    first, second = index.entries[leader], index.entries[dedicated]
    if "recourse" in asked and shares_thing(index, leader, dedicated, asked):
        # an appeal entry about the leader's thing: the message need only name that
        return any(term in first.own_terms and term not in facet_words for term, _ in weighted)
    return any(
        term in first.own_terms
        and (term in second.own_terms or term in second.answer_terms)
        and term not in facet_words
        for term, _ in weighted
    )


def named_after(index: KbIndex, leader: int, asked: frozenset[str], tokens: Sequence[str]) -> bool:
    """After the last phrase telling a situation the message asks, a word of the
    ``leader``'s own outside the facets' words: having told what happened ("dokumentasi
    foto museum saya ditolak editor"), the resident asks about the leader's thing itself
    ("izin foto museum gimana"), not about the situation. True when no such phrase is
    found (the situation may not be read so)."""
    facets = entry_facets(index)
    forms = word_forms(index.normaliser, tokens)
    text = spaced(forms)
    patterns = [facets.table.patterns[kind] for kind in asked & SITUATIONS]
    end = max((m.end() for pattern in patterns for m in pattern.finditer(text)), default=-1)
    if end < 0:
        return True
    after = text[end:].split()
    own, facet_words = index.entries[leader].own_terms, facets.facet_words(asked)
    return any(word in own and word not in facet_words for word in after)
