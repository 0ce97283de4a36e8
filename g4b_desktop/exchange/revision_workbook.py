"""The revision workbook: the strategy's structure as one sheet the ministry edits and sends back.

`write(store, path, lang)` lists one row per objective and worksite (kind, code, objective or pillar,
Dutch title, French title, state, record id). The ministry adds rows (no record id), changes a title,
a state or a code, or moves a worksite by changing its objective; `read_rows(path)` reads the sheet
back (through the import's safe reader) into the rows `db.revisions.plan_from_rows` compares.
"""

from __future__ import annotations

from pathlib import Path

from ..db import revisions
from ..db.store import Store
from ..texts import render, t, words_table
from .headers import normalise
from .reading import UnreadableFile, read

COLUMNS = ("kind", "code", "parent", "title", "title_fr", "state", "id")
HEADERS = words_table("revision_workbook", "HEADERS")
KIND_WORDS = words_table("revision_workbook", "KIND_WORDS")
SHEET = words_table("revision_workbook", "SHEET")


def write(store: Store, path: Path | str, lang: str = "nl") -> int:
    """Write the structure as it stands; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = revisions.structure(store)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET.get(lang, SHEET["en"])
    sheet.append([HEADERS[c].get(lang, HEADERS[c]["en"]) for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([KIND_WORDS[row["kind"]].get(lang, row["kind"]), row["code"], row["parent"], row["title"],
                      row.get("title_fr"), row["state"], row["id"]])
    for letter, width in zip("ABCDEFG", (14, 10, 12, 70, 70, 12, 38)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    about = book.create_sheet({"nl": "Over", "fr": "À propos"}.get(lang, "About"))
    about.append([render(revisions.revision_line(store), lang)])
    about.append([render(t("Edit titles, states (open/closed), codes or objectives; add a row without a record "
                           "id for a new objective or worksite; then: g4b strategy revision import FILE --name NAME"),
                         lang)])
    book.save(path)
    return len(rows)


def _column_of(header) -> str | None:
    text = normalise(header or "")
    for column, words in HEADERS.items():
        if any(normalise(word) == text for word in words.values()):
            return column
    aliases = {"soort": "kind", "type": "kind", "kind": "kind", "code": "code", "id": "id",
               "objective": "parent", "doelstelling": "parent", "objectif": "parent",
               "title": "title", "titel": "title", "titre": "title", "state": "state", "staat": "state",
               "etat": "state"}
    return aliases.get(text)


def read_rows(path: Path | str) -> tuple[list[dict], str]:
    """The rows of a revision workbook as dicts of COLUMNS (+ "row"), and the file's name."""
    sheet = read(path)
    header_at = None
    for index, (number, values) in enumerate(sheet.rows[:20]):
        columns = [_column_of(v) for v in values]
        if "code" in columns and "title" in columns:
            header_at = index
            break
    if header_at is None:
        raise UnreadableFile(t("{file}: no header row with the columns Code and Title nl (a revision workbook "
                               "made by g4b strategy revision export).", file=sheet.file_name))
    columns = [_column_of(v) for v in sheet.rows[header_at][1]]
    result = []
    for number, values in sheet.rows[header_at + 1:]:
        row = {"row": number}
        for column, value in zip(columns, values):
            if column:
                row[column] = "" if value is None else str(value).strip()
        if not any(row.get(c) for c in ("code", "title", "id")):
            continue
        result.append(row)
    return result, sheet.file_name
