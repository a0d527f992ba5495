"""The active verb of Banjar and Minangkabau, "ma-", as the Indonesian "me-" word it is.

Banjar and Minangkabau make the active verb with "ma-" where Indonesian has "me-", with
the same nasal after it ("mandaftar", "mambayar", "manukar", "mangurus": mendaftar,
membayar, menukar, mengurus); before a vowel Indonesian has "meng-" ("maasuransikan":
mengasuransikan). Banjar writes the causative "-kan" as "-akan" ("mandaftarakan",
"didaftarakan": mendaftarkan), and both say "a" for the neutral "e" of the root
("mamariksa": memeriksa). The spelling corrector mends one of these changes; two or
three together ("mandaftarakan", "mamariksakan") it cannot, and the word falls apart
into pieces ("man daftar akan").

A word is read so only when it is unknown (the normaliser asks only then) and exactly
one reading is a known word, as :func:`sound_shifts.shifted_word` reads a sound shift.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge_base.sound_shifts import schwa_readings

MIN_LENGTH = 7  # "makan", "marah", "masak": short "ma" words are words of their own
VOWELS = frozenset("aeiou")
BANJAR_CAUSATIVE = "akan"


def _prefixed(word: str) -> list[str]:
    """The Indonesian forms the "ma-" word may spell, the nearest first."""
    rest = word[2:]
    form = ("meng" if rest[0] in VOWELS else "me") + rest
    forms = [form]
    if form.endswith(BANJAR_CAUSATIVE):
        forms.append(form[: -len(BANJAR_CAUSATIVE)] + "kan")
    return forms


def ma_prefixed(word: str, known: Callable[[str], bool]) -> str | None:
    """The one known Indonesian "me-" word (``known``) a Banjar or Minangkabau "ma-"
    word spells ("mandaftarakan" -> "mendaftarkan", "mamariksakan" -> "memeriksakan"),
    else None."""
    if len(word) < MIN_LENGTH or not word.startswith("ma") or not word.isalpha():
        return None
    found: dict[str, None] = {}
    for form in _prefixed(word):
        if known(form):
            found.setdefault(form)
    if not found:
        for form in _prefixed(word):
            for reading in schwa_readings(form):
                if known(reading):
                    found.setdefault(reading)
    return next(iter(found)) if len(found) == 1 else None
