"""Short particles of regional varieties that only their place in a message tells apart
from Indonesian words or from another variety's particle.

- Riau, Malaysian and Kalimantan Malay ask yes or no with "ke" after the word asked
  about ("kena bayar ke?", "ade bantuan lampu surya ke", "ade ke insurans": is there),
  and Makassar, Kupang and Ambon Malay with "ka" ("aman diminum langsung ka?", "boleh
  diambil anak ka?"). In Indonesian both are prepositions (to), which never close a
  clause, and chat's "ka" (sis) is an address that weighs nothing either way; so a "ke"
  or "ka" standing last in a clause, after a word of it, is the particle "kah" (a
  question tag, see :mod:`complaint`). A preposition has its place after it ("ke mana",
  "ka pasar") and is read as before. Palembang and Bangka Malay ask with "dak" (not) in
  the same place ("buke dak?", "pacak diganti dak"): closing a clause it is "tidak",
  never the roof slab it is alone.
- Madurese "ta'" is the negation "tidak" ("ta' tako' lemmes?": not afraid it weakens?);
  Makassar "ta'" is the polite "your" after a noun ("warung ta'", "lorong ta' mati") and
  Javanese "ta" a closing particle ("kudu mbayar ta?"), in the same places. So a "ta" the
  regional table reads in no phrase ("ta olle", "ta andi") is "tidak" only in a message
  written in Madurese: one naming the resident by a Madurese pronoun ("engkok",
  "sengkok", "kaula") or spelt with Madurese "â".
- Malay "bila" asks when ("bila orang capil nak datang"), where Indonesian "bila" is
  "if"; Malay and Betawi "ade" is "ada" (there is), where eastern and chat Indonesian
  "ade" is a younger sibling ("sa pu ade", "ade gw"). So in a message written in Malay
  or Betawi (its "nak", "kat", "mane", "ape", "berape", "cemane", "takde", "cakap",
  "pacak", "aye") "bila" is "kapan", and "ade" is "ada" unless an owner stands before it
  or a person after it; and Malay "kene" is "kena" (subject to, struck by: "kene izin
  ke tak", "takut kene limbah"), where Javanese "kene" is "here" after its preposition
  ("neng kene", "lapor nang kene").
- Ambon, Papuan and Kupang Malay "ana" is a child ("nama ana su kaluar"), Javanese
  "ana" "there is": in a message written in eastern Malay (its "beta", "katong",
  "kitong", "seng", "pung", "su") "ana" is "anak".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge_base.variety_words import read_by_variety

# "ke"/"ka" after a word, then only a clause's closing mark or the end of the text
_CLOSING = re.compile(r"(?<=\w)(\s+)k[ea](?=\s*(?:[?!.,;:]|$))", re.IGNORECASE)
# Malay "ke" asking about the word before it, with the clause going on: before a passive
# verb ("bise ke dibangun tower", "boleh ke diambil sendiri") or a condition ("bahaye ke
# kalau diminum budak"), where the preposition cannot stand: it has its place after it,
# and an office's short name is no passive ("ke dinas", "ke dinsos", "ke disdukcapil")
_BEFORE_CLAUSE = re.compile(
    r"(?<=\w)(\s+)ke(?=\s+(?:kalau|kalo|klo|kalu|jika|bila|kalok)\b"
    r"|\s+di(?!nas\b|mana\b|gital)(?![sn][^aeiou])(?!klat)[a-z]{4,}\b)",
    re.IGNORECASE,
)
# what :data:`_BEFORE_CLAUSE` and :data:`_CLOSING` match, less what stands before "ke"
_MAY_OPEN_CLAUSE = re.compile(r"ke\s+(?:kalau|kalo|klo|kalu|jika|bila|kalok|di)", re.IGNORECASE)
_MAY_CLOSE = re.compile(r"k[ea]\s*(?:[?!.,;:]|$)", re.IGNORECASE)
# Palembang and Bangka "dak" after a word, then only a clause's closing mark or the end
_CLOSING_DAK = re.compile(r"(?<=\w)(\s+)dak(?=\s*(?:[?!.,;:]|$))", re.IGNORECASE)
# Malay "ade ke": is there (the particle before what is asked about)
_THERE_IS = re.compile(r"\b(ade)\s+ke\b(?!\s+(?:mana|mane|sini|sana|situ)\b)", re.IGNORECASE)
# a message in Madurese: its pronouns of the first person, or its letter "â"
_MADURESE = re.compile(r"\b(?:engkok|sengkok?|kaula)\b|â", re.IGNORECASE)


def read_closing_particles(text: str) -> str:
    """``text`` with a clause-closing "ke"/"ka" and Malay "ade ke" written "kah", and a
    clause-closing "dak" written "tidak". The replacements are functions, not templates:
    ``re`` compiles a template on every call, found or not (every message passes here)."""
    folded = text.casefold()
    if "k" not in folded:
        return text
    # each pattern tried only when the words it needs are there (a substring, or a
    # pattern opening with a letter, which ``re`` looks for before matching the rest):
    # the four scanned every message's every position
    if "ade" in folded:
        text = _THERE_IS.sub(_there_is_kah, text)
    if _MAY_OPEN_CLAUSE.search(text):
        text = _BEFORE_CLAUSE.sub(_closing_kah, text)
    if _MAY_CLOSE.search(text):
        text = _CLOSING.sub(_closing_kah, text)
    return _CLOSING_DAK.sub(_closing_tidak, text) if "dak" in folded else text


def _there_is_kah(found: re.Match[str]) -> str:
    return found[1] + " kah"


def _closing_kah(found: re.Match[str]) -> str:
    return found[1] + "kah"


def _closing_tidak(found: re.Match[str]) -> str:
    return found[1] + "tidak"


# a message in Malay or Betawi: words of theirs Indonesian chat does not use
_MALAY = re.compile(
    r"\b(?:nak|kat|mane|ape|berape|cemane|takde|cakap|pacak|aye|ke tak)\b", re.IGNORECASE
)
# a message in eastern Malay: its pronouns, negation, possessive and "already"
_EASTERN = re.compile(r"\b(?:beta|katong|kitong|seng|pung|su)\b", re.IGNORECASE)
# Malay "kene" (kena), not Javanese "kene" (here) after a preposition
_KENE = re.compile(r"(?<!\bneng )(?<!\bnang )(?<!\bning )(?<!\bing )\bkene\b", re.IGNORECASE)


def read_text_by_place(text: str) -> str:
    """``text`` with its closing particles read (:func:`read_closing_particles`), its
    words read by the variety it is written in (:mod:`variety_words`) and, in a message
    written in Malay, "kene" written "kena"."""
    text = read_by_variety(read_closing_particles(text))
    if "kene" in text.casefold() and _MALAY.search(text):
        return _KENE.sub("kena", text)
    return text


# an owner before a sibling ("sa pu ade", "si ade") or a person after one ("ade saya")
_OWNER = frozenset({"pu", "pung", "pe", "punya", "si", "beta", "kita", "saya", "kami"})
_PERSON = frozenset({"saya", "aku", "ku", "gw", "gue", "sa", "beta", "kita", "kami"})


def read_by_place(tokens: Sequence[str], text: str) -> list[str]:
    """``tokens`` read by the variety ``text`` is written in: Madurese "ta" (see
    :func:`read_madurese_negation`), eastern "ana", Malay "bila" and Malay and Betawi
    "ade"."""
    read = read_madurese_negation(tokens, text)
    if "ana" in read and _EASTERN.search(text):
        read = ["anak" if token == "ana" else token for token in read]
    if ("bila" not in read and "ade" not in read) or not _MALAY.search(text):
        return read
    for i, token in enumerate(read):
        if token == "bila":
            read[i] = "kapan"
        elif token == "ade":
            before = read[i - 1] if i else ""
            after = read[i + 1] if i + 1 < len(read) else ""
            if before not in _OWNER and after not in _PERSON:
                read[i] = "ada"
    return read


def read_madurese_negation(tokens: Sequence[str], text: str) -> list[str]:
    """``tokens`` with each "ta" read as "tidak" when ``text`` is written in Madurese."""
    if "ta" not in tokens or not _MADURESE.search(text):
        return list(tokens)
    return ["tidak" if token == "ta" else token for token in tokens]
