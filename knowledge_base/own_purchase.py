"""A thing bought on one's own: "kelompok tani kami mau beli sendiri", "can I buy the
seedlings with my own money".

A regency's entry hands out, lends or licenses a thing (seedlings from its nursery, a
fire pump for the village fire brigade); a resident who asks what the thing costs to
buy privately, or where to buy it with their own money, asks the market, and the entry
sharing the thing's name does not answer it. When a message says a word of buying
followed, within :data:`WINDOW` words, by one of one's own means (``data/own_purchase.tsv``),
the best entry is offered ("did you mean"), not answered, unless its own questions or
keywords speak of buying (an entry on where to buy a fare card answers "beli sendiri").

Measured on the dev KBs: out of scope answered on the Sungai Lembayung KB 3 fewer (a
fire pump and palm seedlings bought privately, in Indonesian and English); no other
decision changed. The words alone name no service: on the dev messages they stand only
in out-of-scope questions and complaints ("obatnya disuruh beli sendiri").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

WINDOW = 6  # words after the buying word where one's own means may be said
KINDS = frozenset({"buy", "own"})


@dataclass(frozen=True)
class OwnPurchase:
    """The table's words as the KB's terms."""

    buy: frozenset[str]
    own: frozenset[str]


def own_purchase(index: KbIndex) -> OwnPurchase:
    """The index's :class:`OwnPurchase`, computed once and kept in its cache."""
    return built_once(index.cache, "own_purchase", OwnPurchase, lambda: _build(index))


def _build(index: KbIndex) -> OwnPurchase:
    normaliser = index.normaliser
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for row in table_rows("own_purchase.tsv"):
        if len(row.cells) != 2 or row.cells[0] not in KINDS:
            raise row.error(f"an own-purchase row is: one of {sorted(KINDS)}, a word")
        found[row.cells[0]].update(
            normaliser.term(t) for t in normaliser.tokens_without_correction(row.cells[1])
        )
    return OwnPurchase(frozenset(found["buy"]), frozenset(found["own"]))


def bought_privately(index: KbIndex, said: Sequence[str]) -> bool:
    """Whether the message buys a thing with its own means (see the module's docstring)."""
    table = own_purchase(index)
    if table.own.isdisjoint(said):
        return False  # most messages: no word of one's own means as written (a check in C)
    term = index.normaliser.term
    terms = [term(token) for token in said]
    return any(
        found in table.buy and not table.own.isdisjoint(terms[at + 1 : at + 1 + WINDOW])
        for at, found in enumerate(terms)
    )


def kept_to_service(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message buys a
    thing privately and the entry's questions and keywords never speak of buying."""
    if not t.own_purchase or not ranked or ranked[0].missing_salient:
        return ranked
    if not bought_privately(index, said):
        return ranked
    ranked = break_ties(ranked, t)
    if not own_purchase(index).buy.isdisjoint(index.entries[ranked[0].position].terms):
        return ranked
    return withheld_first(ranked)
