"""One knowledge-base entry as scored against one message (see :mod:`scorer`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the type: the index imports nothing of the ranking
    from knowledge_base.index import KbIndex


# Built forty times per message and read in every sort: slots, and not frozen (a frozen
# dataclass's __init__ sets each field through object.__setattr__, at six times the cost
# of the whole construction otherwise); nothing assigns to a candidate, a changed one is a
# new one (dataclasses.replace), and it hashes and compares by its fields as a frozen one.
@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    position: int
    entry_id: str
    fuzzy: float
    coverage: float
    score: float
    missing_salient: bool = False
    entry_coverage: float = 0.0
    prime_coverage: float = 0.0
    # distinct message terms among the entry's own terms that name a thing: not office or
    # place words, nor the asking frame ("syarat", "buat", "cara"), which any entry shares
    shared_terms: int = 0
    # two of them stand together in one of the entry's phrases (see :mod:`pairs`)
    paired: bool = False
    # put first as the entry dedicated to a situation the message tells, a sibling of the
    # entry its words ranked first (see :func:`knowledge_base.situations.beside_situation`)
    told_situation: bool = False


def withheld_first(ranked: Sequence[Candidate]) -> list[Candidate]:
    """``ranked`` with its first candidate offered ("did you mean"), not answered: marked
    as missing a word that names its topic, which the decision never answers."""
    return [replace(ranked[0], missing_salient=True), *ranked[1:]]


def rank_order(candidate: Candidate) -> tuple[bool, float, float, int]:
    """The scorer's order, best first: a candidate naming a service the message lacks
    after the others, then by score, by coverage of the entry's prime words, by position
    (see ``scorer._ordered``)."""
    c = candidate
    return (c.missing_salient, -c.score, -c.prime_coverage, c.position)


@dataclass(frozen=True)
class SiblingAhead:
    """The best entry of a ranking and the sibling a rule prefers to it, ready to be put
    in order: rules that tell siblings apart (a situation told, a card's state, relief
    from a charge) each decide whether the sibling is answered or only offered."""

    known: Candidate | None  # the sibling as the ranking scored it, when it did
    shown: Candidate  # the sibling at the best entry's score at least: offered beside it
    withheld: Candidate  # the best entry, marked not to be answered
    rest: list[Candidate]  # the others, in their order

    @property
    def answerable(self) -> bool:
        """The ranking scored the sibling and found no service it names lacking."""
        return self.known is not None and not self.known.missing_salient

    def answered_first(self) -> list[Candidate]:
        """The sibling first, answered as the entry for what the message tells."""
        return [replace(self.shown, told_situation=True), self.withheld, *self.rest]

    def both_offered(self) -> list[Candidate]:
        """Neither answered: "did you mean" with the best entry, then the sibling."""
        return [self.withheld, replace(self.shown, missing_salient=True), *self.rest]


def sibling_ahead(
    ranked: Sequence[Candidate], siblings: Sequence[int], index: KbIndex
) -> SiblingAhead:
    """Of ``siblings`` (entry positions in ``index``) the one the ranking scores highest,
    or the first when it scores none, set beside ``ranked``'s best entry."""
    best = ranked[0]
    scored = {c.position: c for c in ranked}
    sibling = max(siblings, key=lambda p: scored[p].score if p in scored else -1.0)
    known = scored.get(sibling)
    found = known or Candidate(sibling, index.entries[sibling].entry.id, 0, 0, 0)
    return SiblingAhead(
        known,
        replace(found, score=max(found.score, best.score)),
        replace(best, missing_salient=True),
        [c for c in ranked[1:] if c.position != sibling],
    )
