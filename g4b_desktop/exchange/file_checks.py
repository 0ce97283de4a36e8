"""The safety checks in front of every parser of a partner file: a file is refused before any parser sees it.

`check_file` refuses Excel's lock file, a missing file, a refused or unknown suffix and a file over
`MAX_FILE_BYTES`; `check_zip` refuses an archive that is corrupt, expands too much (zip bomb:
`MAX_UNCOMPRESSED_BYTES`, `MAX_MEMBER_RATIO`), declares XML entities (billion laughs) or holds cells
so far apart that calamine, which keeps a sheet as one rectangle, would need far more memory than the
data (`MAX_GRID_CELLS`; the real cells are measured on the compressed stream, the size a sheet
declares is not trusted either way); `trimmed_copy` drops the cells past `MAX_COLUMNS` before the
parser reads a sheet; `damaged` and `protected` are the refusals of a damaged or password-protected
workbook. `reading.read` / `reading.read_sheets` call them first; the limits and `UnreadableFile`
are re-exported by `reading.py`.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

from ..db.errors import StoreError
from ..texts import t

MAX_FILE_BYTES = 50 * 1024 * 1024          # a partner file is never this large
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all zip members together, once expanded
# expanded / compressed size of one large zip member: real workbooks reach ~150x (an Excel file of
# the corpus: 121x; long runs of identical styled empty cells), deflate cannot pass ~1030x, so a
# member beyond 400x is made to expand, not written by a spreadsheet program
MAX_MEMBER_RATIO = 400
MAX_COLUMNS = 200
MAX_ROWS = 200_000
MAX_CELL_CHARS = 32_767
# the cells calamine may hold for one sheet (one rectangle from the first to the last cell, about
# 32 bytes each): 6 million is about 200 MB, a 200,000-row sheet of 30 columns
MAX_GRID_CELLS = 6_000_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
REFUSED_SUFFIXES = {".xlsb", ".xltm", ".xlam", ".numbers", ".xltx", ".ots", ".fods"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnreadableFile(StoreError):
    """A file that is refused: the message names the file and the reason."""


# ---- the file itself ------------------------------------------------------------------------------

def check_file(path: Path) -> str:
    suffix = path.suffix.lower()
    if path.name.startswith("~$"):
        raise UnreadableFile(t("{file}: this is Excel's lock file (Excel writes it while the workbook is open); "
                               "choose the workbook itself.", file=path.name))
    if path.is_dir():
        raise UnreadableFile(t("{path}: this is a folder, not a file.", path=path.name))
    if path.exists() and not path.is_file():
        raise UnreadableFile(t("{file}: this is not a spreadsheet file but a device or a pipe.", file=path.name))
    if not path.is_file():
        raise UnreadableFile(t("{file}: no such file.", file=path.name))
    if suffix in REFUSED_SUFFIXES:
        raise UnreadableFile(
            t("{file}: {suffix} files are not read; save it as .xlsx (Excel workbook) or .csv and import that.",
              file=path.name, suffix=suffix))
    if suffix not in WORKBOOK_SUFFIXES + TEXT_SUFFIXES:
        raise UnreadableFile(t("{file}: only .xlsx, .xlsm, .xls, .ods and .csv files can be imported.",
                               file=path.name))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(t("{file}: the file is larger than {mb} MB.",
                               file=path.name, mb=MAX_FILE_BYTES // 2**20))
    return suffix


def damaged(path: Path) -> UnreadableFile:
    return UnreadableFile(t("{file}: the file cannot be read; it is damaged or is not a spreadsheet.",
                            file=path.name))


def protected(path: Path) -> UnreadableFile:
    return UnreadableFile(t("{file}: the workbook is protected by a password; open it in Excel, remove the "
                            "password (File > Info > Protect Workbook) and import it again.", file=path.name))


# ---- zip archives (xlsx, xlsm, ods) ----------------------------------------------------------------

_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
# cell references (rows have digits only): a column past GR (200), two-letter columns
_FAR_COLUMN = re.compile(rb'\sr="(?:[A-Z]{3,}|[H-Z][A-Z]|G[S-Z])\d')
_TWO_LETTERS = re.compile(rb'\sr="([A-Z]{2})\d')
_PREFIXED_CELL = re.compile(rb'<\w+:c[\s>/]')
_PREFIXED_FORMULA = re.compile(rb'<\w+:f[\s>/]')
_BARE_FORMULA = re.compile(rb'<(?:\w+:)?c\b([^>]*?)>\s*<(?:\w+:)?f(?:\s[^>]*)?>([^<]*)</(?:\w+:)?f>\s*'
                           rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')
_REF = re.compile(rb'\sr="([A-Z]{1,3}\d+)"')
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?\st="e"[^>]*)>\s*(?:<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>))?'
                         rb'\s*<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>')


def check_zip(path: Path) -> tuple[datetime, dict[str, tuple], set[str]]:
    """Refuse an archive that is corrupt, expands too much, declares XML entities or holds cells too far
    apart; return the workbook's date epoch (1900 or 1904), per sheet name (formula cells, texts of cells
    calamine leaves empty, cells past the column limit) and the sheet parts to trim before reading."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise damaged(path) from exc
    epoch = datetime(1899, 12, 30)
    with archive:
        members = archive.infolist()
        names = {m.filename for m in members}
        is_ods = "content.xml" in names and not any(n.startswith("xl/") for n in names)
        if not is_ods and ("[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names)):
            raise UnreadableFile(t("{file}: not an Excel or LibreOffice workbook.", file=path.name))
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
        sheet_names = _sheet_names(archive, names) if not is_ods else {}
        formulas: dict[str, tuple] = {}
        wide: set[str] = set()
        try:
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                    count, bare, too_wide = _measure_sheet(path, archive, member,
                                                           sheet_names.get(member.filename, ""))
                    if count or bare or too_wide:
                        formulas[sheet_names.get(member.filename, "")] = (count, bare, too_wide)
                    if too_wide:
                        wide.add(member.filename)
                elif is_ods and member.filename == "content.xml":
                    _measure_ods(path, archive, member)
                else:   # every part searched to its end (a declaration may hide behind a long comment)
                    with archive.open(member) as stream:
                        head = stream.read(1 << 20)
                        if member.filename == "xl/workbook.xml" and re.search(rb'date1904="(?:1|true)"', head):
                            epoch = datetime(1904, 1, 1)
                        while head:
                            _refuse_entities(path, member.filename, head)
                            more = stream.read(1 << 20)
                            head = head[-16:] + more if more else b""
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise damaged(path) from exc
    return epoch, formulas, wide


def _refuse_entities(path: Path, part: str, data: bytes) -> None:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnreadableFile(t("{file}: part {part} declares XML entities; the file is refused as unsafe.",
                               file=path.name, part=part))


def _sheet_names(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """worksheet part -> sheet name, for the messages (best effort: an odd workbook gives no names)."""
    try:
        workbook = archive.read("xl/workbook.xml")[:1 << 20]
        rels = archive.read("xl/_rels/workbook.xml.rels")[:1 << 20] if "xl/_rels/workbook.xml.rels" in names else b""
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError):
        return {}
    targets = {m.group(1): m.group(2) for m in re.finditer(
        rb'<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
    targets.update({m.group(2): m.group(1) for m in re.finditer(
        rb'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
    found = {}
    for match in re.finditer(rb'<(?:\w+:)?sheet\b([^>]*)>', workbook):
        attrs = match.group(1)
        name = re.search(rb'\sname="([^"]*)"', attrs)
        rid = re.search(rb'\s\w+:id="([^"]*)"', attrs)
        if name and rid and rid.group(1) in targets:
            target = targets[rid.group(1)].decode("utf-8", "replace").lstrip("/")
            part = target if target.startswith("xl/") else "xl/" + target
            found[part] = name.group(1).decode("utf-8", "replace").replace("&amp;", "&")
    return found


def _measure_sheet(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> tuple[int, dict]:
    """Stream one sheet's XML in 1 MB pieces: refuse entity declarations, cells beyond the column limit
    and cells so far apart that the grid would hold far more than the data; count its formulas and keep
    the text of those without a calculated value (a generator's file, never opened in Excel)."""
    rows = cells = formulas = last_row = 0
    bare: dict[str, str] = {}    # formula cells without a calculated value: their text, by reference
    widest = 0         # the highest column seen, known when the cells carry references
    far = False
    tail = b""
    with archive.open(member) as stream:
        while True:
            piece = stream.read(1 << 20)
            if not piece:
                break
            data = tail + piece
            cut = data.rfind(b"</row>") + 6   # a row cut in two is measured with the next piece
            if cut <= 6 or len(data) - cut > 1 << 20:
                cut = len(data)
            chunk, tail = data[:cut], data[cut:]
            _refuse_entities(path, member.filename, chunk)
            rows += chunk.count(b"<row") + chunk.count(b":row ") + chunk.count(b":row>")
            cells += chunk.count(b"<c ") + chunk.count(b"<c>") + chunk.count(b"<c/>")
            if b":c " in chunk or b":c>" in chunk:   # a prefixed namespace (<x:c>): counted by pattern
                cells += len(_PREFIXED_CELL.findall(chunk))
            if b't="e"' in chunk:   # error values (#N/A, #DIV/0!): calamine leaves them empty; kept as their text
                for match in _ERROR_CELL.finditer(chunk):
                    ref = _REF.search(match.group(1))
                    if ref and len(bare) < 100_000:
                        bare[ref.group(1).decode()] = html.unescape(match.group(2).decode("utf-8", "replace"))
            count = chunk.count(b"<f>") + chunk.count(b"<f ") + chunk.count(b"<f/>")
            if b":f" in chunk:
                count += len(_PREFIXED_FORMULA.findall(chunk))
            if count:
                formulas += count
                for match in _BARE_FORMULA.finditer(chunk):
                    if len(bare) < 100_000 and match.group(2).strip():
                        ref = _REF.search(match.group(1))
                        if ref:
                            bare[ref.group(1).decode()] = "=" + html.unescape(match.group(2).decode("utf-8", "replace"))
            start = max(chunk.rfind(b"<row"), chunk.rfind(b":row "))   # rows come in order: the last one
            match = _ROW_REF.match(chunk, chunk.rfind(b"<", 0, start + 1)) if start >= 0 else None
            if match:
                last_row = max(last_row, int(match.group(1)))
            if not far and _FAR_COLUMN.search(chunk):
                far = True
            if widest < 26 * 27:
                for match in _TWO_LETTERS.finditer(chunk):
                    letters = match.group(1)
                    widest = max(widest, (letters[0] - 64) * 26 + letters[1] - 64)
    if tail:
        _refuse_entities(path, member.filename, tail)
    height = max(last_row, rows, 1)
    width = min(widest or 26, MAX_COLUMNS)
    wide = far or cells > max(rows, 1) * MAX_COLUMNS
    if min(height, MAX_ROWS) * width > MAX_GRID_CELLS and height * width > 4 * cells + 1000:
        raise UnreadableFile(t("{file}, sheet {sheet}: {cells:,} cells spread over {rows:,} rows and {columns} "
                               "columns; delete the empty rows and columns around the data and import it again.",
                               file=path.name, sheet=name or member.filename, cells=cells, rows=height,
                               columns=width))
    return formulas, bare, wide


_TOKEN = re.compile(rb'<(?:\w+:)?row\b[^>]*?/>|<(?:\w+:)?row\b[^>]*>|</(?:\w+:)?row>'
                    rb'|<(?:\w+:)?c\b[^>]*?/>|<(?:\w+:)?c\b[^>]*>.*?</(?:\w+:)?c>', re.S)
_ROW_END = re.compile(rb'</(?:\w+:)?row>')
_COLUMN_REF = re.compile(rb'\sr="([A-Z]{1,3})\d')


def _trim_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The sheet's XML without the cells past MAX_COLUMNS, streamed: once a row reaches the limit the rest
    of it is skipped to its end without being looked at, so a row of millions of cells costs a scan."""
    out = io.BytesIO()
    tail = b""
    skipping = False
    column = 0
    with archive.open(member) as stream:
        while True:
            piece = stream.read(1 << 20)
            data, tail = tail + piece, b""
            position = 0
            while True:
                if skipping:
                    end = _ROW_END.search(data, position)
                    if end is None:
                        tail = data[-16:] if piece else b""
                        position = len(data)
                        break
                    position, skipping = end.start(), False
                token = _TOKEN.search(data, position)
                if token is None:
                    break
                out.write(data[position:token.start()])
                position = token.end()
                text = token.group(0)
                if text.startswith(b"</"):
                    out.write(text)
                elif re.match(rb"<(?:\w+:)?row\b", text):
                    column = 0
                    out.write(text)
                else:
                    ref = _COLUMN_REF.search(text[:text.find(b">") + 1])
                    if ref:
                        letters = ref.group(1)
                        column = 0
                        for ch in letters:
                            column = column * 26 + ch - 64
                    else:
                        column += 1
                    if column > MAX_COLUMNS:
                        skipping = True
                    else:
                        out.write(text)
            if not skipping:
                rest = data[position:]
                if piece:
                    tail = rest
                else:
                    out.write(rest)
            if not piece:
                break
    return out.getvalue()


def trimmed_copy(path: Path, wide: set[str]):
    """The workbook in memory with its wide sheets trimmed (the other parts copied as they are)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as archive, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED,
                                                           compresslevel=1) as target:
        for member in archive.infolist():
            if member.filename in wide:
                target.writestr(member.filename, _trim_sheet(archive, member))
            else:
                with archive.open(member) as source, target.open(member.filename, "w") as sink:
                    while chunk := source.read(1 << 20):
                        sink.write(chunk)
    buffer.seek(0)
    return buffer


def _measure_ods(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """LibreOffice compresses runs of rows and cells as one repeated element: a trailing run of a million
    empty rows is normal, but repeated cells that hold a value are expanded by the parser; their expanded
    count is added up (rows repeated x columns up to the last value) and a file past the grid limit refused."""
    tail = b""
    total = 0
    with archive.open(member) as stream:
        while True:
            piece = stream.read(1 << 20)
            data = tail + piece
            cut = data.rfind(b"</table:table-row>") + len(b"</table:table-row>")
            if not piece or cut < len(b"</table:table-row>") or len(data) - cut > 8 << 20:
                cut = len(data)
            chunk, tail = data[:cut], data[cut:]
            _refuse_entities(path, member.filename, chunk)
            if b"-repeated=" in chunk:
                for row in _ODS_ROW.finditer(chunk):
                    total += _ods_row_cells(row.group(1), row.group(2))
                    if total > MAX_GRID_CELLS:
                        raise UnreadableFile(t("{file}: the sheets' repeated cells expand to {count:,} cells; the "
                                               "file is refused as unsafe.", file=path.name, count=total))
            if not piece:
                break


_ODS_ROW = re.compile(rb'<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)', re.S)
_ODS_CELL = re.compile(rb'<table:(?:covered-)?table-cell\b([^>]*?)(/?)>')
_ODS_REPEATS = re.compile(rb'number-(?:rows|columns)-repeated="(\d+)"')


def _ods_row_cells(attrs: bytes, content: bytes | None) -> int:
    """The cells a row expands to, counted up to its last cell holding a value (0 for an empty row)."""
    if not content or (b"value-type" not in content and b"<text:" not in content):
        return 0
    found = _ODS_REPEATS.search(attrs)
    rows = int(found.group(1)) if found else 1
    columns = width = 0
    for cell in _ODS_CELL.finditer(content):
        found = _ODS_REPEATS.search(cell.group(1))
        columns += int(found.group(1)) if found else 1
        if b"value-type" in cell.group(1) or not cell.group(2):
            width = columns
    return rows * width
