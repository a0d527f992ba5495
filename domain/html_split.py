"""Split safe HTML into chunks that fit a message-length limit.

Telegram limits a message to 4096 characters *after* entity parsing, counted in
UTF-16 code units: tags do not count, ``&amp;`` counts as one, an emoji outside the
Basic Multilingual Plane counts as two. A long answer or ticket card must therefore
be split on its visible text while every chunk stays valid HTML on its own: tags
still open at a split are closed at the end of the chunk and reopened (with their
attributes) at the start of the next one.

Splits prefer a paragraph break, then a line break, then a space; only a single word
longer than the limit is cut in the middle, and never inside a tag or an entity. The
whitespace at a split point is dropped.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from enum import Enum

TELEGRAM_TEXT_LIMIT = 4096

_TAG_PATTERN = r"<(?P<close>/)?(?P<name>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>(?:\s[^<>]*)?)>"
_ENTITY_PATTERN = r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)"
_TAG_OR_ENTITY = re.compile(f"{_TAG_PATTERN}|{_ENTITY_PATTERN}")
# A tag, an entity, or one code point. Anything that looks like neither a tag nor an
# entity (a stray "<" or "&") is one visible character, as in plain text.
_TOKEN = re.compile(f"{_TAG_PATTERN}|{_ENTITY_PATTERN}|(?P<char>.)", re.DOTALL)

# A break is taken only if the chunk before it is at least this full, else a finer
# kind of break is tried: it keeps a far-away paragraph break from making tiny chunks.
_MIN_FILL = 0.5


class _Kind(Enum):
    OPEN = "open"
    CLOSE = "close"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class _Atom:
    kind: _Kind
    raw: str
    name: str = ""
    visible: str = ""
    width: int = 0
    is_space: bool = False


def _text_atom(raw: str, visible: str) -> _Atom:
    return _Atom(_Kind.TEXT, raw, "", visible, utf16_len(visible), visible.isspace())


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def visible_text(text: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return _TAG_OR_ENTITY.sub(_visible_part, text)


def _visible_part(match: re.Match[str]) -> str:
    return html.unescape(match.group(0)) if match.group("entity") else ""


def visible_length(text: str) -> int:
    """Visible length of safe HTML in UTF-16 code units (Telegram's count)."""
    return utf16_len(visible_text(text))


def _atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for match in _TOKEN.finditer(text):
        raw = match.group(0)
        if match.group("name"):
            kind = _Kind.CLOSE if match.group("close") else _Kind.OPEN
            atoms.append(_Atom(kind, raw, name=match.group("name").lower()))
        elif match.group("entity"):
            atoms.append(_text_atom(raw, html.unescape(raw)))
        else:
            atoms.append(_text_atom(raw, raw))
    return atoms


def _apply(stack: list[_Atom], atom: _Atom) -> None:
    """Track which tags are open after ``atom``."""
    if atom.kind is _Kind.OPEN:
        stack.append(atom)
    elif atom.kind is _Kind.CLOSE:
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].name == atom.name:
                del stack[index]
                break


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of whitespace characters: a candidate split point ``[start, end)``."""

    start: int
    end: int
    newlines: int


class _Splitter:
    def __init__(self, text: str, limit: int) -> None:
        self.atoms = _atoms(text)
        self.limit = limit
        self.dropped = [False] * len(self.atoms)
        self.runs = self._space_runs()
        self.run_starts = [run.start for run in self.runs]

    def _space_runs(self) -> list[_Run]:
        runs: list[_Run] = []
        index, count = 0, len(self.atoms)
        while index < count:
            if not self.atoms[index].is_space:
                index += 1
                continue
            end = index
            while end < count and self.atoms[end].is_space:
                end += 1
            newlines = sum(a.visible.count("\n") for a in self.atoms[index:end])
            runs.append(_Run(index, end, newlines))
            index = end
        return runs

    def split(self) -> list[str]:
        chunks: list[str] = []
        stack: list[_Atom] = []
        start = 0
        while start < len(self.atoms):
            start = self._skip_leading_closes(start, stack)
            end = self._chunk_end(start)
            reopened = list(stack)
            body: list[str] = []
            visible: list[str] = []
            for index in range(start, end):
                atom = self.atoms[index]
                if self.dropped[index]:
                    continue
                body.append(atom.raw)
                visible.append(atom.visible)
                _apply(stack, atom)
            if "".join(visible).strip():
                opening = "".join(atom.raw for atom in reopened)
                closing = "".join(f"</{atom.name}>" for atom in reversed(stack))
                chunks.append(opening + "".join(body) + closing)
            start = end
        return chunks

    def _skip_leading_closes(self, start: int, stack: list[_Atom]) -> int:
        """At a chunk start, closing tags of reopened tags would make empty pairs."""
        index = start
        while index < len(self.atoms):
            atom = self.atoms[index]
            if self.dropped[index]:
                index += 1
            elif atom.kind is _Kind.CLOSE and stack and stack[-1].name == atom.name:
                stack.pop()
                index += 1
            else:
                break
        return index

    def _chunk_end(self, start: int) -> int:
        """Index where the chunk starting at ``start`` ends; marks the dropped split run."""
        width = 0
        widths: dict[int, int] = {}  # visible width before each index
        overflow = None
        for index in range(start, len(self.atoms)):
            widths[index] = width
            if self.dropped[index]:
                continue
            atom_width = self.atoms[index].width
            if width + atom_width > self.limit and self.atoms[index].kind is _Kind.TEXT:
                overflow = index
                break
            width += atom_width
        if overflow is None:
            return len(self.atoms)
        end = self._best_break(start, overflow, widths)
        if end is None:
            end = self._hard_cut(start, overflow)
        while end - 1 > start and self.atoms[end - 1].kind is _Kind.OPEN:
            end -= 1  # an opening tag right before a split belongs to the next chunk
        return end

    def _best_break(self, start: int, overflow: int, widths: dict[int, int]) -> int | None:
        content = self._first_content(start, overflow)
        first = bisect.bisect_right(self.run_starts, content)
        last = bisect.bisect_right(self.run_starts, overflow)
        candidates = self.runs[first:last]
        min_width = int(self.limit * _MIN_FILL)
        for needed in (2, 1):
            for run in reversed(candidates):
                if run.newlines >= needed and widths[run.start] >= min_width:
                    return self._drop(run)
        if candidates:
            return self._drop(candidates[-1])
        return None

    def _drop(self, run: _Run) -> int:
        for index in range(run.start, run.end):
            self.dropped[index] = True
        return run.start

    def _hard_cut(self, start: int, overflow: int) -> int:
        if any(
            self.atoms[i].kind is _Kind.TEXT and not self.dropped[i] for i in range(start, overflow)
        ):
            return overflow
        return overflow + 1  # a single character wider than the limit: send it alone

    def _first_content(self, start: int, end: int) -> int:
        """Index of the first visible non-space character in ``[start, end)``, else ``end``."""
        for index in range(start, end):
            atom = self.atoms[index]
            if atom.kind is _Kind.TEXT and not atom.is_space and not self.dropped[index]:
                return index
        return end


def split_html(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split safe HTML into chunks of at most ``limit`` visible UTF-16 code units.

    Returns ``[]`` when there is nothing visible to send. Plain text without tags is
    handled the same way. With ``limit`` 1, a character outside the Basic Multilingual
    Plane (2 units) still makes a chunk of its own; real limits are far above that.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    visible = visible_text(text)
    if utf16_len(visible) <= limit:
        return [text] if visible.strip() else []
    return _Splitter(text, limit).split()
