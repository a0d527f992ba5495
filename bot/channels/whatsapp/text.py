"""Our safe HTML subset as WhatsApp text: ``*bold*``, ``_italic_``, ``~strike~``,
monospace with backticks, links as "text (address)", entities unescaped."""

from __future__ import annotations

import html
import re

TEXT_LIMIT = 4096
INTERACTIVE_BODY_LIMIT = 1024

_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_MARKS = [
    (re.compile(r"</?(b|strong)>"), "*"),
    (re.compile(r"</?(i|em)>"), "_"),
    (re.compile(r"</?(s|strike|del)>"), "~"),
    (re.compile(r"</?pre>"), "```"),
    (re.compile(r"</?code>"), "`"),
]
_TAG = re.compile(r"<[^>]+>")


def _link(match: re.Match[str]) -> str:
    address, label = html.unescape(match.group(1)), match.group(2)
    return label if html.unescape(label) == address else f"{label} ({address})"


def to_whatsapp(text: str) -> str:
    text = _LINK.sub(_link, text)
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    return html.unescape(_TAG.sub("", text))


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Chunks of at most ``limit`` characters, preferring paragraph, line, word breaks."""
    chunks: list[str] = []
    text = text.strip()
    while len(text) > limit:
        window = text[:limit]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut >= limit // 2:
                break
        if cut < limit // 2:
            cut = limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks
