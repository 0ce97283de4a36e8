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
from xml.parsers import expat

import openpyxl
import openpyxl.xml
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet

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
        # openpyxl reads the workbook's parts (sheet list, shared strings, styles), not the sheets: its
        # read-only workbook parses a sheet that does not declare its size (openpyxl's own write-only
        # files) once to find the size, then again to read it, building an element per cell (#9)
        reader = ExcelReader(path, read_only=True, keep_vba=False, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or hostile file
        raise explain(path, exc) from exc
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        parts = [(sheet.name, rel.target) for sheet, rel in reader.parser.find_sheets()
                 if rel.target in reader.valid_files and "chartsheet" not in rel.Type]
        if not parts:
            raise UnreadableFile(t("{file}: the workbook has no sheet.", file=path.name))
        chosen = parts[:1] if first_only else parts
        return [SheetReader(reader, name, target).read(path) for name, target in chosen]
    except UnreadableFile:
        raise
    except Exception as exc:
        raise explain(path, exc) from exc
    finally:
        reader.archive.close()


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


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _FORMULA = _MAIN + "row", _MAIN + "c", _MAIN + "v", _MAIN + "f"
_INLINE, _RUN, _TEXT = _MAIN + "is", _MAIN + "r", _MAIN + "t"
_COORDINATE = re.compile(r"([A-Z]{1,3})(\d+)$")


class _Stop(Exception):
    """Raised inside the XML parser at the first row past MAX_ROWS."""


class SheetReader:
    """One sheet's cells, straight from its XML with expat: the values openpyxl's read-only sheet
    gives (shared and inline strings, numbers, dates by style, booleans, errors, formulas as their
    text, shared formulas translated), percent cells as their percentage, without an element tree
    and a cell object per cell. Document types and entity declarations are refused, as defusedxml
    refuses them."""

    def __init__(self, reader, name: str, target: str):
        self.archive = reader.archive
        self.workbook = reader.wb
        self.strings = reader.shared_strings
        self.name = name
        self.target = target

    def read(self, path: Path) -> Sheet:  # noqa: C901 (one XML pass; the handlers share its state)
        from defusedxml import DTDForbidden, EntitiesForbidden
        from openpyxl.formula.translate import Translator
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
        from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
        from openpyxl.utils.datetime import from_excel, from_ISO8601
        from openpyxl.worksheet._reader import _cast_number
        from openpyxl.worksheet.formula import DataTableFormula

        workbook = self.workbook
        epoch = workbook.epoch
        date_formats, timedelta_formats = workbook._date_formats, workbook._timedelta_formats
        strings = self.strings
        sheet = Sheet(path.name, self.name, [], epoch=epoch)
        rows = sheet.rows
        percent_styles: dict = {}
        columns: dict[str, int] = {}
        shared_formulas: dict = {}
        formulas = 0
        state = {"row": 0, "counter": 1, "column": 0}   # row number, next row openpyxl accepts, column
        row_cells: list | None = None   # (row, column, value) of the open row
        cell: list | None = None        # [coordinate, type, style, value, formula attrs, formula, plain, runs]
        text: list | None = None        # the character data being collected
        where: list[str] = []           # the open elements below the row

        def is_percent(style_id) -> bool:
            found = percent_styles.get(style_id)
            if found is None:
                number_format = workbook._cell_styles[style_id].numFmtId
                if number_format < BUILTIN_FORMATS_MAX_SIZE:
                    number_format = BUILTIN_FORMATS.get(number_format, "General")
                else:
                    number_format = workbook._number_formats[number_format - BUILTIN_FORMATS_MAX_SIZE]
                found = percent_styles[style_id] = "%" in (number_format or "")
            return found

        def start(name, attrs):
            nonlocal row_cells, cell, text
            if row_cells is None:
                if name == _ROW:
                    number = attrs.get("r")
                    if number is not None:
                        try:
                            state["row"] = int(number)
                        except ValueError:
                            value = float(number)
                            if not value.is_integer():
                                raise ValueError(f"{number} is not a valid row number") from None
                            state["row"] = int(value)
                    else:
                        state["row"] += 1
                    if state["row"] > MAX_ROWS:
                        raise _Stop()
                    state["column"] = 0
                    row_cells = []
                    where.clear()
                return
            where.append(name)
            depth = len(where)
            if depth == 1:
                cell = [attrs.get("r"), attrs.get("t", "n"), attrs.get("s", 0), None, None, None, None, None] \
                    if name == _CELL else None
            elif cell is None:
                return
            elif depth == 2:
                if name == _VALUE and cell[3] is None:
                    text = cell[3] = []
                elif name == _FORMULA and cell[4] is None:
                    cell[4] = attrs
                    text = cell[5] = []
                elif name == _INLINE and cell[6] is None:
                    cell[6], cell[7] = [None], []
            elif depth == 3 and name == _TEXT and where[1] == _INLINE and cell[6] is not None:
                text = cell[6][0] = []   # the last plain text wins, as in openpyxl
            elif depth == 4 and name == _TEXT and where[2] == _RUN and where[1] == _INLINE \
                    and cell[7] is not None:
                text = []
                cell[7].append(text)

        def end(name):
            nonlocal row_cells, cell, text
            text = None
            if not where:
                if name == _ROW and row_cells is not None:
                    finish_row(row_cells)
                    row_cells = None
                return
            where.pop()
            if not where and cell is not None:
                row_cells.append(parse_cell(cell))
                cell = None

        def characters(data):
            if text is not None:
                text.append(data)

        def parse_cell(raw) -> tuple:
            nonlocal formulas
            coordinate, data_type, style_id, value, formula, formula_text, plain, runs = raw
            if style_id:
                style_id = int(style_id)
            if coordinate:
                match = _COORDINATE.match(coordinate)
                if match:
                    letters = match.group(1)
                    column = columns.get(letters)
                    if column is None:
                        column = columns[letters] = column_index_from_string(letters)
                    row = int(match.group(2))
                else:
                    row, column = coordinate_to_tuple(coordinate)
                state["column"] = column
            else:
                state["column"] += 1
                row, column = state["row"], state["column"]
            value = ("".join(value) or None) if value is not None and data_type != "inlineStr" else None
            if formula is not None:   # never calculated: the formula's text
                formulas += 1
                value = "=" + "".join(formula_text)
                kind = formula.get("t")
                if kind == "shared":
                    index = formula.get("si")
                    if index in shared_formulas:
                        value = shared_formulas[index].translate_formula(coordinate)
                    elif value != "=":
                        shared_formulas[index] = Translator(value, coordinate)
                elif kind == "dataTable":
                    value = DataTableFormula(**formula)
                value = cell_text(value)
                return row, column, value if isinstance(value, str) else str(value)
            if value is not None:
                if data_type == "n":
                    value = _cast_number(value)
                    if style_id in date_formats:
                        try:
                            value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                    elif is_percent(style_id):
                        value = round(value * 100, 10)  # a percent cell: 0.45 shown as 45 % means 45
                elif data_type == "s":
                    value = strings[int(value)]
                elif data_type == "b":
                    value = bool(int(value))
                elif data_type == "d":
                    value = from_ISO8601(value)
            elif data_type == "inlineStr" and plain is not None:
                value = "".join(part for part in [plain[0] and "".join(plain[0]), *("".join(r) for r in runs)]
                                if part)
            return row, column, cell_text(value)

        def finish_row(cells: list) -> None:
            number = state["row"]
            if max(state["counter"], number) > number:   # a row repeated or out of order: skipped
                return
            state["counter"] = number + 1
            if not cells:
                return
            width = cells[-1][1]   # each row as wide as its own cells, at most MAX_COLUMNS
            values: list = [None] * min(width, MAX_COLUMNS)
            last = None
            for row, column, value in cells:
                if 1 <= column <= width and column <= MAX_COLUMNS:
                    values[column - 1] = value
                    if last is None or column >= last[0]:
                        last = (column, row)
            while values and values[-1] in (None, ""):
                values.pop()
            if values and last is not None:
                rows.append((last[1], values))

        def refuse_doctype(name, *args):
            raise DTDForbidden(name, None, None)

        def refuse_entity(name, *args):
            raise EntitiesForbidden(name, None, None, None, None, None)

        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = characters
        parser.StartDoctypeDeclHandler = refuse_doctype
        parser.EntityDeclHandler = refuse_entity
        parser.UnparsedEntityDeclHandler = refuse_entity
        parser.ExternalEntityRefHandler = refuse_entity
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        try:
            with self.archive.open(self.target) as source:
                parser.ParseFile(source)
        except _Stop:
            pass
        if formulas:
            sheet.notes.append(t("{file}, sheet {sheet}: {formulas} formula cell(s) read as text, never calculated.",
                                 file=path.name, sheet=self.name, formulas=formulas))
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
