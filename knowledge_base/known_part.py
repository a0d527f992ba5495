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

The sibling put first is not withheld for lacking a service the message names when the
services it lacks are named in the known part alone ("nib rumah makan udah ada dari
oss, terus daftar wajib pajak restorannya gimana": the restaurant-tax entry names no
NIB, which the resident has); a part that disowns keeps its services required (one such
message, answered, was then read as a complaint). On the development messages: three
withheld right answers answered, nothing else changed.

A leader whose canonical question or keywords name what the message disowns, and
nothing else of it ("bukan honor guru ngaji ya, ini utk bangunan balai pengajiannya yg
udah mau roboh": the teachers' pay entry leads by 25 points on the words disowned), is
offered, not answered, when no sibling near it was put first: it covers more of the
disowned words than of the question. Only words the message says nowhere else count
as disowned, and none when a disowning part asks itself ("syarat bkn kk baru apa aj?":
"bkn" is "bikin" there). On the development messages: two wrong answers became "did you
mean" with the right entry second; nothing else changed.

A resident holding the thing ("ktp masih ada di tangan tapi patah") asks no entry about
not having it ("KTP hilang", "SPPT belum diterima": its canonical question): such a
leader gives the first place to the next rival within reach that is not, and no such
rival is put first. Dev: two wrong answers right, one "did you mean"; nothing else.

A sibling within reach covering a little more of the question part than the leader
(:data:`CLOSE_GAIN` to :data:`ASKED_GAIN`) and less of the known part, which the leader
covers more of than of the question, is offered beside the leader, neither answered
("nib udah punya, sekarang mau izin pangan rumahan buat kue kering, prosesnya gimana":
the business-number entry led the home food permit by 4.9 points on the number held);
not when the message doubts what it tells ("udah lunas, tapi gue ragu": see
:mod:`knowledge_base.given`). Dev (25 KBs): five wrong answers became "did you mean",
the right entry second or third, nothing else changed; with any gain above nought five
right answers were withheld too (ties on frame words, a sibling naming the known part
as fully, a doubted payment).

A known part is read by :func:`knowledge_base.known_reading.known_parts`.
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

A leader whose own words hold nothing of the question's topic (its words beside the
asking frame and the facet asked, see :func:`knowledge_base.known_leader.asked_topic`)
lets a rival far behind take the first place on the near rival's gain: "udah punya pbg,
abis bangunan jadi harus ngurus apa lg biar boleh dipake" puts the use certificate
before the building permit, and "saya udah pegang surat pemberitahuan buka lahan ...,
tapi sekarang bulan agustus, masih boleh bakar ga" the burning ban before the letter.
When no rival is put first, a leader matched on the known part alone is offered (see
:mod:`knowledge_base.known_leader`). On the development messages: five wrong answers
became "did you mean" (two with the right entry first), nothing else changed. Such a
rival was at first only offered (it answered "are population documents free" for
"sudah pegang akta kelahiran, mau urus kk baru"); it is now answered when the decision
answers it on its own evidence: on the dev messages of 31 KBs the mark withheld nine
right entries put first (six of them with evidence) and no wrong or out-of-scope one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from knowledge_base.coverage import covered, names_missing_service
from knowledge_base.decision import WHOLE, Thresholds, should_answer
from knowledge_base.disowned_leader import disowned_leader, names_one_disowned
from knowledge_base.disowning import disowned_terms, disowning_parts, part_asks
from knowledge_base.given import DOUBT, message_parts
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.known_leader import asked_topic, had_leader_withheld
from knowledge_base.known_reading import Split, known_parts
from knowledge_base.lacking_entries import about_lacking
from knowledge_base.logistic import LogisticModel
from knowledge_base.normaliser import Analysis
from knowledge_base.scored import Candidate, withheld_first
from knowledge_base.weighting import ScoringWeights, message_weights

# how much more of the question part a rival must cover than the leader (at 0.2 a
# landslide already reported kept the report entry before the house-repair aid asked)
ASKED_GAIN = 0.15
# a sibling covering this much more of the question part (under ASKED_GAIN) and less of
# the known part is offered beside the leader, neither answered
CLOSE_GAIN = 0.02
# the rivals looked at behind the leader, and how far below it they may score: the
# decision's lead margin
RIVALS = 2
REACH = 20.0
# the least share of the known part a rival must cover to be a sibling (to name the
# thing the resident has), unless the known part disowns
SIBLING_SHARE = 0.15
# a rival covering this much more of the question part than the leader is preferred
# however far behind it scores: the leader covers next to nothing of what is asked
WHOLE_GAIN = 0.5


def _shares(
    index: KbIndex, analysis: Analysis, terms: frozenset[str], weights: ScoringWeights
) -> tuple[tuple[tuple[str, float], ...], float]:
    """The message's weighted terms among ``terms``, and their sum."""
    weighted = message_weights(index, analysis, weights).weighted
    kept = tuple((t, w) for t, w in weighted if t in terms)
    return kept, sum(w for _, w in kept)


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
    """``ranked`` with its first not answered when matched on the known part (the module)."""
    if len(ranked) < 2:
        return list(ranked)
    parts = known_parts(text, analysis, index.normaliser)  # most messages: None, at once
    terms = len(analysis.terms)
    if parts is None or not should_answer(ranked, config.thresholds, config.answer_model, terms):
        return list(ranked)
    if (held := _held_first(index, ranked, parts)) is not None:
        return held
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
    least = ASKED_GAIN if _bare(index, parts, leader) else WHOLE_GAIN  # gain from far
    both = False  # a near sibling fits the question a little better: offer the two
    for rival in _rivals(index, ranked, parts):
        rival_known = share(rival, known, known_total)
        gain = share(rival, asked, asked_total) - lead_asked
        far = rival.score <= leader.score - REACH
        disowned = disowned_leader(index, (leader, rival), parts.disowning(), gain, REACH)
        sibling = share(rival, told, told_total) >= SIBLING_SHARE
        lacked = entries[rival.position].own_terms - entries[leader.position].own_terms
        if far and not disowned and (gain < least or named.isdisjoint(lacked)):
            continue  # far behind, and not for a thing asked that the leader lacks
        if (
            gain >= ASKED_GAIN
            and (rival_known < lead_known or lead_known > lead_asked)
            and (parts.disowns or sibling)
        ) or disowned:
            i = ranked.index(rival)
            passed = [replace(c, missing_salient=True) for c in ranked[:i]]
            had = parts.known - parts.disowned
            first = _lacking_only_the_known(index, rival, plain, had, config)
            return [first, *passed, *ranked[i + 1 :]]
        both |= not far and sibling and _closer(gain, (rival_known, lead_known), lead_asked)
    if both and DOUBT.isdisjoint(analysis.tokens):
        return withheld_first(ranked)  # a near sibling fits the question a little better
    if _about_the_disowned(index, leader, (text, plain), parts, config.weights) > lead_asked:
        return withheld_first(ranked)  # no sibling near: the disowned entry offered only
    return had_leader_withheld(index, ranked, parts, analysis.tokens)


def _closer(gain: float, known: tuple[float, float], lead_asked: float) -> bool:
    """A sibling within reach covers a little more of the question part than the leader
    (:data:`CLOSE_GAIN`, under :data:`ASKED_GAIN`) and less of the known part, which the
    leader covers more of than of the question: the two are offered (see the module)."""
    rival_known, lead_known = known
    return CLOSE_GAIN <= gain < ASKED_GAIN and rival_known < lead_known > lead_asked


def _bare(index: KbIndex, parts: Split, leader: Candidate) -> bool:
    """The leader's own words hold nothing of the question's topic."""
    topic = asked_topic(index, parts)
    return bool(topic) and topic.isdisjoint(index.entries[leader.position].own_terms)


def _rivals(index: KbIndex, ranked: Sequence[Candidate], parts: Split) -> list[Candidate]:
    """The next :data:`RIVALS` behind the leader, but those about lacking the thing the
    resident says they hold (see the module)."""
    rivals = ranked[1 : 1 + RIVALS]
    return [c for c in rivals if not (parts.held and about_lacking(index, c.position))]


def _held_first(
    index: KbIndex, ranked: Sequence[Candidate], parts: Split
) -> list[Candidate] | None:
    """``ranked`` with the first of the next :data:`RIVALS` within :data:`REACH` that is
    not about lacking the thing put first, when the resident holds it and the leader is
    about lacking it (see the module); None otherwise."""
    leader = ranked[0]
    if not (parts.held and about_lacking(index, leader.position)):
        return None
    for i, rival in enumerate(ranked[1 : 1 + RIVALS], start=1):
        if rival.score > leader.score - REACH and not about_lacking(index, rival.position):
            passed = [replace(c, missing_salient=True) for c in ranked[:i]]
            return [rival, *passed, *ranked[i + 1 :]]
    return None


def _lacking_only_the_known(
    index: KbIndex,
    rival: Candidate,
    analysis: Analysis,
    known: frozenset[str],
    config: Config,
) -> Candidate:
    """``rival`` no longer marked as lacking a service the message names when the only
    services it lacks are named in the known part alone ("kios udh dpt SIP, bayaran
    bulanannya itungannya gmn": the stall fee entry names no permit, which the resident
    has): what the resident has is no service the entry must be about."""
    if not rival.missing_salient:
        return rival
    salient = message_weights(index, analysis, config.weights).salient
    item = index.entries[rival.position]
    whole = rival.entry_coverage >= WHOLE

    def lacks(services: frozenset[str]) -> bool:
        return names_missing_service(item, services, index.salient_terms, whole, index.same_service)

    if lacks(salient) and not lacks(salient - known):
        return replace(rival, missing_salient=False)
    return rival


def _about_the_disowned(
    index: KbIndex,
    leader: Candidate,
    message: tuple[str, Analysis],
    parts: Split,
    weights: ScoringWeights,
) -> float:
    """The share of the words only disowned that the leader covers, when its canonical
    question or keywords name them (see :func:`names_disowned`); else 0."""
    text, plain = message
    disowned = _only_disowned(text, parts, index)
    if not names_one_disowned(index, leader.position, disowned, parts.alternatives):
        return 0.0
    kept, total = _shares(index, plain, disowned, weights)
    item = index.entries[leader.position]
    return covered(kept, total, item.own_terms, item.answer_terms, weights.answer_credit)


def _only_disowned(text: str, parts: Split, index: KbIndex) -> frozenset[str]:
    """The known part's disowned terms that the message says nowhere else, none when a
    disowning part asks itself ("syarat bkn kk baru apa aj?": "bkn" is "bikin" there)."""
    normaliser = index.normaliser
    split = message_parts(text, normaliser)
    if any(part_asks(split[i]) for i in disowning_parts(split)):
        return frozenset()
    return parts.disowned & disowned_terms(split, normaliser)
