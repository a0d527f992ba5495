"""The question in a long message: residents often tell a story and ask at the end
("... anak saya bulan depan 17 tahun ... Dokumen apa saja yang harus dibawa?"), in the
middle, or twice. The clauses that ask — a question mark, an asking word from the
complaint signals' ``ask`` phrases, or a request ("tolong jelaskan", "mohon info",
"tell me") — are the focus; the story around them only dilutes coverage.

Chat messages often have no punctuation, so a sentence is also cut where a discourse
marker opens the point ("... anak saya baru lahir jadi mau tanya syarat akta apa aja",
"... btw ...", "... so how do I ...") or gives the reason for a question asked before it
("... bawa apa aja soalnya kemarin ...", "karena" once normalised; "... because ...").
The asking clause often leaves its topic to the clause or sentence before it ("Kemarin
ada yang cerita soal program perbaikan rumah. Syaratnya apa saja?"), so wider readings
keep that too: the story is read less and less narrowly rather than dropped at once.

A chat message is often one sentence strung together with commas: its comma phrases
are its clauses when its question phrase names a topic of its own (see
:mod:`chat_phrases`), and one that tells what the resident already has or has done
("udah punya pas kecil dan tdkp, ..., jadwal lelang ikan jam berapa") is read for that
first, as a short message is (see :mod:`given`): what it holds and what it plans are
told apart better by those words than by which phrase asks. On the development
messages one withheld answer became right and nothing else changed; on long chat
messages written for this (sibling entries named in the story, on the four other
development KBs) 4 of 90 more were answered right and one withheld answer became a
wrong one (a library card held and an e-book loan asked: the card's entry led on its
question's wording alone)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.asking import clause_asks, subject_line
from knowledge_base.chat_phrases import comma_phrases, names_own_topic
from knowledge_base.complaint import default_signals, is_inverted
from knowledge_base.given import given_reading
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.sentences import LONG_MESSAGE, SENTENCE, without_indefinites

MIN_CLAUSE = 3  # words on each side of a discourse marker for it to cut a sentence
MAX_READINGS = 2  # each reading ranks the knowledge base once more (see matcher.ranked)

# Discourse markers (normalised forms) that open the point of a message; a phrase is
# matched at its first word.
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("jadi",),
    ("terus",),
    ("nah",),
    ("makanya",),
    ("intinya",),
    ("pertanyaannya",),
    ("btw",),
    ("so",),
    ("anyway",),
    ("mau", "tanya"),
    ("ingin", "tanya"),
    ("mau", "bertanya"),
    ("ingin", "bertanya"),
    ("numpang", "tanya"),
    ("my", "question"),
    ("i", "want", "to", "know"),
    ("i", "would", "like", "to"),
)
_MARKER_STARTS = frozenset(m[0] for m in _MARKERS)
# A reason given after a question ("soalnya", "karna", "krn" normalise to "karena")
_REASONS = frozenset({"karena", "because"})


@dataclass(frozen=True)
class Clause:
    """A stretch of a message between sentence ends or discourse markers."""

    tokens: tuple[str, ...]
    sentence: int  # the index of the sentence it belongs to
    asks: bool
    question_mark: bool


def focus(text: str, analysis: Analysis, normaliser: Normaliser) -> Analysis | None:
    """The asking clauses of a long message, analysed; None when the message is short
    or every clause (or none) asks."""
    readings = focus_readings(text, analysis, normaliser)
    return readings[0] if readings else None


@lru_cache(maxsize=16)  # read again by ends_asking after focus_readings
def clauses(text: str, normaliser: Normaliser) -> tuple[Clause, ...]:
    """The message's clauses in order: sentences (a chat message's one sentence cut at
    its commas, see :func:`_phrases`), cut again before discourse markers."""
    found: list[Clause] = []
    sentences = [s for s in SENTENCE.findall(text) if s.strip()]
    for number, sentence in enumerate(sentences):
        pieces: list[tuple[str, ...]] = []
        ends: set[int] = set()  # the pieces that close a comma phrase
        for phrase in _phrases(without_indefinites(sentence), len(sentences), normaliser):
            marked = split_at_markers(phrase)
            pieces.extend(part for piece in marked for part in _reason_after_question(piece))
            ends.add(len(pieces) - 1)
        subject = subject_line(sentence)
        for i, piece in enumerate(pieces):
            mark = "?" in sentence and i == len(pieces) - 1
            asks = mark or subject or clause_asks(piece, first=i == 0, tagged=i in ends)
            found.append(Clause(piece, number, asks, mark))
    return tuple(c for c in found if c.tokens)


def _phrases(sentence: str, sentences: int, normaliser: Normaliser) -> list[tuple[str, ...]]:
    """The sentence whole, or, in a message of one sentence, its comma phrases (see
    :mod:`chat_phrases`) when the last of them that asks names its own topic."""
    whole = [tuple(normaliser.tokens(sentence))]
    if sentences > 1 or "," not in sentence:
        return whole
    phrases = comma_phrases(sentence, normaliser, MIN_CLAUSE)
    asking = [p for i, p in enumerate(phrases) if clause_asks(p, first=i == 0, tagged=True)]
    if len(phrases) < 2 or not asking or not names_own_topic(normaliser, asking[-1]):
        return whole
    return phrases


def ends_asking(text: str, analysis: Analysis, normaliser: Normaliser) -> bool:
    """A long chat message without a question mark whose last clause opens with a
    discourse marker and asks with a question word ("... jadi mau tanya syaratnya apa",
    "... so how do I register"): it ends in a question as surely as with a "?"."""
    if analysis.question_mark or len(analysis.tokens) < LONG_MESSAGE:
        return False
    parts = clauses(text, normaliser)
    if len(parts) < 2:
        return False
    last = parts[-1].tokens
    return _marker_at(last, 0) and default_signals().has("ask", spaced(last))


def _reason_after_question(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``tokens`` cut before the reason given for a question asked before it ("... bawa apa
    aja soalnya kemarin ..."); a reason inside a story stays in it (cutting there gave the
    story a reading of its own to rank, for no answer)."""
    for i in range(MIN_CLAUSE, len(tokens) - MIN_CLAUSE + 1):
        if tokens[i] in _REASONS:
            before = tokens[:i]
            if default_signals().has("ask", spaced(before)) or is_inverted(before):
                return [before, tokens[i:]]
            return [tokens]
    return [tokens]


def split_at_markers(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """``tokens`` cut before each discourse marker that leaves at least
    :data:`MIN_CLAUSE` words on both sides."""
    pieces: list[tuple[str, ...]] = []
    start = 0
    for i in range(MIN_CLAUSE, len(tokens) - MIN_CLAUSE + 1):
        if i - start >= MIN_CLAUSE and _marker_at(tokens, i):
            pieces.append(tuple(tokens[start:i]))
            start = i
    pieces.append(tuple(tokens[start:]))
    return pieces


def _marker_at(tokens: Sequence[str], i: int) -> bool:
    if i >= len(tokens) or tokens[i] not in _MARKER_STARTS:
        return False  # no marker opens with this word: nothing to compare
    return any(tuple(tokens[i : i + len(m)]) == m for m in _MARKERS)


def focus_readings(text: str, analysis: Analysis, normaliser: Normaliser) -> list[Analysis]:
    """The readings of a long message's question, narrowest first: its asking clauses,
    then each with the clause before it, then each run of asking clauses (one question
    asked over a few clauses) with the clause before it, the last question first, then
    the sentences they are in with the sentence before each, then those sentences alone;
    at most :data:`MAX_READINGS`, none the same as an earlier one or the whole message.
    When every clause has an asking word, the clauses with a question mark ask. None
    for a short message or one where every clause (or none) asks."""
    if len(analysis.tokens) < LONG_MESSAGE:
        return []
    parts = clauses(text, normaliser)
    asking = asking_clauses(parts)
    if not asking:
        return []
    asked_sentences = {parts[i].sentence for i in asking}
    in_sentences = [i for i, c in enumerate(parts) if c.sentence in asked_sentences]
    before = {s - 1 for s in asked_sentences if s > 0} | asked_sentences
    with_sentence_before = [i for i, c in enumerate(parts) if c.sentence in before]
    choices = [asking, _with_previous(asking)]
    choices.extend(_with_previous(group) for group in reversed(_runs(asking)))
    choices.extend([with_sentence_before, in_sentences])
    readings: list[Analysis] = []
    seen: set[tuple[str, ...]] = {analysis.terms}
    for kept in choices:
        tokens = tuple(t for i in kept for t in parts[i].tokens)
        terms = normaliser.terms(tokens)
        if terms in seen:
            continue
        seen.add(terms)
        mark = any(parts[i].question_mark for i in kept)
        readings.append(Analysis(tokens, terms, mark))
        if len(readings) == MAX_READINGS:
            break
    return readings


def asking_clauses(parts: Sequence[Clause]) -> list[int]:
    """The indices of the clauses that ask; when every clause has an asking word, those
    with a question mark. Empty when every clause (or none) asks: then the message has
    no focus."""
    asking = [i for i, c in enumerate(parts) if c.asks]
    if len(asking) == len(parts):  # asking words everywhere: the question marks tell
        asking = [i for i, c in enumerate(parts) if c.question_mark]
    return [] if len(asking) == len(parts) else asking


def story_reading(
    text: str,
    analysis: Analysis,
    normaliser: Normaliser,
    names_topic: Callable[[Sequence[str]], bool] | None = None,
) -> Analysis | None:
    """The whole long message with the terms heard only outside its asking clauses
    marked as its story (:attr:`Analysis.background`): the question weighs most, while
    the story's words can still name the entry the question is about ("Kemarin ada yang
    cerita soal program perbaikan rumah. Syaratnya apa saja?"). With ``names_topic``,
    asking clauses whose terms it says name no topic keep the clause before each in the
    question ("... minta bukti tinggal di kota ini. Surat apa yang bisa saya minta?").
    A short message, or a long one with no clause that asks apart from the rest, is
    read so only when it tells what is given before it asks (see :mod:`given`); a long
    one of a single sentence (chat) is read so first when it does. None when a short
    one tells nothing given, or a long one has no focus (see :func:`asking_clauses`)."""
    short = len(analysis.tokens) < LONG_MESSAGE
    given: Analysis | None = None
    read_given = names_topic is None and (short or _one_sentence(text))
    if read_given:
        given = given_reading(text, analysis, normaliser)
    if short or given is not None:
        return given
    parts = clauses(text, normaliser)
    asking = asking_clauses(parts)
    if not asking:
        if names_topic is not None:
            return None
        return given if read_given else given_reading(text, analysis, normaliser)
    asked_tokens = [t for i in asking for t in parts[i].tokens]
    asked = normaliser.terms(asked_tokens)
    if names_topic is not None and not names_topic(asked_tokens):
        asked = normaliser.terms(t for i in _with_previous(asking) for t in parts[i].tokens)
    background = frozenset(analysis.terms).difference(asked)
    return Analysis(analysis.tokens, analysis.terms, analysis.question_mark, background)


def _one_sentence(text: str) -> bool:
    return sum(1 for s in SENTENCE.findall(text) if s.strip()) == 1


def _with_previous(kept: Sequence[int]) -> list[int]:
    return sorted({j for i in kept for j in (i - 1, i) if j >= 0})


def _runs(indices: Sequence[int]) -> list[list[int]]:
    """Consecutive indices grouped: one question asked in a row of clauses ("Itu benar
    ada? Daftarnya di mana?")."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs
