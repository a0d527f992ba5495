"""A long message cut into overlapping parts, for the readings that judge a bounded
stretch of text at a time (the emergency check): each part is read as a message of its
own, and the overlap keeps a sentence cut at one part's end whole in the next."""

from __future__ import annotations

# a message's characters looked at, at most (Telegram's limit): by the emergency check
# here, the question reading (knowledge_base.condense) and the chat handler
MESSAGE_CHARS = 4096


def overlapping_parts(text: str, size: int, step: int) -> list[str]:
    """``text`` (its first :data:`MESSAGE_CHARS`) in parts of at most ``size``
    characters, the next starting ``step`` on at the following word; ``[text]`` when it
    fits in one part."""
    text = text[:MESSAGE_CHARS]
    if len(text) <= size:
        return [text]
    parts, start = [], 0
    while start < len(text):
        parts.append(text[start : start + size])
        if start + size >= len(text):
            break
        start += step
        while start < len(text) and not text[start - 1].isspace():
            start += 1
    return parts
