"""How many phrases of each kind of ``data/complaint_signals.tsv`` a normalised message
has, as the complaint model reads them (see :mod:`complaint`): an asking told as part of
the story not counted (see :mod:`narrated_ask`), an English report's words as typed read
too (see :mod:`complaint_told`), how long a state has lasted read as two, the office in
an official's title no place ("pak rt", "kepala dusun" name who acts, not where). Words
that only look like a kind are not counted: a bad state denied ("tidak rusak"), conduct
in a condition or the writer's own request ("kalau minta surat", "bukan minta obat"), an
asking word that names a place or a condition ("ke nanga riam" read "ke tanya",
"sebagai syarat")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge_base.complaint_shape import without_vocative
from knowledge_base.complaint_told import tells_elapsed, told_as_typed, without_stressed_amount
from knowledge_base.narrated_ask import may_ask_nothing, still_asking
from knowledge_base.phrases import PhraseTable, spaced, word_positions
from knowledge_base.signal_table import KINDS
from knowledge_base.stemmer import strip_particle


def told_kinds(
    tokens: list[str],
    english: Sequence[str],
    signals: PhraseTable,
    question_mark: bool,
    untagged: Sequence[str],
) -> tuple[list[str], dict[str, float]]:
    """The message's tokens and its :func:`kinds_found`: without a closing "kah" that
    stresses an amount demanded (see :func:`stresses_amount`), and its asking phrases no
    more than ``untagged`` has, its tokens without the negations opening a clause (see
    :mod:`clause_negation`): an "or not" tag is not read across a comma."""
    found = kinds_found(tokens, spaced(tokens), english, signals)
    if stresses_amount(tokens, found, question_mark):
        tokens = tokens[:-1]
        found = kinds_found(tokens, spaced(tokens), english, signals)
    if untagged:
        clauses = spaced([strip_particle(t) for t in without_vocative(untagged)])
        found["ask"] = min(found["ask"], asked_count(clauses, set(clauses.split()), signals))
    return tokens, found


def kinds_found(
    tokens: Sequence[str], text: str, english: Sequence[str], signals: PhraseTable
) -> dict[str, float]:
    """Per phrase kind, how many spaced ``text`` (of ``tokens``) has, capped at two;
    ``english``: an English message's words as typed (see the module's docstring)."""
    present = set(tokens)
    opened = signals.openings(word_positions(text))
    found = {
        kind: float(min(2, signals.counted(kind, text, opened.get(kind, ())))) for kind in KINDS
    }
    if found["bad"] and found["negation"] and not _DENIALS.isdisjoint(present):
        _without_denied_states(found, text, signals)
    if found["conduct"] and not _UNTOLD_WORDS.isdisjoint(present):
        found["conduct"] = float(min(2, told_conduct(text, signals)))
    if found["place"] and found["official"]:
        untitled = signals.replaced("official", text, " _ ")
        found["place"] = float(min(2, signals.count("place", untitled)))
    if english:
        found = told_as_typed(found, english, signals)
    if found["ask"] and may_ask_nothing(present):
        found["ask"] = asked_count(text, present, signals)
    if found["ask"] and not _NAMING_WORDS.isdisjoint(present):
        found["ask"] = min(found["ask"], _asked_not_naming(text, signals))
    if tells_elapsed(text, signals):
        found["elapsed"] = 2.0
    return found


# a bad state denied is a good one: "meterannya tidak rusak, tapi ...", "kartunya ada, ga
# hilang", "the meter is not broken": the writer rules a failure out, often to set a
# sibling entry aside, and reports neither it nor a service not given
_DENIALS = frozenset({"tidak", "bukan", "not"})


def _without_denied_states(found: dict[str, float], text: str, signals: PhraseTable) -> None:
    """``found`` without the bad states of spaced ``text`` that a negation right before
    denies (see :data:`_DENIALS`), nor those negations."""
    states = signals.matches("bad", text)
    denied = sum(text[: state.start()].endswith(_DENIED_ENDINGS) for state in states)
    if denied:
        found["bad"] = float(min(2, len(states) - denied))
        found["negation"] = max(0.0, found["negation"] - denied)


_DENIED_ENDINGS = tuple(f" {word} " for word in _DENIALS)


# a conduct phrase right after these, or one word after, tells no event: a condition or a
# question ("kalau minta surat keterangan, harusnya gratis kan?", "apakah dipungut
# biaya"), or the writer's own request, wanted or disowned ("saya mau minta surat
# pengantar", "bukan minta obat, saya minta bibit baru")
_UNTOLD_BEFORE = (
    *("kalau", "kalo", "jika", "bila", "apakah", "apa", "mau", "ingin", "hendak", "bisa"),
    *("boleh", "harus", "perlu", "cara", "bukan", "if", "whether", "can", "could", "should"),
)
_NOT_TOLD = re.compile(rf" (?:{'|'.join(_UNTOLD_BEFORE)})(?: \S+)? $")
_UNTOLD_WORDS = frozenset(_UNTOLD_BEFORE)


def told_conduct(text: str, signals: PhraseTable) -> int:
    """How many of the conduct phrases of spaced ``text`` tell an event (see
    :data:`_NOT_TOLD`)."""
    return sum(
        _NOT_TOLD.search(text, 0, conduct.start()) is None
        for conduct in signals.matches("conduct", text)
    )


# an asking word that names instead: a place after its preposition ("speedboat ke nanga
# riam", read "ke tanya"; "di alur pelayaran", read "di prosedur"), where only a question
# word asks ("ke mana", "di mana", "ke siapa", "ke dinas mana"), and a condition set
# ("minta 3 juta sebagai syarat anak diterima")
_PLACE_PREPOSITIONS = ("di", "ke")
# a part of a place between the preposition and the word: "di tengah alur sungai",
# "ke ujung alur", "sepanjang alur pelayaran" (read "di tengah prosedur sungai")
_PLACE_PARTS = frozenset(
    {"tengah", "pinggir", "tepi", "ujung", "mulut", "dekat", "sekitar", "seberang", "sebelah"}
    | {"atas", "bawah", "depan", "belakang", "samping", "dalam", "luar", "hulu", "hilir"}
)
_ALONG = "sepanjang"
_QUESTION_WORDS = frozenset({"mana", "siapa", "apa", "berapa", "kapan", "bagaimana", "gimana"})
_CONDITION_VERBS = ("sebagai", "menjadi", "dijadikan")
_NAMING_WORDS = frozenset((*_PLACE_PREPOSITIONS, *_CONDITION_VERBS, _ALONG))


def _asked_not_naming(text: str, signals: PhraseTable) -> float:
    """The asking phrases of spaced ``text`` less those that name (see
    :data:`_PLACE_PREPOSITIONS`), capped at two."""
    asked = signals.matches("ask", text)
    naming = 0
    for phrase in asked:
        before = text[: phrase.start()].split()[-2:]
        word = before[-1] if before else ""
        words = phrase.group().split()
        placed = (
            word in _PLACE_PREPOSITIONS
            or word == _ALONG
            or (word in _PLACE_PARTS and len(before) == 2 and before[0] in _PLACE_PREPOSITIONS)
        )
        naming += (placed and _QUESTION_WORDS.isdisjoint(words)) or (
            word in _CONDITION_VERBS and words[0].startswith("syarat")
        )
    return float(min(2, len(asked) - naming))


def asked_count(text: str, present: set[str], signals: PhraseTable) -> float:
    """The asking phrases of spaced ``text`` (its words ``present``), those told as part
    of the story not counted (see :mod:`narrated_ask`), capped at two."""
    asked = still_asking(text, present) if may_ask_nothing(present) else text
    return float(min(2, signals.count("ask", asked)))


def stresses_amount(tokens: Sequence[str], found: dict[str, float], question_mark: bool) -> bool:
    """The message closes on a "kah" stressing the amount someone demanded (see
    :func:`complaint_told.without_stressed_amount`): money and conduct told, no question
    mark."""
    return (
        bool(found["money"] and found["conduct"])
        and not question_mark
        and len(without_stressed_amount(tokens)) < len(tokens)
    )
