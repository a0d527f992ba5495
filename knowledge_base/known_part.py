"""A short message's known part naming a sibling of what it asks: "did you mean".

"jadwal dokternya udah tau, sekarang daftar online nya dibuka h berapa" tells the doctors'
timetable as known and asks when online registration opens; "kios udh dpt SIP, bayaran
bulanannya itungannya gmn" has the stall and asks its monthly fee; "bukan pemeriksaan
gedung, kami cuma mau karyawan dilatih pakai apar" disowns the inspection. The known
part names the sibling entry (its keyword often whole), which leads on every score,
while the question names the thing asked in a word or two: too few for the given
reading (see :mod:`knowledge_base.given`), which then reads the message as written.

Here the two parts are weighed apart when the leader would be answered: when an entry
among the next two, within the decision's lead margin, covers the question part clearly
better than the leader, covers less of the known part (or the leader covers more of the
known part than of the question), and still names some of it (it is a sibling: the
thing the resident has; a disowned part it need not name), the leader was matched on
what the resident has, knows or disowns. That entry is put first, the
leader behind it neither answered nor contesting it; the decision answers the new first
only when it would on its own, else offers both. Only parts the given reading cuts (see
:func:`knowledge_base.given.message_parts`) are read, and a question part of a single
term ("ngurus malih pripun") is too thin to weigh.

The leader covering more of the known part than of the question stands for the
rival's lesser share of the known part when the rival names the thing had at least as
fully ("sampah biasa udah rutin diangkut, yang mau saya tanya buang springbed bekas
gimana": the bulky-waste entry names the rubbish too): on the development messages of
the thirteen knowledge bases one wrong answer right, one "did you mean" instead of a
wrong answer, and one message read as a complaint answered right; nothing else changed.

A known part is one that tells what is had, done, lacked or conceded, a statement
closed on a confirming tag ("sewa lapak gratis 6 bulan kan, daftarnya gimana"; "biaya
pbg sekitar 10 ribu per meter ya, dokumen apa aja") or conceded before a "tapi" ("top up
lewat hp bisa, tapi kartunya sendiri belinya di halte mana") or before a question
naming one of its things as itself ("harga tbs itu berlaku buat plasma, nah syarat jadi
peserta plasma sendiri apa"), and does not ask itself: a part closed by a question mark
with no asking part after it is the question ("public boat ke gili ada jam 1 siang
nggih? tiang bawa meme"; on the development messages one wrong answer right, nothing
else changed).
Whether a rival names the thing the resident has is read on all the known part's
words, those the question names again too ("kartu"). An entry
further behind is put first too when it covers at least half the question part more
than the leader and names a thing asked, not only the asking frame, that the leader's
questions and keywords lack ("kucing udah divaksin rabies, mau sekalian steril bayar
berapa": the vaccination entry covers nothing of the sterilisation asked).

On the development messages of the ten knowledge bases: eight wrong answers fewer
(four right, four "did you mean" with the right entry second), one in-scope message
no longer read as a complaint; no right answer lost. Without the sibling condition a
billboard permit's tax question lost its right answer to a land-purchase tax entry
that shares only the asked words; with the reach at 25 points, a building's use
certificate lost its to an ambulance entry. The confirming tags and the far rival
then turned five more wrong answers right on the two KBs' trap sets (Bandar Seruni,
Sungai Lembayung) and changed nothing else; a far rival covering only the frame
("cara") withheld a right answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Protocol

from knowledge_base.asked_cover import names_disowned
from knowledge_base.complaint import default_signals
from knowledge_base.coverage import covered
from knowledge_base.decision import Thresholds, should_answer
from knowledge_base.disowning import DISOWNING, disowning_at, disowning_parts
from knowledge_base.given import (
    NEGATIONS,
    may_have_parts,
    message_parts,
    questioned_parts,
    tells_given,
)
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.logistic import LogisticModel
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.scored import Candidate
from knowledge_base.sentences import LONG_MESSAGE, ends_with_tag
from knowledge_base.weighting import ScoringWeights, message_weights

# how much more of the question part a rival must cover than the leader (at 0.2 a
# landslide already reported kept the report entry before the house-repair aid asked)
ASKED_GAIN = 0.15
# the rivals looked at behind the leader, and how far below it they may score: the
# decision's lead margin
RIVALS = 2
REACH = 20.0
# the least share of the known part a rival must cover to be a sibling (to name the
# thing the resident has), unless the known part disowns
SIBLING_SHARE = 0.15
# the least terms the question part must have to be weighed on its own
ASKED_TERMS = 2
# a rival covering this much more of the question part than the leader is preferred
# however far behind it scores: the leader covers next to nothing of what is asked
WHOLE_GAIN = 0.5
# the tags that close a statement the resident says is known ("gratis 6 bulan kan,
# daftarnya gimana"; "sekitar 10 ribu per meter ya, dokumen apa aja"), normalised
CONFIRMING = frozenset({"kan", "toh", "ya"})
# a statement before a part opening on these is conceded ("top up lewat hp bisa, tapi
# kartunya sendiri belinya di halte mana"), normalised
CONTRASTS = frozenset({"tapi", "but"})
# after a thing, the thing itself as against what was said of it ("kartunya sendiri")
ITSELF = "sendiri"
# what a resident says is not wanted disowns it ("ga mau minta keringanan kok, cuma ...")
WANTS = frozenset({"mau", "ingin", "minta", "perlu", "butuh", "want", "need"})
# the words that may mark a known part besides those of a given one
_MARKED = DISOWNING | CONFIRMING | NEGATIONS | CONTRASTS | {ITSELF}


@dataclass(frozen=True)
class Split:
    """A short message's terms heard only in its known parts, and its question's."""

    known: frozenset[str]
    asked: frozenset[str]
    disowned: frozenset[str]  # the known terms a part says are not asked
    told: frozenset[str]  # every term of the known parts, those asked again too

    @property
    def disowns(self) -> bool:
        return bool(self.disowned)


def known_parts(text: str, analysis: Analysis, normaliser: Normaliser) -> Split | None:
    """The terms of the parts before the last that tell what is given or disown a topic
    (the words after the disowning one), less those of the parts after the last of
    them, which ask; None when there is no such part, or the question has fewer than
    :data:`ASKED_TERMS` terms."""
    tokens = analysis.tokens
    if len(tokens) >= LONG_MESSAGE:
        return None
    if not (tells_given(tokens) or _MARKED.intersection(tokens)):
        return None
    if not may_have_parts(text, tokens):
        return None
    parts = message_parts(text, normaliser)
    given = [
        i
        for i, part in enumerate(parts[:-1])
        if _known(part) or (_contrasted(part, parts[i + 1 :], normaliser) and not _asks(part))
    ]
    given = _unless_the_question(given, parts, questioned_parts(text, normaliser))
    disowned_at = disowning_parts(parts)
    disowning = [i for i, part in enumerate(parts[:-1]) if i in disowned_at or _unwanted_at(part)]
    if not given and not disowning:
        return None
    after = max(given + disowning) + 1
    asked = frozenset(normaliser.terms(t for part in parts[after:] for t in part))
    if len(asked) < ASKED_TERMS:
        return None
    disowned = [t for i in disowning for t in parts[i][_disowned_from(parts[i]) :]]
    known = frozenset(normaliser.terms([t for i in given for t in parts[i]] + disowned))
    if not known - asked:
        return None
    return Split(known - asked, asked, frozenset(normaliser.terms(disowned)) - asked, known)


def _unless_the_question(
    given: list[int], parts: Sequence[Sequence[str]], questioned: frozenset[int]
) -> list[int]:
    """``given`` less a part closed by a question mark when no part after it asks: it
    is the message's question, whatever its tag ("public boat ke gili ada jam 1 siang
    nggih? tiang bawa meme" asks the time and then tells who comes along)."""
    return [i for i in given if i not in questioned or any(_asks(part) for part in parts[i + 1 :])]


def _unwanted_at(part: Sequence[str]) -> int:
    """Where the words of what a part says is not wanted start ("ga mau minta keringanan
    kok", "belum mau daftar sentra dulu": after the want); 0 when it says none."""
    for i in range(1, len(part) - 1):
        if part[i] in WANTS and part[i - 1] in NEGATIONS:
            return i + 1
    return 0


def _disowned_from(part: Sequence[str]) -> int:
    """Where the disowned words of a disowning part start."""
    return _unwanted_at(part) or disowning_at(part) + 1


def _contrasted(
    part: Sequence[str], after: Sequence[Sequence[str]], normaliser: Normaliser
) -> bool:
    """The part after this one opens on a contrast ("tapi"), or a later one names a
    thing of this one as itself ("X berlaku buat plasma, nah syarat jadi peserta plasma
    sendiri apa": the thing itself, not what was said of it)."""
    if after[0][0] in CONTRASTS:
        return True
    named = frozenset(normaliser.terms(part))
    return any(
        word == ITSELF and normaliser.term(before) in named
        for later in after
        for before, word in pairwise(later)
    )


def _known(part: Sequence[str]) -> bool:
    """The part tells what is had, done, lacked or conceded (see
    :func:`knowledge_base.given.tells_given`), or closes a statement on a confirming tag;
    and does not ask itself ("ari cek pbb nu tos lunas atanapi teu kumaha nya")."""
    return (tells_given(part) or part[-1] in CONFIRMING) and not _asks(part)


def _asks(part: Sequence[str]) -> bool:
    return default_signals().has("ask", spaced(part)) or ends_with_tag(part)


def _shares(
    index: KbIndex, analysis: Analysis, terms: frozenset[str], weights: ScoringWeights
) -> tuple[tuple[tuple[str, float], ...], float]:
    """The message's weighted terms among ``terms``, and their sum."""
    weighted = message_weights(index, analysis, weights).weighted
    kept = tuple((t, w) for t, w in weighted if t in terms)
    return kept, sum(w for _, w in kept)


def _disowned_leader(
    index: KbIndex, leader: Candidate, rival: Candidate, disowned: frozenset[str]
) -> bool:
    """The leader's canonical question or keywords name what the message disowns (see
    :func:`knowledge_base.asked_cover.names_disowned`) and the rival's name none of its
    words; the rival within the lead margin."""
    return (
        bool(disowned)
        and rival.score > leader.score - REACH
        and names_disowned(index, leader.position, disowned)
        and disowned.isdisjoint(index.entries[rival.position].prime_terms)
    )


class Config(Protocol):
    """What the rule reads of the matcher's configuration."""

    @property
    def weights(self) -> ScoringWeights: ...
    @property
    def thresholds(self) -> Thresholds: ...
    @property
    def answer_model(self) -> LogisticModel | None: ...


def known_sibling_first(
    index: KbIndex,
    ranked: Sequence[Candidate],
    text: str,
    analysis: Analysis,
    config: Config,
) -> list[Candidate]:
    """``ranked`` with its first marked not to be answered when it was matched on the
    message's known part (see the module)."""
    if len(ranked) < 2:
        return list(ranked)
    parts = known_parts(text, analysis, index.normaliser)  # most messages: None, at once
    terms = len(analysis.terms)
    if parts is None or not should_answer(ranked, config.thresholds, config.answer_model, terms):
        return list(ranked)
    plain = Analysis(analysis.tokens, analysis.terms, analysis.question_mark)
    asked, asked_total = _shares(index, plain, parts.asked, config.weights)
    named = parts.asked - frame_terms(index)
    known, known_total = _shares(index, plain, parts.known, config.weights)
    told, told_total = _shares(index, plain, parts.told, config.weights)
    credit = config.weights.answer_credit

    def share(c: Candidate, kept: tuple[tuple[str, float], ...], total: float) -> float:
        item = index.entries[c.position]
        return covered(kept, total, item.own_terms, item.answer_terms, credit)

    leader = ranked[0]
    lead_asked = share(leader, asked, asked_total)
    lead_known = share(leader, known, known_total)
    entries = index.entries
    for rival in ranked[1 : 1 + RIVALS]:
        rival_known = share(rival, known, known_total)
        gain = share(rival, asked, asked_total) - lead_asked
        if rival.score <= leader.score - REACH and (
            gain < WHOLE_GAIN
            or named.isdisjoint(
                entries[rival.position].own_terms - entries[leader.position].own_terms
            )
        ):
            continue  # far behind, and not for a thing asked that the leader lacks
        if (
            gain >= ASKED_GAIN
            and (rival_known < lead_known or lead_known > lead_asked)
            and (parts.disowns or share(rival, told, told_total) >= SIBLING_SHARE)
        ) or _disowned_leader(index, leader, rival, parts.disowned):
            i = ranked.index(rival)
            passed = [replace(c, missing_salient=True) for c in ranked[:i]]
            return [rival, *passed, *ranked[i + 1 :]]
    return list(ranked)
