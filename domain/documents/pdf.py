"""PDF documents from simple blocks (a letterhead, headings, paragraphs, label–value
lines, tables, a bar chart, a signature), on A4 — landscape when a table needs the
width —, with the fonts of :mod:`domain.documents.pdf_text` (Indonesian shows as
written; characters the fonts lack, emoji, are left out) and the tables of
:mod:`domain.documents.pdf_table`."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from domain.documents.pdf_table import needed_width, table_flowables
from domain.documents.pdf_text import BOLD, FONT, Styles, fonts, markup, printable
from domain.documents.table import Table

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN  # a portrait page's text width


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]  # the first in bold, larger


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    centered: bool = False


@dataclass(frozen=True)
class Fields:
    """Label–value lines of a letter (``Nomor permohonan : INF-2611-0001``)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableBlock:
    table: Table
    show_title: bool = True


@dataclass(frozen=True)
class BarChart:
    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]


@dataclass(frozen=True)
class Signature:
    place_and_date: str
    role: str
    name: str = ""


Block = Letterhead | Heading | Text | Fields | TableBlock | BarChart | Signature


def _chart(block: BarChart) -> Flowable:
    drawing = Drawing(WIDTH, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, WIDTH - 50, 45 * mm
    chart.data = [list(block.values) or [0]]
    chart.categoryAxis.categoryNames = [printable(label) for label in block.labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.valueMin = 0
    top = max(block.values, default=0)
    chart.valueAxis.valueStep = max(1, -(-top // 5))  # whole numbers: these are counts
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    drawing.add(chart)
    drawing.add(String(0, 60 * mm - 10, printable(block.title), fontName=BOLD, fontSize=9))
    return drawing


def _flowables(block: Block, styles: Styles, width: float) -> list[Flowable]:
    if isinstance(block, Letterhead):
        first, *rest = block.lines or ("",)
        out: list[Flowable] = [
            Paragraph(
                markup(first),
                styles.derive(fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
            )
        ]
        out += [Paragraph(markup(line), styles.derive(alignment=TA_CENTER)) for line in rest]
        return [*out, HRFlowable(width="100%", thickness=1.2, spaceBefore=3, spaceAfter=8)]
    if isinstance(block, Heading):
        size = {1: 14, 2: 11.5}.get(block.level, 10.5)
        style = styles.derive(
            fontName=BOLD, fontSize=size, leading=size + 4, spaceBefore=6, spaceAfter=4
        )
        return [Paragraph(markup(block.text), style)]
    if isinstance(block, Text):
        style = styles.derive(
            fontName=BOLD if block.bold else FONT,
            alignment=TA_CENTER if block.centered else 0,
            spaceAfter=5,
        )
        return [Paragraph(markup(block.text), style)]
    if isinstance(block, Fields):
        rows = [
            [Paragraph(markup(k), styles.body), Paragraph(markup(v), styles.body)]
            for k, v in block.pairs
        ]
        grid = PdfTable(rows, colWidths=[WIDTH * 0.32, WIDTH * 0.68])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [grid, Spacer(1, 3 * mm)]
    if isinstance(block, TableBlock):
        return table_flowables(block.table, styles, width, block.show_title)
    if isinstance(block, BarChart):
        return [_chart(block), Spacer(1, 3 * mm)]
    right = styles.derive(leftIndent=WIDTH * 0.55)
    lines = [block.place_and_date, block.role, "", "", block.name]
    return [KeepTogether([Spacer(1, 6 * mm), *(Paragraph(markup(x), right) for x in lines)])]


def write_pdf(title: str, blocks: Sequence[Block], author: str = "aduan") -> bytes:
    fonts()
    styles = Styles()
    tables = [needed_width(b.table) for b in blocks if isinstance(b, TableBlock)]
    page = landscape(A4) if max(tables, default=0) > WIDTH else A4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=printable(title),
        author=author,
        invariant=True,  # the same content gives the same bytes
    )
    story: list[Flowable] = []
    for block in blocks:
        story += _flowables(block, styles, page[0] - 2 * MARGIN)
    document.build(story)
    return buffer.getvalue()
