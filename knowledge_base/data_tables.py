"""The general tables shipped in ``knowledge_base/data/``: read as lines or tab-separated
rows, blank lines and ``#`` comments left out. Every table reader goes through here; a
reader that checks its rows names a malformed one by its file and line
(:meth:`TableRow.error`)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files


class TableError(ValueError):
    """A row of a shipped table that breaks the table's rule."""


@dataclass(frozen=True)
class TableRow:
    """A data line of a table, split on tabs with each cell stripped, and where it is."""

    table: str
    line: int
    cells: tuple[str, ...]

    def error(self, problem: str) -> TableError:
        """The error to raise for this row: ``knowledge_base/data/NAME:LINE: problem``."""
        shown = "\t".join(self.cells)
        return TableError(f"knowledge_base/data/{self.table}:{self.line}: {problem}: {shown!r}")


def _numbered_lines(name: str) -> list[tuple[int, str]]:
    text = (files("knowledge_base") / "data" / name).read_text(encoding="utf-8")
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and line[0] != "#"
    ]


def data_lines(name: str) -> list[str]:
    """The table's lines that carry data."""
    return [line for _, line in _numbered_lines(name)]


def table_rows(name: str) -> list[TableRow]:
    """The table's data lines as :class:`TableRow`, with their line numbers."""
    return [
        TableRow(name, number, tuple(cell.strip() for cell in line.split("\t")))
        for number, line in _numbered_lines(name)
    ]


def data_rows(name: str) -> list[list[str]]:
    """The table's data lines split on tabs, each cell stripped."""
    return [list(row.cells) for row in table_rows(name)]
