"""A regional question word that is part of a name asks nothing: "Pegawai Sopo Godang minta
uang rokok" names a hall (Toba "sopo", a house), which the normaliser reads as the Javanese
"sopo", "siapa"; "Balai Opo Lamo" a building. Village halls, hamlets and lodges are named in
the regional language, and some of its words spell a question word of a neighbouring one.

The resident marks such a name with capitals: a capitalised word beside another (a name
runs over two words or more), whose reading is a question word that it does not spell in
Indonesian ("Sopo" is read "siapa"; "Kapan", "Siapa" are Indonesian and stay asking, as
sentence openings are capitalised too). A word beside a form of address ("Piye Pak,
caranya?") is no name. :func:`without_named_asking` cuts such words from the text the
complaint model reads (see :meth:`knowledge_base.matcher.Matcher.complaint_features`); the
ranking reads the message as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# the question words a regional word may be read as
ASKING = frozenset(
    {"siapa", "apa", "mana", "bagaimana", "gimana", "kapan", "berapa", "kenapa", "mengapa"}
)
# forms of address: "Piye Pak" calls someone, it names nothing
_ADDRESS = frozenset(
    {"pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "bang", "min", "dik", "om", "tante"}
)
_WORD = re.compile(r"[A-Za-z']+")
_CAPITALISED = re.compile(r"[A-Z][a-z']+")
# a name's words stand with only spaces between them
_SPACES = re.compile(r"[ \t]+")
_NAME_RUN = re.compile(r"\b[A-Z][a-z']+[ \t]+[A-Z][a-z']+\b")


def without_named_asking(text: str, reading: Callable[[str], Sequence[str]]) -> str:
    """``text`` without the regional question words that are part of a name (see the
    module); ``reading``: the normaliser's tokens of one word."""
    if _NAME_RUN.search(text) is None:  # most messages: no two capitalised words together
        return text
    words = list(_WORD.finditer(text))
    cut: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if not _CAPITALISED.fullmatch(word.group()) or word.group().lower() in ASKING:
            continue
        if not any(_named_beside(text, word, other) for other in _neighbours(words, i)):
            continue
        read = reading(word.group().lower())
        if len(read) == 1 and read[0] in ASKING:
            cut.append(word.span())
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    return text


def _neighbours(words: list[re.Match[str]], i: int) -> list[re.Match[str]]:
    return [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]


def _named_beside(text: str, word: re.Match[str], other: re.Match[str]) -> bool:
    """``other`` is a capitalised word right beside ``word``, no form of address."""
    between = text[min(word.end(), other.end()) : max(word.start(), other.start())]
    return (
        _SPACES.fullmatch(between) is not None
        and _CAPITALISED.fullmatch(other.group()) is not None
        and other.group().lower() not in _ADDRESS
    )
