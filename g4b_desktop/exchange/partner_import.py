"""Importing a partner's spreadsheet: read, map columns, preview every row, apply in one action.

`load(store, path)` reads the file and proposes a mapping (remembered for this shape of file, else
from the headers); `preview(store, loaded, ...)` says for every row what would happen, without
writing; `apply(store, loaded, ...)` plans again inside one transaction and writes it, logged
under the file's name, so that `history.revert_change_set` undoes the whole import.

Longer than 450 lines: the planner's per-kind rules (commitments, organisations, indicators;
action lists are in `action_import.py`, the preview records in `import_preview.py`) share its
look-ups read once per file; splitting them would pass those around. A candidate for a split by kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..db import backup, commitments
from ..db.errors import Cancelled, StoreError
from ..db.store import Changes, Store, new_id
from . import action_import
from . import columns as cols
from . import headers as hdr
from . import values as val
from .cells import same_as_exported
from .import_preview import Change, Problem, RowPreview, column_letter
from .reading import Sheet, UnreadableFile, read
from ..texts import join, t, term, text_of

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


@dataclass
class Preview:
    loaded: Loaded
    rows: list[RowPreview]
    notes: list[str]
    basis: tuple = ()    # what the plan was made from: data_stamp, objective, kind, mapping (see apply)

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)

    def problems(self) -> list[str]:
        return [p.sentence(self.loaded.file_name) for r in self.rows for p in r.problems]

    def listed_problems(self, limit: int = cols.MAX_LISTED) -> list:
        """At most `limit` problems, then one line saying how many more there are."""
        found = self.problems()
        if len(found) <= limit:
            return found
        return found[:limit] + [t("… and {n} more errors.", n=len(found) - limit)]

    def refused(self) -> bool:
        """True when nothing can be imported (the dry run and the import both refuse the file)."""
        return not self.rows or all(r.state == "error" for r in self.rows)

    def summary(self) -> str:
        return t("{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error",
                 file=self.loaded.file_name, new=self.count("new"), updated=self.count("updated"),
                 unchanged=self.count("unchanged"), errors=self.count("error"))


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


# ---- planning ------------------------------------------------------------------------------

class Planner:
    """Works out, row by row, what importing would write; remembers what earlier rows add."""

    def __init__(self, store: Store, loaded: Loaded, objective: str | None):
        self.store = store
        self.loaded = loaded
        self.objective_code = objective
        self.rules = cols.judge(loaded, loaded.date_order)   # raises ColumnRefused: the whole file is refused
        self.notes: list[str] = list(self.rules.notes)
        self.organisations = self._by_name("SELECT id, name, short_name FROM organisation", ("name", "short_name"))
        self.worksites = {r["code"]: r for r in store.rows("SELECT id, code FROM worksite")}
        self.objectives = {r["code"]: r["id"] for r in store.rows("SELECT id, code FROM objective")}
        # codes a strategy revision renumbered (#21): read as the record's current code, with a note
        self.former = {(r["table_name"], r["code"]): r["current"] for r in store.rows(
            "SELECT f.table_name, f.code, coalesce(w.code, o.code, c.code) AS current FROM former_code f "
            "LEFT JOIN worksite w ON f.table_name = 'worksite' AND w.id = f.record_id "
            "LEFT JOIN objective o ON f.table_name = 'objective' AND o.id = f.record_id "
            "LEFT JOIN commitment c ON f.table_name = 'commitment' AND c.id = f.record_id "
            "ORDER BY f.created_at")}
        self.new_commitments: dict[tuple, int] = {}
        self.new_people: dict[tuple, str] = {}
        self.new_memberships: set[tuple] = set()
        self.seen_ids: dict[str, int] = {}
        self.titles: dict[str, dict[str, str]] = {}
        self.column_names = {position: loaded.column_name(position) for position in loaded.mapping}
        self.mapped = [(position, name, self.column_names[position]) for position, name in loaded.mapping.items()
                       if name not in ("", None, "ignore")]
        # commitments read in bulk before planning (#9): by id and by code (None: known not to exist)
        self.by_id: dict[str, dict | None] = {}
        self.by_code: dict[str, dict | None] = {}
        self.normalised: dict[str, str] = {}

    def normalise(self, text) -> str:
        found = self.normalised.get(text) if isinstance(text, str) else None
        return found if found is not None else hdr.normalise(text)

    def by_title(self, worksite_id: str) -> dict[str, str]:
        """A worksite's commitment ids by normalised title (the first of equal titles, in the worksite's
        order), read once per preview; `prefetch_commitments` reads those of every worksite of the file."""
        found = self.titles.get(worksite_id)
        if found is None:
            self._read_titles([worksite_id])
            found = self.titles[worksite_id]
        return found

    def _read_titles(self, worksite_ids: list[str]) -> None:
        if len(worksite_ids) * 4 > len(self.worksites):   # most worksites: one pass over the table
            wanted = set(worksite_ids)
            rows = self.store.db.execute("SELECT worksite_id, position, rowid, id, title FROM commitment").fetchall()
            if len(wanted) < len(self.worksites):
                rows = [row for row in rows if row[0] in wanted]
        else:
            rows = self.store.db.execute(
                "SELECT worksite_id, position, rowid, id, title FROM commitment "
                "WHERE worksite_id IN (SELECT value FROM json_each(?))", [json.dumps(worksite_ids)]).fetchall()
        rows.sort(key=itemgetter(0, 1, 2))   # a worksite's order: the first of equal titles is kept
        for worksite_id in worksite_ids:
            self.titles.setdefault(worksite_id, {})
        for row, key in zip(rows, hdr.normalise_many([row[4] for row in rows])):
            self.titles[row[0]].setdefault(key, row[3])

    def current_code(self, preview: "RowPreview", table: str, code: str) -> str:
        """The code a record has now, for a code an earlier strategy revision gave it (with a note)."""
        current = self.former.get((table, code))
        known = self.worksites if table == "worksite" else self.objectives if table == "objective" else None
        if current is None or (known is not None and code in known):
            return code
        if table == "commitment" and self.commitment("code", code) is not None:
            return code
        preview.notes.append(t("{old} is now {new} (a strategy revision renumbered it); read as {new}",
                               old=code, new=current))
        return current

    def commitment(self, column: str, value: str) -> dict | None:
        """The whole commitment with this id or code (read in bulk beforehand, else now)."""
        known = self.by_id if column == "id" else self.by_code
        if value not in known:
            rows = self.store.rows(f"SELECT * FROM commitment WHERE {column} = ?", [value])
            known[value] = rows[0] if rows else None
        return known[value]

    def prefetch_commitments(self) -> None:
        """What the rows of a commitment file can match, in a few queries instead of some per row: the
        titles of every worksite the file names (normalised together), then the whole records that the
        file's ids, codes and titles designate. Rows whose cells differ from what is read here (control
        characters removed) are still looked up one by one."""
        positions = {name: position for position, name, _ in self.mapped}

        def column(name: str) -> list:
            position = positions.get(name)
            if position is None:
                return []
            return [val.text(values[position]) if position < len(values) else None
                    for _, values in self.loaded.data_rows()]

        worksite_codes, titles = column("worksite"), column("title")
        worksite_ids = sorted({self.worksites[code]["id"] for code in worksite_codes if code in self.worksites})
        if worksite_ids:
            self._read_titles(worksite_ids)
        written = sorted({title for title in titles if title})
        self.normalised = dict(zip(written, hdr.normalise_many(written)))
        ids = {record_id for record_id in column("id") if record_id}
        for code, title in zip(worksite_codes, titles):
            if code in self.worksites and title:
                found = self.titles.get(self.worksites[code]["id"], {}).get(self.normalised[title])
                if found:
                    ids.add(found)
        for name, values, known in (("id", sorted(ids), self.by_id),
                                    ("code", sorted({c for c in column("code") if c}), self.by_code)):
            if not values:
                continue
            for value in values:
                known[value] = None
            for record in self.store.rows(f"SELECT * FROM commitment WHERE {name} IN "
                                          "(SELECT value FROM json_each(?))", [json.dumps(values)]):
                if known.get(record[name]) is None:
                    known[record[name]] = record

    def _by_name(self, sql: str, columns: tuple[str, ...]) -> dict[str, str]:
        found: dict[str, str] = {}
        for row in self.store.rows(sql):
            for column in columns:
                key = hdr.normalise(row.get(column))
                if key:
                    found.setdefault(key, row["id"])
        return found

    # -- cells
    def cells(self, values: list, preview: RowPreview) -> dict[str, tuple[Any, str]]:
        """field -> (raw value, column name) for the mapped columns of one row."""
        result = {}
        width = len(values)
        for position, name, column_name in self.mapped:
            raw = values[position] if position < width else None
            if isinstance(raw, str):
                if CONTROL.search(raw):
                    raw = CONTROL.sub("", raw)
                    preview.notes.append(t("{column}: control characters removed", column=column_name))
                if not raw.strip():
                    raw = None
            result[name] = (raw, column_name)
        return result

    def parse(self, cells, name, parser, preview: RowPreview, *args):
        raw, column = cells.get(name, (None, None))
        try:
            return parser(raw, *args)
        except val.ValueProblem as exc:
            preview.problems.append(Problem(preview.row, column, text_of(exc)))
            return None

    # -- rows
    def plan(self) -> list[RowPreview]:
        planned = []
        if self.loaded.kind == "action":  # action lists: meetings' action items (action_import.py)
            handler = lambda cells, preview: action_import.plan(self, cells, preview)  # noqa: E731
        else:
            handler = getattr(self, f"plan_{self.loaded.kind}")
        if self.loaded.kind == "commitment":
            self.prefetch_commitments()
        for number, values in self.loaded.data_rows():
            preview = RowPreview(number)
            if all(v in (None, "") for v in values):
                continue
            if handler(self.cells(values, preview), preview) == "skip":
                continue
            if preview.problems:
                preview.state, preview.ops, preview.changes = "error", [], []
            elif any(c.kind == "new" for c in preview.changes):
                preview.state = "new"
            elif preview.changes:
                preview.state = "updated"
            planned.append(preview)
        return planned

    def propose_update(self, preview: RowPreview, table: str, record: dict, values: dict, label: str) -> None:
        changed = {k: (record.get(k), v) for k, v in values.items()
                   if record.get(k) != v and not same_as_exported(v, record.get(k))}
        if changed:
            preview.changes.append(Change(table, record["id"], label, "updated", changed))
            preview.ops.append(("update", table, record["id"], {k: new for k, (_, new) in changed.items()}))

    def propose_insert(self, preview: RowPreview, table: str, values: dict, label: str) -> str:
        record_id = values.setdefault("id", new_id())
        preview.changes.append(Change(table, record_id, label, "new",
                                      {k: (None, v) for k, v in values.items() if k != "id" and v is not None}))
        preview.ops.append(("insert", table, record_id, values))
        return record_id

    def plan_commitment(self, cells, preview: RowPreview) -> None:
        record_id = val.text(cells.get("id", (None,))[0])
        worksite_code = val.text(cells.get("worksite", (None,))[0])
        code = val.text(cells.get("code", (None,))[0])
        title = val.text(cells.get("title", (None,))[0])
        if not (record_id or worksite_code or code or title):
            return "skip"  # e.g. an empty row of a return workbook, holding only its pre-filled lead
        preview.summary = " ".join(t for t in (worksite_code, title) if t)
        worksite = None
        if worksite_code:
            worksite_code = self.current_code(preview, "worksite", worksite_code)
            worksite = self.worksites.get(worksite_code)
            if worksite is None:
                preview.problems.append(Problem(preview.row, cells["worksite"][1],
                                                t("there is no worksite {code}", code=worksite_code)))
        fields: dict[str, Any] = {}
        if "title" in cells and title:
            fields["title"] = title
        if "description" in cells:
            fields["description"] = val.text(cells["description"][0])
        if "notes" in cells:
            fields["notes"] = val.text(cells["notes"][0])
        if "status" in cells:
            status = self.parse(cells, "status", val.status, preview)
            if status:
                fields["status"] = status
        if "progress" in cells:
            progress = self.parse(cells, "progress", val.progress, preview, self.rules.fraction,
                                  self.rules.decimal.get("progress"))
            if preview.row in self.rules.odd_progress:
                preview.problems.append(Problem(preview.row, cells["progress"][1],
                                                self.rules.odd_progress[preview.row]))
            if progress is not None:
                fields["progress"] = progress
        if "health" in cells:
            fields["health"] = self.parse(cells, "health", val.health, preview)
        if "due_date" in cells:
            fields["due_date"] = self.parse(cells, "due_date", val.a_date, preview, self.loaded.sheet.epoch,
                                            self.rules.date_order.get("due_date", "dmy"))
        if "lead" in cells:
            lead = val.text(cells["lead"][0])
            fields["lead_organisation_id"] = None
            if lead:
                fields["lead_organisation_id"] = self.organisations.get(hdr.normalise(lead))
                if fields["lead_organisation_id"] is None:
                    preview.problems.append(Problem(preview.row, cells["lead"][1],
                                                    t("there is no organisation named '{name}'", name=lead)))
        if worksite is not None:
            fields["worksite_id"] = worksite["id"]
        if preview.problems:
            return
        existing = None
        if record_id:
            if record_id in self.seen_ids:
                preview.problems.append(Problem(preview.row, cells["id"][1],
                                                t("the same record as row {row}", row=self.seen_ids[record_id])))
                return
            self.seen_ids[record_id] = preview.row
            existing = self.commitment("id", record_id)
            if existing is None:
                preview.problems.append(Problem(preview.row, cells["id"][1],
                                                t("no commitment with id {id} in this database", id=record_id)))
                return
        elif code:
            existing = self.commitment("code", self.current_code(preview, "commitment", code))
        title_key = self.normalise(title) if title else ""
        if existing is None and worksite is not None and title:
            found = self.by_title(worksite["id"]).get(title_key)
            existing = self.commitment("id", found) if found else None
        if existing is not None:
            label = f"commitment {existing['code']}"
            for required in ("title", "status", "progress", "worksite_id"):
                if required in fields and fields[required] in (None, ""):
                    del fields[required]
            try:
                clean = _clean_commitment(self.store, fields)
            except StoreError as exc:
                preview.problems.append(Problem(preview.row, None, text_of(exc)))
                return
            self.propose_update(preview, "commitment", existing, clean, label)
            preview.summary = f"{existing['code']} {existing['title']}"
            return
        if worksite is None or not title:
            missing = "worksite" if worksite is None else "title"
            column = None if missing not in cells else cells[missing][1]
            preview.problems.append(Problem(preview.row, column, (
                t("a new commitment needs a {field}", field=term("FIELD", missing)) if column else
                t("a new commitment needs a {field} (no column is mapped to it)", field=term("FIELD", missing)))))
            return
        key = (worksite["id"], title_key)
        if key in self.new_commitments:
            preview.problems.append(Problem(preview.row, cells["title"][1],
                                            t("the same commitment as row {row}", row=self.new_commitments[key])))
            return
        self.new_commitments[key] = preview.row
        try:
            clean = _clean_commitment(self.store, fields)
        except StoreError as exc:
            preview.problems.append(Problem(preview.row, None, text_of(exc)))
            return
        clean = {k: v for k, v in clean.items() if v is not None}
        clean.setdefault("status", "not_started")
        clean.setdefault("progress", 100 if clean["status"] == "realised" else 0)
        self.propose_insert(preview, "commitment", clean, f"commitment under {worksite_code}: {title}")
        preview.summary = f"{worksite_code} {title}"

    def plan_organisation(self, cells, preview: RowPreview) -> None:
        name = val.text(cells.get("organisation", (None,))[0])
        if not name:
            preview.problems.append(Problem(preview.row, cells["organisation"][1],
                                            t("the organisation name is empty")))
            return
        key = hdr.normalise(name)
        organisation_id = self.organisations.get(key)
        contact = val.text(cells.get("contact", (None,))[0])
        preview.summary = name + (f" – {contact}" if contact else "")
        extra = {f: val.text(cells[f][0]) for f in ("function", "email", "phone") if f in cells}
        if "email" in extra:
            extra["email"] = self.parse(cells, "email", val.email, preview)
            if preview.problems:
                return
        if organisation_id is None:
            values = {"name": name}
            if not contact:
                values.update({k: v for k, v in extra.items() if k in ("email", "phone") and v})
            organisation_id = self.propose_insert(preview, "organisation", values, f"organisation {name}")
            self.organisations[key] = organisation_id
        elif not contact:
            record = self.store.rows("SELECT * FROM organisation WHERE id = ?", [organisation_id])
            if record:
                self.propose_update(preview, "organisation", record[0],
                             {k: v for k, v in extra.items() if k in ("email", "phone") and v},
                             f"organisation {record[0]['name']}")
        if contact:
            person_key = (organisation_id, hdr.normalise(contact))
            people = [p for p in self.store.rows("SELECT * FROM person WHERE organisation_id = ?", [organisation_id])
                      if hdr.normalise(p["full_name"]) == person_key[1]]
            if people:
                self.propose_update(preview, "person", people[0], {k: v for k, v in extra.items() if v},
                             f"contact {people[0]['full_name']}")
            elif person_key in self.new_people:
                preview.problems.append(Problem(preview.row, cells["contact"][1],
                                                t("the same contact as row {row}", row=self.new_people[person_key])))
                return
            else:
                self.new_people[person_key] = preview.row
                self.propose_insert(preview, "person", {"full_name": contact, "organisation_id": organisation_id,
                                                 **{k: v for k, v in extra.items() if v}}, f"contact {contact}")
        if "role" in cells and val.text(cells["role"][0]):
            role = self.parse(cells, "role", val.role, preview)
            objective_code = val.text(cells.get("objective", (None,))[0]) or self.objective_code
            if objective_code:
                objective_code = self.current_code(preview, "objective", objective_code)
            if role and not objective_code:
                preview.notes.append(t("role '{role}' not applied: no objective given",
                                       role=val.text(cells["role"][0])))
                return
            if role:
                objective_id = self.objectives.get(objective_code)
                if objective_id is None:
                    column = cells["objective"][1] if "objective" in cells else None
                    preview.problems.append(Problem(preview.row, column,
                                                    t("there is no objective {code}", code=objective_code)))
                    return
                membership = (objective_id, organisation_id, role)
                exists = membership in self.new_memberships or self.store.scalar(
                    "SELECT 1 FROM membership WHERE objective_id = ? AND organisation_id = ? AND role = ?",
                    list(membership))
                if not exists:
                    self.new_memberships.add(membership)
                    self.propose_insert(preview, "membership", {"objective_id": objective_id,
                                                         "organisation_id": organisation_id, "role": role},
                                 f"role in objective {objective_code}")
        preview.summary = name + (f" – {contact}" if contact else "")

    def plan_indicator(self, cells, preview: RowPreview) -> None:
        written = val.text(cells["indicator"][0])
        indicators = self.store.rows("SELECT id, code, title FROM indicator")
        found = [i for i in indicators if written and (i["code"] == written or
                                                       hdr.normalise(i["title"]) == hdr.normalise(written))]
        if not found:
            preview.problems.append(Problem(preview.row, cells["indicator"][1],
                                            t("there is no indicator '{name}'", name=written)))
            return
        year = self.parse(cells, "year", val.year, preview)
        value = self.parse(cells, "value", val.number, preview, self.rules.decimal.get("value"))
        values: dict[str, Any] = {"value": value}
        if "target" in cells:
            values["target"] = self.parse(cells, "target", val.number, preview, self.rules.decimal.get("target"))
        if "note" in cells:
            values["note"] = val.text(cells["note"][0])
        if preview.problems:
            return
        indicator = found[0]
        current = self.store.rows("SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?",
                                  [indicator["id"], year])
        label = f"indicator {indicator['code']} {year}"
        if current:
            if current[0]["value"] != value and isinstance(cells["value"][0], str):
                values["value_text"] = val.text(cells["value"][0])
            elif current[0]["value"] != value:
                values["value_text"] = None
            self.propose_update(preview, "indicator_value", current[0], values, label)
        else:
            self.propose_insert(preview, "indicator_value", {"indicator_id": indicator["id"], "year": year, **values,
                                                      "value_text": val.text(cells["value"][0])
                                                      if isinstance(cells["value"][0], str) else None}, label)
        preview.summary = label



def _clean_commitment(store: Store, fields: dict) -> dict:
    """The data layer's checks, keeping a partner's exact progress (45.5 stays 45.5). The worksite and
    the lead organisation were found by the planner in what it read: not looked up again for each row."""
    progress = fields.get("progress")
    known = {name: fields[name] for name in ("worksite_id", "lead_organisation_id") if fields.get(name)}
    clean = commitments.clean(store, {k: v for k, v in fields.items() if k not in known})
    if progress is not None:
        clean["progress"] = progress
    return {name: known[name] if name in known else clean[name] for name in fields}


# ---- preview and apply ----------------------------------------------------------------------

def preview(store: Store, loaded: Loaded, objective: str | None = None) -> Preview:
    """What importing would do, row by row; writes nothing."""
    check_mapping(loaded)
    basis = _basis(store, loaded, objective)
    planner = Planner(store, loaded, objective)
    rows = planner.plan()
    notes = [loaded.where()] + list(loaded.sheet.notes) + planner.notes
    ignored = loaded.ignored()
    if ignored:
        notes.append(t("{file}: column(s) not imported (they match no field): {columns}.", file=loaded.file_name,
                       columns=", ".join(ignored)))
    not_applied = sum(1 for r in rows for n in r.notes if "not applied" in n)
    if not_applied:
        notes.append(t("{file}: {n} role(s) not applied: the file names no objective "
                       "(give one with --objective, e.g. --objective 1.2).", file=loaded.file_name, n=not_applied))
    return Preview(loaded, rows, notes, basis)


def data_stamp(store: Store, running: str | None = None) -> tuple:
    """Changes whenever the database's records do: every write is an action, which adds a change set
    and change-log entries (a revert, a restore from the trash and a consolidation too). `running`:
    the change set of the action in which this is asked, left out."""
    return tuple(store.db.execute("SELECT (SELECT max(rowid) FROM change_set WHERE id IS NOT ?), "
                                  "(SELECT max(seq) FROM change_log)", [running]).fetchone())


def _basis(store: Store, loaded: Loaded, objective: str | None, running: str | None = None) -> tuple:
    return (data_stamp(store, running), objective, loaded.kind, tuple(sorted(loaded.mapping.items())))


def apply(store: Store, loaded: Loaded, objective: str | None = None, remember_mapping: bool = True,
          planned: Preview | None = None, progress=None, cancelled=None) -> tuple[Preview, Changes]:
    """Write the import as one action named after the file; refuse if no row can be imported.

    `planned`: the preview the user saw; it is written as it is if the database, the objective and the
    mapping are still those it was made from (checked inside the write transaction), else the rows
    are planned again. `progress(percent, text)` and `cancelled()` as in a window's job: a cancel
    before the commit raises `Cancelled` and leaves the database and the backups as they were.
    """
    check_mapping(loaded)
    _check_cancel(cancelled)
    backup.backup_before(store, "import")
    # a larger page cache while the import writes: thousands of records, their change log and the
    # indexes of both touch pages all over a large file (a third less work at 50,000 commitments, #9);
    # 256 MB, not 64: 10,000 rows at 50,000 dirty more than 64 MB of pages, which SQLite then spilled
    # to the WAL before the commit (2.2-2.6 s of CPU at 64 MB, 1.9 s at 256 MB, #19). Only pages read
    # take memory, and only until the import ends.
    cache_size = store.scalar("PRAGMA cache_size")
    store.db.execute(f"PRAGMA cache_size = {min(int(cache_size), -IMPORT_CACHE_KIB)}")
    try:
        return _apply(store, loaded, objective, remember_mapping, planned, progress or (lambda *a: None),
                      cancelled)
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(cache_size)}")


IMPORT_CACHE_KIB = 256 * 1024


def _check_cancel(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(t("The import was cancelled; nothing was changed."))


def _apply(store: Store, loaded: Loaded, objective: str | None, remember_mapping: bool,
           planned: Preview | None, progress, cancelled) -> tuple[Preview, Changes]:
    with store.action(t("Import {file}", file=loaded.file_name), source=loaded.file_name) as act:
        if planned is not None and planned.loaded is loaded and planned.basis == _basis(store, loaded, objective, act.change_set_id):
            result = planned   # nothing changed since the preview (#19: planning again took 0.6-1 s)
        else:
            progress(10, t("Checking the rows again…"))
            result = preview(store, loaded, objective)
        if result.rows and all(r.state == "error" for r in result.rows):
            raise ImportRefused(t("{file}: no row can be imported; nothing was changed. {problems}",
                                  file=loaded.file_name, problems=join(result.listed_problems(5))))
        if not result.rows:
            raise ImportRefused(t("{file}: the file holds no rows below its header; nothing was changed.",
                                  file=loaded.file_name))
        _check_cancel(cancelled)
        progress(30, t("Writing {file}…", file=loaded.file_name))
        numbering = commitments.Numbering(store)  # one look-up per worksite, then counted (#9)
        inserts: list = []   # consecutive inserts into one table, written together (#9)
        updates: dict[str, list] = {}   # table -> [(id, values)]: records that were there before the import

        def flush_inserts() -> None:
            if inserts:
                act.insert_many(inserts[0][0], [values for _, values in inserts])
                inserts.clear()

        def flush() -> None:
            flush_inserts()
            for table, records in updates.items():
                act.update_many(table, records)
            updates.clear()

        for row in result.rows:
            for op, table, record_id, values in row.ops:
                if op == "insert" and inserts and inserts[0][0] != table:
                    flush_inserts()
                if op == "insert" and table == "commitment":
                    values = dict(values)
                    values["code"], values["position"] = numbering.take(values["worksite_id"])
                    inserts.append((table, values))
                elif op == "insert":
                    inserts.append((table, dict(values)))
                elif op == "update":
                    # only records read from the database are updated (never one this import adds), so
                    # the updates are written together, after the inserts (#19)
                    updates.setdefault(table, []).append((record_id, values))
                elif op == "call":
                    flush()
                    values(act)
        flush()
        if remember_mapping and act.changes:
            remember(act, loaded)
        _check_cancel(cancelled)
        progress(90, t("Saving {file}…", file=loaded.file_name))
    return result, act.changes


def remember(act, loaded: Loaded) -> None:
    """Keep the confirmed mapping for the next file of the same shape."""
    mapping = json.dumps({str(k): v for k, v in sorted(loaded.mapping.items())}, ensure_ascii=False)
    existing = act.store.rows("SELECT id, mapping FROM import_mapping WHERE shape = ?", [loaded.shape])
    if existing:
        act.update("import_mapping", existing[0]["id"], {"mapping": mapping, "kind": loaded.kind})
    else:
        act.insert("import_mapping", {"shape": loaded.shape, "kind": loaded.kind,
                                      "headers": json.dumps([val.text(h) for h in loaded.headers], ensure_ascii=False),
                                      "mapping": mapping})


def save_mapping(store: Store, loaded: Loaded) -> Changes:
    """Remember a corrected mapping without importing (the wizard's 'remember' on a dry run)."""
    with store.action(t("Remember column mapping of {file}", file=loaded.file_name)) as act:
        remember(act, loaded)
    return act.changes
