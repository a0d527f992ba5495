"""Tables in PDF documents. A plain table: one header row of the full names, columns in
the table's relative widths across the page. A table with header groups: two header rows,
each group's label over its columns' short names (a column standing alone spans both),
columns as wide as their words and values need (a long value wraps), tighter cells, and
wider than a portrait A4 allows: a landscape page (:func:`needed_width`)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from domain.documents.pdf_text import BOLD, FONT, Styles, markup, printable
from domain.documents.table import Table, cell_text, numeric

SIZE, LEADING = 7, 8.5  # a grouped table's type (a plain one's is 7.5 on 9)
PAD = 2.5  # points left and right in a grouped table's cells
WRAP = 72.0  # points: a grouped table's longer values wrap (an agency's name)
HEADER = colors.HexColor("#e8eef5")


def _words(text: str, font: str) -> float:
    return max((stringWidth(w, font, SIZE) for w in printable(text).split()), default=0.0)


def needed_width(table: Table) -> float:
    """How wide a grouped table needs to be (points); 0 for a plain one, which takes the
    page's width whatever it holds."""
    return sum(_natural(table)) if table.groups else 0.0


def _natural(table: Table) -> list[float]:
    widths = []
    for index, header in enumerate(table.sub_headers):
        texts = [cell_text(row[index], table.language) for row in table.rows]
        whole = max((stringWidth(printable(t), FONT, SIZE) for t in texts), default=0.0)
        words = max((_words(t, FONT) for t in texts), default=0.0)
        widths.append(max(_words(header, BOLD), words, min(whole, WRAP)) + 2 * PAD + 1)
    for cell in table.header_cells():  # a group's label on three lines at most
        if cell.columns > 1:
            span = range(cell.column, cell.column + cell.columns)
            label = max(_words(cell.text, BOLD), stringWidth(cell.text, BOLD, SIZE) / 3)
            lack = label + 2 * PAD + 1 - sum(widths[k] for k in span)
            for k in span:
                widths[k] += max(lack, 0.0) / cell.columns
    return widths


def table_flowables(table: Table, styles: Styles, width: float, title: bool) -> list[Flowable]:
    """The table across ``width`` points, under its title when ``title``."""
    size, leading = (SIZE, LEADING) if table.groups else (7.5, 9)
    small = styles.derive(fontSize=size, leading=leading)
    head = styles.derive(fontSize=size, leading=leading, fontName=BOLD)
    centred = styles.derive(fontSize=size, leading=leading, fontName=BOLD, alignment=TA_CENTER)
    number = styles.derive(fontSize=size, leading=leading, alignment=TA_RIGHT)
    number_head = styles.derive(fontSize=size, leading=leading, fontName=BOLD, alignment=TA_RIGHT)
    right = [bool(table.groups) and n for n in numeric(table)]  # a grouped table's numbers
    depth = table.header_rows
    data: list[list[object]] = [["" for _ in table.headers] for _ in range(depth)]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, depth - 1), HEADER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for cell in table.header_cells():
        style = centred if cell.columns > 1 else number_head if right[cell.column] else head
        data[cell.row][cell.column] = Paragraph(markup(cell.text), style)
        if cell.rows > 1 or cell.columns > 1:
            end = (cell.column + cell.columns - 1, cell.row + cell.rows - 1)
            commands.append(("SPAN", (cell.column, cell.row), end))
    styles_of = [number if n else small for n in right]
    for row in table.rows:
        texts = (cell_text(v, table.language) for v in row)
        data.append([Paragraph(markup(x), s) for x, s in zip(texts, styles_of, strict=True)])
    if table.groups:
        natural = _natural(table)
        widths = [width * w / sum(natural) for w in natural]
        commands += [
            ("VALIGN", (0, 0), (-1, depth - 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ]
    else:
        weights = table.widths or tuple(1.0 for _ in table.headers)
        widths = [width * w / sum(weights) for w in weights]
    grid = PdfTable(data, colWidths=widths, repeatRows=depth)
    grid.setStyle(TableStyle(commands))
    heading = [Paragraph(markup(table.title), styles.derive(fontName=BOLD, spaceAfter=4))]
    return [*(heading if title else []), grid, Spacer(1, 4 * mm)]
