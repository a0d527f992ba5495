"""A pre-check of the emergency rules (see :func:`knowledge_base.emergency.is_emergency`):
an event phrase matches only where each of its words stands, and every reading of a
message (the whole, a clause, either without its neutral or denied phrases) holds only
words the message's own reading or its tokens read alone give. A message holding no
event phrase's every word names no event, whichever way it is read, and is no
emergency: most messages hold an event phrase's first word ("kami" of "kami tidak bisa
keluar", "mau" of "mau loncat") and nothing more, and the rules need not read them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from knowledge_base.phrases import GAP_WORD

# the key of a phrase without words of its own (only gaps): it may match anywhere
_ANY = ""


def phrase_words(phrases: Iterable[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """Per word, the word sets of the ``phrases`` whose first word it is (gaps left out)."""
    found: dict[str, set[frozenset[str]]] = {}
    for phrase in phrases:
        words = [word for word in phrase.split() if word != GAP_WORD]
        found.setdefault(words[0] if words else _ANY, set()).add(frozenset(words))
    return {word: tuple(sets) for word, sets in found.items()}


def may_name_event(words: set[str], by_word: Mapping[str, tuple[frozenset[str], ...]]) -> bool:
    """Some phrase of ``by_word`` (see :func:`phrase_words`) has each of its words among
    ``words``."""
    if _ANY in by_word:
        return True
    # the message's words looked up in the table, not the table's words in the message:
    # ``set.intersection`` of a dict walks all its keys (some eight hundred first words)
    opening = (word for word in words if word in by_word)
    return any(needed <= words for word in opening for needed in by_word[word])
