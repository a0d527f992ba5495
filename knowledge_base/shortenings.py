"""The short names a knowledge base's phrases may be given by residents, collected when
its index is built (the derivation itself is :mod:`acronyms`)."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence, Set
from dataclasses import dataclass, field

from knowledge_base.acronyms import Phrase, candidate_phrases, kb_shortenings
from knowledge_base.common_words import (
    common_words,
    indonesian_words,
)
from knowledge_base.lexicon import Lexicon
from knowledge_base.stemmer import stem
from knowledge_base.vowels import VowelExpander, everyday_expander, skeleton


@dataclass(frozen=True)
class Shortenings:
    """``words``: a message word unknown to the KB and the lexicons that is a derived
    short name of one KB phrase ("damkar" -> "pemadam kebakaran"). ``overrides``: a
    lexicon word read as this KB's phrase instead of the lexicon's, where it is a short
    name of a KB phrase and the KB never uses the lexicon's reading ("pusling" is the
    mobile library of a KB without any "puskesmas")."""

    words: Mapping[str, Phrase] = field(default_factory=dict)
    overrides: Mapping[Phrase, Phrase] = field(default_factory=dict)

    def replacements(self, lexicon: Mapping[Phrase, Phrase]) -> Mapping[Phrase, Phrase]:
        """The lexicon's replacements with this KB's overrides."""
        return {**lexicon, **self.overrides} if self.overrides else lexicon


def shortenings_of(
    texts: Sequence[Sequence[str]],
    keywords: Sequence[Sequence[str]],
    kb_words: tuple[Set[str], Set[str]],
    lexicon: Lexicon,
    is_content: Callable[[str], bool],
    capitals: Set[str] = frozenset(),
) -> Shortenings:
    """Derived short names of the KB's recurring phrases and keywords, none of them a
    word the KB or everyday Indonesian or English already has, and the KB's own
    acronyms a chat shortening would misread (see :func:`kept_acronyms`). ``kb_words``:
    the KB's words after the lexicon steps, and as written; ``capitals``: the words it
    writes in capitals."""
    read, written = kb_words
    everyday = (read, lexicon.known_words, common_words(), indonesian_words())
    taken = _Taken((*everyday, lexicon.english_words, _VowelDrops(everyday_expander())))
    found = kb_shortenings(candidate_phrases(texts, keywords, is_content), taken, _Roots(read).root)
    words: dict[str, Phrase] = {}
    overrides: dict[Phrase, Phrase] = kept_acronyms(capitals, lexicon)
    for form, phrases in found.items():
        reading = lexicon.replacements.get((form,))
        if reading is None and len(phrases) == 1:
            words[form] = next(iter(phrases))
            continue
        if reading is None or len(reading) < 2 or all(w in written for w in reading):
            continue  # a lexicon acronym the KB spells out means the lexicon's phrase
        # the lexicon's reading is among the KB's phrases where the KB wrote the word
        others = phrases - {reading}
        if len(others) == 1:
            overrides[(form,)] = next(iter(others))
    return Shortenings(words, overrides)


# the fewest letters of an acronym kept from a chat shortening: two-letter ones ("AK-1")
# are as often the resident's own shortening ("ak mau tanya": "aku")
MIN_KEPT_ACRONYM = 3


def kept_acronyms(capitals: Set[str], lexicon: Lexicon) -> dict[Phrase, Phrase]:
    """The KB's acronyms (words it writes in capitals, of :data:`MIN_KEPT_ACRONYM`
    letters or more) that the lexicon reads as a chat shortening of a function word, or
    as the one word whose vowels the acronym leaves out, kept as written: a fishing
    port's "TPI" (fish auction hall) is no "tpi" ("tapi", but), an election's "DPT" (the
    voters' list) no "dpt" ("dapat"), a land office's "SKT" (a land letter) no "skt"
    ("sakit", ill). Read as "tapi", the acronym was a function word on both sides and no
    entry could be found by it; read as "sakit", every sick resident found the land
    letter."""
    kept: dict[Phrase, Phrase] = {}
    for word in capitals:
        form = (word.lower(),)
        reading = lexicon.replacements.get(form)
        if (
            len(word) >= MIN_KEPT_ACRONYM
            and reading is not None
            and len(reading) == 1
            and reading != form
            and (reading[0] in lexicon.function_words or skeleton(reading[0]) == form[0])
        ):
            kept[form] = form
    return kept


@dataclass(frozen=True)
class _VowelDrops:
    """Everyday words written without some vowels ("kta", "bsa"): no short name."""

    expander: VowelExpander

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.expander.candidates(word))


class _Roots:
    """A word's stem when that is a word ("kebakaran" -> "bakar"), else the word: a stem
    cut wrong ("irigasi" -> "irigas") gives no syllable to a short name."""

    def __init__(self, kb_words: Set[str]) -> None:
        self._kb_words = kb_words

    def root(self, word: str) -> str:
        found = stem(word)
        return found if found in self._kb_words or found in indonesian_words() else word


class _Taken:
    """A word of any of several vocabularies, checked without building their union."""

    def __init__(self, vocabularies: Sequence[Container[str]]) -> None:
        self._vocabularies = vocabularies

    def __contains__(self, word: object) -> bool:
        return any(word in v for v in self._vocabularies)
