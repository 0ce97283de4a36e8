"""User text in a PDF, shown exactly as typed: escaped, bounded, broken into lines.

`safe(text)` is paragraph markup that shows the text as written (escaped, newlines kept, bidi
controls left out, shortened beyond `MAX_PARAGRAPH_CHARS` with a note in the document's language,
`document_language`); `para` / `markup` / `heading` make paragraphs of it; `SetSubtitle` changes the
page header from a point of the story on; `wrap_text` breaks a text into lines no wider than a
column and `cell_text` bounds a table cell (`MAX_CELL_CHARS`, `MAX_CELL_LINES`). Re-exported by
`base.py`.
"""

from __future__ import annotations

import itertools
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from ..plain_text import bounded, elided_note, neutral
from .styles import FONT, styles

# Bounds on user text (reliability #17): a paragraph of 10 MB takes reportlab minutes, and a table
# cell taller than a page cannot be split at all; longer texts are shortened with a note.
MAX_PARAGRAPH_CHARS = 20_000
# A heading or title stays with what follows it, so it must fit well within a page (a 20,000-character
# meeting title or agenda item as a heading could not be placed at all: exit 70).
MAX_HEADING_CHARS = 500
HEADING_STYLES = ("title", "subtitle", "h1", "h2", "h3")
MAX_CELL_CHARS = 3_000
MAX_CELL_LINES = 40
document_language = {"now": "nl"}  # the language of the document being built (for the shortening note)


def write_in(lang: str) -> None:
    """Make the shortening notes of the paragraphs made from now on in `lang`: a story calls it before
    its first paragraph (the minutes make their story before their NoteDocument, which calls it too)."""
    document_language["now"] = lang


def safe(text, most: int = MAX_PARAGRAPH_CHARS) -> str:
    """User text as paragraph markup that shows exactly the text (escaped; newlines kept; bidi
    controls left out; shortened beyond `most` characters with a note)."""
    if text is None:
        return ""
    text = bounded(str(text), most, document_language["now"])
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def cell_text(text: str, room: float) -> str:
    """A body cell's text broken into lines, at most MAX_CELL_LINES of them (then a note)."""
    whole = len(text)
    text = neutral(text)[:MAX_CELL_CHARS]
    lines = wrap_text(text, room).split("\n")
    if len(lines) <= MAX_CELL_LINES and whole <= MAX_CELL_CHARS:
        return "\n".join(lines)
    return "\n".join(lines[:MAX_CELL_LINES] + [wrap_text(elided_note(whole, document_language["now"]), room)])


def para(text, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of user text, escaped: markup-like text prints as written."""
    most = MAX_HEADING_CHARS if isinstance(style, str) and style in HEADING_STYLES else MAX_PARAGRAPH_CHARS
    return Paragraph(safe(text, most), _style(style))


def markup(xml: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of the program's own markup; escape user parts with `safe` first."""
    return Paragraph(xml, _style(style))


def _style(style) -> ParagraphStyle:
    return styles()[style] if isinstance(style, str) else style


class Heading(Paragraph):
    """A heading that a NoteDocument adds to its table of contents and outline."""

    _numbers = itertools.count(1)

    def __init__(self, text: str, level: int = 0):
        super().__init__(safe(text, MAX_HEADING_CHARS), styles()["h1" if level == 0 else "h2"])
        self.toc_level = level
        self.toc_text = bounded(str(text), MAX_HEADING_CHARS, document_language["now"])
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
