"""A table to export: a title, column headers and rows of plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name in XLSX (cut to 31 characters), a heading in PDF
    headers: tuple[str, ...]
    rows: Sequence[Sequence[Cell]] = field(default_factory=tuple)
    widths: tuple[float, ...] = ()  # relative column widths (PDF) / characters (XLSX)

    def __post_init__(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.headers):
                raise ValueError(
                    f"{self.title}: row {number} has {len(row)} cells, {len(self.headers)} headers"
                )


def cell_text(value: Cell, date_format: str = "%d-%m-%Y", time_format: str = "%H:%M") -> str:
    """How a cell reads as text (CSV, PDF): dates ``31-12-2026``, none as empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(f"{date_format} {time_format}")
    if isinstance(value, date):
        return value.strftime(date_format)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)
