"""What a report tells, read past the surface the normaliser leaves: how long a state has
lasted ("sudah 3 hari", "udah sejam", "for over a week"), a state or person with its
"-nya" ("baunya", "petugasnya"), and an English report's words as typed, where the
bridge gave some of them an Indonesian word of another sense. The phrase kinds are
those of ``data/complaint_signals.tsv`` (see :mod:`complaint`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge_base.english_forms import english_base_form
from knowledge_base.phrases import PhraseTable, spaced

MASK = "_"  # a word the typed reading does not read (see english_as_typed)

# what a report tells, as opposed to whether it asks: the kinds also read on an English
# message's words as typed (see :func:`told_as_typed`) and on a word's "-nya" form
TOLD = ("official", "conduct", "money", "negation", "bad", "elapsed", "place", "intensity")
_COUNT = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)"
# after a count, the Javanese units too ("wis 4 wulan"; alone "wulan" is a name)
_UNIT = r"(?:hari|minggu|bulan|tahun|jam|dina|wulan|sasi|taun)"
_MONTHS = (
    r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
    r"|desember)"
)
_EN_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
_EN_UNIT = r"(?:days|weeks|months|years|hours)"
# one unit told as a word of its own ("udah sejam", "semalaman", "berjam-jam"), or in
# English with an article ("for an hour", "for over a week", "for hours"); not years,
# which tell a life's circumstances ("sudah bertahun-tahun tidak pulang") as often as a
# wait for a service
_ONE_UNIT = (
    r"(?:sejam|seharian|semalaman|setengah jam|berjam jam|berhari hari|berminggu minggu"
    r"|berbulan bulan)"
)
_EN_ONE_UNIT = (
    r"(?:(?:over |more than )?(?:an|a|one) (?:hour|day|week|month|year)|hours|days|weeks)"
)
# how long a state has lasted: "sudah 3 hari", "dari subuh", "for four days"
_ELAPSED = re.compile(
    rf" (?:sudah|dari|selama|sejak) {_COUNT} {_UNIT} | {_COUNT} {_UNIT} (?:lalu|yang lalu) "
    rf"| (?:dari|sejak) (?:subuh|pagi|siang|sore|malam|kemarin|tadi) "
    rf"| (?:for|since|over) (?:the last |the past )?{_EN_COUNT} {_EN_UNIT} "
    rf"| (?:sudah|dari|selama|sejak) {_ONE_UNIT} | (?:for|over) {_EN_ONE_UNIT} "
    # since a day of the week, a wait that then fails ("sejam tidak lewat", "3 hari belum
    # datang"), hours in a queue ("antri di loket 4 jam")
    r"| (?:dari|sejak) (?:senin|selasa|rabu|kamis|jumat|sabtu) "
    # a month reached, or waited since, with the thing still not come ("sudah september
    # belum dibagi", "dari bulan maret tidak cair"); a month alone is a date asked about
    rf"| (?:sudah|dari|sejak) (?:bulan )?{_MONTHS}(?: \S+){{0,2}} (?:belum|tidak|masih) "
    rf"| (?:{_COUNT} {_UNIT}|sejam|{_ONE_UNIT}) (?:tidak|belum) "
    rf"| (?:antri|antre|mengantre|mengantri|tunggu|menunggu|nunggu)(?: \S+){{0,3}} {_COUNT} jam "
    # a step taken that long ago with nothing come of it: "sudah ajukan ke ppid 20 hari
    # kerja, belum dijawab" (not an age: "sudah berumur 17 tahun belum punya ktp")
    rf"| sudah(?: (?!umur |usia |berumur |berusia )\S+){{1,6}}? {_COUNT} {_UNIT}"
    r"(?: (?:kerja|lebih|lalu|tapi|tetapi|namun|kok|masih)){0,2} (?:tidak|belum) "
)


# how long, told right after the state it measures, with no "sudah" before it: "air mati
# 3 hari", "sampah belum diangkut 1 minggu", "lampu padam dua minggu"
_LASTED = re.compile(rf"(?: \S+)? {_COUNT} {_UNIT} ")
# whether :data:`_LASTED` is found anywhere: the same without the word before, which it
# may leave out, and which its search tried word by word at every space of the text
_LASTED_ANYWHERE = re.compile(rf" {_COUNT} {_UNIT} ")


def tells_elapsed(text: str, signals: PhraseTable | None = None) -> bool:
    """Spaced ``text`` tells how long a state has lasted (see :data:`_ELAPSED`), or, with
    ``signals``, how long a bad state or a service not come has lasted, said right after
    it (a word between: "belum diangkut 1 minggu"). A count after any other word is a
    time asked or planned ("jadi 14 hari", "izin 3 hari"), not a wait."""
    if _ELAPSED.search(text) is not None:
        return True
    if signals is None or _LASTED_ANYWHERE.search(text) is None:
        return False
    return any(
        _LASTED.match(text, state.end() - 1) is not None
        for kind in ("bad", "negation")
        for state in signals.matches(kind, text)
    )


# the units an amount of money is told in after its count ("300 ribu", "2 juta", "50 rb")
_MONEY_UNITS = frozenset({"ribu", "rb", "juta", "jt", "rupiah", "rp", "perak", "k"})


def without_stressed_amount(tokens: Sequence[str]) -> tuple[str, ...]:
    """``tokens`` without a closing "kah" that stresses an amount ("..., 300 ribu kah."):
    after money told as asked by someone, the amount is what was demanded, not a price
    asked about (the caller checks that, and that the message has no question mark; "biaya
    akta 50 ribu kah" still asks)."""
    if len(tokens) < 3 or tokens[-1] != "kah":
        return tuple(tokens)
    amount = tokens[-2] in _MONEY_UNITS and any(c.isdigit() for c in tokens[-3])
    return tuple(tokens[:-1]) if amount or tokens[-2].isdigit() else tuple(tokens)


def told_word(token: str, signals: PhraseTable) -> str:
    """A state, person or act with its "-nya" read as the word itself ("baunya sampai ke
    masjid", "bocornya"): the stemmer keeps a short root's "-nya" ("bau" is too short
    for it to strip), and the phrase tables list the bare word."""
    if not token.endswith("nya") or len(token) < 6:
        return token
    base = token[:-3]
    return base if any(base in signals.starts[kind] for kind in TOLD) else token


def english_as_typed(words: Sequence[str], english: frozenset[str]) -> tuple[str, ...]:
    """A message's words as typed with every word the English bridge does not read
    (Indonesian, chat, names) masked, so :func:`told_as_typed` reads only what the
    bridge may have turned into something else; empty when no word is left."""
    kept = tuple(
        word
        if word in english or (word.endswith(_INFLECTED) and _inflected_bridged(word, english))
        else MASK
        for word in words
    )  # a comprehension with no call per word: every word of every message passes here
    return kept if any(word != MASK for word in kept) else ()


# the endings of the inflected or British forms english_base_form reads; a word with
# none of them is a bridge word only as written (most Indonesian words: no look-up)
_INFLECTED = ("s", "ed", "ing", "isation", "ise", "our", "tre")


@lru_cache(maxsize=65536)
def _inflected_bridged(word: str, english: frozenset[str]) -> bool:
    return english_base_form(word, english) != word


def told_as_typed(
    found: dict[str, float], typed: Sequence[str], signals: PhraseTable
) -> dict[str, float]:
    """``found`` with each told kind counted on an English message's words as typed (see
    :func:`english_as_typed`) when they show more of it: the bridge gives some of a
    report's words an Indonesian word of another sense ("officials" -> "resmi", official
    as an adjective; "cash" -> "tunai"), and the phrase tables list them as typed."""
    text = spaced(typed)
    present = set(typed)
    more = {
        kind: float(min(2, signals.count(kind, text)))
        for kind in TOLD
        if signals.may_have(kind, present) or kind in signals.gapped
    }
    return {kind: max(count, more.get(kind, 0.0)) for kind, count in found.items()}


def tells_problem(features: dict[str, float]) -> bool:
    """Does the message tell a concrete problem, whatever else it asks? A bad state, a
    service not given, an official's conduct or money asked, told with how long, where
    or how badly ("lampu jalan mati 2 minggu, lapor ke mana?"). Read from the complaint
    model's features (:func:`complaint.complaint_features`): a question answered from
    the knowledge base that also tells one gets the report offered beside its answer,
    so a resident who reports while asking is never left with the bare answer."""
    wrong = any(features.get(kind, 0.0) for kind in ("bad", "negation", "conduct", "money"))
    concrete = any(features.get(kind, 0.0) for kind in ("elapsed", "place", "intensity"))
    return wrong and concrete
