"""A body outside the local government whose own service a short question asks, of an
entry that never names it: "pkh bisa dicairkan lewat agen brilink ga, biaya adminnya
berapa" of the PKH instalment entry, "pasang wifi rumahan indihome brp bulanan" of the
free public wifi, "bus damri dari bandara ke pelabuhan jam berapa" of the ferry
timetable, "santunan jasa raharja untuk korban kecelakaan" of the regency's death
benefit.

Such a question shares its topic with a local entry (the aid, the wifi, the trip, the
benefit) and so ranks it first; what it asks is the service of a bank, a telecom, a
national agency or a state company (``data/outside_bodies.tsv``), which the local entry
tells only when it names that body (a PBB entry naming the banks it may be paid at). An
entry none of whose texts (questions, keywords, answer) names the body is offered ("did
you mean"), not answered.

Read only in a question of at most :data:`knowledge_base.asked_acts.SHORT_QUESTION`
words: in a longer message a body's name tells the writer's story ("waktu mau ambil
bantuan di agen brilink, saya lupa pin ..."). The police, BPJS and PLN are left out of
the table: "surat kehilangan dari polisi", the regency's BPJS premium aid and a street
light "lapor ke pln atau dinas?" are the papers, the aid and the errands of many local
entries (with the police read, 43 right answers were withheld on the development
messages for 4 out-of-scope ones). A name the KB's normaliser reads as something else is
the KB's own: a KB spelling out "kpk" as its job-seeker card or "bps" as a school boat's
fee asks its own thing by it (7 right answers were withheld when read as the body).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.asked_acts import SHORT_QUESTION
from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered, labels_named
from knowledge_base.scored import Candidate


@dataclass(frozen=True)
class OutsideBodies:
    """Per term of a body's names, the body; per entry position, the bodies it names."""

    named: dict[str, str]
    offered: tuple[frozenset[str], ...]


def outside_bodies(index: KbIndex) -> OutsideBodies:
    """The index's :class:`OutsideBodies`, computed once and kept in its cache."""
    return built_once(index.cache, "outside_bodies", OutsideBodies, lambda: _build(index))


def _build(index: KbIndex) -> OutsideBodies:
    normaliser = index.normaliser
    named: dict[str, str] = {}
    for row in table_rows("outside_bodies.tsv"):
        if len(row.cells) != 2:
            raise row.error("an outside body row is: body, its names")
        for name in (n.strip() for n in row.cells[1].split(",")):
            term = normaliser.content_term(name)
            if normaliser.tokens(name) == [name] and term is not None:
                named[term] = row.cells[0]
    offered = labels_named(index, named)
    return OutsideBodies(named, offered)


def bodies_asked(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The outside bodies a short question names."""
    if len(said) > SHORT_QUESTION:
        return frozenset()
    named, normaliser = outside_bodies(index).named, index.normaliser
    terms = (normaliser.content_term(token) for token in said)
    return frozenset(named[term] for term in terms if term in named)


def kept_to_outside_body(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    names a body outside the local government that none of the entry's texts names."""
    if not t.outside_bodies or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, bodies_asked(index, said), outside_bodies(index).offered, t)
