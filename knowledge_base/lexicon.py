"""Lexicon data: the TSV/text files in ``knowledge_base/data``, loaded lazily once.

Nothing is read at import time; :func:`default_lexicon` reads and caches the files on
first use. Replacement sources may be phrases; the merged table gives the domain
lexicon priority over the synonyms, those over the slang lexicon, and all over the
English map; regional words sit between slang and English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import TypedDict

from knowledge_base.data_tables import data_lines, data_rows
from knowledge_base.signal_table import signal_words

Phrase = tuple[str, ...]
FILLER = "filler"  # chatter.tsv's kind for a word that goes with chatter

# words that ask: never filler, whatever a filler list says
QUESTION_WORDS = frozenset(
    ["apa", "bagaimana", "berapa", "kapan", "mana", "dimana", "siapa", "kenapa", "mengapa",
     "syarat", "persyaratan", "cara", "biaya", "tarif", "prosedur"]
)  # fmt: skip


SHORT_REGIONAL = 4


@dataclass(frozen=True)
class Lexicon:
    replacements: Mapping[Phrase, Phrase]
    max_phrase: int
    service_terms: frozenset[str]
    salient_terms: frozenset[str]
    known_words: frozenset[str]
    function_words: frozenset[str]
    smalltalk: Mapping[str, str]
    complaint_cues: Mapping[Phrase, float]
    filler: frozenset[Phrase] = frozenset()
    max_filler: int = 1
    salient_phrases: frozenset[Phrase] = frozenset()  # several words naming one service
    # per first word, the longest phrase it opens: lets phrase matching skip the many
    # words that open no phrase instead of slicing every length at every position
    replacement_starts: Mapping[str, int] | None = None
    filler_starts: Mapping[str, int] | None = None
    cue_starts: Mapping[str, int] | None = None
    # chatter only when a whole message is made of it ("ada orang", "salah kirim"), and
    # the words that may go with chatter without making any ("ya", "saya", "mau")
    chatter_phrases: Mapping[Phrase, str] = field(default_factory=dict)
    chatter_fillers: frozenset[str] = frozenset()
    # one-word synonym and slang sources -> their target, applied to a word's root too,
    # so an affixed form ("ngilangin", "dibikin") reads like the standard word
    root_synonyms: Mapping[str, str] = field(default_factory=dict)
    # every word of the English bridge's sources: an inflected English word is read as
    # its base form only when that form is one of them (see :mod:`english_forms`)
    english_words: frozenset[str] = frozenset()
    # a service's other names, each used only by a KB that lacks the resident's name
    # (see :mod:`knowledge_base.alternates`), in order of preference
    alternates: Mapping[Phrase, tuple[Phrase, ...]] = field(default_factory=dict)
    # descriptions of a service, ``*`` for a few words of the resident's own, read as its
    # name (see :mod:`knowledge_base.descriptions`)
    descriptions: tuple[tuple[Phrase, Phrase], ...] = ()
    # the words of regional sources ("piye", "kumaha") no other table reads: no typo target
    regional_words: frozenset[str] = frozenset()
    regional_sources: frozenset[str] = frozenset()  # its one-word sources ("omah", "piye")
    # English sources that are also Indonesian words of another meaning ("cat" is paint):
    # the bridge reads them only in a message written in English
    false_friends: frozenset[Phrase] = frozenset()
    # the replacements but the English bridge's: chat, regional, synonyms, services
    home_replacements: Mapping[Phrase, Phrase] = field(default_factory=dict)
    signal_words: frozenset[str] = frozenset()  # a complaint's words: no slip (signal_readings)

    @cached_property
    def rewritten_cue_words(self) -> frozenset[str]:
        """Words of the complaint cues the English bridge reads as other words ("login" is
        "masuk"): a message with one is read again as typed (see :mod:`complaint_cues`)."""
        home = self.home_replacements
        return frozenset(
            word
            for cue in self.complaint_cues
            for word in cue
            if self.replacements.get((word,), (word,)) != home.get((word,), (word,))
        )

    @cached_property
    def regional_replacements(self) -> Mapping[Phrase, Phrase]:
        """The one-word sources of the regional table and what they are read as."""
        sources = self.regional_sources
        return {k: v for k, v in self.replacements.items() if len(k) == 1 and k[0] in sources}

    @cached_property
    def short_regional_words(self) -> frozenset[str]:
        """Regional words of four letters or fewer: no piece of a run-together word
        ("kenalan" is no "kena" + Javanese "lan", "bening" no "be" + "ning")."""
        return frozenset(w for w in self.regional_sources if len(w) <= SHORT_REGIONAL)

    @cached_property
    def longest_chatter(self) -> int:
        """The length of the longest chatter phrase (read on every message)."""
        return max((len(p) for p in self.chatter_phrases), default=0)


def phrase_starts(phrases: Iterable[Phrase]) -> Mapping[str, int]:
    """First word -> length of the longest phrase opening with it."""
    starts: dict[str, int] = {}
    for phrase in phrases:
        if phrase:
            starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
    return MappingProxyType(starts)


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(row[0], row[1] if len(row) > 1 else "") for row in data_rows(name)]


def _phrase(text: str) -> Phrase:
    return tuple(text.split())


def _merged(*tables: list[tuple[str, str]]) -> dict[Phrase, Phrase]:
    """Replacement rows as phrases, later tables winning."""
    return {_phrase(s): _phrase(t) for table in tables for s, t in table}


ROOT_SYNONYM_MIN = 4  # shorter sources ("tuk", "sm") are chat abbreviations, no roots


def root_synonyms(tables: Iterable[list[tuple[str, str]]]) -> Mapping[str, str]:
    """One-word source -> one-word target, for sources long enough to be roots; earlier
    tables win."""
    found: dict[str, str] = {}
    for table in tables:
        for source, target in table:
            if (
                source not in found
                and source.isalpha()
                and target.isalpha()
                and len(source) >= ROOT_SYNONYM_MIN
                and source != target
            ):
                found[source] = target
    return MappingProxyType(found)


def _alternates(rows: list[tuple[str, str]]) -> Mapping[Phrase, tuple[Phrase, ...]]:
    found: dict[Phrase, list[Phrase]] = {}
    for source, target in rows:
        if source and target and source != target:
            found.setdefault(_phrase(source), []).append(_phrase(target))
    return MappingProxyType({s: tuple(t) for s, t in found.items()})


def _chatter_phrases(rows: list[tuple[str, str]]) -> Mapping[Phrase, str]:
    """Phrases that are chatter when a whole message is made of them, with their kind
    (not the filler words that may go with chatter)."""
    return MappingProxyType({_phrase(p): kind for p, kind in rows if kind != FILLER})


def build_lexicon(
    domain: list[tuple[str, str]],
    generic: set[str],
    slang: list[tuple[str, str]],
    english: list[tuple[str, str]],
    function_words: list[str],
    smalltalk: list[tuple[str, str]],
    complaint_cues: list[tuple[str, str]],
    filler: list[str] | None = None,
    synonyms: list[tuple[str, str]] | None = None,
    whole_chatter: list[tuple[str, str]] | None = None,
    alternates: list[tuple[str, str]] | None = None,
    descriptions: list[tuple[str, str]] | None = None,
    regional: list[tuple[str, str]] | None = None,
    false_friends: Iterable[str] = (),
) -> Lexicon:
    """Merge raw lexicon rows into a :class:`Lexicon` (earlier tables win)."""
    # later tables win: domain has priority, then synonyms, slang, regional, English
    home = _merged(regional or [], slang, synonyms or [], domain)
    replacements = {**_merged(english), **home}
    service_terms = frozenset(w for _, t in domain for w in t.split())
    # a one-word service is salient wherever it appears; the words of a longer one
    # ("sertifikat tanah") only together, since "tanah" alone names no service
    salient_terms = frozenset(t for _, t in domain if t not in generic and " " not in t)
    salient_phrases = frozenset(
        _phrase(t) for _, t in domain if t not in generic and " " in t.strip()
    )
    targets = {w for phrase in replacements.values() for w in phrase}
    function = frozenset(function_words)
    chatter = {w: kind for w, kind in smalltalk}
    cues = {_phrase(c): float(weight) for c, weight in complaint_cues}
    cue_words = {w for phrase in cues for w in phrase}
    known = frozenset(targets | function | set(chatter) | cue_words | service_terms)
    discourse = frozenset(
        p for p in map(_phrase, filler or ()) if p and not set(p) & QUESTION_WORDS
    )
    return Lexicon(
        replacements=MappingProxyType(replacements),
        home_replacements=MappingProxyType(home),
        max_phrase=max((len(k) for k in replacements), default=1),
        service_terms=service_terms,
        salient_terms=salient_terms,
        known_words=known,
        function_words=function,
        smalltalk=MappingProxyType(chatter),
        complaint_cues=MappingProxyType(cues),
        filler=discourse,
        salient_phrases=salient_phrases,
        max_filler=max((len(p) for p in discourse), default=1),
        replacement_starts=phrase_starts(replacements),
        filler_starts=phrase_starts(discourse),
        cue_starts=phrase_starts(cues),
        chatter_phrases=_chatter_phrases(whole_chatter or []),
        chatter_fillers=frozenset(p for p, kind in whole_chatter or () if kind == FILLER),
        root_synonyms=root_synonyms([synonyms or [], slang, regional or []]),
        english_words=frozenset(w for source, _ in english for w in source.split()),
        alternates=_alternates(alternates or []),
        descriptions=tuple((_phrase(d), _phrase(n)) for d, n in descriptions or ()),
        **_home_and_bridge_words(regional or [], english, false_friends, replacements),
    )


class _HomeAndBridgeWords(TypedDict):
    regional_words: frozenset[str]
    regional_sources: frozenset[str]
    false_friends: frozenset[Phrase]


def _home_and_bridge_words(
    regional: list[tuple[str, str]],
    english: list[tuple[str, str]],
    false_friends: Iterable[str],
    replacements: Mapping[Phrase, Phrase],
) -> _HomeAndBridgeWords:
    """The :class:`Lexicon` fields of the regional table's words and sources and the
    English bridge's false friends; a false friend or a word of a regional phrase that
    another table reads ("ngurus" of "nu ngurus") is that table's word."""
    bridge = {_phrase(s): _phrase(t) for s, t in english}
    own = set(map(_phrase, dict(regional)))
    others = {w for key in replacements if key not in own for w in key}
    sources = frozenset(s for s, _ in regional if " " not in s)
    return {
        "regional_words": frozenset(w for p in own for w in p if w in sources or w not in others),
        "regional_sources": sources,
        "false_friends": frozenset(
            p for p in map(_phrase, false_friends) if replacements.get(p) == bridge.get(p)
        ),
    }


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with aduan, read on first use."""
    domain = data_rows("domain.tsv")
    built = build_lexicon(
        domain=[(row[0], row[1]) for row in domain],
        generic={row[1] for row in domain if len(row) > 2 and row[2] == "generic"},
        slang=_pairs("slang.tsv"),
        english=_pairs("english.tsv"),
        function_words=data_lines("function_words.txt"),
        smalltalk=_pairs("smalltalk.tsv"),
        complaint_cues=_pairs("complaint_cues.tsv"),
        filler=data_lines("filler.txt"),
        synonyms=_pairs("synonyms.tsv"),
        whole_chatter=_pairs("chatter.tsv"),
        alternates=_pairs("alternates.tsv"),
        descriptions=_pairs("descriptions.tsv"),
        regional=_pairs("regional.tsv"),
        false_friends=[row[0] for row in data_rows("english.tsv") if row[2:] == ["indonesian"]],
    )
    return replace(built, signal_words=signal_words())


def one_word_sources(lexicon: Lexicon) -> set[str]:
    """One-word Indonesian sources of the lexicons ("telat", "baliho", "pembetulan"),
    as typo targets: a typo of one is mended into it and then replaced like the word
    itself ("tlat" -> "telat" -> "terlambat"), while the KB holds only the replacement.
    English sources are left to the English bridge, regional words (Javanese "sesuk")
    keep no slip of an Indonesian word ("sesek"); vowel-less chat forms ("sblm") and
    words under four letters are no target."""
    return {
        word
        for key in lexicon.replacements
        for word in key
        if len(word) >= 4
        and word.isalpha()
        and word not in lexicon.english_words
        and word not in lexicon.regional_words
        and any(c in "aeiou" for c in word)
    }
