"""Chatter: greetings, thanks, goodbyes and acknowledgements."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.lexicon import Lexicon

_PRIORITY = ("thanks", "bye", "greeting", "ack")
ADDRESS = "address"


def smalltalk_kind(tokens: Sequence[str], lexicon: Lexicon) -> str | None:
    """The kind of chatter when the whole message is chatter, else None."""
    kinds = set()
    for token in tokens:
        kind = lexicon.smalltalk.get(token)
        if kind is None:
            return None
        kinds.add(kind)
    for kind in _PRIORITY:
        if kind in kinds:
            return kind
    return None


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
