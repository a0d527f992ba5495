"""Tables as spreadsheet files: XLSX (openpyxl; one sheet per table, bold frozen
headers, a table's header groups merged over its columns' short names, real dates and
numbers) and CSV (UTF-8 with a byte-order mark, so Excel reads Indonesian text right;
one header row of the full names)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from domain.documents.table import Cell, Table, cell_text

MAX_SHEET_NAME = 31
FORBIDDEN_IN_SHEET_NAME = str.maketrans({c: " " for c in "[]:*?/\\"})
MAX_WIDTH = 60
LINE_HEIGHT = 15  # points: a line of Excel's default 11 pt type
BOLD = 1.15  # a bold character against the column width's unit (a digit)


def _sheet_name(title: str, taken: set[str]) -> str:
    base = title.translate(FORBIDDEN_IN_SHEET_NAME).strip()[:MAX_SHEET_NAME] or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[: MAX_SHEET_NAME - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def _excel_value(value: Cell) -> Cell:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: the local time shown
    return value


def _csv_value(value: Cell) -> str:
    text = cell_text(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@") and len(text) > 1:
        return "'" + text  # a spreadsheet never runs someone's text as a formula
    return text


def _header(sheet: Worksheet, table: Table) -> None:
    grouped = bool(table.groups)
    for cell in table.header_cells():
        target = sheet.cell(row=cell.row + 1, column=cell.column + 1, value=cell.text)
        target.font = Font(bold=True)
        target.alignment = Alignment(
            wrap_text=True,
            vertical="bottom" if grouped else "top",
            horizontal="center" if cell.columns > 1 else None,
        )
        if cell.rows > 1 or cell.columns > 1:
            sheet.merge_cells(
                start_row=cell.row + 1, start_column=cell.column + 1,
                end_row=cell.row + cell.rows, end_column=cell.column + cell.columns,
            )  # fmt: skip


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` (bold) takes wrapped in a column ``width`` wide;
    a great many when a word does not fit."""
    room, lines, used = max(width - 1, 1) / BOLD, 1, 0
    for word in text.split():
        if len(word) > room:
            return 99
        if used and used + 1 + len(word) > room:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines


def _fit_grouped(sheet: Worksheet, table: Table) -> None:
    """A grouped table's columns as wide as their longest value, each header (they wrap)
    on two lines at most (three where it fills both rows), a group's label over its
    columns on two; the header rows as tall
    as their wrapped text (Excel does not size merged cells itself)."""
    widths = [
        max((len(cell_text(row[index])) for row in table.rows), default=0) + 2.0
        for index in range(len(table.headers))
    ]
    cells = table.header_cells()
    for cell in sorted(cells, key=lambda c: c.columns):  # columns first, then the groups
        span = range(cell.column, cell.column + cell.columns)
        most = 3 if cell.rows > 1 else 2  # a header standing alone has both rows
        while _lines(cell.text, sum(widths[k] for k in span)) > most and widths[cell.column] < 40:
            for k in span:
                widths[k] += 0.5
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
    for row in (1, 2):
        lines = [_lines(c.text, sum(widths[c.column : c.column + c.columns]))
                 for c in cells if c.row == row - 1 and c.rows == 1]  # fmt: skip
        sheet.row_dimensions[row].height = LINE_HEIGHT * max(lines, default=1)


def write_xlsx(tables: Sequence[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, taken))
        _header(sheet, table)
        first = table.header_rows + 1
        for number, row in enumerate(table.rows, start=first):
            sheet.append([_excel_value(v) for v in row])
            for column, value in enumerate(row, start=1):
                if isinstance(value, str) and value.startswith("="):  # stays text, never
                    sheet.cell(row=number, column=column).data_type = "s"  # a formula
        for index, header in enumerate(table.headers, start=1):
            letter = get_column_letter(index)
            longest = max([len(header)] + [len(cell_text(r[index - 1])) for r in table.rows])
            width = table.widths[index - 1] if len(table.widths) >= index else longest + 2
            sheet.column_dimensions[letter].width = min(max(width, 8), MAX_WIDTH)
            for row_cells in sheet.iter_rows(min_row=first, min_col=index, max_col=index):
                for cell in row_cells:
                    if isinstance(cell.value, float):  # one decimal, as in CSV and PDF
                        cell.number_format = "0.0"
                    elif isinstance(cell.value, datetime):
                        cell.number_format = "dd-mm-yyyy hh:mm"
                    elif cell.value is not None and hasattr(cell.value, "year"):
                        cell.number_format = "dd-mm-yyyy"
        if table.groups:
            _fit_grouped(sheet, table)
        sheet.freeze_panes = f"A{first}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
