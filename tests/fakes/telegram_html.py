"""Telegram's HTML parse mode, as strictly as the fake Bot API needs it.

Written independently of :mod:`domain.html_split` on purpose: the fake must catch what
the real server would reject (unknown or unbalanced tags, a bare ``<``), not share the
splitter's assumptions.
"""

from __future__ import annotations

import html
import re

SUPPORTED_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
        "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot);")


class EntityParseError(ValueError):
    """Raised with Telegram's wording, after "Bad Request: can't parse entities: "."""


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def parse_html(text: str) -> str:
    """Return the visible text of Telegram HTML or raise :class:`EntityParseError`."""
    visible: list[str] = []
    stack: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "<":
            match = _TAG.match(text, index)
            if match is None:
                raise EntityParseError(
                    f"Unsupported start tag at byte offset {_offset(text, index)}"
                )
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in SUPPORTED_TAGS:
                raise EntityParseError(
                    f'Unsupported start tag "{name}" at byte offset {_offset(text, index)}'
                )
            if closing:
                if not stack:
                    raise EntityParseError(
                        f"Unexpected end tag at byte offset {_offset(text, index)}"
                    )
                if stack[-1] != name:
                    raise EntityParseError(
                        f"Unmatched end tag at byte offset {_offset(text, index)}, "
                        f'expected "</{stack[-1]}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                stack.append(name)
            index = match.end()
        elif char == "&" and (entity := _ENTITY.match(text, index)):
            visible.append(html.unescape(entity.group(0)))
            index = entity.end()
        else:
            visible.append(char)
            index += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(visible)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
