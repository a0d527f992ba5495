"""A writer taking back what they just typed, as the emergency check reads it:
"kebakaran!!! eh maksudnya harga cabai kebakaran", "ada yang pingsan, eh maksud saya
kakek saya" (an interjection first: "maksudnya" alone asks what something means)."""

from __future__ import annotations

import re

from knowledge_base.emergency_message import Message
from knowledge_base.emergency_spelling import EmergencyRules, standard_words
from knowledge_base.literals import holds_any
from knowledge_base.phrases import spaced

_SELF_CORRECTION = re.compile(
    r"\b(?:e+h+|eits|ups|oops|sorry|maaf|wait)\b[\s,.!]*(?:salah[\s,.!]+)?(?:maksud(?:nya|ku)?"
    r"(?:\s+(?:saya|aku|gue|gw|gua))?|salah(?:\s+(?:ketik|tulis|sebut))?|bukan|i\s+meant?)\b",
    re.IGNORECASE,
)
# what takes it back holds one of these (see knowledge_base.literals)
_TAKEN_BACK = ("maksud", "salah", "bukan", "mean")
EVENTS = ("hazard", "risk")


def as_meant(text: str, given: EmergencyRules) -> str:
    """What the writer means after taking back what they typed: the words after the
    last self-correction when they name an event word again, in whatever sense
    ("kebakaran!!! eh maksudnya harga cabai udah kebakaran" is about a price), else the
    whole message with the shouts before it withdrawn: the correction changes a detail
    ("ada orang tenggelam! eh maksud saya di waduk"), and the event it names counts.
    ``text`` itself when it takes nothing back."""
    if not holds_any(text, _TAKEN_BACK) or _SELF_CORRECTION.search(text) is None:
        return text
    *_, last = _SELF_CORRECTION.finditer(text)
    after = text[last.end() :]
    named = Message(spaced(standard_words(after, given)), given.table)
    if any(named.has(kind) for kind in EVENTS):
        return after
    return text[: last.start()].replace("!", ",") + text[last.start() :]
