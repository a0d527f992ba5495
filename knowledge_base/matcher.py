"""Question matching: from a resident's message to a decision.

``Matcher(kb).match(text)`` normalises the message (see :mod:`normaliser`), detects
chatter, scores entries (see :mod:`scorer`), weighs complaint cues and decides (see
:mod:`decision`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from knowledge_base.asked_cover import fitting_first
from knowledge_base.asked_words import asked_tokens
from knowledge_base.card_states import state_sibling_first
from knowledge_base.clause_negation import without_clause_negations
from knowledge_base.complaint import (
    ComplaintSignal,
    Context,
    complaint_features,
    default_model,
    default_signals,
)
from knowledge_base.complaint_shape import Ending, last_sentence, without_indefinites
from knowledge_base.complaint_told import tells_problem
from knowledge_base.condense import read_part
from knowledge_base.coverage import term_owners, variant_weights
from knowledge_base.decision import (
    Decision,
    Intent,
    Thresholds,
    break_ties,
    decide,
    is_answerable,
    should_answer,
)
from knowledge_base.emergency import default_rules, is_emergency
from knowledge_base.emergency_followup import followed_up
from knowledge_base.entries import KnowledgeBase
from knowledge_base.errands import errands
from knowledge_base.facets import entry_facets
from knowledge_base.filler import question_core
from knowledge_base.focus import ends_asking, story_reading
from knowledge_base.head import load_word_lists
from knowledge_base.index import build_index
from knowledge_base.known_part import known_sibling_first
from knowledge_base.language import language_of
from knowledge_base.lexicon import Lexicon, default_lexicon
from knowledge_base.logistic import LogisticModel
from knowledge_base.match_result import MatchResult, Smalltalk
from knowledge_base.named_asking import without_named_asking
from knowledge_base.normaliser import Analysis
from knowledge_base.rankings import Rankings
from knowledge_base.reading_tables import build_reading_tables
from knowledge_base.readings import Reading, covers_question
from knowledge_base.registry_acts import registry_sibling_first
from knowledge_base.relief import relief_first
from knowledge_base.scope_guards import guard_tables, guarded
from knowledge_base.scored import withheld_first
from knowledge_base.scorer import Candidate, rank, reads_story_first
from knowledge_base.smalltalk import smalltalk_kind, typed_smalltalk_kind
from knowledge_base.story_readings import Ranker, question_reading, story_readings
from knowledge_base.tokens import words_of
from knowledge_base.typed_asking import is_asking
from knowledge_base.weighting import ScoringWeights

__all__ = ["Intent", "MatchResult", "Matcher", "MatcherConfig", "Reading", "Smalltalk"]

MAX_QUERY_CHARS = 1000  # read of a message (a longer one's question: see condense)


@dataclass(frozen=True)
class MatcherConfig:
    weights: ScoringWeights = field(default_factory=ScoringWeights)
    thresholds: Thresholds = field(default_factory=Thresholds)
    stemming: bool = True
    answer_model: LogisticModel | None = None  # None: the shipped one


def load_tables() -> None:
    """Build the tables every match reads (complaint signals, emergency rules, word
    lists) when the matcher is built: compiled on first use they cost the first
    resident's message about 250 ms."""
    default_signals()
    default_rules()
    load_word_lists()


class Matcher:
    """Matches messages against one loaded knowledge base. Build once, query often."""

    def __init__(
        self,
        kb: KnowledgeBase,
        config: MatcherConfig | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.kb = kb
        self.config = config or MatcherConfig()
        self.lexicon = lexicon or default_lexicon()
        self.index = build_index(kb, self.lexicon, stemming=self.config.stemming)
        variant_weights(self.index, self.config.weights)  # build the table now, not on use
        entry_facets(self.index)  # each entry's question facets, likewise
        term_owners(self.index)  # the entries holding each term, likewise
        errands(self.index)  # the entries dealing with each errand, likewise
        guard_tables(self.index)  # each entry's things of a kind, the foreign regions
        build_reading_tables(self.index)  # siblings, pairs, situations, proposing terms
        load_tables()
        self._forms: dict[str, tuple[str, ...]] = {}
        self._rankings = Rankings()  # one message's (see Matcher.reading)
        self._ranker = Ranker(
            self.index, self.config.weights, self.config.thresholds, self._rank, self._answers
        )

    def normalise(self, text: str) -> str:
        """The normalised form of a message, e.g. to group unanswered questions."""
        return self.index.normaliser.normalise(text[:MAX_QUERY_CHARS])

    def word_forms(self, text: str) -> tuple[str, ...]:
        """Every word of ``text`` in its standard, unaffixed form ("berlubang" ->
        "lubang", "street light" -> "lampu jalan"): for matching agencies' keywords."""
        cached = self._forms.get(text)
        if cached is None:
            normaliser = self.index.normaliser
            tokens = normaliser.tokens(text[:MAX_QUERY_CHARS])
            cached = tuple(normaliser.term(t) for t in tokens)
            if len(self._forms) < 4096:
                self._forms[text] = cached
        return cached

    def analyse(self, text: str) -> Analysis:
        return self.index.normaliser.analyse(text[:MAX_QUERY_CHARS])

    def read(self, text: str, analysis: Analysis | None = None) -> tuple[str, Analysis]:
        """What of the message is read (see :func:`condense.read_part`: without its letter
        formulas and names, a long one cut to its question), and its analysis: what
        ranking and the complaint model read. ``analysis``: the message's own, reused
        when the part read is the message."""
        body = read_part(text, self.index.normaliser)
        if body is text and analysis is not None:
            return text[:MAX_QUERY_CHARS], analysis
        return body[:MAX_QUERY_CHARS], self.analyse(body)

    def candidates(
        self, analysis: Analysis, known_fuzzy: Mapping[int, float] | None = None
    ) -> list[Candidate]:
        core, core_terms = question_core(self.index, analysis.tokens, self.lexicon)
        terms = core_terms or analysis.terms
        focused = analysis.with_words(core, terms)
        ranked = rank(self.index, focused, self.config.weights, known_fuzzy)
        # the scope guards read the words asked: a thing named in what is given is had
        whole = analysis.with_words(core or analysis.tokens, analysis.terms)
        asked = asked_tokens(whole, self.index.normaliser.term)
        return guarded(self.index, asked, ranked, self.config.thresholds, analysis.tokens)

    def context(self, ranked: list[Candidate]) -> Context:
        """What the complaint model reads beyond the words (see :class:`Context`)."""
        if not ranked:
            return Context()
        return Context(ranked[0].coverage, is_answerable(ranked, self.config.thresholds))

    def complaint_features(
        self, text: str, analysis: Analysis, ranked: list[Candidate]
    ) -> dict[str, float]:
        """The complaint model's inputs (see :mod:`complaint`), read as :meth:`match` reads
        them (``bench/kb_fit.py`` fits the model on these)."""
        text = text[:MAX_QUERY_CHARS]
        normaliser = self.index.normaliser
        asks = is_asking(text, analysis.question_mark) or ends_asking(text, analysis, normaliser)
        plain = without_named_asking(without_indefinites(text), normaliser.tokens)
        tokens = analysis.tokens if plain is text else tuple(normaliser.tokens(plain))
        last = last_sentence(plain)
        ending = None if last is None else Ending(tuple(normaliser.tokens(last)), "?" in last)
        context, typed = self.context(ranked), words_of(text)  # as typed: see complaint_told
        untagged = without_clause_negations(plain)
        clauses = tuple(normaliser.tokens(untagged)) if untagged else ()
        return complaint_features(
            tokens, asks, self.lexicon, context, ending=ending, typed=typed, untagged=clauses
        )

    def ranked(self, text: str, analysis: Analysis) -> list[Candidate]:
        """Candidates best first (see :meth:`reading`)."""
        return self.reading(text, analysis).candidates

    def reading(self, text: str, analysis: Analysis) -> Reading:
        """Candidates best first. A long message with a question in it is read three ways:

        - with its story weighing less (see :func:`story_reading`): when that answers,
          its answer is taken (requiring the message as written to rank that entry among
          its first three changed no dev or invented message but one right answer, an
          entry the as-written ranking demoted for a detail of the story); then, when the
          question names no topic (:func:`readings.names_topic`), with the clause before
          it read as question too;
        - as written: its answer is taken when it covers some of the asking clauses (see
          :data:`readings.QUESTION_COVERAGE`), else it stays first only for "did you mean"
          (the story reading's own answer is not asked that: a question often names its
          topic only in the story, "... jangan-jangan stunting. Gimana cara
          pastiinnya?", and asking it withheld such right answers);
        - its question alone (see :func:`focus_readings`: the asking clauses, then with
          the clause or sentence before each), when neither answered: it may answer the
          entry the story reading points to (see :func:`readings.question_answers`), so a
          bare "syaratnya apa saja?" answers no entry the story does not point to.

        When none answers, the three readings agreeing on one entry is evidence of its
        own (see :func:`readings.readings_agree`)."""
        text = text[:MAX_QUERY_CHARS]
        normaliser = self.index.normaliser
        self._rankings.forget()  # a new message
        story = story_reading(text, analysis, normaliser)
        heard, answered = self._story_first(text, analysis, story)
        if answered is not None:
            return answered
        known = {c.position: c.fuzzy for c in heard} if heard else None  # the same words
        ranked = self._rank(analysis, known)
        if not ranked or story is None:
            return Reading(ranked)
        ranked = fitting_first(self.index, ranked, story) if story.disowned else ranked
        if heard is None:
            known = {c.position: c.fuzzy for c in ranked}
            heard, answered = self._story_readings(text, analysis, story, known)
            if answered is not None:
                return answered
        if not heard:
            return Reading(ranked)
        written = ranked[0].entry_id
        if self._answers(ranked, len(analysis.terms)):
            if covers_question(self.index, story, ranked[0].position, self.config.weights):
                return Reading(ranked)
            # matched on the story alone: "did you mean", unless the question points on
            ranked = withheld_first(ranked)
        return question_reading(self._ranker, text, analysis, heard, ranked, written)

    def _story_first(
        self, text: str, analysis: Analysis, story: Analysis | None
    ) -> tuple[list[Candidate] | None, Reading | None]:
        """:meth:`_story_readings` before the as-written ranking (:func:`reads_story_first`)."""
        if story is None or not reads_story_first(self.index, analysis, self.lexicon):
            return None, None
        return self._story_readings(text, analysis, story, None)

    def _story_readings(
        self, text: str, analysis: Analysis, story: Analysis, known: dict[int, float] | None
    ) -> tuple[list[Candidate], Reading | None]:
        """See :func:`knowledge_base.story_readings.story_readings`."""
        return story_readings(self._ranker, text, analysis, story, known)

    def _rank(self, analysis: Analysis, known: Mapping[int, float] | None) -> list[Candidate]:
        thresholds = self.config.thresholds
        return self._rankings.ranked(
            analysis, known, lambda: break_ties(self.candidates(analysis, known), thresholds)
        )

    def _answers(self, ranked: list[Candidate], terms: int) -> bool:
        return should_answer(ranked, self.config.thresholds, self.config.answer_model, terms)

    def match(self, text: str) -> MatchResult:
        # read once without the letter's formulas; a short one is read whole for chatter too
        # ("halo min mau tanya"), a long one is no chatter and its second reading costly
        body, analysis = self.read(text)
        chat = analysis if body is text or len(body) > 60 else self.analyse(text)
        if not chat.tokens:
            return MatchResult(text, Intent.NONE, None, 0.0)
        vocabulary = self.index.normaliser.vocabulary
        kind = smalltalk_kind(chat.tokens, self.lexicon, vocabulary) or typed_smalltalk_kind(
            text[:MAX_QUERY_CHARS], self.lexicon, vocabulary
        )
        # a greeting around an event ("halo min, tenggelam", "hello admin, fire!") is no
        # chatter: the event word may pass for a name after "min", and the resident must
        # still be pointed to 112 and offered the report
        emergency = is_emergency(text)  # a long one part by part
        if kind is not None and not emergency:
            return MatchResult(text, Intent.SMALLTALK, None, 100.0, smalltalk=Smalltalk(kind))
        config, thresholds = self.config, self.config.thresholds
        reading = self.reading(body, analysis)
        ranked = known_sibling_first(self.index, reading.candidates, body, analysis, config)
        told = state_sibling_first(self.index, ranked, analysis.tokens)  # lost or damaged
        told = relief_first(self.index, told, analysis.tokens, analysis.terms)
        told = registry_sibling_first(self.index, told, body, analysis.terms)  # enrol or check
        agreed = reading.agreed and told is ranked
        ranked = told
        model = default_model()
        features = self.complaint_features(body, analysis, ranked)
        signal = ComplaintSignal(model.probability(features), model.threshold)
        decision: Decision = decide(
            ranked, signal, thresholds, config.answer_model, len(analysis.terms), agreed
        )
        if emergency:  # after the 112 pointer, the entries on its kind of event first
            decision = followed_up(self.index, ranked, decision, text, thresholds.max_suggestions)
        return MatchResult(
            text,
            decision.intent,
            decision.entry_id,
            round(decision.score, 1),
            decision.suggestions,
            emergency=emergency,
            related=decision.related,
            language=language_of(body),  # the part read: a long message's question
            problem_told=tells_problem(features),
        )
