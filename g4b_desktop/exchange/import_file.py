"""A partner's file read and mapped: `load(store, path)` reads the sheet, finds its header row (also
one spread over two rows under merged cells) and proposes a mapping, remembered for this shape of
file or guessed from the headers; `check_mapping` refuses a mapping that cannot be imported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..db.errors import StoreError
from ..db.store import Store
from . import headers as hdr
from . import values as val
from .import_preview import column_letter
from .reading import Sheet, UnreadableFile, read
from ..texts import join, t, term


class ImportRefused(StoreError):
    """Nothing in the file can be imported; the database is unchanged."""


@dataclass
class Loaded:
    """A file read and mapped, ready to preview or apply."""

    path: Path
    sheet: Sheet
    header_index: int                 # position in sheet.rows
    headers: list
    kind: str
    mapping: dict[int, str]           # column position -> field
    remembered: bool = False
    header_rows: int = 1              # 2: a two-row (merged) header combined into one per column
    date_order: str | None = None     # "dmy" | "mdy" when the user said it (an ambiguous date column)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def shape(self) -> str:
        """The file's columns (normalised headers): files of the same shape share a mapping."""
        return "|".join(hdr.normalise(h) for h in self.headers)

    @property
    def header_row(self) -> int:
        """The (first) row of the header, as numbered in the file."""
        return self.sheet.rows[self.header_index - self.header_rows + 1][0]

    @property
    def sheet_name(self) -> str:
        return self.sheet.name

    def ignored(self) -> list[str]:
        """The columns that hold a header or data but are mapped to no field: never dropped silently."""
        width = max([len(self.headers)] + [len(values) for _, values in self.data_rows()])
        used = {position for position, name in self.mapping.items() if name}
        found = []
        for position in range(width):
            if position in used:
                continue
            header = self.headers[position] if position < len(self.headers) else None
            if header not in (None, "") or any(position < len(values) and values[position] not in (None, "")
                                               for _, values in self.data_rows()):
                found.append(self.column_name(position))
        return found

    def where(self):
        """Which sheet and header row are read (a sentence for the preview and the command line)."""
        if self.header_rows > 1:
            return t("{file}: sheet '{sheet}', header on rows {row} and {next} (combined per column).",
                     file=self.file_name, sheet=self.sheet_name, row=self.header_row, next=self.header_row + 1)
        return t("{file}: sheet '{sheet}', header on row {row}.", file=self.file_name, sheet=self.sheet_name,
                 row=self.header_row)

    def data_rows(self) -> list[tuple[int, list]]:
        return self.sheet.rows[self.header_index + 1:]

    def column_name(self, position: int) -> str:
        header = self.headers[position] if position < len(self.headers) else None
        return f"{column_letter(position)} ({val.flat(header)})" if header not in (None, "") else column_letter(position)


# ---- loading -------------------------------------------------------------------------------

def load(store: Store | None, path: Path | str, kind: str | None = None, sheet: str | None = None,
         date_order: str | None = None) -> Loaded:
    """Read a file (the named sheet of a workbook, else the one holding the data), find its header row (two
    rows combined when the second one names columns the first does not) and propose a mapping (a
    remembered one first)."""
    path = Path(path)
    found = read(path, sheet=sheet, is_data=lambda rows: hdr.find_header_row(rows) is not None)
    if not found.rows:
        raise UnreadableFile(t("{file}: the file is empty.", file=path.name))
    position = hdr.find_header_row(found.rows)
    if position is None:
        raise UnreadableFile(t(
            "{file}: no header row found in the first rows (expected columns such as "
            "Beleidswerf / Chantier / Worksite and Engagement, or Organisatie / Organisation).", file=path.name))
    headers, header_rows = _header(found, position)
    guessed_kind, mapping = hdr.guess_kind(headers)
    if kind and kind != guessed_kind:
        mapping = hdr.match_headers(kind, headers)
        guessed_kind = kind
    loaded = Loaded(path, found, position + header_rows - 1, headers, guessed_kind, mapping,
                    header_rows=header_rows, date_order=date_order)
    if store is not None and store.table_exists("import_mapping"):
        saved = store.rows("SELECT kind, mapping FROM import_mapping WHERE shape = ?", [loaded.shape])
        if saved and (kind is None or saved[0]["kind"] == kind) and saved[0]["kind"] in hdr.FIELDS:
            loaded.kind = saved[0]["kind"]
            loaded.mapping = {int(k): v for k, v in json.loads(saved[0]["mapping"]).items()}
            loaded.remembered = True
    return loaded


def _header(sheet: Sheet, position: int) -> tuple[list, int]:
    """The header row's texts, or two rows combined per column (merged group headings spread over the
    columns they cover) when that recognises more columns than the first row alone."""
    number, top = sheet.rows[position]
    top = list(top)
    if position + 1 >= len(sheet.rows) or sheet.rows[position + 1][0] != number + 1:
        return top, 1
    below = list(sheet.rows[position + 1][1])
    if not below or not all(v is None or isinstance(v, str) for v in below):
        return top, 1
    spread = top + [None] * max(0, len(below) - len(top))
    for (first_row, first_col), (last_row, last_col) in sheet.merged:
        if first_row == number - 1 and last_col > first_col and first_col < len(spread):
            for column in range(first_col + 1, min(last_col + 1, len(spread))):
                if spread[column] in (None, ""):
                    spread[column] = spread[first_col]
    if not sheet.merged:   # LibreOffice files: a heading over several sub-headings fills the empty cells after it
        for column in range(1, len(spread)):
            if spread[column] in (None, "") and column < len(below) and below[column] not in (None, "") \
                    and spread[column - 1] not in (None, "") and below[column - 1] not in (None, ""):
                spread[column] = spread[column - 1]
    combined = hdr.combine(spread, below)
    single = hdr.guess_kind(top)[1]
    kind, mapping = hdr.guess_kind(combined)
    # the second row names columns (at least half of its texts are headers), it is not a first row of data
    # that happens to hold a word like a header
    named = len(hdr.match_headers(kind, below))
    texts = sum(1 for value in below if value not in (None, ""))
    if len(mapping) > len(single) and named * 2 >= texts:
        return combined, 2
    return top, 1


def check_mapping(loaded: Loaded) -> None:
    fields = list(loaded.mapping.values())
    doubles = {f for f in fields if fields.count(f) > 1}
    if doubles:
        raise ImportRefused(t("{file}: more than one column is mapped to {fields}.", file=loaded.file_name,
                              fields=join((term("FIELD", f) for f in sorted(doubles)), ", ")))
    missing = [f for f in hdr.REQUIRED[loaded.kind] if f not in fields]
    if missing:
        raise ImportRefused(t("{file}: no column is mapped to {fields}.", file=loaded.file_name,
                              fields=join((term("FIELD", f) for f in missing), ", ")))
