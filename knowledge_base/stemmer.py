"""A light, rule-based Indonesian stemmer (particles, possessive, common suffixes,
standard and colloquial prefixes with nasal assimilation).

It is conservative: stems keep at least four letters (three when vowel-initial) and only
one prefix is removed, so short words are left alone. Used on both the knowledge
base and the query, so consistent over-stemming does no harm to matching.
"""

from __future__ import annotations

import math
from functools import lru_cache

from knowledge_base.common_words import indonesian_frequency

_VOWELS = frozenset("aeiou")
_PARTICLES = ("nya", "kah", "pun")  # not "lah": sekolah, masalah
_SUFFIXES = ("kan", "an", "in", "i")
# a word ending in a particle's letters is read whole when it (or its root after a
# prefix) is heard this many times more often than the rest: ten times (see
# :func:`ends_in_its_root`)
_WHOLE_MARGIN = 1.0
# (prefix, replacement when a vowel follows, replacement otherwise)
_PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("meny", "s", "meny"),
    ("peny", "s", "peny"),
    ("meng", "", ""),
    ("peng", "", ""),
    ("mem", "p", ""),
    ("pem", "p", ""),
    ("men", "t", ""),
    ("pen", "t", ""),
    ("nge", "", ""),
    ("ber", "", ""),
    ("ter", "", ""),
    ("per", "", ""),
    ("me", "", ""),
    ("pe", "", ""),
    ("be", "", ""),
    ("di", "", ""),
    ("ke", "", ""),
    ("ng", "", "ng"),
    ("ny", "c", "ny"),
)


# consonant pairs that may open an Indonesian word (loans included); a stem opening with
# another pair ("berkas" -> "rkas") means the prefix was part of the root
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "dr",
        "dw",
        "fl",
        "fr",
        "gl",
        "gr",
        "kh",
        "kl",
        "kr",
        "kw",
        "ng",
        "ny",
        "pl",
        "pr",
        "ps",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "st",
        "sw",
        "sy",
        "tr",
        "ts",
    ]
)


def _acceptable(stem: str) -> bool:
    return len(stem) >= 4 or (len(stem) == 3 and stem[0] in _VOWELS)


def _plausible_onset(stem: str) -> bool:
    return stem[0] in _VOWELS or stem[1] in _VOWELS or stem[:2] in _ONSETS


def _dis_root(rest: str) -> bool:
    """After "di", an "s" and a consonant other than "y" open no Indonesian root but
    the "dis-" of a loan or an agency's name ("diskusi", "distribusi", "disparbud",
    "disnaker", "dispora"): the word is kept ("disyaratkan" is still "syarat")."""
    return len(rest) > 1 and rest[0] == "s" and rest[1] not in _VOWELS and rest[1] != "y"


def _strip_prefix(word: str) -> str:
    for prefix, before_vowel, otherwise in _PREFIXES:
        if not word.startswith(prefix) or len(word) <= len(prefix):
            continue
        rest = word[len(prefix) :]
        head = before_vowel if rest[0] in _VOWELS else otherwise
        if head == prefix:
            continue
        stem = head + rest
        if prefix == "di" and _dis_root(stem):
            return word
        if _acceptable(stem) and _plausible_onset(stem):
            return stem
    return word


@lru_cache(maxsize=65536)
def strip_particle(word: str) -> str:
    """The word without a clitic particle or possessive (``keberatannya`` ->
    ``keberatan``); the word itself when it has none or is too short."""
    if len(word) < 5 or not word.isalpha():
        return word
    for particle in _PARTICLES:
        rest = word[: -len(particle)]
        if word.endswith(particle) and _acceptable(rest):
            return word if ends_in_its_root(word, rest) else rest
    return word


def _zipf(word: str) -> float:
    frequency = indonesian_frequency(word)
    return math.log10(frequency) + 9 if frequency else 0.0


def ends_in_its_root(word: str, rest: str) -> bool:
    """The particle's letters are the end of the word's root: the word, or the root a
    prefix leaves ("bertanya" -> "tanya", "dihimpun" -> "himpun"), is heard far more
    often than what is left without them ("berta", "dita", "dihim"; "langkah", "sedekah"
    are no "lang", "sede"), while "datanya", "katanya" are "data", "kata" with "-nya" (a
    root with a particle of its own, "dirinya" in "pendirinya", is no root)."""
    whole = _zipf(word)
    root = _strip_prefix(word)
    if root != word and strip_particle(root) == root:
        whole = max(whole, _zipf(root))
    return whole - _zipf(rest) >= _WHOLE_MARGIN


def is_ke_an(word: str) -> bool:
    """A ``ke-...-an`` derivation (``keberatan``, ``kesehatan``, ``keterangan``): the
    confix most often makes a noun with its own meaning, far from the root's."""
    base = strip_particle(word)
    return len(base) >= 7 and base.startswith("ke") and base.endswith("an")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    current = strip_particle(word)
    if len(current) >= 6:
        for suffix in _SUFFIXES:
            if current.endswith(suffix) and _acceptable(current[: -len(suffix)]):
                unsuffixed = current[: -len(suffix)]
                stemmed = _strip_prefix(unsuffixed)
                if stemmed != unsuffixed:
                    return stemmed
                # no prefix left a plausible stem without the suffix: the "suffix" may
                # be part of the root ("dibagi" -> "bagi", not "dibag")
                prefixed = _strip_prefix(current)
                return prefixed if prefixed != current else unsuffixed
    return _strip_prefix(current)


def other_readings(word: str) -> tuple[str, ...]:
    """Another reading of an affixed word than :func:`stem`'s: a ``-kan`` that is a
    root's ``k`` and ``-an`` ("kerusakan" -> "rusak", not "rusa"; "tindakan" ->
    "tindak"; "penolakan" -> "tolak"). The normaliser takes it only when it is a known
    word and :func:`stem`'s reading is not. (Dropping the suffix alone, "berikan" ->
    "beri", and a plain ``me-`` before a nasal-initial root, "menikah" -> "nikah", were
    tried too: they moved dev answers both ways, so they are left out.)"""
    current = strip_particle(word)
    if len(current) < 5 or not current.isalpha():
        return ()
    forms: list[str] = []
    if current.endswith("kan") and len(current) >= 6:
        forms.append(_strip_prefix(current[:-2]))
    forms += colloquial_nasal_readings(current)
    return tuple(forms)


# chat Indonesian puts a bare nasal before the root, which then loses its first
# consonant: nyewa/nyalin (s), ngontrak/ngapus (k, h), mindah (p), nambah/nanya (t)
_NASAL_ROOT_ONSETS: tuple[tuple[str, str], ...] = (
    ("ny", "s"),
    ("ng", "k"),
    ("ng", "h"),
    ("m", "p"),
    ("n", "t"),
)


def colloquial_nasal_readings(word: str) -> list[str]:
    """Roots a colloquial nasal prefix may stand for, with and without an ``-in``
    suffix ("nyewain" -> "sewa"); the root check takes one only when it is a word."""
    bases = [word, word[:-2]] if word.endswith("in") and len(word) > 6 else [word]
    forms: list[str] = []
    for base in bases:
        for nasal, onset in _NASAL_ROOT_ONSETS:
            rest = base[len(nasal) :]
            if base.startswith(nasal) and rest[:1] in _VOWELS and len(rest) >= 3:
                forms.append(onset + rest)
    return forms


def lighter_readings(word: str) -> tuple[str, ...]:
    """Readings that remove less than :func:`stem`, for the root check (see
    :mod:`roots`): the prefix alone ("dipakai" -> "pakai"), the suffix alone
    ("pensiunan" -> "pensiun")."""
    current = strip_particle(word)
    if len(current) < 5 or not current.isalpha():
        return ()
    forms = [_strip_prefix(current)]
    forms += [current[: -len(s)] for s in _SUFFIXES if current.endswith(s)]
    return tuple(f for f in forms if f != current and _acceptable(f))
