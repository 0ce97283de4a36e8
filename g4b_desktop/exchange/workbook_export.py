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

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .. import __version__
from ..db.enums import label
from ..db.errors import StoreError
from ..db.store import Store
from . import sheets as spec
from .cells import CellReport, safe
from ..texts import t

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


def convert_rows(worksheet, sheet: spec.SheetSpec, records: list[dict], lang: str, report: CellReport,
                 sheet_name: str):
    """The rows of one sheet as cell values: labels for enums, dates as dates, text made safe."""
    columns = sheet.columns
    plan = []
    for position, column in enumerate(columns):
        labels = {k: label(column.enum, k, lang) for k in column.enum} if column.enum else None
        plan.append((column.field, column.kind, labels, column.labels[lang]))
    for number, record in enumerate(records, start=2):
        row = []
        for name, kind, labels, header in plan:
            value = record.get(name)
            if value is None:
                row.append(None)
            elif kind == "date":
                try:
                    row.append(date.fromisoformat(value))
                except (TypeError, ValueError):
                    row.append(safe(worksheet, str(value), report, (sheet_name, number, header, record.get("id"))))
            elif labels is not None:
                row.append(labels.get(value, value))
            elif kind == "number":
                row.append(value)
            else:
                row.append(safe(worksheet, value if isinstance(value, str) else str(value), report,
                                (sheet_name, number, header, record.get("id"))))
        yield row


def write_sheet(workbook, store: Store, sheet: spec.SheetSpec, lang: str, objective: str | None,
                report: CellReport, names: dict[str, str]) -> int:
    sql, params = _query(sheet, objective)
    records = store.rows(sql, params)
    name = sheet.names[lang]
    worksheet = workbook.create_sheet(name)
    names[sheet.key] = name
    prepare(worksheet, [(c.field, c.width or 14) for c in sheet.columns], len(records), sheet.header(lang))
    worksheet.append(header_row(worksheet, sheet.header(lang)))
    date_positions = [i for i, c in enumerate(sheet.columns) if c.kind == "date"]
    for row in convert_rows(worksheet, sheet, records, lang, report, name):
        for i in date_positions:
            if isinstance(row[i], date):
                cell = WriteOnlyCell(worksheet, value=row[i])
                cell.number_format = DATE_FORMAT
                row[i] = cell
        worksheet.append(row)
    lists = [(i, [label(c.enum, k, lang) for k in c.enum]) for i, c in enumerate(sheet.columns, start=1)
             if c.kind == "enum"]
    finish(worksheet, len(sheet.columns), len(records), lists)
    return len(records)


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
    }
    for key, value in values.items():
        worksheet.append([ABOUT_KEYS[key][lang], safe(worksheet, value), key])
    for table, sheet_name in names.items():
        worksheet.append([spec.L("Blad", "Feuille", "Sheet")[lang] + f" ({table})", safe(worksheet, sheet_name),
                          f"sheet:{table}"])
    for warning in report.warnings:
        worksheet.append([spec.L("Waarschuwing", "Avertissement", "Warning")[lang], safe(worksheet, warning),
                          "warning"])


def build_workbook(store: Store, lang: str = "nl", objective: str | None = None,
                   sheets: tuple[spec.SheetSpec, ...] | None = None) -> tuple[Workbook, ExportReport]:
    objective_key = objective_id(store, objective)
    workbook = Workbook(write_only=True)
    report = CellReport()
    result = ExportReport(Path())
    names: dict[str, str] = {}
    chosen = sheets or spec.RECORD_SHEETS
    for sheet in chosen:
        result.counts[sheet.names["en"].lower()] = write_sheet(workbook, store, sheet, lang, objective_key,
                                                               report, names)
    if sheets is None:
        result.counts["indicators"] = write_indicators(workbook, store, lang, objective_key, report, names)
        for sheet in spec.MEETING_SHEETS:
            if store.table_exists(sheet.key):
                result.counts[sheet.names["en"].lower()] = write_sheet(workbook, store, sheet, lang, objective_key,
                                                                       report, names)
    write_about(workbook, store, lang, objective, names, report)
    result.warnings = report.warnings
    return workbook, result


def save_atomically(workbook: Workbook, target: Path) -> None:
    """Write beside the target, then replace it: the old file survives any failure."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(t("{path}: the folder {folder} does not exist.", path=str(target), folder=folder))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.partial", dir=folder)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    except PermissionError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFailed(
            t("{file}: the file cannot be replaced; it is probably open in Excel. Close it and export "
              "again (the previous file was left as it was).",
              file=target.name)) from exc
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportFailed(t("{file}: the export could not be written ({error}); the previous file was left as it was.",
                             file=target.name, error=str(exc.strerror or exc))) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_workbook(store: Store, target: Path | str, lang: str = "nl", objective: str | None = None,
                    progress=None) -> ExportReport:
    """Export the records (all, or one objective's) to `target` in `lang`."""
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
    workbook, report = build_workbook(store, lang, objective)
    if progress:
        progress(70, "writing")
    save_atomically(workbook, target)
    report.path = target
    return report
