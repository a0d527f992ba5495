"""Everyday Indonesian words as the home languages of Sumatra and eastern Indonesia
sound them, for a word the vocabulary lacks.

No lexicon lists every word so said, but the sounds shift by rule:

- Minangkabau changes a word's last syllable: "-at" is "-aik" or "-ek" ("sehaik",
  "surek", "buek": sehat, surat, buat), "-ut" "-uik" ("takuik"), "-it" "-ik" ("sakik"),
  "-uk" "-uak" ("masuak", "pupuak"), "-ik" "-iak" ("baliak"), "-uh" "-uah" ("lumpuah"),
  "-ung" "-uang" ("kampuang"), "-ing" "-iang" ("kambiang"), "-us" "-uih" ("haruih"), "-is" "-ih"
  ("habih"), "-as" "-eh" ("bateh"), "-ur" "-ua" ("dapua"), "-ir", "-il" and "-ar" "-ia"
  ("pasia", "panggia", "bayia"), "-a" "-o" ("biayo", as Javanese writes it: "kerjo"),
  also before its possessive "-nyo" ("batehnyo", "biasonyo": batasnya, biasanya);
- the Malay of Maluku, Manado and Papua ends "-an", "-in" and "-un" on "-ng" ("makang",
  "kaweng", "kabong": makan, kawin, kebun) and drops a last "h" ("ruma", "bole", "lebi",
  "jatu": rumah, boleh, lebih, jatuh);
- both, with Banjar and the Malay of the coasts, say "a" for the neutral "e" of a
  word's first syllables: read with a shifted ending ("bareh" is beras, "kabong" kebun,
  "parna" pernah, "mambuek" membuat). Alone it is left to the spelling corrector: it is
  as often a slip of the knowledge base's word ("jembatan ganting" is gantung, no
  genting, a roof tile).

A word is read so only when exactly one of its readings is a known word: "maso"
(masuk in Ambon) would be "masa" (a time), so it is in the regional table instead,
which is read first; an everyday word is never reread (the normaliser asks only of a
word it does not know).
"""

from __future__ import annotations

from collections.abc import Callable

MIN_LENGTH = 4  # "ono", "iso", "apo": three-letter words are the tables' to read
# (the ending as said, the endings it stands for), longest first where one holds another
FINAL_SHIFTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("uang", ("ung",)),
    ("iang", ("ing",)),
    ("aik", ("at",)),
    ("uik", ("ut",)),
    ("iak", ("ik",)),
    ("uak", ("uk",)),
    ("uih", ("us",)),
    ("ang", ("an",)),
    ("eng", ("in", "en")),
    ("ong", ("un",)),
    ("ek", ("at",)),
    ("ik", ("it",)),
    ("ih", ("is",)),
    ("eh", ("as",)),
    ("uah", ("uh",)),
    ("ua", ("ur", "uh")),
    ("ia", ("ir", "il", "ar")),
    ("o", ("a",)),
    ("a", ("ah",)),
    ("e", ("eh",)),
    ("i", ("ih",)),
    ("u", ("uh",)),
)
VOWELS = frozenset("aeiou")
MAX_SCHWAS = 2  # "mangarti": two of a word's first syllables said with "a"


# Minangkabau says no neutral "e": its "-ek" and "-eh" are in words without another
# ("surek", "bareh"); "sesek" is Javanese for sesak (tight), no "sesat" (lost)
MINANG_E = ("ek", "eh")


def _endings(word: str) -> list[str]:
    """The words the last syllable of ``word`` may stand for: a syllable, so its
    letters before the ending have a vowel ("ptong" is potong, no "ptun")."""
    found: list[str] = []
    for said, meant in FINAL_SHIFTS:
        stem = word[: -len(said)]
        if not word.endswith(said) or VOWELS.isdisjoint(stem):
            continue
        if said in MINANG_E and "e" in stem:
            continue
        found.extend(stem + ending for ending in meant)
    return found


def schwa_readings(word: str) -> list[str]:
    """The word with the "a" of one or two syllables before its last read "e"."""
    vowels = [i for i, char in enumerate(word) if char in VOWELS]
    places = [i for i in vowels[:-1] if word[i] == "a"]
    found = []
    for n, first in enumerate(places):
        once = word[:first] + "e" + word[first + 1 :]
        found.append(once)
        if MAX_SCHWAS > 1:
            found.extend(once[:second] + "e" + once[second + 1 :] for second in places[n + 1 :])
    return found


# Minangkabau's possessive, on a word it sounds its own way ("batehnyo", "biasonyo")
MINANG_POSSESSIVE = "nyo"


def shifted_word(word: str, known: Callable[[str], bool]) -> str | None:
    """The one known word (``known``) ``word`` is as a home language sounds it, else
    None (no reading known, or two: "sala" is salah or salar); with Minangkabau's
    possessive "-nyo" on it, that word with "-nya" ("batehnyo": batasnya)."""
    if word.endswith(MINANG_POSSESSIVE) and (base := _shifted(word[:-3], known)):
        return base + "nya"
    return _shifted(word, known)


def _shifted(word: str, known: Callable[[str], bool]) -> str | None:
    if len(word) < MIN_LENGTH or not word.isalpha():
        return None
    found: dict[str, None] = {}
    for ending in _endings(word):
        for reading in (ending, *schwa_readings(ending)):
            if known(reading):
                found.setdefault(reading)
    return next(iter(found)) if len(found) == 1 else None
