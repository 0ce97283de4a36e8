"""The three-way comparison of consolidation: for each record of a workbook, its values, ours and
those both held at the last consolidation (`merge_base`), decide what is taken, kept, added or in
conflict (see `consolidate.py`); `Merge` does it for one file inside its action, table by table,
with the rules of `merge_rules.py`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from ..db import commitments, strategy_edits
from ..db import validation as check
from ..db.errors import StoreError
from . import sheets as spec
from .cells import same_as_exported
from .headers import normalise
from ..texts import Words, join, t, term, text_of
from .committee_workbook import ExportWorkbook, records

Decision = str | dict  # "mine" | "theirs" | {field: "mine" | "theirs"}


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
        for table, rows in self.pending.items():
            if rows:
                self.act.insert_many(table, rows)
                rows.clear()

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
