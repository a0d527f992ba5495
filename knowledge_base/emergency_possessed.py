"""The Lampung "api" (what) before a word with its possessive "-ni" names no fire.

In Lampung "api" is "what", and its questions put it before the thing asked after, which
carries the possessive "-ni" ("api syaratni?", "api caroni": what are its requirements,
how is it done). A fire is never said so: "api" before a possessed noun is a noun
phrase or a question, not a blaze. The rule reads the form, not a list of phrases: the
word after "api" ends in "-ni" on a base of at least three letters ("pajakni",
"ubatni"), and is no everyday word of its own ("begini", "disini", "kesini", "petani",
"berani": "api udah kesini" is a fire coming closer). "ini", "kini", "sini" and "dini"
are too short to carry the ending.
"""

from __future__ import annotations

import re

from knowledge_base.common_words import indonesian_words

_ENDING = "ni"
_SHORTEST_BASE = 3  # "pajak", "ubat", "caro"; "si" + "ni" is "sini", "ki" + "ni" "kini"
_API_THEN_WORD = re.compile(r" api (?=([a-z]+) )")


def without_api_possessed(words: str) -> str:
    """Spaced ``words`` without each "api" before a possessed word ("api syaratni"), that
    word kept: the question's thing may still name an event of its own."""
    if " api " not in words:
        return words
    return _API_THEN_WORD.sub(lambda found: " " if _possessed(found.group(1)) else " api ", words)


def _possessed(word: str) -> bool:
    """``word`` is a noun with the Lampung "-ni": a base of three letters or more, and
    no everyday word of its own."""
    return (
        word.endswith(_ENDING)
        and len(word) - len(_ENDING) >= _SHORTEST_BASE
        and word not in indonesian_words()
    )
