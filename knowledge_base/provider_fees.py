"""The fee of a private professional that the entry never speaks of: "biaya notaris buat
AJB rumah biasanya berapa persen" of the land-transfer tax entry, "what's the standard
daily rate for a licensed tour guide" of the entry on checking a guide's licence, "honor
pengacara buat cerai berapa" of the divorce-registration entry.

Such a question names the professional an entry names in passing (the deed is signed
before a notary, a guide carries a card) and shares the entry's topic words (the house
sale, the guide); what it asks is the price of a private service, which a public
service's entry answers only when one of its texts, answer included, speaks of that fee:
a fee word (``data/provider_fees.tsv``) within :data:`REACH` words of the professional's
name ("biaya notaris untuk koperasi mikro dibantu Dinkop", "didampingi pemandu lokal
tanpa biaya tambahan"). The message asks it in the same shape: a fee word within
:data:`REACH` words of a professional's name. The best entry is then offered ("did you
mean"), not answered.

The fee is read as asked only in a short question (as :mod:`knowledge_base.asked_acts`
reads its acts, :data:`~knowledge_base.asked_acts.SHORT_QUESTION` words): a story's
"harga jual" and "notaris bilang ..." tell the writer's errand. Only fee nouns count: a
verb of paying near the name says what is paid before whom ("BPHTB dibayar sebelum akta
ditandatangani di PPAT", "pbb sudah saya bayar, sekarang notaris minta bukti"). Read
with verbs of paying and in messages of any length, the guard withheld ten right answers
on the dev KBs (the tax's stories told through the notary, "bphtb bs byr sndr ato hrs lwt
notaris"); as it is, none.

Dev (31 KBs): out of scope answered 6 fewer (a notary's fee for a sale deed against the
land-transfer tax entry: the sample KB 3, Pasirlaya, Pohuwala, Tajungsari), nothing else
changed; "bikin koperasi biaya notarisnya mahal ga" stays answered by the cooperative
entry whose answer speaks of the notary's fee.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.asked_acts import SHORT_QUESTION
from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered
from knowledge_base.scored import Candidate

REACH = 5  # words between a fee word and the professional's name, either way
_KINDS = frozenset({"provider", "fee", "free"})
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")


@dataclass(frozen=True)
class ProviderFees:
    """Per written name, its provider; the words of a fee; per entry position, the
    providers whose fee (or that there is none) one of its texts speaks of."""

    providers: dict[str, str]
    fees: frozenset[str]
    offered: tuple[frozenset[str], ...] = ()


def provider_fees(index: KbIndex) -> ProviderFees:
    """The index's :class:`ProviderFees`, computed once and kept in its cache."""
    return built_once(index.cache, "provider_fees", ProviderFees, lambda: _build(index))


def _build(index: KbIndex) -> ProviderFees:
    normaliser = index.normaliser
    providers: dict[str, str] = {}
    found: dict[str, set[str]] = {"fee": set(), "free": set()}
    written: set[str] = set()  # every provider's names, to skip answers naming none
    for row in table_rows("provider_fees.tsv"):
        if len(row.cells) != 2 or row.cells[0] not in _KINDS:
            raise row.error("a provider-fee row is: provider, fee or free, its names")
        names = [n.strip() for n in row.cells[1].split(",") if n.strip()]
        for name in names:
            tokens = normaliser.tokens_without_correction(name)
            if row.cells[0] != "provider":
                found[row.cells[0]].update(
                    t for token in tokens for t in (token, normaliser.term(token))
                )
            elif len(tokens) == 1:  # "guide" read "pemandu wisata": its "wisata" is no provider
                providers[tokens[0]] = names[0]
        if row.cells[0] == "provider":
            written.update(name.lower() for name in names)
    fees = frozenset(found["fee"])
    spoken = fees | found["free"]
    written.update(providers)
    offered = tuple(
        frozenset(
            provider
            for words in _clauses(index, item, tuple(written))
            for provider in fees_named(index, providers, spoken, words)
        )
        for item in index.entries
    )
    return ProviderFees(providers, fees, offered)


def _clauses(index: KbIndex, item: IndexedEntry, written: tuple[str, ...]) -> list[list[str]]:
    """An entry's questions and keywords, and its answer clause by clause: a fee word
    after a comma speaks of another thing ("di hadapan PPAT atau notaris, dan
    pembayarannya divalidasi Bapenda"). An answer holding no provider's name, as written
    or as read, is not read at all: most answers name none, and reading every answer's
    clauses was a tenth of building the matcher."""
    variants = [text.split() for text in item.variants]
    lowered = item.entry.answer.lower()
    if not any(name in lowered for name in written):
        return variants
    answer = (index.normaliser.tokens(part) for part in _CLAUSE_END.split(item.entry.answer))
    return variants + [words for words in answer if words]


def fees_named(
    index: KbIndex, providers: dict[str, str], fees: frozenset[str], words: Sequence[str]
) -> frozenset[str]:
    """The providers whose fee ``words`` speak of: one of ``fees`` within :data:`REACH` words
    of a provider's name. A name is matched as written or by its term when that term is
    itself a name ("notarisnya"), never by a stem that is another word ("pengacara" is
    read "acara")."""
    term = index.normaliser.term
    found: set[str] = set()
    for at, word in enumerate(words):
        provider = providers.get(word) or providers.get(term(word))
        if provider is None or provider in found:
            continue
        near = words[max(0, at - REACH) : at + REACH + 1]
        if any(w in fees or term(w) in fees for w in near):
            found.add(provider)
    return frozenset(found)


def kept_to_provider_fee(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks a
    private professional's fee and none of the entry's texts speaks of it."""
    if not t.provider_fees or not ranked or ranked[0].missing_salient:
        return ranked
    if len(said) > SHORT_QUESTION:
        return ranked  # a story's "harga" and "notaris" tell the writer's errand
    table = provider_fees(index)
    asked = fees_named(index, table.providers, table.fees, said)
    return kept_to_offered(ranked, asked, table.offered, t)
