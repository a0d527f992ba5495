"""The short names a knowledge base's phrases may be given by residents, collected when
its index is built (the derivation itself is :mod:`acronyms`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field

from knowledge_base.acronyms import Phrase, candidate_phrases, kb_shortenings
from knowledge_base.common_words import common_words, indonesian_words
from knowledge_base.lexicon import Lexicon
from knowledge_base.stemmer import stem


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
) -> Shortenings:
    """Derived short names of the KB's recurring phrases and keywords, none of them a
    word the KB or everyday Indonesian or English already has. ``kb_words``: the KB's
    words after the lexicon steps, and as written."""
    read, written = kb_words
    everyday = (read, lexicon.known_words, common_words(), indonesian_words())
    taken = _Taken((*everyday, lexicon.english_words))
    found = kb_shortenings(candidate_phrases(texts, keywords, is_content), taken, stem)
    words: dict[str, Phrase] = {}
    overrides: dict[Phrase, Phrase] = {}
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


class _Taken:
    """A word of any of several vocabularies, checked without building their union."""

    def __init__(self, vocabularies: Sequence[Set[str]]) -> None:
        self._vocabularies = vocabularies

    def __contains__(self, word: object) -> bool:
        return any(word in v for v in self._vocabularies)
