"""A table to export: a title, column headers and rows of plain values in one language;
optionally a two-row header, groups of columns (a label over them) above the columns'
short names. How a cell reads as text is shared by every format that writes text: a
missing value (``None``) is "–" as on the dashboard (0 stays 0), a fraction has the
language's decimal separator (Indonesian 12,5; English 12.5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.i18n import number_text
from domain.moments import date_text, date_time_text

Cell = str | int | float | date | datetime | None
MISSING = "–"  # a value not there (no rating yet, not decided yet), as the dashboard shows it


@dataclass(frozen=True)
class HeaderGroup:
    """A label over ``span`` adjacent columns; an empty label: one column standing alone,
    its header filling both header rows."""

    label: str
    span: int = 1


@dataclass(frozen=True)
class HeaderCell:
    """One cell of a table's header as drawn: its row and column (from 0), how many rows
    and columns it covers."""

    row: int
    column: int
    text: str
    rows: int = 1
    columns: int = 1


@dataclass(frozen=True)
class Table:
    title: str  # a heading in PDF; XLSX: the sheet's first row, its name made from it
    headers: tuple[str, ...]  # each column's full name (CSV, the terminal, JSON)
    rows: Sequence[Sequence[Cell]] = field(default_factory=tuple)
    widths: tuple[float, ...] = ()  # a plain table's relative column widths in PDF
    # the two-row header of XLSX and PDF: the groups from the first column on, and each
    # column's name under its group (its full name where it stands alone)
    groups: tuple[HeaderGroup, ...] = ()
    sub_headers: tuple[str, ...] = ()
    language: str = "id"  # the language of its text, which says how numbers are written

    def __post_init__(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.headers):
                raise ValueError(
                    f"{self.title}: row {number} has {len(row)} cells, {len(self.headers)} headers"
                )
        if self.groups and (
            sum(g.span for g in self.groups) != len(self.headers)
            or len(self.sub_headers) != len(self.headers)
            or any(g.span != 1 for g in self.groups if not g.label)
        ):
            raise ValueError(f"{self.title}: the header groups do not cover the columns")

    @property
    def header_rows(self) -> int:
        return 2 if self.groups else 1

    def header_cells(self) -> list[HeaderCell]:
        """The header as drawn: one row of the full names, or the groups over the short
        names (a column standing alone spans both rows)."""
        if not self.groups:
            return [HeaderCell(0, column, text) for column, text in enumerate(self.headers)]
        cells, column = [], 0
        for group in self.groups:
            if group.label:
                cells.append(HeaderCell(0, column, group.label, columns=group.span))
                cells += [
                    HeaderCell(1, column + k, self.sub_headers[column + k])
                    for k in range(group.span)
                ]
            else:
                cells.append(HeaderCell(0, column, self.sub_headers[column], rows=2))
            column += group.span
        return cells


def figure_text(value: float | None, language: str, places: int = 1) -> str:
    """A figure as ``language`` writes it (Indonesian 8,0, English 8.0), :data:`MISSING`
    when there is none: the one way every table, page, chart and report shows one."""
    return MISSING if value is None else number_text(value, language, places)


def cell_text(value: Cell, language: str = "id") -> str:
    """How a cell reads as text (CSV, PDF, Markdown, the terminal, XLSX's widths): dates
    ``31-12-2026 09:30`` (English ``31 Dec 2026 09:30``), a fraction with one decimal as
    ``language`` writes it, a missing value as :data:`MISSING`."""
    if value is None or isinstance(value, float):
        return figure_text(value, language)
    if isinstance(value, datetime):
        return date_time_text(value, language)
    if isinstance(value, date):
        return date_text(value, language)
    return str(value)


def numeric(table: Table) -> list[bool]:
    """Which columns hold numbers (or nothing) only: right-aligned in Markdown, in a
    grouped PDF table, and their dashes in XLSX."""
    return [
        bool(table.rows)
        and all(
            value is None or (isinstance(value, int | float) and not isinstance(value, bool))
            for value in (row[index] for row in table.rows)
        )
        for index in range(len(table.headers))
    ]
