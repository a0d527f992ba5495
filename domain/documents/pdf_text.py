"""Text in aduan's PDF documents: the Bitstream Vera fonts that reportlab ships (no system
fonts needed, Indonesian shows as written), text made printable with them (characters
they lack, emoji, left out rather than drawn as boxes) and the paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

import reportlab
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT, BOLD, ITALIC = "AduanSans", "AduanSans-Bold", "AduanSans-Italic"
FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}


@cache
def fonts() -> frozenset[int]:
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
    covered = fonts()
    return "".join(c for c in text if ord(c) in covered or c in "\n\t")


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup (escaped; line breaks kept)."""
    return escape(printable(text), quote=False).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle = field(
        default_factory=lambda: ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    )

    def derive(self, **changes: object) -> ParagraphStyle:
        return ParagraphStyle("derived", parent=self.body, **changes)
