"""A "return workbook" for one partner organisation: the commitments it leads, to fill in and send back.

The sheet is protected: the id, code and worksite columns are locked, the cells the partner fills
in (and some empty rows for new commitments) are unlocked; status and schedule have drop-down
lists, progress accepts 0–100. Importing the returned file (`partner_import`) updates the same
records through their ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..db.enums import label
from ..db.errors import NotFound
from ..db.store import Store
from . import sheets as spec
from .cells import CellReport, safe
from .workbook_export import BOLD, DATE_FORMAT, ExportFailed, save_atomically
from ..texts import t, words_table

EDITABLE = {"title", "description", "status", "progress", "health", "due_date", "notes", "worksite"}
BLANK_ROWS = 30
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
INSTRUCTIONS = words_table("return_workbook", "INSTRUCTIONS")


@dataclass
class ReturnReport:
    path: Path
    organisation: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def find_organisation(store: Store, name_or_id: str) -> dict:
    if store.exists("organisation", name_or_id):
        return store.get("organisation", name_or_id)
    from .headers import normalise

    matches = [r for r in store.rows("SELECT * FROM organisation ORDER BY name")
               if normalise(r["name"]) == normalise(name_or_id) or
               (r["short_name"] and normalise(r["short_name"]) == normalise(name_or_id))]
    if not matches:
        raise NotFound(t("There is no organisation named '{name}'.", name=name_or_id))
    return matches[0]


def _cell(sheet, value, editable: bool, number_format: str | None = None):
    if isinstance(value, Cell):
        cell = value
    else:
        cell = WriteOnlyCell(sheet, value=value)
    cell.protection = Protection(locked=not editable)
    if not editable:
        cell.fill = LOCKED_FILL
    if number_format:
        cell.number_format = number_format
    return cell


def write_return_workbook(store: Store, organisation: str, target: Path | str, lang: str = "nl") -> ReturnReport:
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ExportFailed(t("{file}: give a name ending in .xlsx.", file=target.name))
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise ExportFailed(t("{path}: the folder {folder} does not exist.",
                             path=str(target), folder=target.parent))
    found = find_organisation(store, organisation)
    sql = spec.COMMITMENTS.query.format(where="WHERE c.lead_organisation_id = :organisation")
    records = store.rows(sql, {"organisation": found["id"]})
    columns = list(spec.COMMITMENTS.columns)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.COMMITMENTS.names[lang])
    for position, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column.width or 14
    sheet.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.labels[lang])
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    report = CellReport()
    for number, record in enumerate(records, start=2):
        row = []
        for column in columns:
            value = record.get(column.field)
            editable = column.field in EDITABLE and column.field != "worksite"
            if value is not None and column.kind == "date":
                value = date.fromisoformat(value)
            elif value is not None and column.enum:
                value = label(column.enum, value, lang)
            elif isinstance(value, str):
                value = safe(sheet, value, report, (sheet.title, number, column.labels[lang], record["id"]))
            row.append(_cell(sheet, value, editable, DATE_FORMAT if column.kind == "date" else None))
        sheet.append(row)
    for _ in range(BLANK_ROWS):
        # the lead is filled in on empty rows too, so that a new commitment is led by this organisation
        sheet.append([_cell(sheet, safe(sheet, found["name"]) if column.field == "lead" else None,
                            column.field in EDITABLE) for column in columns])
    last_row = len(records) + BLANK_ROWS + 1
    for position, column in enumerate(columns, start=1):
        letter = get_column_letter(position)
        if column.kind == "enum":
            choices = ",".join(label(column.enum, k, lang) for k in column.enum)
            validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        elif column.field == "progress":
            validation = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                                        allow_blank=True)
        else:
            continue
        validation.add(f"{letter}2:{letter}{last_row}")
        sheet.data_validations.append(validation)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False   # filtering and sorting stay possible on a protected sheet
    sheet.protection.sort = False
    sheet.protection.formatColumns = False
    info = workbook.create_sheet({"nl": "Uitleg", "fr": "Mode d'emploi", "en": "How to"}[lang])
    info.column_dimensions["A"].width = 120
    title = WriteOnlyCell(info, value=found["name"])
    title.font = Font(bold=True, size=14)
    info.append([title])
    for line in INSTRUCTIONS[lang]:
        info.append([line])
    save_atomically(workbook, target)
    return ReturnReport(target, found["name"], {"commitments": len(records)}, report.warnings)
