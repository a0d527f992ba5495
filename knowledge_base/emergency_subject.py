"""A word of dying, killing or burning read by whom it is said of.

"Dying", "mau mati", "hampir mati", "being killed" name a danger only when said of
someone: "my father is dying", "ibu saya mau mati", "someone is being killed next
door"; said of a phone, a plant or a lamp ("hp mau mati", "my plants are dying") they are
no emergency, and their figures of speech ("dying to know", "killing time", "mati
lampu", "mau mati rasanya") are *neutral* phrases, removed before. So a *dying* phrase
counts as the hazard the table names for it (:data:`HAZARD`) when its subject is a
person: a *person* phrase or a third-person pronoun (*third*: "he", "dia") ending at most
:data:`_REACH` words before it, and not itself the owner of a thing ("hp ibu saya mau
mati": the phone is dying). A *killing* phrase counts so with a person on either side
("a man is killing his wife"; "the heat is killing me" names no one).

The other way round, a fire word said of a person or the weather is a fever or heat
(*feverish*: "my son is burning up", "it is burning up outside"): with a person, a
pronoun or the writer (*speaker*: "i", "it") as its subject it is removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge_base.phrases import PhraseTable

HAZARD = "sekarat"  # the hazard phrase a dying person is read as (data/emergency.tsv)
SAID_OF_SOMEONE = ("dying", "killing")  # read as a hazard when said of someone
KINDS = (*SAID_OF_SOMEONE, "feverish")
_REACH = 2  # words between a subject and its verb: "ibu saya sudah mau mati"
_WORD = re.compile(r"\S+ ")
# a person right after one of these is the object of a preposition, not a subject
# ("listrik di rumah dekat nenek mau mati", "the lights at my mom's are dying")
_PREPOSITION = re.compile(
    r" (?:di|ke|dari|pada|dekat|sama|dengan|untuk|buat|at|in|of|to|from|for|with|near) $"
)


def with_subjects_read(words: str, rules: PhraseTable, found: Iterable[str]) -> str:
    """Spaced ``words`` with each *dying* or *killing* phrase said of a person read as
    :data:`HAZARD`, and each *feverish* phrase said of a person, a pronoun or the
    writer removed (``found``: the message's words, to skip kinds it cannot have)."""
    for kind in KINDS:
        if rules.may_have(kind, found):
            words = _read(kind, words, rules)
    return words


def _read(kind: str, words: str, rules: PhraseTable) -> str:
    pieces: list[str] = []
    end = 0
    for match in rules.matches(kind, words):
        pieces.append(words[end : match.start()])
        said = _said_of_someone(kind, words, match.start(), match.end(), rules)
        if kind == "feverish":
            pieces.append("" if said else match.group())
        else:
            pieces.append(HAZARD + " " if said else match.group())
        end = match.end()
    pieces.append(words[end:])
    return "".join(pieces)


def _said_of_someone(kind: str, words: str, start: int, end: int, rules: PhraseTable) -> bool:
    subjects = ("person", "third", "speaker") if kind == "feverish" else ("person", "third")
    if any(_ends_before(words, start, rules, subject) for subject in subjects):
        return True
    return kind == "killing" and any(
        _opens_after(words, end, rules, subject) for subject in ("person", "third")
    )


def _ends_before(words: str, start: int, rules: PhraseTable, kind: str) -> bool:
    """A phrase of ``kind`` ends at most :data:`_REACH` words before ``start``, with no
    *thing* right before it (it would own the thing, which is then the subject)."""
    pattern, thing = rules.patterns[kind], rules.patterns["thing"]
    begins = [m.start() for m in _WORD.finditer(words, 1, start)]
    for at in begins:
        found = pattern.match(words, at)
        if not found or found.end() > start:
            continue
        between = len(_WORD.findall(words, found.end(), start))
        owned = any(
            (t := thing.match(words, b)) is not None and t.end() == at for b in begins if b < at
        )
        if between <= _REACH and not owned and not _PREPOSITION.search(words, max(0, at - 8), at):
            return True
    return False


def _opens_after(words: str, end: int, rules: PhraseTable, kind: str) -> bool:
    """A phrase of ``kind`` opens at most :data:`_REACH` words after ``end``."""
    pattern, at = rules.patterns[kind], end
    for _ in range(_REACH + 1):
        if at >= len(words) - 1:
            return False
        if pattern.match(words, at):
            return True
        at = words.find(" ", at) + 1
    return False
