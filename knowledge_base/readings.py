"""How the readings of a long message are weighed against each other (see
``Matcher.reading``): whether the entry answered for the message as written covers its
question, and whether the readings agree on one entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.coverage import covered
from knowledge_base.decision import Evidence, Thresholds, answer_evidence, is_contested
from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.normaliser import Analysis
from knowledge_base.scorer import Candidate
from knowledge_base.weighting import ScoringWeights, message_weights

# the least share of the weight of a long message's asking clauses that the entry
# answered for the message as written must cover: under it the entry was matched on a
# detail of the story ("minta dokumen ke PPID ... langkah apa selanjutnya?"); any value
# from 0.05 to 0.2 withheld the same dev answers, all wrong, and 0.3 right ones too
QUESTION_COVERAGE = 0.15

# the least number of a long message's asking-clause terms outside the asking frame and
# offices or places for the question to name its topic itself: under it ("Bagaimana
# urutannya?", "Surat apa yang bisa saya minta dan bawa apa saja?") the topic is in the
# sentence told just before (see :func:`names_topic`). Words the KB lacks count: a
# question about paint or mango seedlings after a story naming a service names its own
# topic, one the KB does not have, and must not be answered from the story
TOPIC_TERMS = 3

# the least lead, in score points, of the entry that every reading of a long message puts
# first, in the story reading and in the question's own reading, for that agreement to
# answer it (see :func:`readings_agree`): a quarter of the lead a clear lead needs
AGREED_LEAD = 5.0

# how many times :data:`AGREED_LEAD` the question's own reading must lead by when the
# message as written puts another entry first (see :func:`readings_agree`): the two
# development stories this answers led by 12 points; 1 and 2 answered the same
DISSENT_LEAD_FACTOR = 2.0


@dataclass(frozen=True)
class Reading:
    """A message's candidates, best first, and whether the readings of a long message
    agree on the first (see :func:`readings_agree`): then it is answered."""

    candidates: list[Candidate]
    agreed: bool = False


def covers_question(
    index: KbIndex,
    story: Analysis,
    position: int,
    weights: ScoringWeights,
    least: float = QUESTION_COVERAGE,
) -> bool:
    """The entry covers at least ``least`` (:data:`QUESTION_COVERAGE`) of the weight of
    the message's asking clauses (the terms of ``story`` outside its background)."""
    weighted = message_weights(index, story, weights).weighted
    asked = tuple((t, w) for t, w in weighted if t not in story.background)
    item = index.entries[position]
    total = sum(w for _, w in asked)
    share = covered(asked, total, item.own_terms, item.answer_terms, weights.answer_credit)
    return share >= least


def story_share(index: KbIndex, story: Analysis, position: int, weights: ScoringWeights) -> float:
    """The share of the weight of ``story``'s background (the terms told outside its
    asking clauses) the entry covers, as :func:`covers_question` reads the question's."""
    weighted = message_weights(index, story, weights).weighted
    told = tuple((t, w) for t, w in weighted if t in story.background)
    item = index.entries[position]
    total = sum(w for _, w in told)
    return covered(told, total, item.own_terms, item.answer_terms, weights.answer_credit)


def names_topic(index: KbIndex, tokens: Sequence[str]) -> bool:
    """The asking clauses' ``tokens`` name what is asked about: at least
    :data:`TOPIC_TERMS` of their terms are words outside the asking frame ("syarat",
    "cara", "urus"), offices or places, and the phrases of the facets they ask ("berapa
    lama jadinya", "bayar atau tidak": how long, whether it costs, see
    :meth:`EntryFacets.facet_words`). A question that does not leaves its topic to the
    story, so the story reading keeps the clause before it whole (see
    :func:`knowledge_base.focus.story_reading`)."""
    normaliser = index.normaliser
    facets = entry_facets(index)
    spoken = facets.facet_words(facets.asked(word_forms(normaliser, tokens)))
    frame, generic = frame_terms(index), index.generic_terms
    named = [
        t
        for t in normaliser.terms(tokens)
        if t not in frame and t not in generic and t not in spoken
    ]
    return len(named) >= TOPIC_TERMS


def question_answers(
    focused: list[Candidate], heard: list[Candidate], written: str, t: Thresholds
) -> bool:
    """The answerable reading of a long message's question (``focused``) may answer
    the entry the story reading (``heard``) put first, or one of its first three that
    the question covers on both sides (:attr:`Evidence.COVERAGE`: the story reading's
    order of close entries is weak evidence) and that the story reading does not
    withhold for lacking a service the message names ("... butuh akta kematian ... Apa
    saja dokumen yang perlu dibawa dan apakah ada denda karena terlambat?" answered the
    birth certificate's late fine; on the development messages that one changed). It
    must cover its entry (not only lead on two of its words, see :func:`has_wide_lead`)
    unless the message as written
    (``written``: its first entry) ranks the same entry first: choosing a clause is a
    guess already, and a lead on two words (how long, which documents) of an entry the
    whole message ranked third answered a wedding question with building permits."""
    best, evidence = focused[0].entry_id, answer_evidence(focused, t)
    close = (
        {c.entry_id for c in heard[:3] if not c.missing_salient}
        if evidence is Evidence.COVERAGE
        else set()
    )
    if best != heard[0].entry_id and best not in close:
        return False
    return evidence is not Evidence.WIDE_LEAD or best == written


def readings_agree(
    written: str, heard: list[Candidate], focused: list[Candidate], t: Thresholds
) -> bool:
    """The story reading (``heard``) and the question alone (``focused``) put the same
    entry first, one that names no service it lacks, is tied with no other and shares a
    word that names a thing with the message, and it leads by :data:`AGREED_LEAD` in
    both. Each reading alone is too weak to answer (a story dilutes coverage, a question
    alone often names no topic), but a detail of the story that pulls a reading off the
    question does not lead the question's reading, and a bare "syaratnya apa?" leads
    nothing. On the development messages this answered only right entries (seven long
    stories withheld with the right entry first), none out of scope.

    The message as written (``written``: its first entry) may put another entry first:
    read whole, a story's details weigh as much as its question ("... notaris bilang
    harus bayar pajak dulu ke daerah. Apa betul warisan itu dipajaki?" put a restaurant
    tax first, on "bayar pajak"), which is what the two readings correct; then the
    question's own lead must be :data:`DISSENT_LEAD_FACTOR` times as wide. Requiring the
    as-written reading to agree withheld two such right answers on the development
    messages, and dropping it answered no wrong or out-of-scope message on any of the
    four knowledge bases."""
    best = heard[0]
    if focused[0].entry_id != best.entry_id:
        return False
    if best.missing_salient or best.shared_terms < 1 or is_contested(heard, t):
        return False
    needed = AGREED_LEAD * (1.0 if best.entry_id == written else DISSENT_LEAD_FACTOR)
    return lead(heard) >= AGREED_LEAD and lead(focused) >= needed


def lead(ranked: list[Candidate]) -> float:
    """How far the first candidate's score is ahead of the second's."""
    return ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)
