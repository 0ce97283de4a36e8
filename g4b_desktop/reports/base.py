"""What every PDF of the program shares: fonts, styles, safe text, tables, the A4 page, labels.

No Qt here. The API (used by the progress note and by the meetings' minutes):

- ``register_fonts()`` registers the bundled DejaVu Sans (``resources/fonts``) as ``FONT`` and
  ``FONT_BOLD``; every other function calls it, so callers rarely need to.
- ``styles()`` -> dict of ``ParagraphStyle`` by name: ``title``, ``subtitle``, ``h1``, ``h2``,
  ``h3``, ``body``, ``small``, ``cell``, ``cell_head``, ``cell_right``, ``toc1``, ``toc2``.
- ``para(text, style="body")``: a ``Paragraph`` of *user* text. The text is escaped
  (``xml.sax.saxutils.escape``), so ``<b>AT&T</b> <img src="x.png"/>`` prints exactly as written
  and can never pull in an image or a link; newlines become line breaks. ``None`` prints as "".
  ``markup(xml, style)`` is the unescaped variant, for the program's own fixed markup only.
- ``heading(text, level=0)``: a heading (user text escaped) that enters the table of
  contents of a ``NoteDocument`` (levels 0 and 1) and the PDF outline.
- ``table(header, rows, widths, align=None)``: a table that fills the frame width (``widths``
  are relative weights), repeats its header row on every page (``repeatRows=1``) and breaks any
  cell text that would not fit its column into lines (``wrap_text``), so nothing runs off the page.
  Body cells are plain strings (never markup) sharing one cell style per alignment; cells that are
  already flowables are kept.
- ``NoteDocument(target, lang, title, subtitle="", confidential=None, date=None, info=None)``: an A4
  ``BaseDocTemplate``. ``info`` (``DocumentInfo(title, subject, keywords)``) is the PDF's metadata:
  a title naming what the document is, with the author from the preferences (never the login name;
  "Go4Brussels Desktop" when none is set), the creation date and the language (/Lang). Header: ``title`` (the strategy's name) and the current ``subtitle``
  (the objective; change it in the story with ``SetSubtitle(text)``). Footer: "page x of y" in
  ``lang``, the date, and the optional confidentiality line. ``doc.build_story(story)`` builds
  it in one pass: the page numbers of the contents and "page x of y" are filled in at the end
  (forward-referenced PDF forms), so a long note is laid out only once. ``target``: path or file.
  With ``cover=True`` the first page has no header; put ``cover_end()`` after the cover's flowables.
- ``toc()``: the table of contents: every ``heading`` of the story (levels 0 and 1) with its page.
- ``table(..., max_lines=, groups=, marked=)`` and ``fitted_widths(header, rows, flexible)``: widths from
  the content, titles cut after n lines, group headings spanning a row, cells in the warning colour;
  no table leaves fewer than ``MIN_ROWS`` rows on a page, and a heading (keepWithNext) moves to the
  next page with only the start of what follows (``KeepWithStart``).
- Accessibility: the PDFs carry /Lang, a title shown by viewers (DisplayDocTitle), an outline, and
  embedded fonts with their Unicode maps (text can be read aloud and copied). They are not tagged:
  reportlab writes no structure tree (StructTreeRoot, marked content with MCIDs, /MarkInfo), so table
  headers, reading order, artifacts (page header and footer) and the chart's alternative text are not
  described, and there is no XMP metadata with the PDF/UA identifier. PDF/UA would need another
  writer (WeasyPrint's pdf/ua-1 variant, which needs Pango) rather than reportlab.
- ``LABELS`` / ``t(key, lang, **values)``: nl/fr/en labels, with the domain's real terms.
- ``format_number(value, lang, decimals=0)``, ``format_percent(value, lang, decimals=0)``,
  ``format_date(value, lang, long=False)``: nl_BE, fr_BE, en. French-Belgian numbers group
  thousands with a narrow no-break space (U+202F), which DejaVu Sans renders.

Size (about 540 lines): the shared PDF toolkit (page template, styles, tables, number and date
formats); each report (`progress_note.py`, `minutes.py`) keeps only its own content.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as _canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import KeepTogether, _listWrapOn
from reportlab.platypus.tables import CellStyle

from .. import paths, settings
from ..plain_text import BIDI_CONTROLS, bounded, elided_note, neutral
from ..texts import words_table

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


# ---- text ------------------------------------------------------------------------------------

# Bounds on user text (reliability #17): a paragraph of 10 MB takes reportlab minutes, and a table
# cell taller than a page cannot be split at all; longer texts are shortened with a note.
MAX_PARAGRAPH_CHARS = 20_000
MAX_CELL_CHARS = 3_000
MAX_CELL_LINES = 40
_language = {"now": "nl"}  # the language of the document being built (for the shortening note)


def safe(text) -> str:
    """User text as paragraph markup that shows exactly the text (escaped; newlines kept; bidi
    controls left out; shortened beyond MAX_PARAGRAPH_CHARS with a note)."""
    if text is None:
        return ""
    text = bounded(str(text), MAX_PARAGRAPH_CHARS, _language["now"])
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def _cell_text(text: str, room: float) -> str:
    """A body cell's text broken into lines, at most MAX_CELL_LINES of them (then a note)."""
    whole = len(text)
    text = neutral(text)[:MAX_CELL_CHARS]
    lines = wrap_text(text, room).split("\n")
    if len(lines) <= MAX_CELL_LINES and whole <= MAX_CELL_CHARS:
        return "\n".join(lines)
    return "\n".join(lines[:MAX_CELL_LINES] + [wrap_text(elided_note(whole, _language["now"]), room)])


def para(text, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of user text, escaped: markup-like text prints as written."""
    return Paragraph(safe(text), _style(style))


def markup(xml: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of the program's own markup; escape user parts with `safe` first."""
    return Paragraph(xml, _style(style))


def _style(style) -> ParagraphStyle:
    return styles()[style] if isinstance(style, str) else style


class Heading(Paragraph):
    """A heading that a NoteDocument adds to its table of contents and outline."""

    _numbers = itertools.count(1)

    def __init__(self, text: str, level: int = 0):
        super().__init__(safe(text), styles()["h1" if level == 0 else "h2"])
        self.toc_level = level
        self.toc_text = text
        self.toc_key = f"heading-{next(Heading._numbers)}"


def heading(text: str, level: int = 0) -> Heading:
    return Heading(text, level)


class SetSubtitle(Flowable):
    """Invisible: from this point on the page header shows `text` (for example the objective)."""

    width = height = 0

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        doc = getattr(self.canv, "_doctemplate", None)
        if doc is not None:
            doc.subtitle = self.text


# ---- tables ----------------------------------------------------------------------------------

MIN_ROWS = 3  # a table shows at least this many rows on a page it starts or ends on (no orphan rows)
NUMBER_GAP = 10  # points between two right-aligned numbers in neighbouring columns
MARK = "\u26a0"  # the overdue mark (DejaVu Sans has it); its legend says what it means
MARK_COLOUR = colors.HexColor("#a31515")


def table(header: list, rows: list[list], widths: list[float], align: list[str] | None = None,
          total_width: float = FRAME_WIDTH, zebra: bool = True, max_lines: dict[int, int] | None = None,
          groups: set[int] | frozenset = frozenset(), marked: set[tuple[int, int]] | frozenset = frozenset()
          ) -> Table:
    """A table filling `total_width`; header repeated on every page; long cells wrapped.

    `widths` are relative weights (absolute points from `fitted_widths` fill the frame as they are);
    `align` per column ("left" / "right"), right for numbers. Body cells are plain strings: a text
    wider than its column is broken into lines here (at spaces, a word wider than the column at
    characters), measured once, so reportlab never parses, wraps or re-wraps a Paragraph per cell on
    each page. A plain string is never read as markup, so user text prints exactly as written. Cells
    that are already flowables are kept. `max_lines` {column: n} cuts a longer text after n lines
    with an ellipsis. `groups` are the indexes of body rows that head a group (their first cell, in
    bold, runs over the whole row: its lines are as wide as the table and the other cells are empty;
    a group heading never ends a page); `marked` holds (row, column) cells printed in the warning
    colour. No page holds fewer than `MIN_ROWS` body rows of the table where it starts or ends
    (`NoteTable`). No SPAN or NOSPLIT command: reportlab maps every cell of the table for them at
    each page break, which made a 1,700-page note twice as slow. The cells share one cell style per
    alignment (no per-cell style commands; a cell command added later with `setStyle` applies to
    every cell of that alignment).
    """
    register_fonts()
    weight = float(sum(widths))
    col_widths = [total_width * w / weight for w in widths]
    style_set = styles()
    head_style = style_set["cell_head"]
    align = align or ["left"] * len(widths)
    padding = 6.5  # left + right padding, plus a little slack
    head_right = style_set["cell_head_right"]
    size = min((_head_size(c, head_style, col_widths[i] - padding) for i, c in enumerate(header)
                if not isinstance(c, Flowable)), default=head_style.fontSize)
    if size < head_style.fontSize:  # one size for the whole header row, so that no word is cut
        head_style = ParagraphStyle(f"cell_head-{size:.1f}", parent=head_style, fontSize=size, leading=size * 1.2)
        head_right = ParagraphStyle(f"cell_head_right-{size:.1f}", parent=head_right, fontSize=size,
                                    leading=size * 1.2)
    data = [[c if isinstance(c, Flowable) else Paragraph(safe(c), head_right if align[i] == "right" else head_style)
             for i, c in enumerate(header)]]
    rooms = [w - 6 for w in col_widths]  # the room a cell's text has between its paddings
    # DejaVu Sans glyphs are at most 8.6 pt wide at 8 pt: a text that surely fits stays as it is
    # without measuring it; the others are measured (and broken into lines if need be) once per text.
    sure = [room / 8.6 for room in rooms]
    broken: dict[tuple[str, int], str] = {}
    max_lines = max_lines or {}
    for number, row in enumerate(rows):
        if number in groups:  # a group heading: its text over the whole row, in bold
            text = "" if row[0] is None else str(row[0])
            data.append([wrap_text(text, sum(rooms) + 6 * (len(rooms) - 1), FONT_BOLD)] + [""] * (len(row) - 1))
            continue
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            text = "" if value is None else str(value)
            if len(text) > sure[index] or "\n" in text or "\r" in text or "\t" in text:
                key = (text, index)
                lines = broken.get(key)
                if lines is None:
                    lines = broken[key] = _cut(_cell_text(text, rooms[index]), max_lines.get(index), rooms[index])
                text = lines
            elif BIDI_CONTROLS.search(text):
                text = neutral(text)
            cells.append(text)
        data.append(cells)
    shared = {how: _cell_style(how) for how in ("left", "right")}  # this table's own two styles
    body_cells = [shared["right" if how == "right" else "left"] for how in align]
    head_shared = {how: _cell_style(how, valign="BOTTOM") for how in ("left", "right")}  # headers sit on their rule
    head_cells = [head_shared["right" if how == "right" else "left"] for how in align]
    row_styles = [head_cells]
    group_cells = [_cell_style("left", bold=True)] * len(align) if groups else None
    mark_styles = {how: _cell_style(how, MARK_COLOUR) for how in ("left", "right")} if marked else {}
    for number in range(len(rows)):
        if number in groups:
            row_styles.append(group_cells)
        elif marked and any((number, col) in marked for col in range(len(align))):
            row_styles.append([mark_styles["right" if how == "right" else "left"] if (number, col) in marked
                               else body_cells[col] for col, how in enumerate(align)])
        else:
            row_styles.append(body_cells)
    result = NoteTable(data, colWidths=col_widths, repeatRows=1, cellStyles=row_styles)
    result.group_rows = frozenset(number + 1 for number in groups)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if zebra and len(data) > 3 and not groups:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    commands += [("BACKGROUND", (0, number + 1), (-1, number + 1), ZEBRA) for number in sorted(groups)]
    result.setStyle(TableStyle(commands))
    return result


FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


class NoteTable(Table):
    """A table that leaves no orphan rows: where it starts or ends on a page, that page holds at least
    `MIN_ROWS` of its body rows, and a group heading row (`group_rows`, indexes in the table) is
    never the last row of a page. The split point is moved up when needed (cheap: one more split),
    instead of NOSPLIT commands that reportlab maps over every cell at each page break."""

    group_rows: frozenset = frozenset()

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        head = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        total = len(self._cellvalues)
        fresh_page = availHeight >= FRAME_HEIGHT - 1
        if len(parts) != 2:
            return parts
        first = len(parts[0]._cellvalues)
        keep = min(first, total - MIN_ROWS)
        while keep - 1 in self.group_rows:  # a group heading goes with its first row
            keep -= 1
        if keep - head < MIN_ROWS:
            if not fresh_page:
                return []  # too little room here: the table starts on the next page
            keep = first  # rows too tall for the rule on a whole page: split where reportlab can
        if keep != first:
            parts = super().split(availWidth, sum(self._rowHeights[:keep]) + 0.01)
            if len(parts) != 2:
                return parts
            first = len(parts[0]._cellvalues)
        parts[0].group_rows = frozenset(r for r in self.group_rows if r < first)
        parts[1].group_rows = frozenset(r - first + head for r in self.group_rows if r >= first)
        return parts


class VerticalText(Flowable):
    """A header cell written upwards (bold, `size` pt, at most `length` points long per line), so that
    a column of small numbers is only as wide as the numbers and not as its header's words."""

    def __init__(self, text: str, size: float = 7, length: float = 62):
        super().__init__()
        register_fonts()
        self.text, self.size, self.leading = text, size, size * 1.2
        self.lines = wrap_text(text, length, FONT_BOLD, size).split("\n")
        self.width = self.leading * len(self.lines)
        self.height = max(pdfmetrics.stringWidth(line, FONT_BOLD, size) for line in self.lines)

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setFont(FONT_BOLD, self.size)
        canv.rotate(90)  # x now runs up the page, y to the left: each line one leading further right
        for number, line in enumerate(self.lines):
            canv.drawString(0, -self.leading * (number + 1) + (self.leading - self.size) + 1, line)
        canv.restoreState()


def _cut(lines: str, limit: int | None, room: float) -> str:
    """At most `limit` lines; the last one kept ends with an ellipsis when text was cut."""
    parts = lines.split("\n")
    if not limit or len(parts) <= limit:
        return lines
    last = parts[limit - 1]
    while last and pdfmetrics.stringWidth(last + " …", FONT, 8) > room:
        last = last[:-1]
    return "\n".join(parts[:limit - 1] + [last.rstrip() + " …"])


def fitted_widths(header: list, rows: list[list], flexible: dict[int, float], total: float = FRAME_WIDTH,
                  numbers: set[int] | frozenset = frozenset(), head_size: float = 8) -> list[float]:
    """Column widths (points) from the content: each column not in `flexible` as wide as its widest
    cell on one line and its header's widest word (at `head_size`: `table` then sets the header row
    in that size); the `flexible` ones share what is left by weight. The cells of the columns in
    `numbers` get `NUMBER_GAP` more, so neighbouring right-aligned numbers never touch."""
    register_fonts()
    width = pdfmetrics.stringWidth
    result = [0.0] * len(header)
    for index, title in enumerate(header):
        if index in flexible:
            continue
        cell = max((width(str(row[index]), FONT, 8) for row in rows if row[index] is not None), default=0)
        head = title.wrap(0, 0)[0] if isinstance(title, Flowable) else \
            max((width(w, FONT_BOLD, head_size) for w in str(title).split()), default=0)
        result[index] = max(cell + (NUMBER_GAP if index in numbers and cell else 0), head) + 7
    rest = max(total - sum(result), 0.0)
    weight = sum(flexible.values()) or 1.0
    for index, share in flexible.items():
        result[index] = rest * share / weight
    return result


def _cell_style(how: str, colour=None, bold: bool = False, valign: str = "TOP") -> CellStyle:
    """A cell style for every cell of a table aligned `how` ("left" / "right"): 8 pt, top-aligned."""
    style = CellStyle(f"g4b-{how}{'-bold' if bold else ''}{'-mark' if colour else ''}-{valign.lower()}")
    style.fontname, style.fontsize, style.leading = FONT_BOLD if bold else FONT, 8, 10
    if colour is not None:
        style.textColor = colour
    style.alignment = "RIGHT" if how == "right" else "LEFT"
    style.valign = valign
    style.leftPadding = style.rightPadding = 3
    style.topPadding = style.bottomPadding = 2.5
    return style


def wrap_text(text: str, room: float, font: str = FONT, size: float = 8) -> str:
    """`text` as lines (joined by newlines) no wider than `room` points in `font` at `size`.

    Breaks at spaces (runs of spaces and tabs count as one, as in a Paragraph) and keeps the text's
    own line breaks; a word wider than `room` is cut between characters. Only ASCII spaces and tabs
    break a line: a no-break space (U+00A0, U+202F in French numbers) stays inside its word.
    """
    string_width = pdfmetrics.stringWidth
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = paragraph.replace("\t", " ")
        if string_width(paragraph, font, size) <= room:
            lines.append(" ".join(w for w in paragraph.split(" ") if w))
            continue
        space = string_width(" ", font, size)
        shrink = 0.05 * space  # like a Paragraph, a line may use 5 % of each of its spaces
        line, width, count = "", 0.0, 0
        for word in paragraph.split(" "):
            if not word:
                continue
            word_width = string_width(word, font, size)
            if line and width + space + word_width <= room + shrink * count:
                line, width, count = f"{line} {word}", width + space + word_width, count + 1
                continue
            if line:
                lines.append(line)
            count = 1
            while word_width > room and len(word) > 1:  # cut a word wider than the column
                cut = len(word) - 1
                while cut > 1 and string_width(word[:cut], font, size) > room:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                word_width = string_width(word, font, size)
            line, width = word, word_width
        if line or not lines:
            lines.append(line)
    return "\n".join(lines)


def _head_size(text, style: ParagraphStyle, room: float) -> float:
    """The font size (down to 5 pt) at which the widest word of a header cell fits its column."""
    words = ("" if text is None else str(text)).split()
    widest = max((pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    if widest <= room or room <= 0:
        return style.fontSize
    return max(5.0, style.fontSize * room / widest - 0.05)


# ---- the page --------------------------------------------------------------------------------

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
        if self._H <= aH or len(content) < 2:
            return content
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content  # a new page already: breaking again would not help
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
        _language["now"] = self.language
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


# ---- labels and formats ----------------------------------------------------------------------

LABELS: dict[str, dict[str, str]] = words_table("reports", "LABELS")


def t(key: str, lang: str, **values) -> str:
    """The label `key` in `lang` (nl/fr/en), formatted with `values`."""
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


NUMBER_SEPARATORS = {"nl": (".", ","), "fr": ("\u202f", ","), "en": (",", ".")}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def format_number(value, lang: str, decimals: int = 0) -> str:
    """12345.6 -> nl "12.345,6", fr "12 345,6" (U+202F), en "12,345.6"; None -> ""."""
    if value is None or value == "":
        return ""
    thousands, decimal = NUMBER_SEPARATORS.get(lang, NUMBER_SEPARATORS["en"])
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def format_percent(value, lang: str, decimals: int = 0) -> str:
    """45 -> nl "45%", fr "45 %" (narrow no-break space), en "45%"."""
    if value is None:
        return ""
    number = format_number(value, lang, decimals)
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"


def format_date(value, lang: str, long: bool = False) -> str:
    """A date (or ISO text) as 26/11/2026, or long: "26 november 2026" / "26 novembre 2026"."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, _dt.datetime):
        value = value.date()
    if long:
        month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
        return f"{value.day} {month} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
