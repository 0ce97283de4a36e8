"""Planning an import, row by row: what each row of a mapped file would write (new, updated,
unchanged or refused, with the cell and the reason), remembering what earlier rows add. Reads the
database once per file (organisations, worksites, objectives, renumbered codes, the commitments the
file names); writes nothing. Action lists are planned by `action_import.py`.
"""

from __future__ import annotations

import json
import re
from operator import itemgetter
from typing import Any

from ..db import commitments
from ..db.errors import StoreError
from ..db.store import Store, new_id
from . import action_import
from . import columns as cols
from . import headers as hdr
from . import values as val
from .cells import same_as_exported
from .import_preview import Change, Problem, RowPreview
from ..texts import t, term, text_of
from .import_file import Loaded

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
