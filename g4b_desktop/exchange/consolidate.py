"""Consolidating committees' export workbooks into one database (ministerial staff).

Records match by id (strategy records, whose ids differ per database, by code; organisations and
contacts also by name). "Since they last matched" is kept in `merge_base`: per source database
(the workbook's about sheet names it) and record, the values the workbook held at the last
consolidation. Against that base:

- only the workbook changed            -> its values are taken (updated);
- only this database changed           -> ours are kept;
- both changed, to different values    -> a conflict, decided by the user (keep mine, take theirs,
                                          or per field); never overwritten silently;
- no base yet and the values differ    -> taken if our record was never edited, else a conflict.

Each file is one action ("Consolidate FILE"), undoable as a whole.

Longer than 450 lines: the per-table merge rules and the three-way comparison they feed are
one algorithm; the workbook reading is in `reading.py` and `sheets.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from ..db import backup, commitments, revisions, strategy_edits, strategy_texts
from ..db import validation as check
from ..db.schema.strategy_revisions import FIRST_REVISION_DATE, FIRST_REVISION_NAME
from ..db.enums import PRIORITY_TYPE
from ..db.errors import Cancelled, StoreError
from ..db.store import Store
from . import sheets as spec
from . import values as val
from .cells import same_as_exported
from .headers import normalise
from .reading import Sheet, UnreadableFile, read_sheets
from ..texts import Text, Words, join, t, term, text_of

Decision = str | dict  # "mine" | "theirs" | {field: "mine" | "theirs"}


class ConsolidationRefused(StoreError):
    pass


@dataclass
class Conflict:
    table: str
    their_id: str
    local_id: str
    label: str
    fields: dict[str, tuple[Any, Any, Any]]  # field -> (base, mine, theirs)

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.their_id)

    def describe(self) -> str:
        """One line of the conflict report (a Text: render it in the reader's language)."""
        parts = [t("{field}: mine {mine}, theirs {theirs}", field=term("FIELD", name), mine=_show(mine),
                   theirs=_show(theirs)) if base is None and mine is not None else
                 t("{field}: mine {mine}, theirs {theirs} (was {base})", field=term("FIELD", name), mine=_show(mine),
                   theirs=_show(theirs), base=_show(base))
                 for name, (base, mine, theirs) in self.fields.items()]
        return t("{label}: {fields}", label=self.label, fields=join(parts, "; "))


def _show(value) -> str:
    if value in (None, ""):
        return Words({"nl": "(leeg)", "fr": "(vide)", "en": "(empty)"})
    return repr(value) if isinstance(value, str) else str(value)


@dataclass
class FileReport:
    file_name: str
    source_id: str = ""
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    change_set_id: str | None = None
    changes: Any = None          # the Changes of the action (None for a dry run)

    def summary(self) -> str:
        parts = [t("{file}: {added} added, {updated} updated, {conflicts} in conflict", file=self.file_name,
                   added=len(self.added), updated=len(self.updated), conflicts=len(self.conflicts))]
        if self.resolved:
            parts.append(t(", {n} conflict(s) decided", n=len(self.resolved)))
        if self.errors:
            parts.append(t(", {n} not merged", n=len(self.errors)))
        return join(parts, "")


# ---- reading an export workbook ------------------------------------------------------------

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


# ---- merging -------------------------------------------------------------------------------

@dataclass
class TableRule:
    """How one table is consolidated: the compared fields, how to find and write a record."""

    sheet: spec.SheetSpec
    fields: tuple[str, ...]
    find: Callable[["Merge", dict], dict | None]          # their record -> our record (canonical) or None
    canonical: Callable[["Merge", dict], dict]            # our row -> {field: value} comparable with theirs
    write: Callable[["Merge", dict, dict], dict]          # canonical values -> table columns
    insertable: bool = True
    label: Callable[[dict], str] = lambda r: str(r.get("title") or r.get("name") or r.get("id"))


class Merge:
    """One file's consolidation inside one action."""

    def __init__(self, act, book: ExportWorkbook, decisions: dict, resolve: str, report: FileReport):
        self.act, self.store, self.book = act, act.store, book
        self.decisions, self.resolve, self.report = decisions, resolve, report
        # new commitments and merge bases are written together at the end of each sheet (#19): one
        # statement per batch, so the text indexes kept by triggers are written once, not per row
        self.pending: dict[str, list[dict]] = {"commitment": [], "merge_base": []}
        self.codes: set[str] = set()               # commitment codes given in this file so far
        self.numbers: dict[str, list] = {}         # worksite id -> [code prefix, next number]

    def flush(self) -> None:
        for table, records in self.pending.items():
            if records:
                self.act.insert_many(table, records)
                records.clear()

    def code_free(self, code: str | None) -> bool:
        return bool(code) and code not in self.codes and not self.store.scalar(
            "SELECT 1 FROM commitment WHERE code = ?", [code])

    def next_code(self, worksite_id: str) -> str:
        """The worksite's next free code, counting the codes given in this file (not written yet)."""
        if worksite_id not in self.numbers:
            prefix, _, number = commitments.next_code(self.store, worksite_id).rpartition("-")
            self.numbers[worksite_id] = [prefix, int(number)]
        entry = self.numbers[worksite_id]
        while True:
            code = f"{entry[0]}-{entry[1]:02d}"
            entry[1] += 1
            if code not in self.codes:
                return code

    _organisations: dict[str, str] | None = None

    # lookups shared by the rules
    def organisation_id(self, name) -> str | None:
        """Our organisation of that name (case, accents and punctuation ignored)."""
        if not name:
            return None
        if self._organisations is None:
            self._organisations = {}
            for row in self.store.rows("SELECT id, name FROM organisation ORDER BY rowid"):
                self._organisations.setdefault(normalise(row["name"]), row["id"])
        return self._organisations.get(normalise(name))

    def base(self, table: str, their_id: str) -> dict | None:
        rows = self.store.rows("SELECT id, fields FROM merge_base WHERE source_database_id = ? AND table_name = ? "
                               "AND record_id = ?", [self.book.source_id, table, their_id])
        return {"_id": rows[0]["id"], **json.loads(rows[0]["fields"])} if rows else None

    def set_base(self, table: str, their_id: str, theirs: dict, current: dict | None) -> None:
        text = json.dumps(theirs, ensure_ascii=False, sort_keys=True, default=str)
        if current is None:
            self.pending["merge_base"].append({"source_database_id": self.book.source_id, "table_name": table,
                                               "record_id": their_id, "fields": text})
        else:
            self.act.update("merge_base", current["_id"], {"fields": text})

    def run(self, rule: TableRule) -> None:
        table = rule.sheet.key
        for number, row in records(self.book, rule.sheet):
            their_id = row["id"]
            theirs = {f: row.get(f) for f in rule.fields}
            where = t("{file}, sheet {sheet}, row {row}", file=self.book.path.name,
                      sheet=self.book.sheets[table].name, row=number)
            if theirs.get("email"):
                try:
                    theirs["email"] = check.email("email", theirs["email"])
                except StoreError as exc:
                    self.report.errors.append(t("{where}: {error}", where=where, error=text_of(exc)))
                    continue
            mine_row = rule.find(self, row)
            base = self.base(table, their_id)
            if mine_row is None:
                if not rule.insertable:
                    self.report.errors.append(t("{where}: {record} does not exist here; not merged.", where=where,
                                                record=rule.label(row)))
                    continue
                try:
                    values = rule.write(self, theirs, row)
                except StoreError as exc:
                    self.report.errors.append(t("{where}: {error}", where=where, error=text_of(exc)))
                    continue
                self._insert(table, their_id, values)
                self.report.added.append(t("{table} {record}", table=term("TABLE", table), record=rule.label(row)))
                self.set_base(table, their_id, theirs, base)
                continue
            mine = rule.canonical(self, mine_row)
            differ = [f for f in rule.fields if not _same(mine.get(f), theirs.get(f))]
            if not differ:
                if base is None or any(not _same(base.get(f), theirs.get(f)) for f in rule.fields):
                    self.set_base(table, their_id, theirs, base)
                continue
            if base is not None:
                theirs_changed = [f for f in rule.fields if not _same(base.get(f), theirs.get(f))]
                mine_changed = [f for f in rule.fields if not _same(base.get(f), mine.get(f))]
                if not theirs_changed:
                    continue  # only ours changed since the last match: keep ours
                conflict = bool(mine_changed)
            else:
                conflict = mine_row.get("created_at") != mine_row.get("updated_at")
            label = t("{table} {record}", table=term("TABLE", table), record=rule.label(mine_row))
            if not conflict:
                self._update(rule, mine_row, {f: theirs[f] for f in differ}, row)
                self.report.updated.append(label)
                self.set_base(table, their_id, theirs, base)
                continue
            fields = {f: ((base or {}).get(f), mine.get(f), theirs.get(f)) for f in differ}
            decision = self.decisions.get((table, their_id)) or (self.resolve if self.resolve != "ask" else None)
            if decision is None:
                self.report.conflicts.append(Conflict(table, their_id, mine_row["id"], label, fields))
                continue
            chosen = {f: theirs[f] for f in differ
                      if (decision if isinstance(decision, str) else decision.get(f, "mine")) == "theirs"}
            if chosen:
                self._update(rule, mine_row, chosen, row)
            self.report.resolved.append(label)
            self.set_base(table, their_id, theirs, base)
        self.flush()

    def _insert(self, table: str, their_id: str, values: dict) -> None:
        if self.store.exists(table, their_id):
            values = {k: v for k, v in values.items() if k != "id"}
        else:
            values = {"id": their_id, **values}
        if table in self.pending:
            self.pending[table].append(values)
            return
        record_id = self.act.insert(table, values)
        if table == "organisation" and self._organisations is not None:
            self._organisations.setdefault(normalise(values.get("name")), record_id)

    def _update(self, rule: TableRule, mine_row: dict, canonical: dict, row: dict) -> None:
        columns = rule.write(self, canonical, row, partial=True)
        changed = self.act.update(rule.sheet.key, mine_row["id"], columns)
        if rule.sheet.key in ("objective", "worksite"):  # a strategy text changed: its origin is an edit
            strategy_edits.mark_edited(self.act, rule.sheet.key, mine_row["id"], changed)
        if rule.sheet.key == "organisation":
            self._organisations = None


def _same(a, b) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b or same_as_exported(b, a)


# ---- the rules per table -------------------------------------------------------------------

def _by_id_or(sql_by_key: str, key: Callable[[dict], list]):
    def find(merge: Merge, row: dict) -> dict | None:
        table = sql_by_key.split()[3]
        if merge.store.exists(table, row["id"]):
            return merge.store.get(table, row["id"])
        params = key(row)
        if any(p in (None, "") for p in params):
            return None
        found = merge.store.rows(sql_by_key, params)
        if not found and table in ("objective", "worksite"):  # a code of an earlier revision (#21)
            record, _former = revisions.resolve_code(merge.store, table, params[0])
            return record
        return found[0] if found else None
    return find


def _find_organisation(merge: Merge, row: dict) -> dict | None:
    if merge.store.exists("organisation", row["id"]):
        return merge.store.get("organisation", row["id"])
    local = merge.organisation_id(row.get("name"))
    return merge.store.get("organisation", local) if local else None


def _find_person(merge: Merge, row: dict) -> dict | None:
    if merge.store.exists("person", row["id"]):
        return merge.store.get("person", row["id"])
    organisation = merge.organisation_id(row.get("organisation"))
    for person in merge.store.rows("SELECT * FROM person WHERE organisation_id IS ?", [organisation]):
        if normalise(person["full_name"]) == normalise(row.get("full_name")):
            return person
    return None


def _plain(fields: tuple[str, ...]):
    def canonical(merge: Merge, row: dict) -> dict:
        return {f: row.get(f) for f in fields}

    def write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
        return {f: values[f] for f in fields if f in values}
    return canonical, write


ORG_FIELDS = ("name", "short_name", "kind", "website", "email", "phone", "notes")
PERSON_FIELDS = ("full_name", "organisation", "function", "email", "phone", "notes")
OBJECTIVE_FIELDS = ("title", "general_objectives", "status_2025", "priority_type", "priority_type_text")
WORKSITE_FIELDS = ("title", "steering_bodies", "description")
COMMITMENT_FIELDS = ("worksite", "title", "description", "status", "progress", "health", "lead", "due_date", "notes")


def _person_canonical(merge: Merge, row: dict) -> dict:
    result = {f: row.get(f) for f in PERSON_FIELDS if f != "organisation"}
    result["organisation"] = merge.store.scalar("SELECT name FROM organisation WHERE id = ?",
                                                [row.get("organisation_id")])
    return result


def _person_write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
    result = {f: values[f] for f in PERSON_FIELDS if f in values and f != "organisation"}
    if "organisation" in values:
        result["organisation_id"] = merge.organisation_id(values["organisation"])
    return result


def _commitment_canonical(merge: Merge, row: dict) -> dict:
    result = {f: row.get(f) for f in COMMITMENT_FIELDS if f not in ("worksite", "lead")}
    result["worksite"] = merge.store.scalar("SELECT code FROM worksite WHERE id = ?", [row["worksite_id"]])
    result["lead"] = merge.store.scalar("SELECT name FROM organisation WHERE id = ?", [row.get("lead_organisation_id")])
    return result


def _commitment_write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
    result = {f: values[f] for f in COMMITMENT_FIELDS if f in values and f not in ("worksite", "lead")}
    if "worksite" in values:
        record, _former = revisions.resolve_code(merge.store, "worksite", values["worksite"])
        worksite = record["id"] if record else None
        if worksite is None:
            raise ConsolidationRefused(t("there is no worksite {code} here", code=values["worksite"]))
        result["worksite_id"] = worksite
    if "lead" in values:
        result["lead_organisation_id"] = merge.organisation_id(values["lead"])
    if not partial:
        result = {k: v for k, v in result.items() if v is not None}
        result.setdefault("status", "not_started")
        result.setdefault("progress", 0)
        progress = result.get("progress")
        result = commitments.clean(merge.store, result)
        if progress is not None:
            result["progress"] = progress
        code = row.get("code")
        worksite_code = merge.store.scalar("SELECT code FROM worksite WHERE id = ?", [result["worksite_id"]])
        if (not code or not code.startswith(f"{worksite_code}-")  # numbered under a former code (#21)
                or not merge.code_free(code)):
            code = merge.next_code(result["worksite_id"])
        merge.codes.add(code)
        result["code"] = code
    return result


def _texts(table: str, fields: tuple[str, ...]):
    """An objective's or worksite's fields as a workbook in its language shows them: a French export holds
    the French texts (Dutch where a text has none) and brings changes back to the French columns."""
    def french(merge: Merge) -> dict[str, str]:
        if strategy_texts.text_language(merge.book.language) != "fr":
            return {}
        return {f: strategy_texts.french_column(table, f) for f in fields if strategy_texts.french_column(table, f)}

    def canonical(merge: Merge, row: dict) -> dict:
        columns = french(merge)
        return {f: (row.get(columns[f]) or row.get(f)) if f in columns else row.get(f) for f in fields}

    def write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
        columns = french(merge)
        return {columns.get(f, f): values[f] for f in fields if f in values}
    return canonical, write


_org_canonical, _org_write = _plain(ORG_FIELDS)
_objective_canonical, _objective_write = _texts("objective", OBJECTIVE_FIELDS)
_worksite_canonical, _worksite_write = _texts("worksite", WORKSITE_FIELDS)

RULES = (
    TableRule(spec.ORGANISATIONS, ORG_FIELDS, _find_organisation, _org_canonical, _org_write),
    TableRule(spec.CONTACTS, PERSON_FIELDS, _find_person, _person_canonical, _person_write,
              label=lambda r: str(r.get("full_name"))),
    TableRule(spec.OBJECTIVES, OBJECTIVE_FIELDS, _by_id_or("SELECT * FROM objective WHERE code = ?",
                                                           lambda r: [r.get("code")]),
              _objective_canonical, _objective_write, insertable=False,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
    TableRule(spec.WORKSITES, WORKSITE_FIELDS, _by_id_or("SELECT * FROM worksite WHERE code = ?",
                                                         lambda r: [r.get("code")]),
              _worksite_canonical, _worksite_write, insertable=False,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
    TableRule(spec.COMMITMENTS, COMMITMENT_FIELDS, lambda m, r: m.store.get("commitment", r["id"])
              if m.store.exists("commitment", r["id"]) else None,
              _commitment_canonical, _commitment_write,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
)


def merge_memberships(merge: Merge) -> None:
    """Memberships are added when missing (objective code, organisation or contact, role)."""
    for number, row in records(merge.book, spec.MEMBERSHIPS):
        objective = merge.store.scalar("SELECT id FROM objective WHERE code = ?", [row.get("objective")])
        organisation = merge.organisation_id(row.get("organisation"))
        role = row.get("role")
        if objective is None or organisation is None or role is None or row.get("person"):
            continue
        if merge.store.scalar("SELECT 1 FROM membership WHERE objective_id = ? AND organisation_id = ? AND role = ?",
                              [objective, organisation, role]):
            continue
        merge.act.insert("membership", {"objective_id": objective, "organisation_id": organisation, "role": role,
                                        "name_as_printed": row.get("name_as_printed")})
        merge.report.added.append(t("membership {objective} {organisation}", objective=row.get("objective"),
                                    organisation=row.get("organisation")))


class _DryRun(Exception):
    pass


def consolidate_file(store: Store, path: Path | str, resolve: str = "ask", decisions: dict | None = None,
                     dry_run: bool = False, cancelled=None, backup_first: bool = True) -> FileReport:
    """Merge one export workbook, as one action named after it. `cancelled()` (a window's job) is asked
    between the sheets: then `Cancelled` is raised and the action rolled back."""
    path = Path(path)
    try:
        book = read_export(path)
    except UnreadableFile:
        raise
    if book.source_id == store.meta("database_id"):
        raise ConsolidationRefused(t("{file}: this workbook was exported from this database itself; "
                                     "there is nothing to consolidate.", file=path.name))
    report = FileReport(path.name, book.source_id)
    mapped = check_revision(store, book)
    if mapped:
        report.notes.append(mapped)
    if not dry_run and backup_first:
        backup.backup_before(store, "consolidation")
    try:
        with store.action(t("Consolidate {file}", file=path.name), source=path.name) as act:
            merge = Merge(act, book, decisions or {}, resolve, report)
            for rule in RULES:
                if cancelled is not None and cancelled():
                    raise Cancelled(t("{file}: the consolidation was cancelled; nothing of it was written.",
                                      file=path.name))
                merge.run(rule)
            merge_memberships(merge)
            merge.flush()
            if dry_run:
                raise _DryRun
        report.change_set_id = act.changes.change_set_id
        report.changes = act.changes
    except _DryRun:
        pass
    return report


def consolidate_files(store: Store, paths: list[Path], resolve: str = "ask", decisions: dict | None = None,
                      dry_run: bool = False) -> list[FileReport]:
    """Merge several workbooks, each as its own action, after one backup of the database (#19: a backup
    before every file copied the growing file again and again, 17 copies for 17 committees)."""
    if paths and not dry_run:
        backup.backup_before(store, "consolidation")
    return [consolidate_file(store, path, resolve, (decisions or {}).get(Path(path).name), dry_run,
                             backup_first=False) for path in paths]
