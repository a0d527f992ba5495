"""A long message read by its question: a page-long story cut to its question, not to
its beginning.

A resident who writes a page tells the story first and asks last: "Selamat malam ...
Saya tinggal di ... Bulan lalu istri saya melahirkan ... (a dozen sentences) ...
Pertanyaan saya, untuk membuat akta kelahiran anak syaratnya apa saja?". Cut at its
first thousand characters (what the matcher reads), such a message lost its question
and read as a complaint. :func:`condensed` keeps, within :data:`CONDENSED_CHARS`, the
sentences that ask, the sentence before
each (a question often leaves its topic to it: "... kartu kuning. Di mana bikinnya?"),
the opening sentence (which often says what the message is about: "saya mau tanya soal
akta kelahiran"), and then the story nearest the question; each kept sentence in its
place. A message with no sentence that asks is left as it is (the matcher reads its
beginning, as before).

The limit is the length of the longest development messages (about 450 characters),
which the readings of a long message were weighed on: the more story is kept, the more
its words pull. On 18 invented messages of 780 to 1,700 characters (a question after a
story, formal letters, chat strung with commas, English; two complaints without a
question), 400 to 600 characters answered all 18 right, 700 answered 16, 1,000 answered
15, and cutting at the beginning 8.

The work is linear in the message: its sentences are found once, and each is read for
an asking word once (a sentence with a question mark is not read at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from knowledge_base.asking import piece_asks
from knowledge_base.letter import letter_body
from knowledge_base.names import without_names
from knowledge_base.normaliser import Normaliser
from knowledge_base.overlapping_parts import MESSAGE_CHARS
from knowledge_base.sentences import SENTENCE

CONDENSED_CHARS = 500  # a longer message with a question is read within this many
# a sentence longer than this share of the limit is cut at its commas too: a chat
# message strung together with commas has one "sentence" for its whole story
LONG_SENTENCE_SHARE = 0.5
_COMMA = re.compile(r"[^,]+,*")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    asks: bool


def read_part(text: str, normaliser: Normaliser) -> str:
    """What of a message the matcher reads: ``text`` without the letter formulas around
    it (see :mod:`letter`) and the names of people and organisations it gives (see
    :mod:`names`), a long one :func:`condensed` to its question (its pieces read for an
    asking word by :func:`knowledge_base.asking.piece_asks`); ``text`` itself when none
    of these changes it."""
    body = without_names(letter_body(text[:MESSAGE_CHARS]), normaliser.vocabulary.__contains__)
    return condensed(body, partial(piece_asks, normaliser=normaliser))


def condensed(text: str, asks: Callable[[str], bool], limit: int = CONDENSED_CHARS) -> str:
    """``text`` when it has at most ``limit`` characters or no piece of it asks
    (``asks``: whether a piece's text asks); else its pieces (sentences, a long one's
    comma phrases) kept by :func:`_order` while they fit in ``limit``, in the order
    written."""
    if len(text) <= limit:
        return text
    pieces = _pieces(text, int(limit * LONG_SENTENCE_SHARE), asks)
    if not any(piece.asks for piece in pieces):
        return text
    kept: list[int] = []
    used = 0
    for i in _order(pieces):
        size = pieces[i].end - pieces[i].start + 1  # and a space to join it
        if used + size <= limit:
            kept.append(i)
            used += size
    if not kept:  # one question longer than the limit: its end asks
        last = max(i for i, piece in enumerate(pieces) if piece.asks)
        return text[max(pieces[last].start, pieces[last].end - limit) : pieces[last].end]
    return " ".join(text[pieces[i].start : pieces[i].end].strip() for i in sorted(kept))


def _pieces(text: str, longest: int, asks: Callable[[str], bool]) -> list[_Piece]:
    """The sentences of ``text``, one longer than ``longest`` cut at its commas."""
    found: list[_Piece] = []
    for sentence in SENTENCE.finditer(text):
        start, end = sentence.span()
        parts = [sentence] if end - start <= longest else _COMMA.finditer(text, start, end)
        for part in parts:
            if text[part.start() : part.end()].strip():
                found.append(_Piece(part.start(), part.end(), asks(part.group())))
    return found


def _order(pieces: list[_Piece]) -> list[int]:
    """The pieces' indices, the first to keep first: those that ask (the last first),
    the piece before each, the opening piece, then the others nearest to a piece that
    asks (before it first)."""
    asking = [i for i, piece in enumerate(pieces) if piece.asks]
    first = [*reversed(asking), *(i - 1 for i in reversed(asking) if i > 0), 0]
    order = list(dict.fromkeys(first))
    chosen = set(order)

    def distance(i: int) -> tuple[int, int]:
        nearest = min(abs(i - j) for j in asking)
        return nearest, 0 if any(j > i for j in asking) else 1

    rest = sorted((i for i in range(len(pieces)) if i not in chosen), key=distance)
    return order + rest
