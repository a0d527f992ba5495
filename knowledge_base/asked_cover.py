"""When a message read with its story or given part as background still answers the
entry that part names: "did you mean".

Read with the story or the given part weighing less (see
:func:`knowledge_base.focus.story_reading`), message coverage counts mostly the words
asked; fuzzy similarity and entry coverage do not, and the entry the given part names
whole ("tanah sudah dibeli dan bea perolehannya lunas, sekarang mau bangun toko izinnya
apa") still leads on them. When another of the first three covers the message so read
clearly better, the question part alone prefers that entry: neither is answered, the
leader stays first with the other among the suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from knowledge_base.analysis import Analysis
from knowledge_base.index import KbIndex
from knowledge_base.scored import Candidate, withheld_first
from knowledge_base.sentences import LONG_MESSAGE

# how much more of the message (read with its background weighing less) a later
# candidate must cover than the leader for the question part to be taken as preferring it
COVERAGE_GAIN = 0.15
# the candidates looked at behind the leader: the suggestions offered
RIVALS = 2
# the share of the disowned words' weight an entry's canonical question and keywords
# must name for the entry to be the one disowned
NAMED_SHARE = 0.5
# the least share of the question's words (by idf) among the leader's own that a rival
# put before it must name too
ASKED_SHARE = 2 / 3
# how far below the leader's score a rival may be and still be preferred: the decision's
# lead margin ("ruko sudah selesai dibangun, katanya butuh sertifikat layak pakai, itu
# apa?" kept its answer from an ambulance entry 24 points behind that covered "butuh")
REACH = 20.0


def asked_elsewhere(ranked: Sequence[Candidate]) -> bool:
    """A candidate among the first :data:`RIVALS` behind the leader, within
    :data:`REACH` of its score, covers the message at least :data:`COVERAGE_GAIN` more
    than the leader does."""
    if len(ranked) < 2:
        return False
    leader = ranked[0]
    return any(
        c.coverage >= leader.coverage + COVERAGE_GAIN and c.score > leader.score - REACH
        for c in ranked[1 : 1 + RIVALS]
    )


def lacks_needed(index: KbIndex, position: int, needed: frozenset[str]) -> bool:
    """The entry's questions and keywords leave out a word of what the message asks how
    to get (``needed``, see :mod:`knowledge_base.given`): "mau ngajuin bantuan mesin
    perahu tapi belum punya kartu nelayan, gimana bikinnya" is no question about the
    boat-engine aid, though its answer says the card is required. Words the KB never
    uses are left out of the test."""
    idf, terms = index.idf, index.entries[position].terms
    # the few needed words looked up in the KB's vocabulary, not the other way round:
    # ``frozenset.intersection`` walks a dict argument whole
    known = [t for t in needed if t in idf]
    return bool(known) and not all(t in terms for t in known)


def names_disowned(index: KbIndex, position: int, disowned: frozenset[str]) -> bool:
    """The entry's canonical question or keywords name what the message says it is not
    asking about (``disowned``, see :mod:`knowledge_base.given`): "bukan lahan parkir
    swasta ya, ini parkir pinggir jalan, motor bayar brp" is no question about the
    private parking tax, though its keyword sits whole in the message. Its other
    questions may name it as what the entry excludes ("usaha mikro harus isi lkpm ga"
    against "usaha saya kecil, bukan mikro, laporan ... tiap berapa bulan").

    Naming it is naming :data:`NAMED_SHARE` of its words' weight (idf), not one of its
    words: "bukan pos kesehatan camp, yang saya tanya kapal puskesmas ..." disowns the
    camp's health post, not every entry that says "kesehatan". On the development
    messages: six right answers more (two of them wrong answers before), one "did you
    mean" offering the right entry second instead of first."""
    named = disowned & index.entries[position].prime_terms
    if not named:
        return False
    idf = index.idf
    return sum(idf.get(t, 0.0) for t in named) >= NAMED_SHARE * sum(
        idf.get(t, 0.0) for t in disowned
    )


def unfit_first(index: KbIndex, ranked: Sequence[Candidate], story: Analysis) -> bool:
    """The first of ``ranked`` names what ``story`` disowns or lacks what it asks how
    to get (see :func:`names_disowned`, :func:`lacks_needed`), and no entry of the next
    :data:`RIVALS` names more of what is disowned: "bukan benih jagung, kami mau ajukan
    bibit bawang merah" disowns the maize-seed entry, which names the thing whole, not
    the shallot-seed one, which shares its head word alone."""
    if not ranked or not _unfit(index, ranked[0].position, story):
        return False
    if lacks_needed(index, ranked[0].position, story.needed):
        return True
    named = _disowned_weight(index, ranked[0].position, story.disowned)
    return all(
        _disowned_weight(index, c.position, story.disowned) <= named for c in ranked[1 : 1 + RIVALS]
    )


def _disowned_weight(index: KbIndex, position: int, disowned: frozenset[str]) -> float:
    """The weight (idf) of the disowned terms the entry's canonical question or keywords
    name."""
    idf = index.idf
    return sum(idf.get(t, 0.0) for t in disowned & index.entries[position].prime_terms)


def _unfit(index: KbIndex, position: int, story: Analysis) -> bool:
    return names_disowned(index, position, story.disowned) or lacks_needed(
        index, position, story.needed
    )


def fitting_first(index: KbIndex, ranked: Sequence[Candidate], story: Analysis) -> list[Candidate]:
    """``ranked`` when its first is fit (see :func:`unfit_first`); else with the first
    of the next :data:`RIVALS` entries within :data:`REACH` of its score that is fit
    put first, and the entries before it marked not to be answered nor to contest it;
    without such an entry, the first marked so alone (an entry far behind is no
    sibling: "bukan nanya biaya pbg nya" put a bus fare first, of all entries naming no
    more than the cost). The entry put first must name :data:`ASKED_SHARE` of what the
    first names of the question (by idf): "ongkos angkut sapi pakai kapal ternak ...
    berapa, bukan retribusinya" is no question for the ferry fare, which names the boat
    and the cost of the cattle shipment asked (on the development messages one
    out-of-scope message no longer answered; at an equal share, two right answers were
    lost to the disaster-repair and stall-fee entries naming as much)."""
    if not unfit_first(index, ranked, story):
        return list(ranked)
    asked = frozenset(story.terms) - story.background
    least = ASKED_SHARE * _asked_weight(index, ranked[0].position, asked)
    for i, rival in enumerate(ranked[1 : 1 + RIVALS], start=1):
        if (
            rival.score > ranked[0].score - REACH
            and not _unfit(index, rival.position, story)
            and _asked_weight(index, rival.position, asked) >= least
        ):
            passed = [replace(c, missing_salient=True) for c in ranked[:i]]
            return [rival, *passed, *ranked[i + 1 :]]
    return withheld_first(ranked)


def _asked_weight(index: KbIndex, position: int, asked: frozenset[str]) -> float:
    """The weight (idf) of the asked terms among the entry's own words."""
    idf = index.idf
    return sum(idf.get(t, 0.0) for t in asked & index.entries[position].own_terms)


def unless_asked_elsewhere(
    ranked: list[Candidate], story: Analysis, index: KbIndex
) -> list[Candidate]:
    """``ranked``, its first marked not to be answered when the question part of a short
    message with a given part (see :mod:`given`) prefers another (see
    :func:`asked_cover.asked_elsewhere`), or the first names what it disowns or lacks
    what it asks how to get (see :func:`asked_cover.unfit_first`: then the next fitting
    one is put first); a long message's story reading is left
    alone: there, the rule withheld six right answers on the development messages."""
    if len(story.tokens) >= LONG_MESSAGE:
        return ranked
    fitted = fitting_first(index, ranked, story)
    if fitted[0] is not ranked[0]:  # unfit: another put first, or none answered
        return fitted
    if not asked_elsewhere(ranked):
        return ranked
    return withheld_first(ranked)
