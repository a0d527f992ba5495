"""PDF documents from simple blocks (a letterhead, headings, paragraphs, label–value
lines, tables, a bar chart, a signature), on A4, with the Bitstream Vera fonts that
reportlab ships: no system fonts needed, and Indonesian text shows as written.
Characters the fonts lack (emoji) are left out rather than drawn as boxes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

import reportlab
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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

from domain.documents.table import Table, cell_text

FONT, BOLD, ITALIC = "AduanSans", "AduanSans-Bold", "AduanSans-Italic"
FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}
WIDTH = A4[0] - 40 * mm


@cache
def _fonts() -> frozenset[int]:
    """Register the fonts once; the code points they can draw."""
    folder = Path(reportlab.__file__).parent / "fonts"
    covered: set[int] = set()
    for name, file in FONT_FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        covered |= set(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return frozenset(covered)


def printable(text: str) -> str:
    covered = _fonts()
    return "".join(c for c in text if ord(c) in covered or c in "\n\t")


def _markup(text: str) -> str:
    """Plain text as reportlab paragraph markup (escaped; line breaks kept)."""
    return escape(printable(text), quote=False).replace("\n", "<br/>")


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


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle = field(
        default_factory=lambda: ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    )

    def derive(self, **changes: object) -> ParagraphStyle:
        return ParagraphStyle("derived", parent=self.body, **changes)


def _table(block: TableBlock, styles: Styles) -> list[Flowable]:
    table = block.table
    small = styles.derive(fontSize=7.5, leading=9)
    head = styles.derive(fontSize=7.5, leading=9, fontName=BOLD)
    data = [[Paragraph(_markup(h), head) for h in table.headers]]
    data += [[Paragraph(_markup(cell_text(v)), small) for v in row] for row in table.rows]
    weights = table.widths or tuple(1.0 for _ in table.headers)
    widths = [WIDTH * w / sum(weights) for w in weights]
    grid = PdfTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    title = [Paragraph(_markup(table.title), styles.derive(fontName=BOLD, spaceAfter=4))]
    return [*(title if block.show_title else []), grid, Spacer(1, 4 * mm)]


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


def _flowables(block: Block, styles: Styles) -> list[Flowable]:
    if isinstance(block, Letterhead):
        first, *rest = block.lines or ("",)
        out: list[Flowable] = [
            Paragraph(
                _markup(first),
                styles.derive(fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
            )
        ]
        out += [Paragraph(_markup(line), styles.derive(alignment=TA_CENTER)) for line in rest]
        return [*out, HRFlowable(width="100%", thickness=1.2, spaceBefore=3, spaceAfter=8)]
    if isinstance(block, Heading):
        size = {1: 14, 2: 11.5}.get(block.level, 10.5)
        style = styles.derive(
            fontName=BOLD, fontSize=size, leading=size + 4, spaceBefore=6, spaceAfter=4
        )
        return [Paragraph(_markup(block.text), style)]
    if isinstance(block, Text):
        style = styles.derive(
            fontName=BOLD if block.bold else FONT,
            alignment=TA_CENTER if block.centered else 0,
            spaceAfter=5,
        )
        return [Paragraph(_markup(block.text), style)]
    if isinstance(block, Fields):
        rows = [
            [Paragraph(_markup(k), styles.body), Paragraph(_markup(v), styles.body)]
            for k, v in block.pairs
        ]
        grid = PdfTable(rows, colWidths=[WIDTH * 0.32, WIDTH * 0.68])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [grid, Spacer(1, 3 * mm)]
    if isinstance(block, TableBlock):
        return _table(block, styles)
    if isinstance(block, BarChart):
        return [_chart(block), Spacer(1, 3 * mm)]
    right = styles.derive(leftIndent=WIDTH * 0.55)
    lines = [block.place_and_date, block.role, "", "", block.name]
    return [KeepTogether([Spacer(1, 6 * mm), *(Paragraph(_markup(x), right) for x in lines)])]


def write_pdf(title: str, blocks: Sequence[Block], author: str = "aduan") -> bytes:
    _fonts()
    styles = Styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=printable(title),
        author=author,
        invariant=True,  # the same content gives the same bytes
    )
    story: list[Flowable] = []
    for block in blocks:
        story += _flowables(block, styles)
    document.build(story)
    return buffer.getvalue()
