"""Everyday words of Indonesian and English that are no typo: "tiang" is not "tilang",
"beras" not "berat", "lulus" not "lurus", "case" not "cause". Read once per process from
wordfreq's frequency lists (package licence Apache-2.0; its word lists CC BY-SA 4.0) when
the first index is built, never per message.

Indonesian words need a zipf frequency of 3.1 (about once per 800,000 words; at 3.0
"ngamuk" would be protected, and its one dev message relied on reading it as "nyamuk"), a
vowel ("lbh", "kpd" are chat abbreviations that made it into the list) and four letters
("kta" is "kota"); English words 3.5, a vowel and two letters.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict

VOWELS = frozenset("aeiouy")
INDONESIAN_ZIPF = 3.1
ENGLISH_ZIPF = 3.5


def _zipf_floor(zipf: float) -> float:
    return math.pow(10, zipf - 9)


def _frequent(language: str, zipf: float, shortest: int) -> set[str]:
    floor = _zipf_floor(zipf)
    return {
        word
        for word, frequency in get_frequency_dict(language, wordlist="small").items()
        if frequency >= floor
        and len(word) >= shortest
        and word.isascii()
        and word.isalpha()
        and not VOWELS.isdisjoint(word)
    }


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent Indonesian and English words: never corrected into a KB word."""
    return frozenset(_frequent("id", INDONESIAN_ZIPF, 4) | _frequent("en", ENGLISH_ZIPF, 2))


@lru_cache(maxsize=1)
def everyday_indonesian_words() -> frozenset[str]:
    """The most frequent Indonesian words (about once per 3,000 words): a chat form
    without vowels most likely stands for one ("kta" is "kata")."""
    return frozenset(_frequent("id", EVERYDAY_ZIPF, 3))


EVERYDAY_ZIPF = 5.5


@lru_cache(maxsize=1)
def indonesian_words() -> frozenset[str]:
    """Frequent Indonesian words (four letters or more, with a vowel)."""
    return frozenset(_frequent("id", INDONESIAN_ZIPF, 4))


THREE_LETTER_ZIPF = 3.8  # "hak", "bab", "bis", "rem"; not "kta" (3.65) nor "bsa" (3.2)


@lru_cache(maxsize=1)
def three_letter_words() -> frozenset[str]:
    """Frequent Indonesian words of three letters with a vowel ("hak", "bab", "tol"):
    a real word the resident meant, not a chat form of a longer one ("hak" is no
    "hoak", "bab" no "babi"). Chat forms that made it into the list are rarer."""
    return frozenset(w for w in _frequent("id", THREE_LETTER_ZIPF, 3) if len(w) == 3)


ENGLISH_ONLY_ZIPF = 3.0  # about once per million English words
ENGLISH_MARGIN = 1.0  # ten times more frequent in English than in Indonesian


@lru_cache(maxsize=1)
def english_base_words() -> frozenset[str]:
    """English words of four letters or more heard about once per million words: the
    base forms an inflected English word may be read as ("berries" -> "berry")."""
    floor = _zipf_floor(ENGLISH_ONLY_ZIPF)
    return frozenset(
        word
        for word, frequency in get_frequency_dict("en", wordlist="small").items()
        if frequency >= floor and len(word) >= 4 and word.isascii() and word.isalpha()
    )


@lru_cache(maxsize=1)
def english_only_words() -> frozenset[str]:
    """English words that are not Indonesian ("permission", "people", "mentions"; not
    "bank", "data", "program", which Indonesian uses as much): the Indonesian stemmer
    must not strip them ("permission" is no "per-" + "mission")."""
    english = get_frequency_dict("en", wordlist="small")
    indonesian = get_frequency_dict("id", wordlist="small")
    margin = math.pow(10, ENGLISH_MARGIN)
    return frozenset(
        word for word in english_base_words() if english[word] >= margin * indonesian.get(word, 0.0)
    )


@lru_cache(maxsize=1)
def _indonesian_frequencies() -> dict[str, float]:
    return get_frequency_dict("id", wordlist="small")


def indonesian_frequency(word: str) -> float:
    """How often ``word`` is heard in Indonesian (a share of all words; 0.0 when it is
    too rare for wordfreq's list): which of two readings of a word is the likelier."""
    return _indonesian_frequencies().get(word, 0.0)
