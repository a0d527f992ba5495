"""The names of people and organisations in a resident's message: "kami ahli waris
almarhumah Ibu Siti Rohmah", "Saya Sumarni, umur 52", "kami dari LSM Pantau Anggaran".

A name says who writes or who is meant, never what is asked, yet its words count as
words of the message: each weighs on the share of the message an entry covers (a
letter naming the writer's organisation leaves its question a smaller share, so an
entry that covered it withholds), and a name made of ordinary words ("Pantau
Anggaran", "Sumber Rejeki") pulls toward entries that use them. :func:`without_names`
cuts them out of the text that is read.

Only a name the resident marks as one is cut: capitalised words right after a title
(``Ibu``, ``Pak``, ``almarhum``), after a self-introduction ("Saya Sumarni,", "nama
saya Budi Santoso"), or after a kind of organisation (``LSM``, ``PT``, ``Yayasan``).
After a title one of the words must be one the knowledge base does not know: a title
before words it knows is often the topic itself ("Ibu Hamil", "Bapak Kepala Desa").
After a kind of organisation the name is cut whole, as organisations are named with
ordinary words, unless it is one word the KB knows ("PT Pos"); after "Toko", as after
a title ("Toko Obat" says what it sells). Places are left alone: a street or village
named in a report is part of what is reported ("lampu di Jl. Kenanga mati"), and the
complaint model reads it.
Capitals alone mark no name (residents capitalise the services they ask about: "Kartu
Keluarga"), and capitals throughout ("CPNS", "KTP") are acronyms, which name services.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# titles and forms of address before a person's name
# (a title's own stop only after an abbreviation: "Hj. Ratna"; after a whole word it ends
# a sentence, "... almarhumah ibu. Apakah ...")
_TITLES = (
    r"(?:ibu|bu|bapak|pak|saudara|saudari|almarhum|almarhumah|mas|mbak|mbah|haji|hajjah"
    r"|ustadz|ustad|pastor|pendeta|(?:bpk|sdr|sdri|alm|almh|hj)\.?)"
)
# roles a title goes with, not names ("Pak Camat", "Bu Bidan", "Pak Kades Darsono"): a
# KB may not know the word (or knows it only expanded: "kades" is "kepala desa")
# fmt: off
_ROLES = frozenset({
    "lurah", "camat", "kades", "kadus", "sekdes", "carik", "kaur", "bupati", "wakil",
    "walikota", "gubernur", "menteri", "presiden", "dewan", "kepala", "ketua",
    "sekretaris", "bendahara", "bidan", "dokter", "mantri", "perawat", "guru", "kepsek",
    "polisi", "kapolsek", "babinsa", "satpam", "petugas", "kadis", "kasi", "kabid",
    "direktur", "manajer", "mandor", "haji", "ustadz", "ustad", "kyai", "kiai", "pastor",
    "pendeta",
})
# fmt: on
# kinds of organisation whose name follows them
_ORGANISATIONS = r"(?:lsm|yayasan|komunitas|paguyuban|media|koran|harian|(?:pt|cv|ud)\.?)"
# shops: the words after "Toko" often say what it sells ("Toko Buku Sinar", "Toko
# Obat"), so, as after a title, only the run from the first word the KB does not know
# is cut
_SHOPS = r"(?:toko|kios)"
_NAME = r"[A-Z][a-z]+(?:'[a-z]+)?"  # a capitalised word: "Siti", "Ma'ruf"
MAX_NAME_WORDS = 3  # a name runs at most this many capitalised words
_RUN = rf"((?:{_NAME})(?:[ \t]+{_NAME}){{0,{MAX_NAME_WORDS - 1}}})\b"  # case-sensitive
_AFTER_TITLE = re.compile(rf"\b(?i:{_TITLES}|{_SHOPS})[ \t]+{_RUN}")
_AFTER_ORGANISATION = re.compile(rf"\b(?i:{_ORGANISATIONS})[ \t]+{_RUN}")
# "Saya Sumarni, ...", "nama saya Budi Santoso ...": a self-introduction names the writer
_INTRODUCTION = re.compile(
    rf"(?:^|[.!?\n][ \t]*|\b(?i:nama)[ \t]+)(?i:saya)[ \t]+{_RUN}(?=[ \t]*[,.])"
)


def without_names(text: str, known: Callable[[str], bool]) -> str:
    """``text`` without the names of people and organisations it marks as names (see
    the module doc); ``known(word)``: whether the knowledge base knows the lower-cased
    word. ``text`` itself when it names no one."""
    if text.islower():  # most chat messages: no capital, no name to look for
        return text
    spans: list[tuple[int, int]] = []
    for pattern, whole in (
        (_AFTER_TITLE, False),
        (_INTRODUCTION, False),
        (_AFTER_ORGANISATION, True),
    ):
        for found in pattern.finditer(text):
            span = _organisation(found, known) if whole else _unknown_tail(found, known)
            if span is not None:
                spans.append(span)
    if not spans:
        return text
    kept: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start >= last:
            kept.append(text[last:start])
            last = end
    kept.append(text[last:])
    return "".join(kept)


def _unknown_tail(found: re.Match[str], known: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of a run of capitalised words after a title from its first word that is
    neither a role nor known to the KB ("Pak Lurah Dadang": "Dadang"); None when every
    word is one ("Ibu Hamil", "Bapak Kepala Desa")."""
    start = found.start(1)
    for word in re.finditer(r"\S+", found.group(1)):
        lower = word.group().lower()
        if lower not in _ROLES and not known(lower):
            return start + word.start(), found.end(1)
    return None


def _organisation(found: re.Match[str], known: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of an organisation's name, whole: a name of two words or more, or one
    the KB does not know ("LSM Pantau Anggaran", "PT Garmindo"). A single word the KB
    knows names the organisation a service goes through ("bayar di PT Pos"): it
    stays."""
    words = found.group(1).split()
    if len(words) == 1 and known(words[0].lower()):
        return None
    return found.span(1)
