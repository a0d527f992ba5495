"""Indonesian words as Madurese spells and inflects them, for a word the vocabulary lacks.

Madurese writes the words it shares with Indonesian by its own rules, and no table can
list every word so written:

- its aspirated consonants: "dh", "bh", "gh", "jh" and a doubled "ggh" where Indonesian
  has "d", "b", "g", "j" ("dhisa", "ghratis", "mingghu": desa, gratis, minggu);
- its "o" for Indonesian "u" and "e" (an "è" before accents are dropped) for "i"
  ("sorat", "cokop", "laher", "korse": surat, cukup, lahir, kursi), on words of five
  letters or more, so that a short Javanese word ("kene", here) is no Indonesian one
  ("kini");
- the passive prefix "è-" that is Indonesian "di-" ("èganti", "èbhânto": diganti,
  dibantu), and the verb prefix "a-" on a word spelt with an aspirate ("ajhâlân",
  "abhâjâr": jalan, bayar), which no English word ("aboard") is;
- the possessive that doubles a word's last consonant before "a" ("rekamma",
  "passporra": rekamnya, paspornya; after a vowel it is "-na", which
  :mod:`word_forms` reads);
- its "b" for the "v" of loanwords, which it has no letter for ("baksin", "èbâksin",
  "serbis": vaksin, divaksin, servis), in a word of two vowels or more: a chat word
  written without its vowels is no loanword ("pindh" for pindah is no English "find",
  which is why a "p" is not read as "f").

A word is read so only when exactly one reading is a known word (``known``): two
readings are a guess, and the normaliser asks only about a word it does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from knowledge_base.tokens import squeeze_doubles

ASPIRATES = (("ggh", "gg"), ("dh", "d"), ("bh", "b"), ("gh", "g"), ("jh", "j"))
# Madurese vowels and the Indonesian ones they may stand for
_VOWELS = {"o": ("o", "u"), "e": ("e", "i")}
SHIFTED_LENGTH = 5  # vowels are shifted only in words of five letters or more
MAX_SHIFTS = 2  # "korse" is kursi: two vowels said the Madurese way
MIN_ROOT = 3  # "èkir": kir (the vehicle test) takes the passive
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxyz")


def _unaspirated(word: str) -> str:
    for said, meant in ASPIRATES:
        word = word.replace(said, meant)
    return word


def _vowel_readings(word: str) -> list[str]:
    """``word`` with up to two of its "o" and "e" read as "u" and "i"."""
    places = [i for i, char in enumerate(word) if char in _VOWELS]
    if len(word) < SHIFTED_LENGTH or not places:
        return [word]
    readings = []
    for choice in product(*(_VOWELS[word[i]] for i in places)):
        shifted = sum(choice[n] != word[i] for n, i in enumerate(places))
        if shifted > MAX_SHIFTS:
            continue
        letters = list(word)
        for n, i in enumerate(places):
            letters[i] = choice[n]
        readings.append("".join(letters))
    return readings


LOAN_VOWELS = 2  # a word read with a loanword's "v" has two vowels or more


def _readings(word: str) -> list[tuple[str, str]]:
    """(prefix, word) pairs ``word`` may be read as: the word, and its root after the
    passive "e-" with "di" for a prefix; each also with the "v" of a loanword where it
    writes "b"."""
    found = _native_readings(word)
    if "b" in word and sum(char in "aeiou" for char in word) >= LOAN_VOWELS:
        found += _native_readings(word.replace("b", "v"))
    return found


def _native_readings(word: str) -> list[tuple[str, str]]:
    plain = _unaspirated(word)
    found = [("", reading) for reading in _vowel_readings(plain)]
    if plain.startswith("e") and len(plain) - 1 >= MIN_ROOT:
        found += [("di", reading) for reading in _vowel_readings(plain[1:])]
    if plain.startswith("a") and plain != word and len(plain) - 1 >= MIN_ROOT:
        found += [("", reading) for reading in _vowel_readings(plain[1:])]
    return found


def _possessive(word: str, known: Callable[[str], bool]) -> str | None:
    """The known word ``word`` is with the possessive that doubles its last consonant
    ("rekamma": rekamnya), else None."""
    base = word[:-2]
    doubled = len(word) > MIN_ROOT + 2 and word[-1] == "a" and word[-2] == word[-3]
    if not doubled or word[-2] not in CONSONANTS:
        return None
    for reading in dict.fromkeys((base, _unaspirated(base), squeeze_doubles(base))):
        if known(reading):
            return reading + "nya"
    return None


def madurese_word(word: str, known: Callable[[str], bool]) -> str | None:
    """The one known word (``known``) ``word`` is as Madurese spells it, with the
    passive "di-" where it has one, else None."""
    if not word.isalpha() or len(word) < MIN_ROOT + 1:
        return None
    if owned := _possessive(word, known):
        return owned
    found: dict[str, None] = {}
    for prefix, reading in _readings(word):
        if reading != word and known(reading):
            found.setdefault(prefix + reading)
    return next(iter(found)) if len(found) == 1 else None
