"""How a message is cut into sentences, and which question words ask nothing: shared by
the clause reading of long messages (:mod:`focus`) and the complaint model's reading of
how a message is built (:mod:`complaint_shape`), so both see the same sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from knowledge_base.literals import folded

LONG_MESSAGE = 25  # words from which a message is long enough to have a focus

# A sentence runs to ".", "!", "?" or a line break; a point between digits ("1.000
# meter", "Rp 2.500") is part of a number, not a sentence end. The run of other
# characters is matched whole (``+`` inside the group): the very same sentences, while
# trying the two alternatives at every character cost a 4 KB letter's reading 0.3 ms.
SENTENCE = re.compile(r"(?:[^.!?\n]+|(?<=\d)\.(?=\d))+[.!?\n]*")

# A doubled or "-pun" question word is indefinite, no question: "belatung di mana-mana",
# "tidak dikasih tahu apa-apa", "belum kenal siapa siapa", "kapan pun", "apa2"; the
# normaliser undoes the doubling, so it is dropped from the raw text, with its "di" or
# "ke" written apart ("ke mana-mana": no preposition left closing the clause), before the
# question is looked for ("syaratnya apa-apa saja?" still asks).
_QUESTION_WORDS = ("apa", "siapa", "kapan", "mana", "berapa")  # "-pun": the first four
# Malay spells the same words with a final "e" or "o" ("ape-ape", "mane-mane", "apo-apo")
_MALAY_SPELLINGS = ("ape", "apo", "sape", "siapo", "mane", "mano", "berape", "berapo")
INDEFINITE = re.compile(
    r"\b(?:(?:di|ke) ?)?(apa|ape|apo|siapa|sape|siapo|kapan|mana|mane|mano|berapa|berape|berapo)"
    r"(?:[- ]?\1|2)\b(?! ?(?:saja|aja|sj|aj|bae)\b)"
    r"|\b(?:apa|siapa|kapan|mana) ?pun\b",
    re.IGNORECASE,
)


# what every indefinite holds, as :func:`folded` reads it: its question word doubled
# ("apaapa", "apa-apa", "apa apa"), with a "2", or with its "pun"
_INDEFINITE_FORMS = tuple(
    [w + between + w for w in _QUESTION_WORDS + _MALAY_SPELLINGS for between in ("", "-", " ")]
    + [w + "2" for w in _QUESTION_WORDS + _MALAY_SPELLINGS]
    + [w + between + "pun" for w in _QUESTION_WORDS[:4] for between in ("", " ")]
)


def without_indefinites(text: str) -> str:
    """``text`` without its indefinite question words (:data:`INDEFINITE`), ``text``
    itself when it has none. A cheap test first: an indefinite holds one of
    :data:`_INDEFINITE_FORMS` (see :mod:`knowledge_base.literals`), and most messages,
    however many question words or "bapak" they have, hold none of them."""
    lowered = folded(text)
    if not any(form in lowered for form in _INDEFINITE_FORMS):
        return text
    return INDEFINITE.sub(" ", text) if INDEFINITE.search(text) else text


# A closing "or not" that asks ("ga", "gak", "blm" normalised), with a particle after it
_TAGS = frozenset({"tidak", "belum", "nggak"})
_TAG_PARTICLES = frozenset({"sih", "tuh", "ya", "kan", "nih", "kah", "deh"})


def ends_with_tag(tokens: Sequence[str]) -> bool:
    """A chat sentence that asks with a closing "or not" instead of a question word or
    mark ("... wajib daftar pajak ga sih", "... udah bisa rekam ktp blm"), normalised."""
    return closes_on(tokens, _TAGS, _TAG_PARTICLES)


def closes_on(tokens: Sequence[str], tags: Set[str], particles: Set[str]) -> bool:
    """The last token is one of ``tags``, or the one before a closing particle is."""
    end = tokens[-2:] if tokens and tokens[-1] in particles else tokens[-1:]
    return bool(end) and end[0] in tags
