"""English words read as the knowledge base's own Indonesian words they are spelt like.

Indonesian took much of its administrative vocabulary from English and Dutch and
respelt it by regular correspondences: "certificate" -> "sertifikat", "emission" ->
"emisi", "application" -> "aplikasi", "activity" -> "aktivitas", "graphic" -> "grafis",
"pesticide" -> "pestisida", "taxi" -> "taksi". An English word the bilingual bridge
lacks is read as such a word only when one of its respellings is a word of this KB
(exactly, five letters at least): the KB's vocabulary, not a dictionary, says which
reading exists, so a KB without "emisi" never turns "emission" into anything."""

from __future__ import annotations

from collections.abc import Container
from itertools import product

from knowledge_base.common_words import indonesian_words

MIN_LENGTH = 5  # of the KB word; the English word has four letters at least
SHORTEST = 4
VOWELS = frozenset("aeiouy")

# English ending -> its Indonesian respellings, longest first
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("zation", ("sasi",)),
    ("sation", ("sasi",)),
    ("ssion", ("si",)),
    ("tion", ("si",)),
    ("sion", ("si",)),
    ("ical", ("is", "ikal")),
    ("ity", ("itas",)),
    ("ive", ("if",)),
    ("ics", ("ika",)),
    ("ic", ("ik", "is")),
    ("ide", ("ida",)),
    ("ate", ("at", "asi")),
    ("ism", ("isme",)),
    ("ist", ("is",)),
    ("ary", ("er", "ari")),
    ("ance", ("ans", "ansi")),
    ("ence", ("ensi", "ens")),
    ("ty", ("tas",)),
    ("cy", ("si",)),
    ("gy", ("gi",)),
    ("y", ("i",)),
    ("e", ("",)),
)


def _letters(stem: str, following: str = "") -> set[str]:
    """The stem respelt letter by letter: ph -> f, th -> t, x -> ks, qu -> kw,
    c -> s before e/i/y and k elsewhere, ch -> k, y -> i between consonants, doubled
    consonants single."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(stem):
        two = stem[i : i + 2]
        after = stem[i + 1] if i + 1 < len(stem) else following
        if two in ("ph", "th", "qu", "ch"):
            out.append({"ph": ("f",), "th": ("t",), "qu": ("ku", "kw"), "ch": ("k", "c")}[two])
            i += 2
            continue
        char = stem[i]
        if char == "c":
            out.append(("s",) if after in ("e", "i", "y") else ("k",))
        elif char == "x":
            out.append(("ks",))
        elif char == "y" and i > 0:
            out.append(("i",))
        elif after == char and char not in VOWELS:
            out.append(("",))  # the first of a doubled consonant
        else:
            out.append((char,))
        i += 1
    return {"".join(p) for p in product(*out)}


def respellings(word: str) -> set[str]:
    """Indonesian spellings ``word`` may have by the regular correspondences."""
    if len(word) < SHORTEST or not word.isascii() or not word.isalpha():
        return set()
    found: set[str] = set()
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for form in {word, singular}:
        for ending, replacements in _ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                for stem in _letters(form[: -len(ending)], ending[0]):
                    found.update(stem + r for r in replacements)
                break
        found |= _letters(form)
    found -= {word, singular}
    return {f for f in found if len(f) >= MIN_LENGTH}


def cognate(word: str, vocabulary: Container[str]) -> str | None:
    """The one KB word ``word`` is a respelling of, or None (none, or several); an
    everyday Indonesian word is no English one."""
    if word in indonesian_words():
        return None
    found = [f for f in respellings(word) if f in vocabulary]
    return found[0] if len(found) == 1 else None
