"""Tables as spreadsheet files: XLSX (openpyxl; one sheet per table, named after it, its
title whole in the first row, bold headers frozen with it, a table's header groups merged
over its columns' short names, real dates and numbers, every column as wide as what it
holds) and CSV (UTF-8 with a byte-order mark, so Excel reads Indonesian text right; one
header row of the full names). Both write a missing value as the dashboard does ("–").

XLSX keeps numbers as numbers with locale-free format codes ("0.0"): the spreadsheet shows
them with its reader's decimal separator, as it does any number. CSV, PDF and Markdown
write text, so they write the table's language's separator (:func:`cell_text`)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from domain.documents.table import MISSING, Cell, Table, cell_text, numeric

MAX_SHEET_NAME = 31  # Excel's limit; it also refuses the characters below and "History"
FORBIDDEN_IN_SHEET_NAME = str.maketrans({c: " " for c in "[]:*?/\\"})
RESERVED_SHEET_NAMES = frozenset({"history"})
CLAUSE_BREAK = re.compile(r" [—–-] |[,;] | \(")  # where a title's clauses part
MAX_WIDTH = 60  # characters: a longer value wraps in its cell, the row as tall as it needs
LINE_HEIGHT = 15  # points: a line of Excel's default 11 pt type
MAX_HEIGHT = 409  # points: Excel's tallest row
# Excel's day formats, Indonesian then English: a month name in English (03-12 reads as
# March 12th to many), as the text exports write it.
DATE_FORMATS = ("dd-mm-yyyy", "d mmm yyyy")
BOLD = 1.15  # a bold character against the column width's unit (a digit)
TITLE_ROW = 1


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid sheet name for a table called ``title``, unique among ``taken`` (lower
    case; the name is added): Excel's forbidden characters made spaces, no quote at
    either end, at most 31 characters (cut where a clause ends or after a whole word),
    " (2)", " (3)"… after a name already taken."""
    text = " ".join(sheet_text(title).translate(FORBIDDEN_IN_SHEET_NAME).split()).strip("'")
    base = _shortened(text, MAX_SHEET_NAME) or "Sheet"
    name, number = base, 2
    while name.lower() in taken or name.lower() in RESERVED_SHEET_NAMES:
        suffix = f" ({number})"
        name, number = _shortened(base, MAX_SHEET_NAME - len(suffix)) + suffix, number + 1
    taken.add(name.lower())
    return name


def _shortened(text: str, room: int) -> str:
    """``text`` in ``room`` characters: up to the last clause break that leaves at least
    half of them (``Kinerja layanan 2026-12 — Semua jenis``: before the dash), else up to
    the last whole word."""
    if len(text) <= room:
        return text
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text) if room // 2 <= m.start() <= room]
    if breaks:
        return text[: max(breaks)]
    head = text[: room + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else text[:room]
    return cut.rstrip(" -–—,;:.('") or text[:room]


def _lines(text: str, width: float, bold: bool = False) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` wide; a great
    many when a word does not fit."""
    room = max(width - 1, 1) / (BOLD if bold else 1.0)
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0
        for word in paragraph.split():
            if len(word) > room:
                return 99
            if used and used + 1 + len(word) > room:
                lines, used = lines + 1, len(word)
            else:
                used += (1 if used else 0) + len(word)
    return lines


def column_widths(table: Table) -> list[float]:
    """Every column as wide as its longest value (up to :data:`MAX_WIDTH`; a longer one
    wraps) and so that its header, wrapped, takes two lines at most, three when it fills
    both rows of a two-row header, no word broken; a group's label over its columns on
    two. One rule for every sheet: the widths the tables carry for PDF are not used."""
    widths = [
        min(max((_widest(cell_text(row[i], table.language)) for row in table.rows), default=0)
            + 2.0, MAX_WIDTH)
        for i in range(len(table.headers))
    ]  # fmt: skip
    for cell in sorted(table.header_cells(), key=lambda c: c.columns):  # columns, then groups
        span = range(cell.column, cell.column + cell.columns)
        most = 3 if cell.rows > 1 else 2
        while _lines(cell.text, sum(widths[k] for k in span), bold=True) > most and any(
            widths[k] < MAX_WIDTH for k in span
        ):
            for k in span:
                widths[k] = min(widths[k] + 0.5, MAX_WIDTH)
    return widths


def _widest(text: str) -> int:
    return max(len(line) for line in text.split("\n"))


def _header(sheet: Worksheet, table: Table, widths: list[float]) -> None:
    top = TITLE_ROW + 1
    heights = [LINE_HEIGHT] * table.header_rows
    for cell in sorted(table.header_cells(), key=lambda c: c.rows):  # one row's cells first
        row, column = top + cell.row, cell.column + 1
        target = sheet.cell(row=row, column=column, value=sheet_text(cell.text))
        target.font = Font(bold=True)
        horizontal = "center" if cell.columns > 1 else None
        target.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal=horizontal)
        if cell.rows > 1 or cell.columns > 1:
            end_row, end_column = row + cell.rows - 1, column + cell.columns - 1
            sheet.merge_cells(
                start_row=row, start_column=column, end_row=end_row, end_column=end_column
            )
        width = sum(widths[cell.column : cell.column + cell.columns])
        needed = LINE_HEIGHT * _lines(cell.text, width, bold=True)
        last = cell.row + cell.rows - 1  # a cell filling both rows: the lower one grows
        heights[last] = max(heights[last], needed - sum(heights[cell.row : last]))
    for index, height in enumerate(heights):
        sheet.row_dimensions[top + index].height = height


def _body(sheet: Worksheet, table: Table, widths: list[float], first: int) -> None:
    right = numeric(table)
    for number, row in enumerate(table.rows, start=first):
        lines = 1
        for index, value in enumerate(row):
            cell = sheet.cell(row=number, column=index + 1, value=_excel_value(value))
            if isinstance(value, str) and value.startswith("="):  # stays text, never
                cell.data_type = "s"  # a formula
            if isinstance(value, float):  # one decimal, as in CSV and PDF
                cell.number_format = "0.0"
            elif isinstance(value, datetime):
                cell.number_format = DATE_FORMATS[table.language == "en"] + " hh:mm"
            elif isinstance(value, date):
                cell.number_format = DATE_FORMATS[table.language == "en"]
            if value is None and right[index]:
                cell.alignment = Alignment(horizontal="right")
            elif isinstance(value, str) and (_widest(value) + 2 > widths[index] or "\n" in value):
                cell.alignment = Alignment(wrap_text=True, vertical="top")  # text reads as is
                lines = max(lines, _lines(value, widths[index]))
        if lines > 1:
            sheet.row_dimensions[number].height = min(LINE_HEIGHT * lines, MAX_HEIGHT)


def sheet_text(text: str) -> str:
    """``text`` as a cell may hold it: the control characters XML 1.0 forbids (which a
    resident's message may carry) each become U+FFFD, so one hostile message never makes
    a whole export fail and the reader sees where something was dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def _excel_value(value: Cell) -> Cell:
    if value is None:
        return MISSING
    if isinstance(value, str):
        return sheet_text(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: the local time shown
    return value


def write_xlsx(tables: Sequence[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(sheet_name(table.title, taken))
        title = sheet.cell(row=TITLE_ROW, column=1, value=sheet_text(table.title))
        title.font = Font(bold=True, size=12)
        widths = column_widths(table)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        _header(sheet, table, widths)
        first = TITLE_ROW + table.header_rows + 1
        _body(sheet, table, widths, first)
        sheet.freeze_panes = f"A{first}"  # the title and the header stay in view
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv_value(value: Cell, language: str) -> str:
    text = cell_text(value, language)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@") and len(text) > 1:
        return "'" + text  # a spreadsheet never runs someone's text as a formula
    return text


def write_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_value(v, table.language) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
