"""Reading partner files (.xlsx, .csv) into plain rows, with the safety checks done first.

A file is refused before any parser sees it when it is not what it claims, expands too much
(zip bomb), declares entities (billion laughs), or declares a sheet far larger than any partner
list. Formulas are never evaluated: a formula cell comes back as its text ("=..."), and the
caller treats it as text like any other.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import openpyxl.xml

from ..db.errors import StoreError
from ..texts import t

# Refuse to work at all if openpyxl would parse XML without defusedxml's protections.
if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - the dependency is declared in pyproject
    raise ImportError("defusedxml is not installed: Excel files cannot be read safely.")

MAX_FILE_BYTES = 50 * 1024 * 1024          # a partner file is never this large
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all zip members together, once expanded
MAX_MEMBER_RATIO = 200                      # expanded / compressed size of one zip member
MAX_COLUMNS = 200
MAX_ROWS = 200_000
MAX_CELL_CHARS = 32_767
REFUSED_SUFFIXES = {".xls", ".xlsm", ".xlsb", ".xltm", ".xlam", ".ods", ".numbers"}


class UnreadableFile(StoreError):
    """A file that is refused: the message names the file and the reason."""


@dataclass
class Sheet:
    """The cells of one sheet: rows of values (str, int, float, datetime or None)."""

    file_name: str
    name: str
    rows: list[tuple[int, list]]          # (row number in the file, values)
    epoch: datetime = datetime(1899, 12, 30)
    notes: list[str] = field(default_factory=list)  # things neutralised while reading


def read(path: Path | str) -> Sheet:
    """Read the first sheet of an .xlsx file, or a .csv file; refuse anything else."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UnreadableFile(t("{file}: no such file.", file=path.name))
    if suffix in REFUSED_SUFFIXES:
        raise UnreadableFile(
            t("{file}: {suffix} files are not read (old or macro-enabled formats); save it as .xlsx (Excel "
              "workbook) or .csv and import that.",
              file=path.name, suffix=suffix))
    if suffix not in (".xlsx", ".csv", ".txt"):
        raise UnreadableFile(t("{file}: only .xlsx and .csv files can be imported.", file=path.name))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(t("{file}: the file is larger than {mb} MB.",
                               file=path.name, mb=MAX_FILE_BYTES // 2**20))
    if suffix == ".xlsx":
        return read_xlsx(path)
    return read_csv(path)


# ---- xlsx -----------------------------------------------------------------------------------

def check_zip(path: Path) -> None:
    """Refuse a workbook whose archive is corrupt, expands too much, or declares XML entities."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(t("{file}: not a valid Excel workbook (the file is damaged or is not an .xlsx file).",
                               file=path.name)) from exc
    with archive:
        members = archive.infolist()
        names = {m.filename for m in members}
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise UnreadableFile(t("{file}: not an Excel workbook (.xlsx).", file=path.name))
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise UnreadableFile(t("{file}: the workbook contains macros; it is not read.", file=path.name))
        total = 0
        for member in members:
            total += member.file_size
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > 1_000_000 and ratio > MAX_MEMBER_RATIO:
                raise UnreadableFile(
                    t("{file}: part {part} expands {ratio:.0f} times (to {mb} MB); the file is refused as unsafe.",
                      file=path.name, part=member.filename, ratio=ratio, mb=member.file_size // 2**20))
        if total > MAX_UNCOMPRESSED_BYTES:
            raise UnreadableFile(t("{file}: the workbook expands to {mb} MB; the file is refused as unsafe.",
                                   file=path.name, mb=total // 2**20))
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue
            try:
                with archive.open(member) as stream:
                    head = stream.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise UnreadableFile(
                            t("{file}: part {part} declares XML entities; the file is refused as unsafe.",
                              file=path.name, part=member.filename))
                    if member.filename.startswith("xl/worksheets/"):
                        _check_dimension(path, head)
            except (zipfile.BadZipFile, zlib_error(), EOFError, OSError) as exc:
                raise UnreadableFile(t("{file}: the workbook is damaged ({part}).",
                                       file=path.name, part=member.filename)) from exc


def zlib_error():
    import zlib
    return zlib.error


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _check_dimension(path: Path, head: bytes) -> None:
    match = _DIMENSION.search(head)
    if not match:
        return
    last_col = match.group(3) or (match.group(1).decode() if match.group(1) else None)
    last_row = match.group(4) or match.group(2)
    columns = _column_number(last_col.decode() if isinstance(last_col, bytes) else last_col) if last_col else 0
    rows = int(last_row) if last_row else 0
    if columns > MAX_COLUMNS or rows > MAX_ROWS:
        raise UnreadableFile(
            t("{file}: the sheet declares {rows:,} rows and {columns:,} columns (at most {max_rows:,} rows "
              "and {max_columns} columns are read); the file is refused.",
              file=path.name, rows=rows, columns=columns, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS))


def cell_text(value) -> object:
    """A cell value as stored: formulas (and any other object) become their text."""
    if value is None or isinstance(value, (str, int, float, datetime, date, time)):
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        return value
    text = getattr(value, "text", None)  # ArrayFormula and similar carry their formula text
    return str(text if text is not None else value)


def read_xlsx(path: Path) -> Sheet:
    return read_sheets(path, first_only=True)[0]


def read_sheets(path: Path | str, first_only: bool = False) -> list[Sheet]:
    """Every sheet of a workbook (or only the first), after the safety checks."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        return [read(path)]
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(t("{file}: the file is larger than {mb} MB.",
                               file=path.name, mb=MAX_FILE_BYTES // 2**20))
    check_zip(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or hostile file
        raise explain(path, exc) from exc
    try:
        if not workbook.worksheets:
            raise UnreadableFile(t("{file}: the workbook has no sheet.", file=path.name))
        chosen = workbook.worksheets[:1] if first_only else workbook.worksheets
        return [_read_sheet(path, workbook, worksheet) for worksheet in chosen]
    except UnreadableFile:
        raise
    except Exception as exc:
        raise explain(path, exc) from exc
    finally:
        workbook.close()


def explain(path: Path, exc: BaseException) -> UnreadableFile:
    """A sentence for a parser failure; defusedxml's refusals (entities, DTDs) are named as such."""
    from defusedxml import DefusedXmlException

    seen = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return UnreadableFile(t("{file}: the workbook declares XML entities or a document type; "
                                    "the file is refused as unsafe.", file=path.name))
        seen = seen.__cause__ or seen.__context__
    return UnreadableFile(t("{file}: the workbook cannot be read; it is damaged or not an Excel workbook ({kind}).",
                            file=path.name, kind=type(exc).__name__))


def _read_sheet(path: Path, workbook, worksheet) -> Sheet:
    sheet = Sheet(path.name, worksheet.title, [], epoch=workbook.epoch)
    formulas = 0
    # each row as wide as its own cells (max_col=200 made openpyxl pad every row to 200 cells, 30 times
    # the work for a 6-column sheet); the recorded dimension is not trusted, wider rows are cut here
    worksheet.reset_dimensions()
    for cells in worksheet.iter_rows(min_row=1, max_row=MAX_ROWS):
        cells = cells[:MAX_COLUMNS]
        values = []
        number = None
        for cell in cells:
            if getattr(cell, "row", None) is not None:
                number = cell.row
            value = cell.value
            if getattr(cell, "data_type", None) == "f":
                formulas += 1
                value = cell_text(value)
                if not isinstance(value, str):
                    value = str(value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and "%" in (getattr(cell, "number_format", None) or ""):
                value = round(value * 100, 10)  # a percent cell: 0.45 shown as 45 % means 45
            values.append(cell_text(value))
        while values and values[-1] in (None, ""):
            values.pop()
        if values and number is not None:
            sheet.rows.append((number, values))
    if formulas:
        sheet.notes.append(t("{file}, sheet {sheet}: {formulas} formula cell(s) read as text, never calculated.",
                             file=path.name, sheet=worksheet.title, formulas=formulas))
    return sheet


# ---- csv ------------------------------------------------------------------------------------

def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Text in a wrong encoding shows up as NUL bytes or many control characters; a stray
        # control character in a cell is removed (and reported) by the importer instead.
        bad = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
        if "\x00" in text or bad > max(2, len(text) // 100):
            break
        return text
    raise UnreadableFile(
        t("{file}: the text encoding is not recognised (expected UTF-8 or Windows-1252); save the file "
          "again as 'CSV UTF-8'.",
          file=path.name))


def read_csv(path: Path) -> Sheet:
    text = decode(path, path.read_bytes())
    sample = "\n".join(text.splitlines()[:20])
    counts = {d: sample.count(d) for d in (";", "\t", ",")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sheet = Sheet(path.name, path.stem, [])
    try:
        for number, values in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise UnreadableFile(t("{file}: more than {max_rows:,} rows.",
                                       file=path.name, max_rows=MAX_ROWS))
            if len(values) > MAX_COLUMNS:
                raise UnreadableFile(t("{file}, row {number}: more than {max_columns} columns.",
                                       file=path.name, number=number, max_columns=MAX_COLUMNS))
            cleaned = [v if v.strip() else None for v in values]
            while cleaned and cleaned[-1] is None:
                cleaned.pop()
            if cleaned:
                sheet.rows.append((number, cleaned))
    except csv.Error as exc:
        raise UnreadableFile(t("{file}: not a readable CSV file ({error}).", file=path.name, error=str(exc))) from exc
    return sheet
