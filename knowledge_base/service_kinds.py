"""A kind of service the message names that the entry never speaks of: "vaksin malaria
sudah ada?" of the entry on malaria tests and bed nets, "bengkel servis mesin tempel" of
the entry on outboard-engine aid.

A near out-of-scope question often names the entry's thing (malaria, an outboard engine)
and asks for a service of another kind: a vaccination, a repair. The message shares the
entry's most telling words, so nothing in the ranking tells it from a paraphrase; what
does is that the entry, all its texts read, answer included, never names that kind of
service at all. A paraphrase of the entry names the entry's own service, or a kind its
answer speaks of ("imunisasi" in the answer of the child-health entry). The kinds are
general ones (``data/service_kinds.tsv``), not any knowledge base's services, and unlike
the lexicon's services (:func:`knowledge_base.coverage.names_missing_service`) they weigh
nothing more in the ranking: made lexicon services, vaccination's greater weight put
the child-immunisation entry first for livestock and covid vaccines (4 more out of scope
answered on the dev KBs). The guard only marks the best entry as not to be answered, so
"did you mean" still offers it. A kind named as the purpose of another service ("SKTM
buat daftar beasiswa": see :mod:`knowledge_base.purpose`) is no kind asked.

Measured on the 22 dev KBs (start of round fourteen): out of scope answered 371 -> 360
(faq-dev 1, Banyu Hilir 1, Kuala Seuneubok 2, Pohuwala 1, Sungai Jelawat 2, Sungai
Lembayung 1, Tirtomulyo 2, Wanasari 1: a malaria, dengue, HPV or measles vaccine asked
of a malaria, fogging, uniform or ID-card entry; an engine, wheelchair or water heater
repaired), no other decision changed. Tried and left out: insurance ("asuransi", with
BPJS, JKN and KIS as its names) caught 4 more out of scope and 2 wrong answers but
withheld a right one on Sagara Bahari ("mau daftar asuransi nelayan tapi belum punya
kusuka, kartunya bikin di mana": the card asked, insurance its purpose told otherwise);
scholarship ("beasiswa") caught 2 more and withheld 5 right answers on the sample KB.
Each kind is a fact of the language, with no number fitted: it holds or fails per KB as
it does on all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered, labels_named, name_terms
from knowledge_base.purpose import purpose_services
from knowledge_base.scored import Candidate


@dataclass(frozen=True)
class ServiceKinds:
    """Per term of a kind's names, the kind; per entry position, the kinds its texts name."""

    named: dict[str, str]
    spoken: tuple[frozenset[str], ...]


def service_kinds(index: KbIndex) -> ServiceKinds:
    """The index's :class:`ServiceKinds`, computed once and kept in its cache."""
    return built_once(index.cache, "service_kinds", ServiceKinds, lambda: _build(index))


def _build(index: KbIndex) -> ServiceKinds:
    normaliser = index.normaliser
    named: dict[str, str] = {}
    for row in table_rows("service_kinds.tsv"):
        if len(row.cells) != 2:
            raise row.error("a service kind row is: kind, names")
        kind, names = row.cells
        for _, term in name_terms(normaliser, names):
            named[term] = kind
    spoken = labels_named(index, named)
    return ServiceKinds(named, spoken)


def asked_kinds(index: KbIndex, tokens: Sequence[str]) -> frozenset[str]:
    """The kinds of service the message names, less those it names as a purpose."""
    named, normaliser = service_kinds(index).named, index.normaliser
    terms = {t for t in normaliser.content_terms(tokens) if t is not None and t in named}
    if not terms:
        return frozenset()
    terms -= purpose_services(normaliser, tokens, frozenset(terms))
    return frozenset(named[t] for t in terms)


def kept_to_kind_of_service(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message names a
    kind of service none of the entry's texts names."""
    if not t.service_kinds or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, asked_kinds(index, tokens), service_kinds(index).spoken, t)
