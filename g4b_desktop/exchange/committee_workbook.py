"""A committee's export workbook read for consolidation: its about sheet (which database, which
language, which strategy revision it was made under) and its records per sheet, cells turned into
the values our tables hold. `ConsolidationRefused`: the file cannot be consolidated, with a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..db import revisions
from ..db.schema.strategy_revisions import FIRST_REVISION_DATE, FIRST_REVISION_NAME
from ..db.enums import PRIORITY_TYPE
from ..db.errors import StoreError
from ..db.store import Store
from . import sheets as spec
from . import values as val
from .headers import normalise
from .reading import Sheet, read_sheets
from ..texts import Text, t


class ConsolidationRefused(StoreError):
    pass



@dataclass
class ExportWorkbook:
    path: Path
    source_id: str
    language: str
    sheets: dict[str, Sheet]           # table -> sheet
    revision: tuple[str, str] | None = None   # (date, name) of the strategy revision it was made under


def read_export(path: Path | str) -> ExportWorkbook:
    path = Path(path)
    found = read_sheets(path)
    about = None
    for sheet in found:
        keys = {row[2]: row[1] for _, row in sheet.rows[1:] if len(row) >= 3 and isinstance(row[2], str)}
        if "database_id" in keys:
            about = keys
            break
    if about is None or not about.get("database_id"):
        raise ConsolidationRefused(t("{file}: not an export workbook of Go4Brussels Desktop "
                                     "(it has no 'about' sheet with a database id).", file=path.name))
    by_name = {sheet.name: sheet for sheet in found}
    tables = {}
    for key, value in about.items():
        if key.startswith("sheet:") and value in by_name:
            tables[key[len("sheet:"):]] = by_name[value]
    revision = None
    if about.get("revision_date"):
        revision = (str(about["revision_date"])[:10], str(about.get("revision") or ""))
    return ExportWorkbook(path, str(about["database_id"]), str(about.get("language") or "nl"), tables, revision)


def check_revision(store: Store, book: ExportWorkbook) -> Text | None:
    """Refuse a workbook made under a strategy revision this database does not have (a newer one, or
    another one); a workbook of an earlier revision is merged, its old codes mapped to the current
    ones (returns the sentence saying so). A workbook without a revision predates revisions: the
    printed document's."""
    ours = revisions.current_revision(store)
    theirs = book.revision or (FIRST_REVISION_DATE, FIRST_REVISION_NAME)
    if theirs == (ours["date"], ours["name"]):
        return None
    known = {(r["date"], r["name"]) for r in revisions.revisions(store, include_drafts=False)}
    if theirs in known and theirs[0] <= ours["date"]:
        return t("{file}: made under the earlier strategy revision “{theirs}” ({date}); its codes are read "
                 "as they were then and mapped to the current ones (“{ours}”).", file=book.path.name,
                 theirs=theirs[1], date=theirs[0], ours=revisions.revision_name(ours))
    raise ConsolidationRefused(
        t("{file}: made under the strategy revision “{theirs}” ({date}), which this database does not have (it "
          "stands at “{ours}”, {our_date}); apply that revision here first (Tools → Strategy revision), then "
          "consolidate.", file=book.path.name, theirs=theirs[1], date=theirs[0],
          ours=revisions.revision_name(ours), our_date=ours["date"]))


_ENUM_WORDS: dict[int, dict[str, str]] = {}   # id of an enum (a module-level dict) -> its words
_PRIORITY_WORDS = {normalise(text): key for key, labels in PRIORITY_TYPE.items() for text in labels.values()}


def _cell(column: spec.Column, value, epoch) -> Any:
    """A workbook cell back to the stored form of its field."""
    if value is None or value == "":
        return None
    if column.kind == "date":
        return val.a_date(value, epoch)
    if column.kind == "number":
        return val.number(value) if not isinstance(value, (int, float)) else value
    if column.kind == "enum":
        if column.enum is PRIORITY_TYPE:
            return _PRIORITY_WORDS.get(normalise(value), value)
        words = _ENUM_WORDS.get(id(column.enum))
        if words is None:   # once per enum, not per cell (#19: 15 normalise() calls per status cell)
            words = _ENUM_WORDS[id(column.enum)] = {normalise(t): k for k, labels in column.enum.items()
                                                    for t in labels.values()}
        return words.get(normalise(value), value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def records(book: ExportWorkbook, sheet_spec: spec.SheetSpec) -> list[tuple[int, dict]]:
    """(row number, {field: value}) for each row of one sheet, fields found by header label."""
    sheet = book.sheets.get(sheet_spec.key)
    if sheet is None or not sheet.rows:
        return []
    header = sheet.rows[0][1]
    labels = {}
    for column in sheet_spec.columns:
        for lang in (book.language, "nl", "fr", "en"):
            if column.labels[lang] in header:
                labels[column.field] = (header.index(column.labels[lang]), column)
                break
    result = []
    for number, row in sheet.rows[1:]:
        record = {}
        for name, (position, column) in labels.items():
            raw = row[position] if position < len(row) else None
            try:
                record[name] = _cell(column, raw, sheet.epoch)
            except val.ValueProblem:
                record[name] = raw
        if record.get("id"):
            result.append((number, record))
    return result
