"""Whether a clause of a message asks: a question word or phrase (the complaint signals'
``ask`` phrases), a request without one ("tolong jelaskan", "mohon infonya", a letter's
"kami bermaksud menanyakan"), asking whether something exists ("ada ga ..."), a closing
"or not" tag, an English auxiliary verb opening the message. Read by the clause reading
of long messages (:mod:`focus`) and by the cut of a page-long one to its question
(:mod:`condense`)."""

from __future__ import annotations

import re

from knowledge_base.complaint import default_signals, is_inverted
from knowledge_base.letter import SUBJECT
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.sentences import ends_with_tag, without_indefinites

# Requests that ask without a question word ("tolong jelaskan", "mohon infonya", "minta
# info", "please tell me" -> "tolong tell me", a letter's "kami bermaksud menanyakan");
# "mohon maaf" only apologises.
_REQUESTS = re.compile(
    r" (?:tolong|mohon(?! maaf)|jelaskan|tell me|explain|let me know|need to know) "
    r"| (?:minta|butuh|perlu|bagi) (?:info|infonya|informasi|informasinya) "
    r"| (?:ingin|mau|hendak|bermaksud) (?:menanyakan|mengetahui) "
)
# Asking whether something exists, the tag right after "ada" ("ada ga pinjaman modal
# murah dari pemkot", normalised): "tidak ada" is no question
_EXISTS = re.compile(r" ada (?:tidak|nggak|belum) ")


def clause_asks(piece: tuple[str, ...], first: bool, tagged: bool) -> bool:
    """The piece has an asking word or a request, asks whether something exists ("ada
    ga X"), closes on an "or not" tag (``tagged``: where a tag may close it), or opens
    a message's first clause with an English auxiliary verb."""
    words = spaced(piece)
    return (
        default_signals().has("ask", words)
        or _REQUESTS.search(words) is not None
        or _EXISTS.search(words) is not None
        or (tagged and ends_with_tag(piece))
        or (first and is_inverted(piece))
    )


def piece_asks(text: str, normaliser: Normaliser) -> bool:
    """A sentence or phrase of a message, as written, asks: it has a question mark, is a
    letter's subject line (see :func:`subject_line`), or its words ask as a clause's do
    (see :func:`clause_asks`; a doubled question word, "apa-apa", asks nothing)."""
    if "?" in text or subject_line(text):
        return True
    tokens = tuple(normaliser.tokens(without_indefinites(text)))
    return bool(tokens) and clause_asks(tokens, first=True, tagged=True)


def subject_line(sentence: str) -> bool:
    """A letter's subject line ("Perihal: Permohonan informasi izin penutupan jalan"):
    it asks as a question does, for it names what the letter is about; read as story,
    its words weighed less than the letter's closing "mohon petunjuk ... izin tersebut"."""
    return SUBJECT.match(sentence) is not None
