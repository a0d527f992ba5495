"""Another name for the same service, used only where a knowledge base lacks the name
the resident used (``data/alternates.tsv``).

Some services go by several names that one knowledge base may keep apart and another
never mentions: the card is "KIS", the scheme "BPJS Kesehatan" or "JKN"; a business
licence was "SIUP" and is now the "NIB"; a child is given a "vaksin" at an
"imunisasi". Read as global synonyms (``synonyms.tsv``), these would merge what a KB
distinguishes and take from a KB's own text the word residents use. Read here, a
resident's name is replaced only when this KB never uses it and does use every new word
of the alternative: the resident still reaches the entry, and the entry does not lose a
service it names (a service the KB lacks would otherwise keep every entry from being
answered, see :func:`knowledge_base.coverage.names_missing_service`).

Built once per knowledge base, from its words in reading order; applied to every text
after the lexicon steps, so it never changes the KB's own text (it lacks the source)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from knowledge_base.lexicon import Phrase, phrase_starts
from knowledge_base.replacements import PhraseReader

__all__ = ["Alternates", "kb_alternates"]


class Alternates:
    """The alternates one knowledge base needs, applied like lexicon phrases."""

    def __init__(self, table: Mapping[Phrase, Phrase]) -> None:
        self.table = MappingProxyType(dict(table))
        self._starts = phrase_starts(self.table)
        self._longest = max((len(p) for p in self.table), default=1)
        self._reader = PhraseReader.of(self.table, self._longest, self._starts)

    def apply(self, tokens: list[str]) -> list[str]:
        if not self.table or self._starts.keys().isdisjoint(tokens):
            return tokens
        return self._reader.read(tokens)


def _phrases_present(phrases: Sequence[Phrase], words: Sequence[str]) -> frozenset[Phrase]:
    """The phrases found as consecutive words of ``words``, in one pass over them."""
    by_start: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        by_start.setdefault(phrase[0], []).append(phrase)
    found: set[Phrase] = set()
    for i, word in enumerate(words):
        for phrase in by_start.get(word, ()):
            if phrase not in found and tuple(words[i : i + len(phrase)]) == phrase:
                found.add(phrase)
    return frozenset(found)


def kb_alternates(
    alternates: Mapping[Phrase, tuple[Phrase, ...]], kb_words: Sequence[str]
) -> Alternates:
    """Per name the KB never uses, its first alternative whose new words the KB all
    uses. ``kb_words``: the KB's words after the lexicon steps, text after text."""
    if not alternates or not kb_words:
        return Alternates({})
    known = frozenset(kb_words)
    present = _phrases_present(list(alternates), kb_words)
    table: dict[Phrase, Phrase] = {}
    for source, targets in alternates.items():
        if source in present:
            continue
        for target in targets:
            new = [w for w in target if w not in source]
            if new and all(w in known for w in new):
                table[source] = target
                break
    return Alternates(table)
