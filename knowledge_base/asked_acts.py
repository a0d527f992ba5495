"""An act a short question asks of the entry's thing that the entry never offers:
"sewa aula perpustakaan buat seminar bayar berapa per hari" of the library-card entry,
"honor kader posyandu per bulan berapa" of the posyandu schedule, "rs swasta mana aja
yg nerima bpjs" of the BPJS referral entry.

Such a question names the entry's thing, so it shares the entry's most telling words;
what it asks is another act on that thing (renting it, the wage of those who serve it, a
private provider of it), and the entry, all its texts read, answer included, never
speaks of that act (``data/asked_acts.tsv``). A benefit asked beside the entry's thing
is such an act too: business capital ("bantuan modal usaha umkm dari dinas koperasi
daftar di mana" of the business-number entry), insurance, a scholarship, a school
uniform ("seragam sekolah gratis buat siswa smp kapan dibagi" of the enrolment entry),
unless the entry names it or a word of the same offer (a loan, a premium, PIP). Unlike a
kind of service (see :mod:`knowledge_base.service_kinds`) the act's words are as common
in a paraphrase, where they tell the writer's situation ("saya dokter di klinik swasta,
mau urus SIP", "I rent a house, can I get a water connection"), so the act is read as
asked only in a short question (:data:`SHORT_QUESTION` words) that tells nothing of its
writer (no first person) nor of whom it is for ("bagi pedagang"), disowns nothing
("bukan sewa taman ..."), and does not name the act of a worker ("karyawan swasta": a
kind of job, not a provider). Read in every message, the act words lost 49 right answers
for 18 out-of-scope ones stopped on the development messages; read so, 1 for 11 (a wage
told as the writer's situation with no first person: "gaji umr, belom punya rumah, bisa
tinggal di rusun pemko ga"). The benefits (22 dev KBs): 17 out-of-scope answers and 3
wrong ones fewer, no right answer withheld, once an act word in the phrase after a word
of purpose is read as what the thing asked is for ("surat keterangan miskin buat daftar
beasiswa": 2 right answers withheld without it) and "insurance" is left out of the names
(the normaliser reads it "jaminan", a guarantee: 3 withheld with it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.offered import kept_to_offered, name_terms
from knowledge_base.purpose import PURPOSE_VERBS, PURPOSE_WORDS, WINDOW
from knowledge_base.scored import Candidate

# the most words (the whole message's) of a question whose act words are its own
SHORT_QUESTION = 12
# words that tell the writer or the party the question is for (as the normaliser spells
# them: "aku" is "saya") or disown a part: the act words then tell who asks ("bagi
# perawat yang bekerja di klinik swasta", "for someone renting a room")
_TOLD = frozenset(
    ["saya", "kami", "kita", "i", "we", "my", "our", "me", "us", "bagi", "for", "bukan"]
)
# the terms of a worker: an act word after one names a kind of job ("karyawan swasta")
_WORKER = frozenset(["kerja", "pegawai", "buruh"])
# a word of purpose after the first: an act word in the phrase after it is what the
# thing asked is for ("surat keterangan miskin buat daftar beasiswa"), not what is asked
_PURPOSE = PURPOSE_WORDS | PURPOSE_VERBS


@dataclass(frozen=True)
class AskedActs:
    """Per term of an act's names, the act; per entry position, the acts it offers."""

    named: dict[str, str]
    offered: tuple[frozenset[str], ...]


def asked_acts(index: KbIndex) -> AskedActs:
    """The index's :class:`AskedActs`, computed once and kept in its cache."""
    return built_once(index.cache, "asked_acts", AskedActs, lambda: _build(index))


def _build(index: KbIndex) -> AskedActs:
    normaliser = index.normaliser
    named: dict[str, str] = {}
    offering: dict[str, set[str]] = {}
    for row in table_rows("asked_acts.tsv"):
        if len(row.cells) not in (2, 3):
            raise row.error("an asked act row is: act, names[, words of the same offer]")
        act, names = row.cells[0], row.cells[1]
        same = row.cells[2] if len(row.cells) == 3 else ""
        name_words = {n.strip() for n in names.split(",")}
        for word, term in name_terms(normaliser, f"{names},{same}"):
            offering.setdefault(term, set()).add(act)
            if word in name_words:
                named[term] = act
    offered = tuple(
        frozenset(a for t in item.terms | item.answer_terms for a in offering.get(t, ()))
        for item in index.entries
    )
    return AskedActs(named, offered)


def acts_asked(index: KbIndex, said: Sequence[str]) -> frozenset[str]:
    """The acts a short question asks (see the module's doc); none in a longer message,
    one telling its writer or disowning a part."""
    if len(said) > SHORT_QUESTION or told_or_disowned(said):
        return frozenset()
    named, normaliser = asked_acts(index).named, index.normaliser
    acts: set[str] = set()
    purpose = -WINDOW - 1  # where the last word of purpose after the first word stands
    for i, token in enumerate(said):
        if i and token in _PURPOSE:
            purpose = i
        term = normaliser.content_term(token)
        if term is None or term not in named or i - purpose <= WINDOW:
            continue
        before = normaliser.content_term(said[i - 1]) if i else None
        if before not in _WORKER:
            acts.add(named[term])
    return frozenset(acts)


def told_or_disowned(said: Sequence[str]) -> bool:
    """Whether a message tells its writer or whom it is for, or disowns a part: act
    words there tell a situation, not what is asked."""
    return not _TOLD.isdisjoint(said)


def kept_to_offered_act(
    index: KbIndex, said: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when a short question
    asks an act of its thing that none of the entry's texts offers."""
    if not t.asked_acts or not ranked or ranked[0].missing_salient:
        return ranked
    return kept_to_offered(ranked, acts_asked(index, said), asked_acts(index).offered, t)
