"""A long message's story readings and its question's own readings (see
``Matcher.reading``), and how a question that names no topic of its own is read with
what is told before it.

The story reading weighs the whole message with its story less (see
:func:`knowledge_base.focus.story_reading`); when the question names no topic
(:func:`knowledge_base.readings.names_topic`: "Gimana cara tahu pastinya, dan kalau
memang iya harus dibawa ke mana?"), the told reading keeps the clause before it in the
question ("... tapi saya khawatir stunting."). The story reading is taken first when it
answers, the told one when it does not.

The told reading is taken over an answering story reading when the two disagree, the
story reading's entry covers under :data:`HEARD_QUESTION_SHARE` of the question (its
words, the story aside: it matched on the story's details, a child's age for a first
identity card) and the message as written puts the told reading's entry first too:
two readings against one that hardly speaks to the question. On the development
messages: one wrong answer right (the stunting story above, its story reading's entry
covering 0.38 of the question), nothing else changed; without the as-written agreement
one right answer turned wrong too (a land certificate story answered with a company
land dispute).

So is it, for a bare question, when the story reading's entry covers under
:data:`HEARD_STORY_SHARE` of the story (it matched the question's asking words alone:
"... meneliti angka stunting ... harus punya izin dari kabupaten. Ke mana saya
mengajukan dan berapa lama prosesnya?" answered a building permit on "aju", "lama",
"proses"), the told reading's entry covers :data:`TOLD_STORY_LEAD` times that share and
the message as written agrees. On the development messages: six wrong answers right
(a research permit, a PBB objection, a road closed for a feast, a levy exemption, zakat
aid, zakat business capital), one wrong answer another; nothing else changed. Ranking
the told reading for every bare question (no story share asked) mended the same six but
turned seven right answers wrong (the told reading's sibling, named in the clause before).

A bare question (naming no topic) that answers the story reading's entry does so only
when the next, wider reading of the question (with the clause or sentence before it,
see :func:`knowledge_base.focus.focus_readings`) puts the same entry first
(:func:`bare_question_confirmed`): "Kata tetangga mungkin datanya dicoret. Kenapa bisa
begitu dan apa yang bisa kami lakukan supaya dapat lagi?" answered an unregistered
identity number on "kenapa ... dapat lagi" while the wider reading put the stopped food
aid first. On the development messages: one wrong answer withheld with the right entry
first, nothing else changed; skipping every bare question withheld four right answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from knowledge_base.asked_cover import unless_asked_elsewhere
from knowledge_base.decision import Thresholds
from knowledge_base.focus import focus_readings, story_reading
from knowledge_base.index import KbIndex
from knowledge_base.normaliser import Analysis
from knowledge_base.reach import reachable
from knowledge_base.readings import (
    Reading,
    covers_question,
    names_topic,
    question_answers,
    readings_agree,
    story_share,
)
from knowledge_base.scorer import Candidate
from knowledge_base.weighting import ScoringWeights

# under this share of the question's weight covered, the story reading's entry matched on
# the story (see the module)
HEARD_QUESTION_SHARE = 0.5
# under this share of the story's weight covered, an answering story reading's entry
# matched a bare question's asking words alone (see :func:`story_readings`)
HEARD_STORY_SHARE = 0.2
# how many times the story reading's share of the story the told reading's entry must
# cover to be taken over it then
TOLD_STORY_LEAD = 1.5


@dataclass(frozen=True)
class Ranker:
    """What the readings ask of the matcher: a reading's candidates best first (ties
    broken; ``known``: fuzzy scores of the same words to lend on), and whether a
    ranking answers for a message of so many terms."""

    index: KbIndex
    weights: ScoringWeights
    thresholds: Thresholds
    rank: Callable[[Analysis, Mapping[int, float] | None], list[Candidate]]
    answers: Callable[[list[Candidate], int], bool]


def story_readings(
    ranker: Ranker,
    text: str,
    analysis: Analysis,
    story: Analysis,
    known: Mapping[int, float] | None,
) -> tuple[list[Candidate], Reading | None]:
    """The story reading's candidates, and the reading that answers: the story
    reading's, else (when the question names no topic) the told one, which is also
    taken over the story reading's on the terms of the module; None when neither
    answers. ``known``: fuzzy scores of the same words, None: the story reading's own
    are lent on."""
    terms = len(analysis.terms)
    heard = ranker.rank(story, known)
    answered = bool(heard) and ranker.answers(heard, terms)
    known = {c.position: c.fuzzy for c in heard} if known is None else known
    topic = partial(names_topic, ranker.index)
    told = story_reading(text, analysis, ranker.index.normaliser, topic)
    told_ranked: list[Candidate] = []
    # the told reading is ranked when the story reading does not answer, or answers an
    # entry that hardly speaks to the question
    weak = not answered or not covers_question(
        ranker.index, story, heard[0].position, ranker.weights, HEARD_QUESTION_SHARE
    )
    bare = told is not None and told.background != story.background
    # a bare question's asking words alone matched: "Berkas apa yang diperlukan, berapa
    # lama terbitnya?" after a story of a research permit answered a building permit
    heard_share = _story_share(ranker, story, heard[0]) if bare and not weak else 1.0
    unheard = heard_share < HEARD_STORY_SHARE
    if told is not None and bare and (weak or unheard):
        told_ranked = ranker.rank(told, known)
    told_answers = bool(told_ranked) and ranker.answers(told_ranked, terms)
    if unheard and told_answers:
        # taken over the story reading's entry only when it covers clearly more of the story
        told_answers = _story_share(ranker, story, told_ranked[0]) >= TOLD_STORY_LEAD * heard_share
    if answered:
        if told_answers and _told_overrules(ranker, heard, told_ranked, analysis, known):
            return heard, Reading(told_ranked)
        return heard, Reading(unless_asked_elsewhere(heard, story, ranker.index))
    return heard, Reading(told_ranked) if told_answers else None


def _story_share(ranker: Ranker, story: Analysis, candidate: Candidate) -> float:
    return story_share(ranker.index, story, candidate.position, ranker.weights)


def _told_overrules(
    ranker: Ranker,
    heard: Sequence[Candidate],
    told: Sequence[Candidate],
    analysis: Analysis,
    known: Mapping[int, float],
) -> bool:
    """The told reading's entry differs from the story reading's and the message as
    written puts it first too."""
    if told[0].entry_id == heard[0].entry_id:
        return False
    written = ranker.rank(analysis, known)
    return bool(written) and written[0].entry_id == told[0].entry_id


def question_reading(
    ranker: Ranker,
    text: str,
    analysis: Analysis,
    heard: list[Candidate],
    ranked: list[Candidate],
    written: str,
) -> Reading:
    """The reading of a long message's question alone (see ``Matcher.reading``): the
    first of :func:`knowledge_base.focus.focus_readings` that answers an entry the
    story reading (``heard``) points to (:func:`question_answers`), a bare one only as
    :func:`bare_question_confirmed` allows; else the story reading when the readings
    agree (:func:`readings_agree`), else ``ranked``, the message as written
    (``written``: the entry it put first).

    A reading whose ranking can hold none of the story reading's first three entries
    (see :mod:`knowledge_base.reach`) is not ranked: it could neither answer one of
    them nor agree with the story reading. Only that it came first is kept (a wider
    reading does not stand in for the narrowest in :func:`readings_agree`)."""
    thresholds = ranker.thresholds
    entries = ranker.index.entries
    topic = entries[heard[0].position].terms
    pointed = {c.entry_id for c in heard[:3]}  # what question_answers may answer
    first: list[Candidate] | None = None  # the narrowest reading of the question
    narrowest_read = False  # ranked, or known to hold none of ``pointed``
    readings = focus_readings(text, analysis, ranker.index.normaliser)
    for k, asked in enumerate(readings):
        if topic.isdisjoint(asked.terms):
            continue  # the index cannot propose that entry for these words
        held = reachable(ranker.index, asked, ranker.weights.max_candidates)
        if held is not None and pointed.isdisjoint(entries[p].entry.id for p in held):
            narrowest_read = True
            continue
        focused = ranker.rank(asked, None)
        answers = ranker.answers(focused, len(asked.terms)) if focused else False
        wider = partial(ranker.rank, readings[k + 1], None) if k + 1 < len(readings) else None
        if (
            answers
            and question_answers(focused, heard, ranked[0].entry_id, thresholds)
            and bare_question_confirmed(ranker.index, asked, focused, wider)
        ):
            return Reading(focused)
        if not narrowest_read:
            first, narrowest_read = focused, True
    if first is not None and readings_agree(written, heard, first, thresholds):
        return Reading(heard, agreed=True)
    return Reading(ranked)


def bare_question_confirmed(
    index: KbIndex,
    asked: Analysis,
    focused: Sequence[Candidate],
    wider: Callable[[], list[Candidate]] | None,
) -> bool:
    """A reading of the question that names a topic of its own, or the last one, may
    answer; a bare one only when the next reading (``wider``, ranked on demand) puts
    the same entry first."""
    if wider is None or names_topic(index, asked.tokens):
        return True
    ranked = wider()
    return not ranked or ranked[0].entry_id == focused[0].entry_id
