"""The store: one open database file, and the only way the program writes to it.

Every user action is `with store.action("label") as act:` around `act.insert/update/delete`:
one IMMEDIATE transaction, one `change_set` row, one change-log row per field changed, and on
leaving the block a `Changes` value saying which records changed (views refresh only those).

Size (about 530 lines): `Changes`, `Action` and `Store` are the one write path and share its
invariants (one transaction, every field logged, what changed returned); kept in one module on purpose.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator


from ..texts import Text, t, term
from . import connection
from .errors import (Cancelled, ConflictError, DatabaseExists, EmptyFile, NewerSchema, NotADatabase, NotFound,
                     NotOurs, ReadOnlyDatabase, StoreError)
from .schema import SCHEMA_VERSION, migrations, step_names
from .schema.steps import applied_steps

SKIP_LOG_FIELDS = {"id", "created_at", "updated_at"}


def _text_columns(label) -> tuple[str | None, str | None]:
    """(label_template, label_params) for a Text label; (None, None) for a plain string."""
    if isinstance(label, Text):
        return label.template, label.params_json()
    return None, None


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: still record something honest
        return "unknown"


# Only the window cancels a copy (its Cancel button), and says so in its own words (ui, tr()).
COPY_CANCELLED = "copy cancelled"


@dataclass
class Changes:
    """What one action changed: record ids per table, by kind of change, and per record the fields
    that changed with their old and new values (`fields`) and the record as the action left it
    (`rows`; as it was, for a deleted one). Views refresh from this, without reading the change log."""

    change_set_id: str | None = None
    label: str = ""
    inserted: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    fields: dict[tuple[str, str], dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def add(self, kind: dict, table: str, record_id: str) -> None:
        kind.setdefault(table, set()).add(record_id)

    def record(self, table: str, record_id: str, changed: dict[str, tuple[Any, Any]], row: dict[str, Any]) -> None:
        """Note what one write did to a record (several writes in one action: first old, last new)."""
        known = self.fields.setdefault((table, record_id), {})
        for name, (old, new) in changed.items():
            known[name] = (known[name][0] if name in known else old, new)
        self.rows[(table, record_id)] = row

    def fields_changed(self, table: str) -> dict[str, set[str]] | None:
        """The fields updated in `table`, by record id (inserted and deleted records are not listed);
        None when a record's fields are not known (a `Changes` made by hand)."""
        updated = self.updated.get(table, ())
        if any((table, record_id) not in self.fields for record_id in updated):
            return None
        return {record_id: set(self.fields[(table, record_id)]) for record_id in updated}

    def values(self, table: str, column: str) -> set | None:
        """The values `column` held, before or after the action, in the records of `table` it changed
        (e.g. the worksites whose figures an edit of commitments changed); None when not known."""
        found = set()
        for record_id in self.ids(table):
            row = self.rows.get((table, record_id))
            if row is None:
                return None
            found.add(row.get(column))
            if record_id in self.updated.get(table, ()) and column in self.fields.get((table, record_id), {}):
                found.update(self.fields[(table, record_id)][column])  # the value it had before too
        return found

    def tables(self) -> set[str]:
        return set(self.inserted) | set(self.updated) | set(self.deleted)

    def ids(self, table: str) -> set[str]:
        return (self.inserted.get(table, set()) | self.updated.get(table, set())
                | self.deleted.get(table, set()))

    def __bool__(self) -> bool:
        return bool(self.tables())

    def merge(self, other: "Changes") -> None:
        for mine, theirs in ((self.inserted, other.inserted), (self.updated, other.updated),
                             (self.deleted, other.deleted)):
            for table, ids in theirs.items():
                mine.setdefault(table, set()).update(ids)
        for (table, record_id), changed in other.fields.items():
            self.record(table, record_id, changed, other.rows.get((table, record_id), {}))


class Action:
    """The writes of one user action, inside its transaction. Use through `Store.action`."""

    def __init__(self, store: "Store", change_set_id: str, at: str):
        self.store = store
        self.db = store.db
        self.change_set_id = change_set_id
        self.at = at
        self.changes = Changes(change_set_id=change_set_id)

    def _log(self, op: str, table: str, record_id: str, field_name=None, old=None, new=None) -> None:
        self.db.execute(
            "INSERT INTO change_log (change_set_id, at, author, op, table_name, record_id, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self.change_set_id, self.at, self.store.author, op, table, record_id, field_name, old, new],
        )

    def insert(self, table: str, values: dict[str, Any]) -> str:
        """Insert a record (an `id` is made if missing); every non-empty field is logged."""
        row = dict(values)
        row.setdefault("id", new_id())
        row.setdefault("created_at", self.at)
        row["updated_at"] = self.at
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))
        self._log("insert", table, row["id"])
        for name, value in row.items():
            if name not in SKIP_LOG_FIELDS and value is not None and value != "":
                self._log("insert", table, row["id"], name, None, value)
        self.changes.add(self.changes.inserted, table, row["id"])
        self.changes.record(table, row["id"], {k: (None, v) for k, v in row.items() if k not in SKIP_LOG_FIELDS}, row)
        return row["id"]

    def insert_many(self, table: str, records: list[dict[str, Any]]) -> list[str]:
        """`insert` for many records of one table (imports), in order: one statement per run of records
        with the same fields and the change log in one go; the same rows, log and `changes` as `insert`."""
        rows = []
        log = []
        for values in records:
            row = dict(values)
            row.setdefault("id", new_id())
            row.setdefault("created_at", self.at)
            row["updated_at"] = self.at
            rows.append(row)
            record_id = row["id"]
            log.append((self.change_set_id, self.at, self.store.author, "insert", table, record_id, None, None, None))
            log.extend((self.change_set_id, self.at, self.store.author, "insert", table, record_id, name, None, value)
                       for name, value in row.items()
                       if name not in SKIP_LOG_FIELDS and value is not None and value != "")
        # runs of consecutive records that can share one statement: the same fields among those with
        # a default value (a field left out of the others is NULL, as when it is not given)
        defaults = self.store.columns_with_default(table)
        start = 0
        while start < len(rows):
            signature = defaults.intersection(rows[start])
            end = start + 1
            while end < len(rows) and defaults.intersection(rows[end]) == signature:
                end += 1
            fields = list(dict.fromkeys(name for row in rows[start:end] for name in row))
            names = ", ".join(f'"{name}"' for name in fields)
            self._write_staged(f'INSERT INTO "{table}" ({names}) SELECT {{columns}} FROM {{staging}} ORDER BY rowid',
                               [tuple(row.get(name) for name in fields) for row in rows[start:end]])
            start = end
        self._log_many(log)
        ids = [row["id"] for row in rows]
        if ids:
            self.changes.inserted.setdefault(table, set()).update(ids)
            for row in rows:
                self.changes.record(table, row["id"], {k: (None, v) for k, v in row.items()
                                                       if k not in SKIP_LOG_FIELDS}, row)
        return ids

    def _log_many(self, log: list[tuple]) -> None:
        self.db.conn.executemany(
            "INSERT INTO change_log (change_set_id, at, author, op, table_name, record_id, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log)

    def _write_staged(self, sql: str, rows: list[tuple], params: tuple = ()) -> None:
        """Run `sql` once over `rows` staged in a temporary table (issue 19).

        `sql` names the staged columns `{columns}` (c0, c1, ...) and the table `{staging}`. One statement
        for all rows instead of one per row: the full-text indexes kept by triggers (search, trigram)
        then write their pending entries once at the end of the statement; per row, FTS5 wrote a
        segment of its own and merged segments again and again (30 statements per commitment, 8,000
        new commitments in 1.5-4.7 s instead of 0.5-0.9 s at 50,000).
        """
        if not rows:
            return
        width = len(rows[0])
        staging = f"temp.g4b_staging_{width}"
        columns = ", ".join(f"c{n}" for n in range(width))
        self.db.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS g4b_staging_{width} ({columns})")
        try:
            self.db.conn.executemany(f"INSERT INTO {staging} VALUES ({', '.join('?' * width)})", rows)
            self.db.conn.execute(sql.format(columns=columns, staging=staging), params)
        finally:
            self.db.conn.execute(f"DELETE FROM {staging}")

    def update(self, table: str, record_id: str, values: dict[str, Any],
               expected: dict[str, Any] | None = None) -> dict[str, tuple[Any, Any]]:
        """Set fields of one record; returns {field: (old, new)} for the fields that changed.

        `expected` holds the values the editor saw; if the record holds something else now, the
        save is refused with `ConflictError` instead of overwriting a change made elsewhere.
        """
        current = self.store.get(table, record_id)
        for name, seen in (expected or {}).items():
            if current.get(name) != seen:  # named by its code or name when it has one (#17)
                raise ConflictError(table, record_id, name, seen, current.get(name),
                                    name=current.get("code") or current.get("name") or current.get("full_name"))
        changed = {k: (current.get(k), v) for k, v in values.items() if current.get(k) != v}
        if not changed:
            return {}
        assignments = ", ".join(f'"{k}" = ?' for k in changed)
        self.db.execute(
            f'UPDATE "{table}" SET {assignments}, updated_at = ? WHERE id = ?',
            [new for _, new in changed.values()] + [self.at, record_id],
        )
        for name, (old, new) in changed.items():
            self._log("update", table, record_id, name, old, new)
        self.changes.add(self.changes.updated, table, record_id)
        self.changes.record(table, record_id, changed, {**current, **values, "updated_at": self.at})
        return changed

    def update_many(self, table: str, updates: list[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, tuple]]:
        """`update` for many records of one table (imports), in order: the records read in one query,
        the change log in one go, one statement per set of changed fields; the same rows, log and
        `changes` as `update` one by one (a record changed twice is logged twice and written once).
        Returns {record id: {field: (old, new)}} for the records changed."""
        ids = [record_id for record_id, _ in updates]
        cursor = self.db.execute(f'SELECT * FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))',
                                 [json.dumps(ids)])
        names = [d[0] for d in cursor.description]
        current = {row["id"]: row for row in (dict(zip(names, values)) for values in cursor.fetchall())}
        written: dict[str, dict[str, Any]] = {}   # record id -> its fields' new values
        log = []
        result: dict[str, dict[str, tuple]] = {}
        for record_id, values in updates:
            record = current.get(record_id)
            if record is None:
                raise NotFound(t("No {table} with id {id}.", table=term("TABLE", table), id=record_id))
            changed = {k: (record.get(k), v) for k, v in values.items() if record.get(k) != v}
            if not changed:
                continue
            record.update({k: v for k, (_, v) in changed.items()})
            written.setdefault(record_id, {}).update({k: v for k, (_, v) in changed.items()})
            previous = result.setdefault(record_id, {})
            for name, (old, new) in changed.items():
                previous[name] = (previous[name][0] if name in previous else old, new)
            log.extend((self.change_set_id, self.at, self.store.author, "update", table, record_id, name, old, new)
                       for name, (old, new) in changed.items())
        groups: dict[tuple, list[tuple]] = {}
        for record_id, values in written.items():
            groups.setdefault(tuple(values), []).append((record_id, *values.values()))
        for fields, rows in groups.items():
            assignments = ", ".join(f'"{name}" = s.c{n + 1}' for n, name in enumerate(fields))
            self._write_staged(f'UPDATE "{table}" SET {assignments}, updated_at = ? FROM {{staging}} AS s '
                               f'WHERE "{table}".id = s.c0', rows, (self.at,))
        self._log_many(log)
        if result:
            self.changes.updated.setdefault(table, set()).update(result)
        return result

    def delete(self, table: str, record_id: str, label: str | None = None) -> str:
        """Delete a record and what cascades from it, keeping all of it in the trash; returns the trash id."""
        rows: list[dict] = []
        nulled: list[dict] = []
        self._collect(table, record_id, rows, nulled)
        trash_id = new_id()
        payload = {"rows": rows, "nulled": [{k: v for k, v in item.items() if k != "row"} for item in nulled]}
        label = label or _record_label(rows[0]["values"])
        self.db.execute(
            "INSERT INTO trash (id, change_set_id, table_name, record_id, label, rows, deleted_at, author, "
            "label_template, label_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [trash_id, self.change_set_id, table, record_id, str(label),
             json.dumps(payload, ensure_ascii=False), self.at, self.store.author,
             *_text_columns(label)],
        )
        for item in nulled:
            self._log("update", item["table"], item["id"], item["field"], item["old"], None)
            self.changes.add(self.changes.updated, item["table"], item["id"])
            self.changes.record(item["table"], item["id"], {item["field"]: (item["old"], None)},
                                {**item["row"], item["field"]: None, "updated_at": self.at})
        for row in reversed(rows):
            self._log("delete", row["table"], row["values"]["id"])
            self.changes.add(self.changes.deleted, row["table"], row["values"]["id"])
            self.changes.record(row["table"], row["values"]["id"],
                                {k: (v, None) for k, v in row["values"].items() if k not in SKIP_LOG_FIELDS},
                                row["values"])
        self.db.execute(f'DELETE FROM "{table}" WHERE id = ?', [record_id])
        return trash_id

    def _collect(self, table: str, record_id: str, rows: list, nulled: list) -> None:
        row = self.store.get(table, record_id)
        rows.append({"table": table, "values": row})
        for child, fk_column, on_delete in self.store.referencing(table):
            if on_delete == "CASCADE":
                for (child_id,) in self.db.execute(
                        f'SELECT id FROM "{child}" WHERE "{fk_column}" = ?', [record_id]).fetchall():
                    self._collect(child, child_id, rows, nulled)
            elif on_delete == "SET NULL":
                for row in self.store.rows(f'SELECT * FROM "{child}" WHERE "{fk_column}" = ?', [record_id]):
                    nulled.append({"table": child, "id": row["id"], "field": fk_column, "old": record_id, "row": row})

    def restore(self, trash_id: str) -> None:
        """Put back what one deletion took away, with the same ids."""
        entry = self.db.execute("SELECT rows FROM trash WHERE id = ?", [trash_id]).fetchone()
        if entry is None:
            raise NotFound(t("Nothing in the trash with id {id}.", id=trash_id))
        payload = json.loads(entry[0])
        for row in payload["rows"]:
            values = dict(row["values"])
            self.insert(row["table"], values)
        for item in payload["nulled"]:
            if self.store.exists(item["table"], item["id"]):
                self.update(item["table"], item["id"], {item["field"]: item["old"]})
        self.db.execute("DELETE FROM trash WHERE id = ?", [trash_id])

    def revert(self, change_set_id: str, strict: bool = False) -> None:
        """Undo a whole earlier change set (an import, a consolidation) as part of this action; `strict`:
        refuse (ConflictError) when a field it set was changed again since."""
        entries = self.store.rows(
            "SELECT op, table_name, record_id, field, old_value, new_value FROM change_log "
            "WHERE change_set_id = ? ORDER BY seq DESC", [change_set_id])
        trash = {(r["table_name"], r["record_id"]): r["id"] for r in self.store.rows(
            "SELECT id, table_name, record_id FROM trash WHERE change_set_id = ?", [change_set_id])}
        for op, table, record_id, old_values, new_values in _revert_steps(entries):
            if op == "insert":
                if self.store.exists(table, record_id):
                    self.delete(table, record_id)
            elif op == "update":
                if self.store.exists(table, record_id):
                    if strict:  # a field already back (a restore put back what a deletion nulled) is left
                        current = self.store.get(table, record_id)
                        old_values = {k: v for k, v in old_values.items() if current.get(k) != v}
                    self.update(table, record_id, old_values,
                                expected={k: new_values[k] for k in old_values} if strict else None)
                elif strict:
                    name = next(iter(old_values))
                    raise ConflictError(table, record_id, name, new_values[name], None)
            elif op == "delete" and (table, record_id) in trash:
                self.restore(trash.pop((table, record_id)))
            elif op == "delete" and not self.store.exists(table, record_id):
                # restored from the trash since, then deleted again (an undone restore): its newest entry
                later = self.store.scalar("SELECT id FROM trash WHERE table_name = ? AND record_id = ? "
                                          "ORDER BY deleted_at DESC, rowid DESC LIMIT 1", [table, record_id])
                if later is not None:
                    self.restore(later)


def _record_label(values: dict[str, Any]) -> str:
    """How the trash names a record deleted without a label (an undone addition or restore): its code
    and title or name, as the features' own deletions name them; its id if it has neither."""
    name = (values.get("title") or values.get("name") or values.get("full_name") or values.get("date")
            or values.get("year"))
    text = " ".join(str(part) for part in (values.get("code"), name) if part)
    return text or str(values.get("id"))


def _revert_steps(entries: list[dict]) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    """The change log of a change set (newest first) as (op, table, record_id, old values, new values) steps.

    The fields one update changed are set back together in one statement: set back one at a time,
    a record would pass through states its CHECK constraints refuse (approved minutes without
    their approval date). Fields changed more than once in a row get their oldest value; the new
    values are the newest (what the record holds if nothing changed it since).
    """
    step: tuple[str, str, str, dict[str, Any], dict[str, Any]] | None = None
    for entry in entries:
        table, record_id, name = entry["table_name"], entry["record_id"], entry["field"]
        if entry["op"] == "update":
            if step is not None and step[:3] == ("update", table, record_id):
                step[3][name] = entry["old_value"]
                step[4].setdefault(name, entry["new_value"])
                continue
            if step is not None:
                yield step
            step = ("update", table, record_id, {name: entry["old_value"]}, {name: entry["new_value"]})
            continue
        if step is not None:
            yield step
            step = None
        if entry["op"] == "insert" and name is None:
            yield ("insert", table, record_id, {}, {})
        elif entry["op"] == "delete":
            yield ("delete", table, record_id, {}, {})
    if step is not None:
        yield step


def inspect(path: Path) -> connection.Database:
    """Open `path` read-only and make sure it is ours and untouched; the open connection is returned.

    Refused with a sentence: a SQLite file of another program (application id 0 with tables that
    are not ours), a SQLite file without any table (empty), schema steps of a newer program, and
    a schema that differs from the one its steps make.
    """
    from . import schema_guard

    stamped = connection.is_stamped(path)
    db = connection.connect(path, readonly=True, immutable=not stamped)
    try:
        objects = connection.schema_objects(db.conn)
        steps = applied_steps(db.conn)
        if not stamped and not steps:
            if not objects:
                raise EmptyFile(t("{path}: the file is an empty SQLite database, not a Go4Brussels database yet. "
                                  "Create one there with: g4b init --db {path}", path=str(path)))
            raise NotOurs(t("{path}: a SQLite database of another program (it holds {count} tables that are not "
                            "Go4Brussels records), not a Go4Brussels database; it was not changed.",
                            path=str(path), count=sum(1 for o in objects if o[0] == "table")))
        known = set(step_names())
        unknown = [name for name in steps if name not in known]
        if unknown:
            raise NewerSchema(t(
                "{path}: this database has schema steps this program does not know "
                "({steps}); it was written by a newer version.", path=str(path), steps=", ".join(unknown)))
        found = schema_guard.differences(db.conn, steps)
        if found:
            raise NotOurs(t("{path}: the structure of this database is not the one Go4Brussels Desktop writes "
                            "({differences}); it may have been tampered with. It was not opened and not changed.",
                            path=str(path), differences=schema_guard.summary(found)))
    except sqlite3.DatabaseError as exc:
        db.close()
        stopped = connection.stopped_query(exc, path, db.watchdog)
        if stopped is not None:
            raise stopped from exc
        raise NotADatabase(t("{path}: the file is damaged and cannot be read (SQLite: {detail}).",
                             path=str(path), detail=str(exc))) from exc
    except BaseException:
        db.close()
        raise
    return db


class Store:
    """An open Go4Brussels database. Create with `Store.open` or `Store.create`."""

    def __init__(self, db: connection.Database, path: Path, author: str, readonly: bool):
        self.db = db
        self.path = path
        self.author = author
        self.readonly = readonly
        self.wait = 0.0  # seconds a write waits for another writer of the file to finish
        self.on_wait: Any = None  # told the sentence (a `Text`) when a write starts waiting (the command line prints it)
        self._lock = None
        self._references: dict[str, list[tuple[str, str, str]]] | None = None
        self._defaults: dict[str, frozenset[str]] = {}

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, author: str | None = None) -> "Store":
        """Create a new database file with the current schema; refuses an existing file."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise DatabaseExists(t("{path}: the file exists already; it is not overwritten.", path=str(path)))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = connection.connect(path)
        store = cls(db, path, author or default_author(), readonly=False)
        store._migrate(backup=False)
        with db.atomic():
            db.execute("INSERT INTO meta (key, value) VALUES ('database_id', ?)", [new_id()])
            db.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", [now_iso()])
        return store

    @classmethod
    def open(cls, path: Path | str, author: str | None = None, readonly: bool = False,
             backup_dir: Path | None = None, wait: float = 0) -> "Store":
        """Open an existing database, upgrading its schema (after a backup) if it is older.

        The file is first looked at read-only (reliability #17): a file of another program, an
        empty one, or one whose schema is not the one this program writes (a view in place of a
        table, a foreign trigger) is refused with a sentence and stays byte-identical, as does a
        file written by a newer program. A file that cannot be written (read-only, or in a folder
        that cannot be written) is opened read-only; an older one is then upgraded in memory only.
        `wait`: seconds a write waits for the window (or another command) to let go of the file.
        """
        path = Path(path)
        connection.check_file(path)
        if path.stat().st_size == 0:
            raise EmptyFile(t("{path}: the file is empty (0 bytes); it is not a Go4Brussels database yet. "
                              "Create one there with: g4b init --db {path}", path=str(path)))
        version = connection.header_user_version(path)
        if version > SCHEMA_VERSION:
            raise NewerSchema(t(
                "{path}: this database was written by a newer version of Go4Brussels Desktop "
                "(schema {version}; this program knows up to {known}). "
                "Install the newer version to open it; the file was not changed.",
                path=str(path), version=version, known=SCHEMA_VERSION))
        looked = inspect(path)
        if not readonly and not connection.writable(path):
            readonly = True
        if readonly:
            db = looked
        else:
            looked.close()
            try:
                db = connection.connect(path)
            except ReadOnlyDatabase:
                db = connection.connect(path, readonly=True)
                readonly = True
        store = cls(db, path, author or default_author(), readonly)
        store.wait = wait
        try:
            if store.pending_steps():
                if readonly:
                    return store._upgraded_in_memory()
                store._migrate(backup=True, backup_dir=backup_dir)
        except BaseException:
            store.close()
            raise
        return store

    def _upgraded_in_memory(self) -> "Store":
        """An older file that cannot be written: a copy in memory, upgraded, for reading."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            self.db.conn.backup(memory)
        finally:
            self.db.close()
        connection.guard(memory, trusted=True)  # inspected already; the upgrade writes the full-text index
        memory.execute("PRAGMA foreign_keys = ON")
        memory.execute("PRAGMA recursive_triggers = ON")
        self.db = connection.Database(memory, self.path, readonly=True)
        migrations.migrations().apply(self.db.utils)
        self._references = None
        return self

    def _check_known_steps(self) -> None:
        known = set(step_names())
        applied = applied_steps(self.db.conn)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise NewerSchema(t(
                "{path}: this database has schema steps this program does not know "
                "({steps}); it was written by a newer version.", path=str(self.path), steps=", ".join(unknown)))

    def pending_steps(self) -> list[str]:
        applied = set(applied_steps(self.db.conn))
        return [name for name in step_names() if name not in applied]

    def _migrate(self, backup: bool, backup_dir: Path | None = None) -> Path | None:
        self._writer_lock()
        copy = None
        if backup and self.table_exists("meta"):
            from .backup import backup_before  # backup imports integrity, which needs the schema

            copy = backup_before(self, "upgrade", backup_dir)
        migrations.migrations().apply(self.db.utils)
        self.db.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
        self.db.execute(f"PRAGMA user_version = {len(applied_steps(self.db.conn))}")
        self._references = None
        self._defaults = {}
        return copy

    def copy_to(self, target: Path | str, progress=None, cancelled=None) -> Path:
        """A consistent copy of the open database through SQLite's backup API (never a raw file copy).

        With `progress(percent)` / `cancelled()` (the window's job) it is copied in steps of 4 MB;
        `cancelled()` true stops it with `Cancelled`: the partial copy is removed, no target is made."""
        target = Path(target)
        partial = target.with_name(target.name + ".partial")
        if partial.exists():
            partial.unlink()

        def step(status, remaining, total) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(COPY_CANCELLED)
            if progress is not None and total:
                progress(int(100 * (total - remaining) / total))

        stepped = progress is not None or cancelled is not None
        dest = sqlite3.connect(str(partial))
        try:
            if stepped:
                self.db.conn.backup(dest, pages=1024, progress=step)
                step(0, 0, 1)
            else:
                self.db.conn.backup(dest)
        except BaseException:
            dest.close()
            partial.unlink(missing_ok=True)
            raise
        dest.close()
        shutil.move(str(partial), str(target))
        return target

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _writer_lock(self) -> None:
        """Take the file's writer lock before the first write (reliability #17): a window on the
        file (through any path to it) or another command writing it makes this refuse, or wait
        `self.wait` seconds, with a sentence."""
        from .writer_lock import DatabaseInUse, WriterLock, held_in_this_process

        if self._lock is None and not held_in_this_process(self.path):
            lock = WriterLock(self.path)
            notice = self.on_wait
            waiting = (lambda: notice(t(  # noqa: E731
                "{path}: the database is open in Go4Brussels Desktop or another g4b command; waiting up to "
                "{seconds} seconds for it to be closed…", path=str(self.path), seconds=int(self.wait))))
            if not lock.acquire_waiting(self.wait, waiting if self.wait and notice else None):
                raise DatabaseInUse(t(
                    "{path}: the database is open in Go4Brussels Desktop (or another g4b command is writing "
                    "it); nothing was changed. Close it there first, or add --wait to wait for it.",
                    path=str(self.path)))
            self._lock = lock
        self.db.use_wal()  # a received file becomes WAL at its first write, not when it is opened

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def action(self, label: str, source: str | None = None, context: tuple[str, str] | None = None
               ) -> Iterator[Action]:
        """One user action: one transaction, one change set; all or nothing.

        `label` is best a `texts.t(...)` Text: history then shows it in the user's language.
        """
        if self.readonly:
            raise ReadOnlyDatabase(t("{path}: the database is open read-only; nothing was changed.",
                                     path=str(self.path)))
        conn = self.db.conn
        if conn.in_transaction:
            raise StoreError(t("An action is already running; actions do not nest."))
        self._writer_lock()
        at = now_iso()
        change_set_id = new_id()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT INTO change_set (id, at, author, label, source, context_table, context_id, "
                "label_template, label_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [change_set_id, at, self.author, str(label), source,
                 context[0] if context else None, context[1] if context else None, *_text_columns(label)],
            )
            act = Action(self, change_set_id, at)
            act.changes.label = label
            yield act
            if act.changes:
                conn.execute("COMMIT")
            else:
                conn.execute("ROLLBACK")  # nothing changed: leave no empty change set behind
                act.changes.change_set_id = None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # ---- reading -------------------------------------------------------------------------

    def get(self, table: str, record_id: str) -> dict[str, Any]:
        cursor = self.db.execute(f'SELECT * FROM "{table}" WHERE id = ?', [record_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFound(t("No {table} with id {id}.", table=term("TABLE", table), id=record_id))
        return dict(zip([d[0] for d in cursor.description], row))

    def exists(self, table: str, record_id: str) -> bool:
        return self.db.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', [record_id]).fetchone() is not None

    def rows(self, sql: str, params: list | tuple | dict = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: list | tuple | dict = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def columns_with_default(self, table: str) -> frozenset[str]:
        """The columns of `table` that have a DEFAULT (leaving them out differs from writing NULL)."""
        found = self._defaults.get(table)
        if found is None:
            found = self._defaults[table] = frozenset(
                row[1] for row in self.db.execute(f'PRAGMA table_info("{table}")') if row[4] is not None)
        return found

    def table_exists(self, table: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               [table]).fetchone() is not None

    def meta(self, key: str) -> str | None:
        return self.scalar("SELECT value FROM meta WHERE key = ?", [key])

    def schema_version(self) -> int:
        return self.scalar("PRAGMA user_version")

    def referencing(self, table: str) -> list[tuple[str, str, str]]:
        """(child table, fk column, on-delete rule) for every foreign key pointing at `table`."""
        if self._references is None:
            refs: dict[str, list[tuple[str, str, str]]] = {}
            for child in self.db.table_names():
                if child.startswith(("search_index", "sqlite_", "_sqlite")):
                    continue
                if not any(column[1] == "id" for column in self.db.execute(f'PRAGMA table_info("{child}")')):
                    continue  # derived figures and index keys (worksite_figures...), not records: triggers keep them
                for fk in self.db.execute(f'PRAGMA foreign_key_list("{child}")').fetchall():
                    # (id, seq, table, from, to, on_update, on_delete, match)
                    refs.setdefault(fk[2], []).append((child, fk[3], fk[6]))
            self._references = refs
        return self._references.get(table, [])
