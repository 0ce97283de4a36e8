"""The A4 page of a PDF note: `NoteDocument` (header, footer "page x of y", metadata, one-pass build),
`DocumentInfo`, the table of contents (`toc()`, filled in by `NoteDocument.build_story`),
`cover_end()`, and `KeepWithStart` (a heading moves to the next page only with the start of what
follows). Re-exported by `base.py`, whose docstring describes the whole API.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as _canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import KeepTogether, _listWrapOn

from .. import settings
from .formats import format_date, t
from .safe_text import Heading, safe, write_in
from .styles import (ACCENT, FONT, FONT_BOLD, FRAME_WIDTH, LANGUAGES, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X,
                     PAGE_HEIGHT, PAGE_WIDTH, RULE, register_fonts, styles)
from .tables import MIN_ROWS


class _NumberedCanvas(_canvas.Canvas):
    """Keeps every page until the end, so the footer can say "page x of y".

    Bookmarks name the PDF page they are made on; since pages are only written at the end,
    they are recorded with their page and made just before it is written.
    """

    def __init__(self, *args, note: "NoteDocument | None" = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._note = note
        self._pages: list[dict] = []
        self._marks: list[tuple[str, dict]] = []

    def bookmarkPage(self, key, **kwargs):
        self._marks.append((key, kwargs))

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self):
        total = len(self._pages)
        note = self._note
        for key, page in (getattr(note, "heading_pages", None) or {}).items():
            self.beginForm(_form_name(key), lowerx=-40, lowery=-4, upperx=2, uppery=14)
            self.setFont(FONT_BOLD if key in note.bold_keys else FONT, 9)
            self.drawRightString(0, 0, str(page))
            self.endForm()
        for state in self._pages:
            self.__dict__.update(state)
            for key, kwargs in state["_marks"]:
                _canvas.Canvas.bookmarkPage(self, key, **kwargs)
            if note is not None:
                note.draw_footer(self, self._pageNumber, total)
            _canvas.Canvas.showPage(self)
        _canvas.Canvas.save(self)


class KeepWithStart(KeepTogether):
    """keepWithNext (headings) that takes the heading to the next page only with the start of what
    follows: a table's header and first `MIN_ROWS` rows, not the whole table. reportlab's own
    KeepTogether moves a whole table that fits on a page, which left pages half empty."""

    def wrap(self, aW, aH):
        dims: list = []
        width, height = _listWrapOn(self._content, aW, self.canv, dims=dims)
        self._H, self._H0, self._dims, self._wrapInfo = height, dims[0][1] if dims else 0, dims, (aW, aH)
        return width, 0xffffff  # always split: `split` decides whether a page break goes first

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        if not content or self._H + content[0].getSpaceBefore() <= aH:  # the frame adds the space before it
            return content
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content  # a new page already: breaking again would not help
        if len(content) < 2:  # a heading alone at the foot of a page (#17: it made the minutes exit 70)
            return [self.FrameBreak(), *content]
        *heads, last = content
        need = sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, (_, h) in zip(heads, self._dims))
        rows = getattr(last, "_rowHeights", None)
        need += sum(rows[:1 + MIN_ROWS]) if isinstance(last, Table) and rows else self._dims[-1][1]
        if need > aH:
            content.insert(0, self.FrameBreak())
        return content


PDF_LANGUAGE = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


@dataclass
class DocumentInfo:
    """What a PDF says about itself in its metadata (the author comes from the preferences)."""

    title: str
    subject: str = ""
    keywords: tuple[str, ...] = ()


class NoteDocument(BaseDocTemplate):
    """An A4 official note: header (title + current subtitle), footer (page x of y, date, line)."""

    def __init__(self, target, lang: str = "nl", title: str = "", subtitle: str = "",
                 confidential: str | None = None, date: _dt.date | None = None, author: str | None = None,
                 cover: bool = False, info: "DocumentInfo | None" = None):
        register_fonts()
        self.language = lang if lang in LANGUAGES else "nl"
        write_in(self.language)
        self.header_title = title
        self.subtitle = subtitle
        self._first_subtitle = subtitle
        self.confidential = confidential
        self.date = date or _dt.date.today()
        info = info or DocumentInfo(title)
        # The document's own metadata: what it is (title, subject, keywords), who wrote it (the name
        # set in the preferences, never the login), its language (/Lang in the catalog, for screen
        # readers and hyphenation) and a viewer that shows the title instead of the file name.
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=info.title,
                         author=author or settings.document_author(), subject=info.subject,
                         keywords=list(info.keywords), creator="Go4Brussels Desktop",
                         lang=PDF_LANGUAGE[self.language], displayDocTitle=True,
                         keepTogetherClass=KeepWithStart)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        pages = [PageTemplate(id="page", frames=[frame], onPageEnd=self._header),
                 PageTemplate(id="cover", frames=[frame])]
        # With cover=True the first page has no header; start the story with `cover_end()` after it.
        self.addPageTemplates(list(reversed(pages)) if cover else pages)

    def _header(self, canv, doc) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN_X, top, _fit(self.header_title, FONT_BOLD, 8, FRAME_WIDTH * 0.48))
        canv.setFont(FONT, 8)
        canv.setFillColor(colors.black)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, _fit(self.subtitle, FONT, 8, FRAME_WIDTH * 0.5))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 3 * mm, PAGE_WIDTH - MARGIN_X, top - 3 * mm)
        canv.restoreState()

    def draw_footer(self, canv, number: int, total: int) -> None:
        canv.saveState()
        bottom = 12 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
        canv.setFont(FONT, 8)
        canv.drawString(MARGIN_X, bottom, format_date(self.date, self.language, long=True))
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, t("page_of", self.language, page=number, pages=total))
        if self.confidential:
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(colors.HexColor("#a31515"))
            canv.drawCentredString(PAGE_WIDTH / 2, bottom, _fit(self.confidential, FONT_BOLD, 8, FRAME_WIDTH * 0.5))
        canv.restoreState()

    def beforeDocument(self):
        self.subtitle = self._first_subtitle  # every pass starts again from the first page

    def afterFlowable(self, flowable):
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_text, key, level=level, closed=level > 0)
        self.heading_pages[key] = self.page

    def build_story(self, story: list) -> None:
        """Build the PDF in one pass; a `toc()` in the story lists the story's headings."""
        self.heading_pages: dict[str, int] = {}
        headings = [item for item in story if isinstance(item, Heading)]
        self.bold_keys = {h.toc_key for h in headings if h.toc_level == 0}
        story = [_contents_table(headings) if isinstance(item, _ContentsPlaceholder) else item for item in story]

        def maker(*args, **kwargs):
            return _NumberedCanvas(*args, note=self, **kwargs)

        self.build(story, canvasmaker=maker)


def cover_end() -> list[Flowable]:
    """Put after the cover page's flowables: the next pages carry the header."""
    return [NextPageTemplate("page"), PageBreak()]


class _ContentsPlaceholder(Flowable):
    def wrap(self, *_):
        return 0, 0

    def draw(self):
        pass


def toc() -> Flowable:
    """Where the table of contents goes; `NoteDocument.build_story` fills it in."""
    return _ContentsPlaceholder()


class _PageNumber(Flowable):
    """The page of a heading, drawn from a PDF form that is only written once the page is known."""

    def __init__(self, key: str, style: ParagraphStyle):
        super().__init__()
        self.key, self.style = key, style

    def wrap(self, available_width, _height):
        self.width = available_width
        return available_width, self.style.leading

    def draw(self):
        self.canv.saveState()
        self.canv.translate(self.width, self.style.leading - self.style.fontSize)
        self.canv.doForm(_form_name(self.key))
        self.canv.restoreState()


def _form_name(key: str) -> str:
    return f"page-of-{key}"


def _contents_table(headings: list["Heading"]) -> Table:
    style_set = styles()
    rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for index, heading in enumerate(headings):
        style = style_set["toc1" if heading.toc_level == 0 else "toc2"]
        rows.append([Paragraph(safe(heading.toc_text), style), _PageNumber(heading.toc_key, style)])
        commands.append(("LINEBELOW", (0, index), (-1, index), 0.4, RULE, None, (1, 2)))
        if heading.toc_level == 0 and index:
            commands.append(("TOPPADDING", (0, index), (-1, index), 6))
    if not rows:
        return Spacer(0, 0)
    return Table(rows, colWidths=[FRAME_WIDTH - 36, 36], style=TableStyle(commands), repeatRows=0)


def _fit(text: str | None, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so it fits `width` (header lines are single lines)."""
    text = (text or "").replace("\n", " ")
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
