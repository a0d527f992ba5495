"""English words of the bilingual bridge that are also everyday Indonesian words of
another meaning, its false friends (``indonesian`` in ``data/english.tsv``'s third
column): "cat" is paint ("cat tembok"), "map" a folder, "total" utterly ("mati total"),
"flat" a flat rate, "id" an identifier ("id pelanggan"), "make" chat for "pakai".

A message written in English reads them through the bridge. Any other message keeps
them as typed, unless their own context is English:

- a word next to one is a common English word Indonesian chat does not use
  (``data/english_words.txt``): "pickup for an old wardrobe", in a message too short
  to be told English;
- the message names another thing of the kind its English meaning is
  (``data/kinds.tsv``): "vaksin rabies untuk anjing dan cat" speaks of pets, so "cat"
  is a cat. Its kin are the things in every group it is in and those groups' names (a
  cat's: dogs, monkeys, pets, animals; not chickens, which are animals but no pets). A
  thing in no group has none: a whole kind names too much ("id" is an identity card
  next to a family card, but a member number next to a library card or a SIM).

Only one-word false friends are read so; a longer one keeps the message's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from knowledge_base.kind_table import GROUP, KindRow, kind_rows
from knowledge_base.language import english_words
from knowledge_base.lexicon import Lexicon, Phrase


@dataclass(frozen=True)
class FalseFriends:
    """The one-word false friends of a lexicon, their English meaning and its kin."""

    meanings: Mapping[str, Phrase] = field(default_factory=dict)
    kin: Mapping[str, frozenset[Phrase]] = field(default_factory=dict)
    english: frozenset[str] = frozenset()

    def read(self, tokens: list[str]) -> list[str]:
        """``tokens`` of a message not written in English, with each false friend whose
        context is English replaced by its English meaning."""
        if self.meanings.keys().isdisjoint(tokens):
            return tokens
        read: list[str] = []
        for i, token in enumerate(tokens):
            meaning = self.meanings.get(token)
            if meaning is not None and self._english_context(tokens, i):
                read.extend(meaning)
            else:
                read.append(token)
        return read

    def _english_context(self, tokens: list[str], i: int) -> bool:
        neighbours = tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]
        if not self.english.isdisjoint(neighbours):
            return True
        kin = self.kin.get(tokens[i], frozenset())
        return any(_names(tokens, name) for name in kin)


def _names(tokens: list[str], name: Phrase) -> bool:
    size = len(name)
    return any(tuple(tokens[j : j + size]) == name for j in range(len(tokens) - size + 1))


def _phrase(text: str) -> Phrase:
    return tuple(text.split())


def kin_of(meaning: Phrase, rows: Iterable[KindRow]) -> frozenset[Phrase]:
    """The names of the things and groups a message about ``meaning`` would name (see
    the module's docstring); empty when it names no thing or one in no group."""
    rows = tuple(rows)
    things = [r for r in rows if not r.thing.startswith(GROUP) and meaning in map(_phrase, r.names)]
    kinds = {r.kind for r in things}
    ids = {r.thing for r in things}
    groups = [
        r for r in rows if r.kind in kinds and r.thing.startswith(GROUP) and ids & set(r.names)
    ]
    if not groups:
        return frozenset()
    shared = set.intersection(*(set(g.names) for g in groups))
    names = {_phrase(g.thing[len(GROUP) :]) for g in groups}
    for row in rows:
        if row.kind in kinds and row.thing in shared:
            names.update(map(_phrase, row.names))
    return frozenset(names)


def false_friends(lexicon: Lexicon) -> FalseFriends:
    """The lexicon's one-word false friends, read with the shipped kinds."""
    rows = kind_rows()
    meanings = {
        friend[0]: lexicon.replacements[friend]
        for friend in lexicon.false_friends
        if len(friend) == 1
    }
    kin = {word: kin_of(meaning, rows) - {(word,)} for word, meaning in meanings.items()}
    return FalseFriends(meanings, kin, english_words())
