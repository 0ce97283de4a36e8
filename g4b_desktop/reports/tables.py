"""Tables of the PDFs: `table(header, rows, widths, ...)` fills the frame, repeats its header on every
page and breaks each cell's text into lines once (see its docstring); `NoteTable` leaves no orphan
rows (`MIN_ROWS`); `fitted_widths` sizes columns from their content; `VerticalText` is a header cell
written upwards. Re-exported by `base.py`.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from ..plain_text import BIDI_CONTROLS, neutral
from .safe_text import cell_text, safe, wrap_text
from .styles import (ACCENT, FONT, FONT_BOLD, FRAME_WIDTH, HEAD_FILL, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT, RULE,
                     ZEBRA, register_fonts, styles)

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
                    lines = broken[key] = _cut(cell_text(text, rooms[index]), max_lines.get(index), rooms[index])
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


def _head_size(text, style: ParagraphStyle, room: float) -> float:
    """The font size (down to 5 pt) at which the widest word of a header cell fits its column."""
    words = ("" if text is None else str(text)).split()
    widest = max((pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    if widest <= room or room <= 0:
        return style.fontSize
    return max(5.0, style.fontSize * room / widest - 0.05)
