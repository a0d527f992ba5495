"""A word that is a standard word with a clitic or a prefix is that word, no typo.

A resident's word the vocabulary lacks may be a standard word with an affix spelt on: a
clitic ("-nya", "-ku", "-mu") or a prefix that keeps the root's letters ("se-", "ber-",
"ter-", "di-", "ke-"). It is then no typo of a frequent word one letter away:
"sekarung" is a sackful (se- + karung), no "sekarang"; "aktanya" is the deed's ("akta"
+ "-nya"), no "katanya"; "besinya" no "belinya"; "discan" (di- + scan) no "distan".

The word's base must be a content word of the knowledge base or the lexicon, or an
everyday Indonesian word, that the lexicon reads as itself (a chat or regional spelling,
"taun", "bikin", is read through the tables: "setaun" is still "setahun"); no function
word ("sebagi" is "sebagai" mistyped, no "se" + "bagi"). It yields to a correction that
puts back one letter left out, the commonest chat typo ("sediri" is "sendiri", no se- +
diri; "ketahun" is "ketahuan"); an everyday base the knowledge base lacks yields to any
likely slip (a neighbouring or sound-alike key, a letter doubled, two swapped).

Nor is a word read as a root its prefix reaches only by a sound change (a nasal prefix
takes the root's first consonant: "penulis" is tulis) when, as typed, it is a standard
word with "-ku" or "-mu": "penamu" is pena + "-mu", no "tamu" (see :func:`spelled_stem`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knowledge_base.common_words import indonesian_words
from knowledge_base.keyboard import likely_slip
from knowledge_base.lexicon import Lexicon
from knowledge_base.stemmer import stem

PREFIXES = ("ber", "ter", "se", "di", "ke")  # prefixes that keep the root's letters
CLITICS = ("nya", "ku", "mu")
POSSESSIVES = ("ku", "mu")
SHORTEST = {"nya": 3, "ku": 4, "mu": 4}  # "ilmu", "jamu", "saku" are no "il", "ja", "sa"
SHORTEST_ROOT = 4  # after a prefix: "sepi" is no "se" + "pi", "dian" no "di" + "an"


def affixed_reading(word: str, standard: Callable[[str], bool]) -> str | None:
    """What ``word`` reads as when it is a standard word (``standard``) with a clitic or
    a prefix that keeps the root's letters: the word itself, or for "-ku"/"-mu" the
    word without it ("penamu" -> "pena"); else None."""
    found = _affixed(word, standard)
    return found[0] if found else None


def _affixed(word: str, standard: Callable[[str], bool]) -> tuple[str, str] | None:
    """The reading and the base of ``word`` as a standard word with an affix."""
    if not word.isalpha():
        return None
    clitic = _clitic_base(word, CLITICS, standard)
    if clitic is not None:
        ending, base = clitic
        return (base if ending in POSSESSIVES else word), base
    for prefix in PREFIXES:
        root = word[len(prefix) :]
        if word.startswith(prefix) and len(root) >= SHORTEST_ROOT and standard(root):
            return word, root
    return None


@dataclass(frozen=True)
class AffixedWords:
    """The standard words of one normaliser: the KB's and the lexicon's content words
    (``known``) and everyday ones (``everyday``), none the lexicon reads as another."""

    known: frozenset[str]
    everyday: frozenset[str]

    def standard(self, word: str) -> bool:
        return word in self.known or word in self.everyday

    def reading(self, word: str, correction: str | None) -> str | None:
        """What ``word`` reads as when it is a standard word with an affix and not
        ``correction`` (a spelling correction of it, if any) mistyped; else None."""
        found = _affixed(word, self.standard)
        if found is None:
            return None
        reading, base = found
        if correction is None:
            return reading
        if _left_out(word, correction):
            return None  # the commonest chat typo: "sediri" is "sendiri", no se- + diri
        return reading if base in self.known or not likely_slip(word, correction) else None


def affixed_words(
    kb_words: Iterable[str], lexicon: Lexicon, single_keys: frozenset[str]
) -> AffixedWords:
    """The standard words of a normaliser of ``kb_words``: no function word, nor a word
    the lexicon reads as another (``single_keys``, its one-word sources)."""
    plain = lexicon.function_words | single_keys
    known = frozenset(kb_words) | lexicon.service_terms
    return AffixedWords(known - plain, indonesian_words() - plain)


def _left_out(word: str, correction: str) -> bool:
    """``word`` is ``correction`` with one letter left out."""
    return len(correction) == len(word) + 1 and any(
        correction[:i] + correction[i + 1 :] == word for i in range(len(correction))
    )


def possessive_of(word: str, standard: Callable[[str], bool]) -> str | None:
    """The standard word ``word`` is with "-ku" or "-mu" ("penamu" -> "pena"), else None."""
    found = _clitic_base(word, POSSESSIVES, standard)
    return found[1] if found else None


def _clitic_base(
    word: str, endings: Iterable[str], standard: Callable[[str], bool]
) -> tuple[str, str] | None:
    """The first of ``endings`` (clitics) ``word`` is a standard word with, and that word
    (long enough: see :data:`SHORTEST`)."""
    for ending in endings:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= SHORTEST[ending] and standard(base):
            return ending, base
    return None


def spelled_stem(word: str, stems: frozenset[str], standard: Callable[[str], bool]) -> bool:
    """Whether ``word`` is an affixed form of a word with a stem in ``stems``: its stem
    is one, unless the stem is reached only by a sound change and, as typed, the word
    is a standard word with a possessive ("penamu": pena + "-mu", no "tamu")."""
    root = stem(word)
    if root not in stems:
        return False
    return root in word or possessive_of(word, standard) is None
