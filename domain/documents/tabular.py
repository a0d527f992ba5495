"""Tables as spreadsheet files: XLSX (openpyxl; one sheet per table, bold frozen
headers, real dates and numbers) and CSV (UTF-8 with a byte-order mark, so Excel reads
Indonesian text right)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from domain.documents.table import Cell, Table, cell_text

MAX_SHEET_NAME = 31
FORBIDDEN_IN_SHEET_NAME = str.maketrans({c: " " for c in "[]:*?/\\"})
MAX_WIDTH = 60


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


def write_xlsx(tables: Sequence[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, taken))
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for number, row in enumerate(table.rows, start=2):
            sheet.append([_excel_value(v) for v in row])
            for column, value in enumerate(row, start=1):
                if isinstance(value, str) and value.startswith("="):  # stays text, never
                    sheet.cell(row=number, column=column).data_type = "s"  # a formula
        for index, header in enumerate(table.headers, start=1):
            letter = get_column_letter(index)
            longest = max([len(header)] + [len(cell_text(r[index - 1])) for r in table.rows])
            width = table.widths[index - 1] if len(table.widths) >= index else longest + 2
            sheet.column_dimensions[letter].width = min(max(width, 8), MAX_WIDTH)
            for row_cells in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                for cell in row_cells:
                    if isinstance(cell.value, datetime):
                        cell.number_format = "dd-mm-yyyy hh:mm"
                    elif cell.value is not None and hasattr(cell.value, "year"):
                        cell.number_format = "dd-mm-yyyy"
        sheet.freeze_panes = "A2"
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
