"""Does a message report a problem with a service (a complaint), or ask a question?

A complaint often names no cue word: it describes a state ("air ledeng bau kaporit sejak
senin"), an official's conduct ("kades minta jatah dari dana bantuan") or money asked
("petugas minta 50rb"). :func:`complaint_features` reads these as a handful of
features — the weight of the lexicon's cue words, and counts of the phrase kinds in
``data/complaint_signals.tsv`` (officials, conduct, money, negation, bad states, how
long, a concrete place, intensity, asking, reporting, asking why), how the message is
built (see :mod:`complaint_shape`: a request for action, a story that ends in a question,
a question of what the resident can do) — and :class:`ComplaintModel`
turns them into a probability with weights fitted by ``bench/kb_fit.py``
(``data/complaint_model.json``), not set by hand. The FAQ ranking is not involved:
the decision (see :mod:`decision`) weighs the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.complaint_cues import either_surface_cue_score
from knowledge_base.complaint_kinds import told_kinds
from knowledge_base.complaint_reproach import reproaches
from knowledge_base.complaint_shape import (
    Ending,
    asks_own_step,
    chases_delay,
    ends_requesting,
    lets_down,
    requests_action,
    without_vocative,
)
from knowledge_base.complaint_told import english_as_typed, told_word, without_stressed_amount
from knowledge_base.lexicon import Lexicon, default_lexicon
from knowledge_base.logistic import LogisticModel, packaged_model
from knowledge_base.narrated_ask import may_ask_nothing, still_asking
from knowledge_base.phrases import PhraseTable, phrase_table, spaced
from knowledge_base.sentences import closes_on
from knowledge_base.signal_readings import with_readings
from knowledge_base.signal_table import KINDS, written_signals
from knowledge_base.stemmer import strip_particle

FEATURES = (
    "cues",
    *KINDS,
    "conduct_by_official",
    "money_asked",
    "contrast",
    "question_mark",
    "opens_with_ask",
    "ends_with_tag",
    "statement_length",
    "faq_coverage",
    "faq_answerable",
    "requests_action",
    "story_then_asks",
    "asks_own_step",
)
# a question tag closing a message: "..., wajib pungut pajak gak", "..., resmi ga sih"
QUESTION_TAGS = frozenset({"tidak", "belum", "kah", "ya", "sih", "kan", "gitu", "nggak"})
# a regional or chat particle after the tag closes the question all the same: "bayar gak
# bah", "bisa ga dong", "gratis tidak lah"
_CLOSING_PARTICLES = frozenset({"bah", "dong", "lah", "deh", "nah", "nih", "leh", "to"})
# a letter announcing its question ("kami bermaksud menanyakan besaran ...", "saya ingin
# mengetahui ketentuan ..."): it asks, though it may name no question word; not counted as
# one more asking phrase, so a complaint that also asks why ("ingin menanyakan kenapa
# belum diperbaiki") weighs as before
# or as what the writer wants to ask ("yang mau saya tanya jadwalnya", "yang ingin kami
# ketahui adalah ...")
_ANNOUNCED_QUESTION = re.compile(
    r" (?:ingin|mau|hendak|bermaksud|izin|ijin) (?:menanyakan|mengetahui|bertanya) "
    r"| yang (?:ingin|mau|hendak) (?:saya|kami|aku) (?:tanya|tanyakan|ketahui) "
    # or, with no modal, what the writer is asking now ("yang saya tanya biaya angkut
    # motornya"), not what they asked someone ("yang saya tanyakan ke petugas ...")
    r"| yang (?:saya|kami|aku) (?:tanya|tanyakan) (?!(?:ke|kepada|pada|sama|tidak|belum) )"
)
# English asks yes or no by opening with its auxiliary verb ("does my stall need a permit",
# "are vaccinations free"); the bridge leaves these words as typed
_AUXILIARIES = "does do did is are was were can could should would will may must has have"
INVERTED = frozenset(_AUXILIARIES.split())
_WH_WORDS = frozenset({"what", "which", "where", "who", "how"})


@dataclass(frozen=True)
class ComplaintSignal:
    """How likely the message reports a problem, and the model's threshold for it."""

    probability: float
    threshold: float = 0.5

    @property
    def reported(self) -> bool:
        return self.probability >= self.threshold


@lru_cache(maxsize=1)
def default_signals() -> PhraseTable:
    """The shipped signal phrases, each also as the normaliser reads it (see
    :mod:`signal_readings`)."""
    found, forms = written_signals()
    return phrase_table(with_readings(found, default_lexicon()), forms)


@dataclass(frozen=True)
class Context:
    """What the words alone do not say: how well the best FAQ entry fits — the share of
    the message's words it covers, and whether the FAQ decision alone would answer it.
    A message that is all the entry's topic asks about it; a report adds what went
    wrong."""

    coverage: float = 0.0
    answerable: bool = False


def complaint_features(
    tokens: Sequence[str],
    question_mark: bool,
    lexicon: Lexicon,
    faq: Context = Context(),
    signals: PhraseTable | None = None,
    ending: Ending | None = None,
    typed: Sequence[str] = (),
    untagged: Sequence[str] = (),
) -> dict[str, float]:
    """The model's inputs for one normalised message (counts capped at two); ``ending``:
    its last sentence, when it has several (see :mod:`complaint_shape`); ``typed``: its
    words as typed, the English ones read too (:func:`complaint_told.english_as_typed`);
    ``untagged``: its tokens without the negations opening a clause (:mod:`clause_negation`)."""
    signals = signals or default_signals()
    tokens = without_vocative(tokens)
    contrast = lets_down(tokens, signals)
    bare = map(strip_particle, tokens)
    tokens = [told_word(t, signals) if t.endswith("nya") else t for t in bare]
    english = english_as_typed(without_vocative(typed), lexicon.english_words)
    told, found = told_kinds(tokens, english, signals, question_mark, untagged)
    if ending is not None and len(told) < len(tokens):  # "..., 300 ribu kah." asks nothing
        ending = Ending(without_stressed_amount(ending.tokens), ending.question_mark)
    tokens, text = told, spaced(told)
    # money asked, recalled free or questioned as a favour bought, reproaches like asking
    # why: it asks nothing (see complaint_reproach)
    reproached = reproaches(found, text)
    contrast = contrast or reproached
    if reproached:
        found["why"] = max(found["why"], found["ask"], 1.0)
    opening = spaced(tokens[:3])
    ends_with_tag = ends_with_question_tag(tokens)
    chasing = chases_delay(text)  # asks for the thing owed, not what the FAQ says
    asks = not chasing and (
        _asks(found, tokens, text, question_mark, signals, ending, ends_with_tag and not reproached)
        or opens_with_wh(typed)
    )
    # a story ending "Kapan jadinya?" after a wait told chases it, asks the FAQ nothing
    story_then_asks = (
        ending is not None and _ends_asking_information(ending, signals) and not chasing
    )
    asking = ending.tokens if story_then_asks and ending is not None else tokens
    return {
        "cues": min(4.0, either_surface_cue_score(tokens, typed, lexicon)) / 2,
        **found,
        "conduct_by_official": float(found["official"] > 0 and found["conduct"] > 0),
        "money_asked": float(found["money"] > 0 and found["conduct"] > 0),
        "contrast": float(contrast),
        "question_mark": float(question_mark),
        "opens_with_ask": float(found["ask"] > 0 and signals.has("ask", opening)),
        "ends_with_tag": float(ends_with_tag),
        # a long message that asks nothing tells something; length alone would push a
        # long story toward a complaint however plainly it ends with a question
        "statement_length": 0.0 if asks else min(20, len(tokens)) / 20,
        "faq_coverage": faq.coverage,
        "faq_answerable": float(faq.answerable),
        "requests_action": float(requests_action(tokens)),
        "story_then_asks": float(story_then_asks),
        "asks_own_step": float(asks and asks_own_step(asking)),
    }


def _asks(
    found: dict[str, float],
    tokens: Sequence[str],
    text: str,
    question_mark: bool,
    signals: PhraseTable,
    ending: Ending | None,
    tagged: bool,
) -> bool:
    """The message asks, so its length does not make it a statement (``tagged``: it
    closes on a question tag); a question of blame with no mark ("ingin mengetahui
    mengapa air sudah seminggu tidak mengalir") tells what went wrong and does not ask
    (nor, the caller checks, does chasing a delay)."""
    asks_why_only = found["why"] > 0 and found["ask"] <= found["why"]
    return (
        (found["ask"] > 0 and not asks_why_only)
        or is_inverted(tokens)
        or (ending is not None and is_inverted(ending.tokens))
        or (question_mark and not asks_why_only)
        or tagged
        or ends_requesting(text, signals)
        or (_ANNOUNCED_QUESTION.search(text) is not None and not asks_why_only)
    )


def _ends_asking_information(ending: Ending, signals: PhraseTable) -> bool:
    """The last sentence asks, and not why nor for a remedy: a story that ends "Katanya
    gratis kok bayar?" or "kapan diperbaiki?" ends in a reproach, not in a question the
    FAQ answers; nor with an asking word that asks nothing (see :mod:`narrated_ask`:
    "Kami tidak tahu lagi harus bagaimana.")."""
    closing = spaced(ending.tokens)
    present = set(ending.tokens)
    asked = still_asking(closing, present) if may_ask_nothing(present) else closing
    return (
        (ending.question_mark or is_inverted(ending.tokens) or signals.has("ask", asked))
        and not signals.has("why", closing)
        and not requests_action(ending.tokens)
    )


def ends_with_question_tag(tokens: Sequence[str]) -> bool:
    """The message closes on a question tag, or on one and a closing particle."""
    return closes_on(tokens, QUESTION_TAGS, _CLOSING_PARTICLES)


def opens_with_wh(typed: Sequence[str]) -> bool:
    """An English message as typed that opens with a question word: "which office issues
    ...", "where do I ..." (the bridge reads "which" as "mana", which alone counts as no
    asking phrase); not "why" nor "when", which open reproaches and questions of when a
    thing will be put right, nor "how long"."""
    return (
        len(typed) > 1
        and typed[0].lower() in _WH_WORDS
        and not (typed[0].lower() == "how" and typed[1].lower() in {"long", "come"})
    )


def is_inverted(tokens: Sequence[str]) -> bool:
    """An English sentence that opens with its auxiliary verb: a yes-or-no question."""
    return bool(tokens) and tokens[0] in INVERTED


ComplaintModel = LogisticModel


@lru_cache(maxsize=1)
def default_model() -> LogisticModel:
    return packaged_model("complaint_model.json")


def complaint_signal(
    tokens: Sequence[str],
    question_mark: bool,
    lexicon: Lexicon,
    faq: Context = Context(),
    model: ComplaintModel | None = None,
) -> ComplaintSignal:
    model = model or default_model()
    features = complaint_features(tokens, question_mark, lexicon, faq)
    return ComplaintSignal(model.probability(features), model.threshold)
