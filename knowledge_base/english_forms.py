"""Base forms an inflected English word may stand for: "registering", "registered",
"registers" -> "register"; "facilities" -> "facility"; "splitting" -> "split";
"closing" -> "close"; British "-ise"/"-our"/"-re" spellings also read as American
("immunised" -> "immunize", "centre" -> "center").

Pure and lexicon-blind: the normaliser takes a reading only when it is a word of the
English bridge (``data/english.tsv``), so an Indonesian word that happens to end in
"-s" or "-ing" ("kelas", "kucing") is left alone."""

from __future__ import annotations

from functools import lru_cache

from knowledge_base.language import language_of

_VOWELS = frozenset("aeiou")
# endings that are no plural "-s": class, bus, basis, news
_NOT_PLURAL = ("ss", "us", "is", "ews")
# British word endings and their American form, tried on every reading; "-our" only
# after three letters ("labour", "neighbour"; not "four", "your", "hour")
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter"))
_SHORTEST_STEM = 3
SHORTEST = 3  # a reading keeps three letters ("fee", "pay")


def _undoubled(base: str) -> list[str]:
    """A doubled final consonant before -ed/-ing: "splitt" -> "split"."""
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        return [base[:-1]]
    return []


def _inflections(word: str) -> list[str]:
    forms: list[str] = []
    if word.endswith(("ies", "ied")):
        forms.append(word[:-3] + "y")  # facilities, applied
    if word.endswith("ing"):
        base = word[:-3]
        forms += [base, base + "e", *_undoubled(base)]  # checking, closing, splitting
    if word.endswith("ed"):
        base = word[:-2]
        forms += [base, base + "e", *_undoubled(base)]  # registered, issued, stopped
    # "-es" is a plural's own syllable after a hissing sound (businesses, taxes); else
    # the "e" is the word's ("notes" is note, no "not"; "sites" site, no "sit")
    hissing = word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh"))
    if hissing:
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith(_NOT_PLURAL):
        forms.append(word[:-1])  # permits, fees
    if word.endswith("es") and not hissing:
        forms.append(word[:-2])  # goes, potatoes
    return forms


def _american(word: str) -> str:
    for british, american in _SPELLINGS:
        stem = word[: -len(british)]
        if word.endswith(british) and len(stem) >= _SHORTEST_STEM:
            return stem + american
    return word


@lru_cache(maxsize=65536)
def english_readings(word: str) -> tuple[str, ...]:
    """Base forms ``word`` may be an inflection or British spelling of, most likely
    first; empty for short words and words with digits."""
    if len(word) < SHORTEST + 1 or not word.isascii() or not word.isalpha():
        return ()
    forms = [f for f in _inflections(word) if len(f) >= SHORTEST]
    readings = [*forms, _american(word), *map(_american, forms)]
    return tuple(dict.fromkeys(r for r in readings if r != word))


def english_no(tokens: list[str], text: str) -> list[str]:
    """In an English message "no" is a negation ("no water since monday"), not the
    chat abbreviation of "nomor"; before a number it stays "nomor" ("no 12")."""
    if "no" not in tokens or language_of(text) != "en":
        return tokens
    following = [*tokens[1:], ""]
    return [
        "tidak" if token == "no" and not after.isdigit() else token
        for token, after in zip(tokens, following, strict=True)
    ]


def english_base_form(word: str, english: frozenset[str]) -> str:
    """An English word's base form among ``english`` words ("mentions" -> "mention",
    "berries" -> "berry"), else the word itself: English words get English base forms,
    never Indonesian affix stripping."""
    return next((r for r in english_readings(word) if r in english), word)


_WORK = frozenset(["work", "works", "working"])
# words that may follow the verb "work" at the end of a "how does ... work" clause
_AFTER_WORK = frozenset(["", "and", "for", "if", "in", "now", "here", "exactly", "again", "when"])
_HOW_DOES_REACH = 6  # tokens after "how does" in which its verb "work" is looked for


def english_no_work(tokens: list[str], text: str) -> list[str]:
    """English "no" as a negation (:func:`english_no`), and the verb of "how does the
    waste bank work" dropped: it asks how a service runs, and read as "kerja" (a job) it
    would point to job entries. "work" as a noun ("how do I find work") stays."""
    tokens = english_no(tokens, text)
    if "work" not in text and "works" not in text:
        return tokens
    drop: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i] == "how" and tokens[i + 1] in ("does", "do"):
            reach = range(i + 3, min(i + 2 + _HOW_DOES_REACH, len(tokens)))
            for j in reach:
                after = tokens[j + 1] if j + 1 < len(tokens) else ""
                if tokens[j] in _WORK and after in _AFTER_WORK and tokens[i + 2] != "i":
                    drop.add(j)
                    break
    return [t for k, t in enumerate(tokens) if k not in drop]
