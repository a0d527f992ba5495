"""Chatter: greetings, thanks, goodbyes and acknowledgements."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from knowledge_base.lexicon import Lexicon, Phrase

_PRIORITY = ("thanks", "bye", "greeting", "ack")
ADDRESS = "address"
MAX_NAME_WORDS = 2  # "makasih pak budi", "terima kasih bu sri rahayu"
_LAUGH = re.compile(r"(?:wk)+w?|(?:ha)+h?|(?:he)+h?|(?:hi)+h?|(?:xi)+")


def smalltalk_kind(
    tokens: Sequence[str], lexicon: Lexicon, vocabulary: Set[str] = frozenset()
) -> str | None:
    """The kind of chatter when the whole message is chatter, else None.

    Chatter is the lexicon's chatter words and phrases ("selamat siang, ada orang?",
    "hehe maaf salah kirim"), laughter, the fillers that go with them ("makasih ya
    pak") and a name after a form of address ("makasih bu rina": up to two words the
    knowledge base and the lexicon do not know). Any other word makes it a message."""
    kinds: set[str] = set()
    phrases = lexicon.chatter_phrases
    longest = max((len(p) for p in phrases), default=0)
    after_address = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        size = _phrase_at(tokens, i, phrases, longest)
        if size:
            kinds.add(phrases[tuple(tokens[i : i + size])])
            i += size
            after_address = 0
            continue
        kind = lexicon.smalltalk.get(token)
        if kind is not None:
            kinds.add(kind)
            after_address = MAX_NAME_WORDS if kind == ADDRESS else 0
        elif _LAUGH.fullmatch(token) and len(token) >= 4:
            kinds.add("ack")
        elif token in lexicon.chatter_fillers or token.isdigit():
            after_address = 0
        elif after_address and _is_name(token, lexicon, vocabulary):
            after_address -= 1
        else:
            return None
        i += 1
    for kind in _PRIORITY:
        if kind in kinds:
            return kind
    return None


def _phrase_at(
    tokens: Sequence[str], start: int, phrases: Mapping[Phrase, str], longest: int
) -> int:
    """The length of the longest chatter phrase at ``start``, or 0."""
    for size in range(min(longest, len(tokens) - start), 0, -1):
        if tuple(tokens[start : start + size]) in phrases:
            return size
    return 0


def _is_name(token: str, lexicon: Lexicon, vocabulary: Set[str]) -> bool:
    return token.isalpha() and token not in vocabulary and token not in lexicon.known_words


def strip_leading_chatter(tokens: Sequence[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Drop a greeting or form of address that opens a message ("pagi min, ..."); a
    word that also names a service ("sip" = surat izin praktik) is not chatter here."""
    start = 0
    while (
        start < len(tokens)
        and tokens[start] in lexicon.smalltalk
        and tokens[start] not in lexicon.service_terms
    ):
        start += 1
    rest = tuple(tokens[start:])
    return rest or tuple(tokens)
