"""A leader matched only on what the resident already has is offered, not answered.

"saya sudah punya akta kelahiran, sekarang mau bikin kk gimana" tells the birth
certificate as had and asks the family card; the birth-certificate entry leads on the
words of the certificate, and a KB with no entry for a family card in general has no
sibling to put first (see :mod:`knowledge_base.known_part`). Answering it answers how to
get the thing the resident holds. The leader is not answered ("did you mean") when:

- its canonical question or keywords name the known part's thing (it is about it);
- its own words hold none of the question part's (the asking frame, offices and places,
  turn words left out): the question was matched on nothing;
- the question part names a topic beside the facet it asks ("kk", "versi di hp"; not
  only "bayar berapa"), or the known part tells the thing issued or the work done ("pbg
  udah terbit, gedungnya udah jadi, ... apa lagi biar bisa dipakai?": a later step;
  dev: 3 wrong answers withheld with the use certificate second, nothing else changed);
- it asks none of the facets the message asks (see :mod:`knowledge_base.facets`): "udah
  dapat lapak, bulan ketujuh mulai bayar berapa" asks the cost, which the stall-fee
  entry answers, though its words hold no "tujuh"; a message asking no facet only when
  the known part names a thing held (:attr:`knowledge_base.known_reading.Split.held`:
  "ktp fisik saya sudah ada, sekarang mau bikin versi di hp").

On the development messages the facet condition is what keeps right answers: without
it 51 right answers were withheld for 11 wrong ones; a message asking no facet and
telling no thing held ("tanah sebagian udah saya jual, pbbnya mau dipisah gimana")
is most often asked of the very entry that names the known part.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.facets import entry_facets
from knowledge_base.given import TURNS
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.known_reading import Split
from knowledge_base.memo import built_once
from knowledge_base.message_asks import asked_facets
from knowledge_base.scored import Candidate, withheld_first

# the words telling a permit or letter issued, or the work it was for finished
ISSUED = ("terbit", "keluar", "selesai", "rampung", "issued")


def asked_words(index: KbIndex, parts: Split) -> frozenset[str]:
    """The question part's terms but the asking frame, offices and places and the turn
    words ("sekarang", "nah")."""
    return parts.asked - frame_terms(index) - index.generic_terms - _turn_terms(index)


def asked_topic(index: KbIndex, parts: Split) -> frozenset[str]:
    """:func:`asked_words` less the words of any facet: what the question names beside
    what it asks of it."""
    return _topic_of(index, asked_words(index, parts))


def _topic_of(index: KbIndex, words: frozenset[str]) -> frozenset[str]:
    return words.difference(*entry_facets(index).words.values())


def _turn_terms(index: KbIndex) -> frozenset[str]:
    """The turn words as the knowledge base's normaliser reads them, made once per index."""
    normaliser = index.normaliser
    return built_once(
        index.cache,
        "turn_terms",
        frozenset,
        lambda: frozenset(normaliser.term(word) for word in TURNS),
    )


def _issued(index: KbIndex, parts: Split) -> bool:
    """The known part tells a thing held as issued or finished ("pbg udah terbit",
    "izinnya sudah keluar", "bangunan sudah selesai"): a question naming nothing but the
    asking frame and facets after it asks a later step, not how to get the thing."""
    normaliser = index.normaliser
    issued = built_once(
        index.cache,
        "issued_terms",
        frozenset,
        lambda: frozenset(normaliser.term(word) for word in ISSUED),
    )
    return parts.held and not issued.isdisjoint(parts.told)


def had_leader_withheld(
    index: KbIndex, ranked: Sequence[Candidate], parts: Split, tokens: Sequence[str]
) -> list[Candidate]:
    """``ranked`` with its first offered, not answered, when it was matched on the known
    part alone (see the module)."""
    leader = index.entries[ranked[0].position]
    words = asked_words(index, parts)
    if (
        parts.known.isdisjoint(leader.prime_terms)
        or not words.isdisjoint(leader.own_terms)
        or not (_topic_of(index, words) or _issued(index, parts))
    ):
        return list(ranked)
    facets = entry_facets(index)
    asked = asked_facets(index, tuple(tokens))  # most often the ranking's own, remembered
    if not asked and not parts.held:
        return list(ranked)
    position = ranked[0].position
    answered = facets.answers[position] if facets.answers else frozenset()
    if not asked.isdisjoint(answered.union(facets.profiles[position])):
        return list(ranked)
    return withheld_first(ranked)
