"""Writing cells safely: text from users and partners is always text in Excel.

openpyxl turns a string starting with "=" into a formula and "#N/A" into an error value, cuts text
at 32,767 characters without a word and refuses control characters. `safe` gives, for any value,
what to append to a write-only sheet so that Excel and openpyxl read back the same text; what had
to change (control characters, over-long text) is reported, never done silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

from ..plain_text import BIDI_CONTROLS, neutral
from ..texts import t

MAX_CHARS = 32_767
TRUNCATION_MARK = " […]"
# What Excel cannot hold in a cell (the same set openpyxl refuses).
ILLEGAL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f]")
# A cheap first test: only strings that may need care go through the slower path.
NEEDS_CARE = re.compile("^[=#]|[\x00-\x08\x0b-\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
ERRORS = frozenset(ERROR_CODES)


@dataclass
class CellReport:
    """Cells whose text had to be changed to fit in Excel, as sentences."""

    warnings: list[str] = field(default_factory=list)
    truncated: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, record id, column)

    def add(self, sheet: str, row: int, column: str, record_id: str | None, message: str) -> None:
        if record_id:
            self.warnings.append(t("sheet {sheet}, row {row}, column {column} (record {id}): {message}", sheet=sheet,
                                   row=row, column=column, id=record_id, message=message))
        else:
            self.warnings.append(t("sheet {sheet}, row {row}, column {column}: {message}", sheet=sheet, row=row,
                                   column=column, message=message))


def text_cell(sheet, value: str, style=None):
    """A cell that is text whatever it says ('=1+1', '#N/A'); quotePrefix keeps it text when edited."""
    cell = WriteOnlyCell(sheet)
    cell._value = value
    cell.data_type = "s"
    cell.quotePrefix = True
    if style is not None:
        cell.font = style
    return cell


def safe(sheet, value, report: CellReport | None = None, where: tuple = ()):
    """The value to append for one cell; strings that Excel would change are made safe.

    `where` = (sheet name, row number, column header, record id) for the report.
    """
    if not isinstance(value, str):
        return value
    if len(value) <= MAX_CHARS and not NEEDS_CARE.search(value):
        return value
    text = value
    if BIDI_CONTROLS.search(text):  # a right-to-left override could make a text read as another (#17)
        text = neutral(text)
        if report is not None and where:
            report.add(where[0], where[1], where[2], where[3] if len(where) > 3 else None,
                       t("text direction controls left out (they can make a text read as another)"))
    if ILLEGAL.search(text):
        text = ILLEGAL.sub(" ", text)
        if report is not None and where:
            report.add(where[0], where[1], where[2], where[3] if len(where) > 3 else None,
                       t("control characters replaced by spaces (Excel cannot hold them)"))
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS - len(TRUNCATION_MARK)] + TRUNCATION_MARK
        if report is not None and where:
            report.add(where[0], where[1], where[2], where[3] if len(where) > 3 else None,
                       t("text of {length:,} characters shortened to Excel's limit of {limit:,}; "
                         "the full text stays in the database (an import keeps it)",
                         length=len(value), limit=MAX_CHARS))
            report.truncated.append((where[0], where[3] if len(where) > 3 else "", where[2]))
    if text[:1] == "=" or text in ERRORS or text[:1] == "#":
        return text_cell(sheet, text)
    return text


def is_truncated_copy(cell_text: str | None, stored: str | None) -> bool:
    """True when a cell holds the shortened copy of `stored` that an export wrote."""
    if not cell_text or not stored or not cell_text.endswith(TRUNCATION_MARK):
        return False
    prefix = cell_text[: -len(TRUNCATION_MARK)]
    return len(stored) > MAX_CHARS and ILLEGAL.sub(" ", stored).startswith(prefix)


def same_as_exported(cell, stored) -> bool:
    """A cell holding what an export had to write instead of the stored text (shortened, or with
    control characters replaced) stands for the stored text: it does not overwrite it."""
    if not isinstance(cell, str) or not isinstance(stored, str):
        return False
    return is_truncated_copy(cell, stored) or (ILLEGAL.search(stored) is not None
                                               and ILLEGAL.sub(" ", stored).strip() == cell.strip()) \
        or (BIDI_CONTROLS.search(stored) is not None and ILLEGAL.sub(" ", neutral(stored)).strip() == cell.strip())
