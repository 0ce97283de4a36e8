"""Reading partner files (.xlsx, .xlsm, .xls, .ods, .csv) into plain rows, safety checks first.

Workbooks are read by python-calamine (Rust's calamine: values only, formulas give their last
calculated result and are never recalculated, macros never run). In front of it, a file is refused
before any parser sees it when it is Excel's lock file, a password-protected workbook, expands too
much (zip bomb), declares XML entities (billion laughs), or holds cells so far apart that the
parser would need far more memory than the data kept (calamine keeps a sheet as one rectangle):
the real cells of each sheet are measured on the compressed stream, the size a sheet *declares*
is not trusted either way (Gnumeric declares the whole grid for two rows).

Which sheet is read is said: hidden sheets are skipped, a workbook with several visible sheets is
read from the first of them when it has a header row, else from the only one that has (else the
caller must choose, `--sheet`).

The safety checks are in `file_checks.py`: `read` and `read_sheets` run them (file, zip sizes,
entities, cell counts) before calamine or the CSV reader sees the file, so none can be bypassed;
this module turns what the parser gives into plain values (`Sheet`). The limits (`MAX_COLUMNS`,
`MAX_ROWS`, ...) and `UnreadableFile` are re-exported here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..texts import t
from .file_checks import (  # noqa: F401  (the limits and the refusal, re-exported: reading.MAX_COLUMNS)
    MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_GRID_CELLS, MAX_MEMBER_RATIO, MAX_ROWS, MAX_UNCOMPRESSED_BYTES,
    OLE_MAGIC, REFUSED_SUFFIXES, TEXT_SUFFIXES, WORKBOOK_SUFFIXES, UnreadableFile, check_file, check_zip, damaged,
    protected, trimmed_copy,
)


class SheetChoiceNeeded(UnreadableFile):
    """A workbook with several visible sheets that could be read: the user must choose one."""

    def __init__(self, message, sheets: list[str]):
        super().__init__(message)
        self.sheets = sheets


@dataclass
class Sheet:
    """The cells of one sheet: rows of values (str, int, float, date, datetime or None)."""

    file_name: str
    name: str
    rows: list[tuple[int, list]]          # (row number in the file, values)
    epoch: datetime = datetime(1899, 12, 30)
    notes: list[str] = field(default_factory=list)  # things neutralised or decided while reading
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based (row, col)
    visible: list[str] = field(default_factory=list)   # the workbook's visible sheets (for a choice)
    hidden: list[str] = field(default_factory=list)    # sheets skipped because they are hidden


def read(path: Path | str, sheet: str | None = None, is_data=None) -> Sheet:
    """Read one sheet of a workbook, or a .csv file. The sheet is the named one, else the first visible one;
    given `is_data(rows) -> bool` (the partner import: "has a header row"), the first visible sheet that
    is data or the only other one that is, else SheetChoiceNeeded."""
    path = Path(path)
    suffix = check_file(path)
    if suffix in TEXT_SUFFIXES:
        return read_csv(path)
    return _read_workbook(path, sheet, is_data)


def read_sheets(path: Path | str) -> list[Sheet]:
    """Every sheet of a workbook, hidden ones included (the consolidation reads our own exports)."""
    path = Path(path)
    suffix = check_file(path)
    if suffix in TEXT_SUFFIXES:
        return [read_csv(path)]
    book, metadata, epoch, formulas = _open(path)
    try:
        return [_sheet_rows(path, book, meta.name, epoch, formulas) for meta in metadata if _is_worksheet(meta)]
    finally:
        book.close()

# ---- workbooks ----------------------------------------------------------------------------------


def _open(path: Path):
    """The calamine workbook after the checks, its sheets' metadata, the workbook's date epoch and
    the number of formula cells per sheet."""
    import python_calamine as calamine

    with open(path, "rb") as stream:
        head = stream.read(8)
    epoch, formulas, wide = datetime(1899, 12, 30), {}, set()
    if head == OLE_MAGIC:
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise protected(path)
    elif head.startswith(b"PK"):
        epoch, formulas, wide = check_zip(path)
    else:
        raise damaged(path)
    try:
        if wide:
            book = calamine.CalamineWorkbook.from_filelike(trimmed_copy(path, wide))
        else:
            with open(path, "rb") as stream:
                book = calamine.CalamineWorkbook.from_filelike(stream)
        metadata = list(book.sheets_metadata)
    except calamine.PasswordError as exc:
        raise protected(path) from exc
    except Exception as exc:  # calamine raises many kinds for a damaged file; none reaches the user
        raise damaged(path) from exc
    if not any(_is_worksheet(meta) for meta in metadata):
        book.close()
        raise UnreadableFile(t("{file}: the workbook has no sheet.", file=path.name))
    return book, metadata, epoch, formulas


def _is_worksheet(meta) -> bool:
    return "WorkSheet" in str(meta.typ)


def _is_visible(meta) -> bool:
    return str(meta.visible).endswith("Visible")


def _read_workbook(path: Path, wanted: str | None, is_data) -> Sheet:
    book, metadata, epoch, formulas = _open(path)
    try:
        sheets = [meta for meta in metadata if _is_worksheet(meta)]
        visible = [meta.name for meta in sheets if _is_visible(meta)]
        hidden = [meta.name for meta in sheets if not _is_visible(meta)]
        if wanted is not None:
            names = {meta.name: meta.name for meta in sheets}
            names.update({meta.name.strip().casefold(): meta.name for meta in sheets})
            name = names.get(wanted) or names.get(wanted.strip().casefold())
            if name is None:
                raise UnreadableFile(t("{file}: there is no sheet '{sheet}'; its sheets are: {sheets}.",
                                       file=path.name, sheet=wanted, sheets=", ".join(visible or hidden)))
            found = _sheet_rows(path, book, name, epoch, formulas)
        elif not visible:
            raise UnreadableFile(t("{file}: every sheet of the workbook is hidden; show the sheet to import "
                                   "in Excel, or name it with --sheet.", file=path.name))
        elif len(visible) == 1 or is_data is None:
            found = _sheet_rows(path, book, visible[0], epoch, formulas)
        else:
            # the first visible sheet (the one a spreadsheet shows first) when it has a header row, else the
            # only sheet that has one; otherwise the user chooses
            first = _sheet_rows(path, book, visible[0], epoch, formulas)
            if first.rows and is_data(first.rows):
                with_header = [first]
            else:
                read_ = [_sheet_rows(path, book, name, epoch, formulas) for name in visible[1:]]
                with_header = [s for s in read_ if s.rows and is_data(s.rows)]
            if len(with_header) != 1:
                raise SheetChoiceNeeded(
                    t("{file}: the workbook has several sheets ({sheets}); choose the one to import "
                      "(--sheet NAME on the command line).", file=path.name, sheets=", ".join(visible)),
                    visible)
            found = with_header[0]
            others = [name for name in visible if name != found.name]
            found.notes.append(t("{file}: sheet '{sheet}' read; the workbook's other sheets ({others}) are not "
                                 "(choose another one with --sheet NAME).",
                                 file=path.name, sheet=found.name, others=", ".join(others)))
        found.visible, found.hidden = visible, hidden
        if hidden and found.name not in hidden:
            found.notes.append(t("{file}: hidden sheet(s) not read: {sheets}.", file=path.name,
                                 sheets=", ".join(hidden)))
        return found
    finally:
        book.close()


def _sheet_rows(path: Path, book, name: str, epoch: datetime, formulas: dict[str, int]) -> Sheet:
    try:
        sheet = book.get_sheet_by_name(name)
        start = sheet.start or (0, 0)
        merged = list(sheet.merged_cell_ranges or [])
        rows: list[tuple[int, list]] = []
        first_row, first_column = start
        for index, values in enumerate(sheet.iter_rows()):
            number = first_row + index + 1
            if number > MAX_ROWS:
                break
            keep = values[:max(0, MAX_COLUMNS - first_column)]
            cleaned = [None] * first_column + list(map(_value, keep))
            while cleaned and cleaned[-1] is None:
                cleaned.pop()
            if cleaned:
                rows.append((number, cleaned))
    except Exception as exc:
        raise damaged(path) from exc
    found = Sheet(path.name, name, rows, epoch=epoch, merged=merged)
    count, bare, too_wide = formulas.get(name, (0, {}, False))
    if too_wide:
        found.notes.append(t("{file}, sheet {sheet}: cells after column {max_columns} were not read.",
                             file=path.name, sheet=name, max_columns=MAX_COLUMNS))
    if bare:
        _fill_formula_texts(rows, bare)
    if count:
        found.notes.append(t("{file}, sheet {sheet}: {formulas} formula cell(s) read as their last calculated value, "
                             "never recalculated (a formula without one is read as its text).",
                             file=path.name, sheet=name, formulas=count))
    return found


def _fill_formula_texts(rows: list[tuple[int, list]], bare: dict[str, str]) -> None:
    """Put the text of formulas without a calculated value where calamine left their cells empty."""

    by_row: dict[int, list[tuple[int, str]]] = {}
    for ref, text in bare.items():
        match = re.match(r"([A-Z]+)(\d+)$", ref)
        column = 0
        for ch in match.group(1):
            column = column * 26 + ord(ch) - 64
        if column <= MAX_COLUMNS:
            by_row.setdefault(int(match.group(2)), []).append((column - 1, text))
    index = {number: values for number, values in rows}
    for number, cells in sorted(by_row.items()):
        values = index.get(number)
        if values is None:
            values = []
            rows.append((number, values))
        for column, text in cells:
            values.extend([None] * (column + 1 - len(values)))
            if values[column] is None:
                values[column] = text
    rows.sort(key=lambda row: row[0])


def _value(value):
    """A calamine cell as the importer takes it: no empty strings, whole numbers as int."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() and -2**53 < value < 2**53 else value
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if value is None or isinstance(value, (int, date, datetime)):
        return value
    return str(value)   # a time or a duration: its text


def cell_text(value) -> object:
    """A cell value as stored (kept for callers of the former reader)."""
    return _value(value) if not isinstance(value, str) else value


# ---- csv ------------------------------------------------------------------------------------


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 or Latin-1; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252", "latin-1"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Text in a wrong encoding shows up as NUL bytes or many control characters; a stray
        # control character in a cell is removed (and reported) by the importer instead.
        bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\r\n") or 0x80 <= ord(c) < 0xa0)
        if "\x00" in text or bad > max(2, len(text) // 100):
            break
        return text
    raise UnreadableFile(
        t("{file}: the text encoding is not recognised (expected UTF-8 or Windows-1252); save the file "
          "again as 'CSV UTF-8'.",
          file=path.name))


DELIMITERS = (";", ",", "\t", "|")


def choose_delimiter(text: str) -> str:
    """The delimiter that splits the header and the first rows into the same number of fields (more than
    one), read as CSV (a comma inside quotes does not count); the widest such split wins, then ';'."""
    lines = [line for line in text.splitlines()[:50] if line.strip()][:25]
    sample = "\n".join(lines)
    best, best_score = ";", None
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not widths or max(widths) < 2:
            continue
        header = widths[0]
        agreeing = sum(1 for width in widths if width == header)
        score = (agreeing / len(widths) >= 0.8, agreeing, header, delimiter == ";")
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def _bounded_lines(text: str, delimiter: str):
    """The file's lines, each cut after MAX_COLUMNS fields (outside quotes) before the CSV reader sees it:
    a line of millions of fields never becomes a list of millions of strings."""
    for line in io.StringIO(text, newline=""):
        if line.count(delimiter) > MAX_COLUMNS:
            position = -1
            for _ in range(MAX_COLUMNS + 1):
                position = line.find(delimiter, position + 1)
            if position > 0 and line.count('"', 0, position) % 2 == 0:
                line = line[:position] + "\n"
        yield line


def read_csv(path: Path) -> Sheet:
    text = decode(path, path.read_bytes())
    delimiter = choose_delimiter(text)
    reader = csv.reader(_bounded_lines(text, delimiter), delimiter=delimiter)
    sheet = Sheet(path.name, path.stem, [])
    wide = 0
    try:
        for number, values in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise UnreadableFile(t("{file}: more than {max_rows:,} rows.",
                                       file=path.name, max_rows=MAX_ROWS))
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS]
                wide += 1
            cleaned = [v if v.strip() else None for v in values]
            while cleaned and cleaned[-1] is None:
                cleaned.pop()
            if cleaned:
                sheet.rows.append((number, cleaned))
    except csv.Error as exc:
        raise UnreadableFile(t("{file}: not a readable CSV file (a quote is not closed, or a line is cut).",
                               file=path.name)) from exc
    if wide:
        sheet.notes.append(t("{file}: {rows} row(s) have more than {max_columns} columns; the columns after "
                             "{max_columns} were not read.", file=path.name, rows=wide, max_columns=MAX_COLUMNS))
    return sheet
