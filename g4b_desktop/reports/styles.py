"""The look every PDF of the program shares: the bundled fonts, page measures, colours and paragraph styles.

`register_fonts()` registers the bundled DejaVu Sans (`resources/fonts`) as `FONT` and `FONT_BOLD`
once per process; `styles()` gives the `ParagraphStyle`s by name (title, subtitle, h1-h3, body,
small, cell, cell_head, cell_right, cell_head_right, centered, toc1, toc2). The A4 page measures
(`MARGIN_X`, `FRAME_WIDTH`, ...) and colours (`ACCENT`, `RULE`, `HEAD_FILL`, `ZEBRA`) are used by
`tables.py`, `page.py` and `charts.py`. Everything is re-exported by `base.py`.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import paths

FONT = "G4BSans"
FONT_BOLD = "G4BSans-Bold"
LANGUAGES = ("nl", "fr", "en")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
HEAD_FILL = colors.HexColor("#dde6ef")
ZEBRA = colors.HexColor("#f5f7f9")

_registered = False
_styles: dict[str, ParagraphStyle] | None = None


def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) once per process."""
    global _registered
    if _registered:
        return
    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    global _styles
    if _styles is None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
        made = {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
            "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27,
                                    textColor=ACCENT, spaceAfter=10),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, spaceAfter=6),
            "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                                 textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1),
            "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                                 textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
            "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                                 spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
            "cell_head": ParagraphStyle("cell_head", parent=base, fontName=FONT_BOLD, fontSize=8,
                                        leading=10, spaceAfter=0),
            "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, spaceAfter=0,
                                         alignment=TA_RIGHT),
            "cell_head_right": ParagraphStyle("cell_head_right", parent=base, fontName=FONT_BOLD, fontSize=8,
                                              leading=10, spaceAfter=0, alignment=TA_RIGHT),
            "centered": ParagraphStyle("centered", parent=base, alignment=TA_CENTER),
            "toc1": ParagraphStyle("toc1", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14,
                                   leftIndent=0, firstLineIndent=0, rightIndent=24, spaceBefore=4),
            "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=12, leftIndent=14,
                                   firstLineIndent=0, rightIndent=24),
        }
        _styles = made
    return _styles
