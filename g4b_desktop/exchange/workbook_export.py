"""The consolidation export: one workbook, a sheet per kind of record, written safely and fast.

Written with openpyxl's write-only mode (rows streamed to the file) into a temporary file beside
the target, then moved into place: a failed export never destroys the previous file. Every row
ends with its record's last-change stamp and stable id, so a workbook sent back updates the same
records and a consolidation knows what changed since the two sides last matched.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from xml.etree.ElementTree import _escape_cdata as escape_text

from openpyxl import LXML, Workbook
from openpyxl.cell._writer import write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .. import __version__
from ..db import strategy_texts
from ..db.enums import label
from ..db import revisions
from ..db.errors import Cancelled, StoreError
from ..db.store import Store
from ..paths import replace_target
from . import sheets as spec
from .cells import MAX_CHARS, NEEDS_CARE, CellReport, safe
from ..texts import t

# Only the window cancels an export (its Cancel button), and says so in its own words (ui, tr()).
EXPORT_CANCELLED = "export cancelled"

BOLD = Font(bold=True)
DATE_FORMAT = "dd/mm/yyyy"


class ExportFailed(StoreError):
    pass


@dataclass
class ExportReport:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def objective_id(store: Store, code: str | None) -> str | None:
    if not code:
        return None
    found = store.scalar("SELECT id FROM objective WHERE code = ?", [code])
    if found is None:
        raise ExportFailed(t("There is no objective {code}.", code=code))
    return found


def _query(sheet: spec.SheetSpec, objective: str | None) -> tuple[str, dict]:
    if objective and sheet.objective_filter:
        return (sheet.query.format(where=f"WHERE {sheet.objective_filter}",
                                   where_and=f"AND {sheet.objective_filter}"), {"objective_id": objective})
    return sheet.query.format(where="", where_and=""), {}


def header_row(worksheet, labels: list[str]) -> list:
    cells = []
    for text in labels:
        cell = WriteOnlyCell(worksheet, value=text)
        cell.font = BOLD
        cells.append(cell)
    return cells


def prepare(worksheet, columns: list[tuple[str, int]], rows: int, lang_labels: list[str]) -> None:
    """Widths and frozen header: set before the first row is written (write-only mode)."""
    for position, (_, width) in enumerate(columns, start=1):
        worksheet.column_dimensions[get_column_letter(position)].width = width
    worksheet.freeze_panes = "A2"


def finish(worksheet, n_columns: int, n_rows: int, lists: list[tuple[int, list[str]]]) -> None:
    """Autofilter over the table and a drop-down list on each enumerated column."""
    last = get_column_letter(max(n_columns, 1))
    worksheet.auto_filter.ref = f"A1:{last}{max(n_rows + 1, 2)}"
    for position, choices in lists:
        letter = get_column_letter(position)
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        validation.add(f"{letter}2:{letter}{max(n_rows + 1, 2) + 500}")
        worksheet.data_validations.append(validation)


def _columns(cursor) -> dict[str, int]:
    """Field -> position in the query's rows (a field selected twice: the last one, as a dict of the row)."""
    return {d[0]: position for position, d in enumerate(cursor.description)}


def _vetted_rows(worksheet) -> None:
    """Let the write-only sheet take the rows of `write_sheet` with less work per cell (#9).

    openpyxl checks every appended value (type, illegal characters, length, '=' formulas, '#' errors)
    and makes a cell of it. `write_sheet` appends only strings it has checked itself (legal, short
    enough, neither formula- nor error-like: the others become text cells), numbers, and cells; so
    its strings and numbers become cells directly; anything else goes openpyxl's way.
    """
    original = getattr(type(worksheet), "_values_to_row", None)
    if original is None:   # another openpyxl: its own way for every value
        return

    def values_to_row(values, row_idx):
        cell = WriteOnlyCell(worksheet)
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is str:
                cell._value = value
                cell.data_type = "s"
            elif kind is int or kind is float:
                cell._value = value
                cell.data_type = "n"
            else:
                try:
                    cell.value = value
                except ValueError:
                    if not isinstance(value, Cell):
                        raise
                    cell = value
            cell.column = column
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell.has_style or cell.hyperlink:
                cell = WriteOnlyCell(worksheet)

    worksheet._values_to_row = values_to_row
    _plain_cells_as_text(worksheet)


def _plain_cells_as_text(worksheet) -> None:
    """Write a row's plain text and number cells as XML text, the markup openpyxl's writer makes (#9).

    Without lxml, openpyxl serialises every cell through an incremental ElementTree writer: two thirds
    of an export's time at 50,000 commitments. A cell without style, comment or hyperlink, holding a
    non-empty string or a number, is written here as the same bytes (a test compares whole sheets with
    openpyxl's own output); any other cell still goes through openpyxl, in its place in the row.
    """
    writer = getattr(worksheet, "_writer", None)
    if writer is None or LXML or not hasattr(writer, "write_row"):
        return
    original = writer.write_row
    letters: dict[int, str] = {}

    def write_row(xf, row, row_idx):
        out = getattr(xf, "_file", None)
        if out is None or worksheet.row_dimensions.get(row_idx):
            return original(xf, row, row_idx)
        parts = [f'<row r="{row_idx}">']
        for cell in row:
            value = cell._value
            if cell._comment is not None or cell.has_style or cell.hyperlink:
                out("".join(parts))
                parts = []
                original_cell(xf, worksheet, cell, cell.has_style, cell._comment is not None)
                continue
            if value is None:
                continue
            column = cell.column
            letter = letters.get(column) or letters.setdefault(column, get_column_letter(column))
            kind = cell.data_type
            if kind == "s" and value.__class__ is str and value:
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                parts.append(f'<c r="{letter}{row_idx}" t="inlineStr"><is><t{space}>{escape_text(value)}</t></is></c>')
            elif kind == "n" and (value.__class__ is int or value.__class__ is float):
                parts.append(f'<c r="{letter}{row_idx}" t="n"><v>{safe_string(value)}</v></c>')
            else:
                out("".join(parts))
                parts = []
                original_cell(xf, worksheet, cell, False, False)
        parts.append("</row>")
        out("".join(parts))

    writer.write_row = write_row


def original_cell(xf, worksheet, cell, styled: bool, commented: bool) -> None:
    """One cell the way openpyxl's row writer handles it."""
    if commented:
        worksheet._comments.append(CommentRecord.from_cell(cell))
    write_cell(xf, worksheet, cell, styled)


def write_sheet(workbook, store: Store, sheet: spec.SheetSpec, lang: str, objective: str | None,
                report: CellReport, names: dict[str, str], cancelled=None) -> int:
    """One sheet: labels for enums, dates as dates (dd/mm/yyyy), text made safe; rows streamed from the
    query to the file, each cell converted with as little work as possible (#9)."""
    sql, params = _query(sheet, objective)
    cursor = store.db.execute(sql, params)   # streamed: the records are never all in memory
    positions = _columns(cursor)
    name = sheet.names[lang]
    worksheet = workbook.create_sheet(name)
    names[sheet.key] = name
    prepare(worksheet, [(c.field, c.width or 14) for c in sheet.columns], 0, sheet.header(lang))
    worksheet.append(header_row(worksheet, sheet.header(lang)))
    # per column: (position in the record or None, how: 0 text, 1 date, 2 enum, 3 number, labels, header)
    plan = []
    # the strategy's texts in the reader's language: a column's French (title_fr, ...) where it has one
    # (objectives and worksites; an organisation keeps its name as kept: consolidation matches by name)
    french = {}
    if strategy_texts.text_language(lang) == "fr" and sheet.key in ("objective", "worksite"):
        french = {column.field: positions[fr] for column in sheet.columns
                  if (fr := strategy_texts.french_column(sheet.key, column.field)) in positions}
    for column in sheet.columns:
        how = 1 if column.kind == "date" else 2 if column.enum else 3 if column.kind == "number" else 0
        labels = {k: label(column.enum, k, lang) for k in column.enum} if column.enum else None
        plan.append((positions.get(column.field), how, labels, column.labels[lang]))
    alternatives = [(index, french[column.field]) for index, column in enumerate(sheet.columns)
                    if column.field in french and plan[index][0] is not None]
    id_position = positions.get("id")
    _vetted_rows(worksheet)
    # a date cell is written when appended: one styled cell per column serves every row
    date_cells = {}
    for index, (_, how, _, _) in enumerate(plan):
        if how == 1:
            cell = WriteOnlyCell(worksheet, value=date(2000, 1, 1))
            cell.number_format = DATE_FORMAT
            date_cells[index] = cell
    needs_care, limit, fromisoformat = NEEDS_CARE.search, MAX_CHARS, date.fromisoformat
    number = 1
    for number, record in enumerate(cursor, start=2):
        if cancelled is not None and not number % 2000 and cancelled():
            raise Cancelled(EXPORT_CANCELLED)
        if alternatives:
            record = list(record)
            for index, position in alternatives:
                if record[position]:
                    record[plan[index][0]] = record[position]
        row = []
        append = row.append
        for index, (position, how, labels, header) in enumerate(plan):
            value = None if position is None else record[position]
            if value is None:
                append(None)
            elif how <= 1:
                if how == 1:
                    try:
                        day = fromisoformat(value)
                    except (TypeError, ValueError):
                        pass
                    else:
                        cell = date_cells[index]
                        cell._value = day
                        append(cell)
                        continue
                if value.__class__ is not str:
                    value = str(value)
                if len(value) <= limit and not needs_care(value):
                    append(value)
                else:
                    append(safe(worksheet, value, report,
                                (name, number, header, None if id_position is None else record[id_position])))
            elif how == 2 and value in labels:
                append(labels[value])
            elif how == 3 and value.__class__ is not str:
                append(value)
            else:   # text (an unknown enum key, a number column holding text: text too)
                if value.__class__ is not str:
                    value = str(value)
                if len(value) <= limit and not needs_care(value):
                    append(value)
                else:
                    append(safe(worksheet, value, report,
                                (name, number, header, None if id_position is None else record[id_position])))
        worksheet.append(row)
    lists = [(i, [label(c.enum, k, lang) for k in c.enum]) for i, c in enumerate(sheet.columns, start=1)
             if c.kind == "enum"]
    finish(worksheet, len(sheet.columns), number - 1, lists)
    return number - 1


def write_indicators(workbook, store: Store, lang: str, objective: str | None, report: CellReport,
                     names: dict[str, str]) -> int:
    where, params = "", {}
    if objective:
        where = "WHERE i.id IN (SELECT indicator_id FROM indicator_objective WHERE objective_id = :objective_id)"
        params = {"objective_id": objective}
    indicators = store.rows(f"SELECT i.* FROM indicator i {where} ORDER BY i.position, i.code", params)
    values = store.rows("SELECT indicator_id, year, value, value_text FROM indicator_value ORDER BY year")
    years = sorted({v["year"] for v in values})
    by_indicator: dict[str, dict[int, dict]] = {}
    for v in values:
        by_indicator.setdefault(v["indicator_id"], {})[v["year"]] = v
    name = spec.INDICATORS_NAME[lang]
    names["indicator"] = name
    worksheet = workbook.create_sheet(name)
    base = list(spec.INDICATOR_COLUMNS)
    labels = [c.labels[lang] for c in base] + [str(y) for y in years] + [spec.ID.labels[lang]]
    prepare(worksheet, [(c.field, c.width or 12) for c in base] + [(str(y), 10) for y in years] + [("id", 38)],
            len(indicators), labels)
    worksheet.append(header_row(worksheet, labels))
    for number, indicator in enumerate(indicators, start=2):
        strategy_texts.localise(indicator, "indicator", lang)
        row = [safe(worksheet, indicator.get(c.field), report, (name, number, c.labels[lang], indicator["id"]))
               for c in base]
        for year in years:
            entry = by_indicator.get(indicator["id"], {}).get(year)
            if entry is None:
                row.append(None)
            elif entry["value"] is not None:
                row.append(entry["value"])
            else:
                row.append(safe(worksheet, entry["value_text"], report, (name, number, str(year), indicator["id"])))
        row.append(indicator["id"])
        worksheet.append(row)
    finish(worksheet, len(labels), len(indicators), [])
    return len(indicators)


ABOUT_KEYS = {
    "exported_at": spec.L("Geëxporteerd op", "Exporté le", "Exported at"),
    "author": spec.L("Auteur", "Auteur", "Author"),
    "program_version": spec.L("Programmaversie", "Version du programme", "Program version"),
    "schema_version": spec.L("Schemaversie", "Version du schéma", "Schema version"),
    "database_id": spec.L("Database-id", "ID de la base de données", "Database id"),
    "database": spec.L("Databasebestand", "Fichier de base de données", "Database file"),
    "objective": spec.L("Doelstelling", "Objectif", "Objective"),
    "language": spec.L("Taal", "Langue", "Language"),
    "revision": spec.L("Versie van de strategie", "Révision de la stratégie", "Strategy revision"),
    "revision_date": spec.L("Datum van de versie", "Date de la révision", "Revision date"),
    "strategy_texts": spec.L("Teksten van de strategie", "Textes de la stratégie", "Strategy texts"),
}


def write_about(workbook, store: Store, lang: str, objective_code: str | None, names: dict[str, str],
                report: CellReport) -> None:
    worksheet = workbook.create_sheet(spec.ABOUT_NAME[lang])
    worksheet.column_dimensions["A"].width = 30
    worksheet.column_dimensions["B"].width = 60
    worksheet.append(header_row(worksheet, [spec.L("Gegeven", "Donnée", "Item")[lang],
                                            spec.L("Waarde", "Valeur", "Value")[lang], "key"]))
    values = {
        "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author": store.author,
        "program_version": __version__,
        "schema_version": str(store.schema_version()),
        "database_id": store.meta("database_id") or "",
        "database": store.path.name,
        "objective": objective_code or "",
        "language": lang,
        # the revision of the strategy the records are coded under (consolidation compares it, #21)
        "revision": revisions.current_revision(store)["name"],
        "revision_date": revisions.current_revision(store)["date"],
    }
    for key, value in values.items():
        worksheet.append([ABOUT_KEYS[key][lang], safe(worksheet, value), key])
    for table, sheet_name in names.items():
        worksheet.append([spec.L("Blad", "Feuille", "Sheet")[lang] + f" ({table})", safe(worksheet, sheet_name),
                          f"sheet:{table}"])
    line = strategy_texts.colophon_line(store, lang)  # working translation / no English version (#15)
    if line:
        worksheet.append([ABOUT_KEYS["strategy_texts"][lang], line, "strategy_texts"])
    for warning in report.warnings:
        worksheet.append([spec.L("Waarschuwing", "Avertissement", "Warning")[lang], safe(worksheet, warning),
                          "warning"])


def build_workbook(store: Store, lang: str = "nl", objective: str | None = None,
                   sheets: tuple[spec.SheetSpec, ...] | None = None, cancelled=None) -> tuple[Workbook, ExportReport]:
    objective_key = objective_id(store, objective)
    workbook = Workbook(write_only=True)
    report = CellReport()
    result = ExportReport(Path())
    names: dict[str, str] = {}
    chosen = sheets or spec.RECORD_SHEETS
    for sheet in chosen:
        result.counts[sheet.names["en"].lower()] = write_sheet(workbook, store, sheet, lang, objective_key,
                                                               report, names, cancelled)
    if sheets is None:
        result.counts["indicators"] = write_indicators(workbook, store, lang, objective_key, report, names)
        for sheet in spec.MEETING_SHEETS:
            if store.table_exists(sheet.key):
                result.counts[sheet.names["en"].lower()] = write_sheet(workbook, store, sheet, lang, objective_key,
                                                                       report, names, cancelled)
    write_about(workbook, store, lang, objective, names, report)
    result.warnings = report.warnings
    return workbook, result


def save_atomically(workbook: Workbook, target: Path, cancelled=None) -> None:
    """Write beside the target, then replace it: the old file survives any failure (and a cancel:
    `cancelled()` true once written leaves no new file and the old one as it was)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(t("{path}: the folder {folder} does not exist.", path=str(target), folder=folder))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.partial", dir=folder)
    os.close(handle)
    try:
        workbook.save(temporary)
        if cancelled is not None and cancelled():
            raise Cancelled(EXPORT_CANCELLED)
        replace_target(temporary, target)
    except IsADirectoryError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFailed(t("{path}: this is a folder, not a file.", path=str(target))) from exc
    except PermissionError as exc:  # named as the user gave it (#17)
        Path(temporary).unlink(missing_ok=True)
        raise ExportFailed(
            t("{file}: the file cannot be replaced; it is probably open in Excel. Close it and export "
              "again (the previous file was left as it was).",
              file=str(target))) from exc
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFailed(t("{file}: the export could not be written ({error}); the previous file was left as it was.",
                             file=str(target), error=str(exc.strerror or exc))) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_workbook(store: Store, target: Path | str, lang: str = "nl", objective: str | None = None,
                    progress=None, cancelled=None) -> ExportReport:
    """Export the records (all, or one objective's) to `target` in `lang`. `cancelled()` (the window's
    Cancel) is asked as the rows are written: true, it raises `Cancelled` and no file is left."""
    if lang not in ("nl", "fr", "en"):
        raise ExportFailed(t("Unknown language {lang!r} (nl, fr or en).", lang=lang))
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ExportFailed(t("{file}: the export is an Excel workbook; give a name ending in .xlsx.",
                             file=target.name))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(t("{path}: the folder {folder} does not exist.", path=str(target), folder=folder))
    if progress:
        progress(5, "reading")
    workbook, report = build_workbook(store, lang, objective, cancelled=cancelled)
    if progress:
        progress(70, "writing")
    save_atomically(workbook, target, cancelled)
    report.path = target
    return report
