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

Where it is: this module only gathers the toolkit (import from here: `from .base import para, table`);
fonts, measures, colours and styles are in `styles.py`, user text (escaping, bounds, line breaking)
in `safe_text.py`, tables in `tables.py`, the page (document, header, footer, contents) in
`page.py`, labels and number/date formats in `formats.py`. Each report (`progress_note.py`,
`minutes.py`) keeps only its own content.
"""

from __future__ import annotations

from .formats import LABELS, MONTHS, NUMBER_SEPARATORS, format_date, format_number, format_percent, t  # noqa: F401
from .page import (  # noqa: F401
    PDF_LANGUAGE, DocumentInfo, KeepWithStart, NoteDocument, cover_end, toc,
)
from .safe_text import (  # noqa: F401
    MAX_CELL_CHARS, MAX_CELL_LINES, MAX_PARAGRAPH_CHARS, Heading, SetSubtitle, heading, markup, para, safe, wrap_text,
    write_in,
)
from .styles import (  # noqa: F401
    ACCENT, FONT, FONT_BOLD, FRAME_WIDTH, HEAD_FILL, LANGUAGES, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT,
    PAGE_WIDTH, RULE, ZEBRA, register_fonts, styles,
)
from .tables import (  # noqa: F401
    FRAME_HEIGHT, MARK, MARK_COLOUR, MIN_ROWS, NUMBER_GAP, NoteTable, VerticalText, fitted_widths, table,
)
