"""The writes of one user action (`Action`), inside the transaction `Store.action` opens.

`insert`, `insert_many`, `update` (with `expected`: refused with `ConflictError` when the record holds
something else now), `update_many`, `delete` (what cascades goes to the trash), `restore` (from the
trash) and `revert` (a whole earlier change set); every field written is logged in `change_log` and
noted in `act.changes` (`Changes`). Also the id and time makers every write uses (`new_id`,
`now_iso`). Re-exported by `store.py`, which holds `Store` (opening a file, `store.action`, reading).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any, Iterator

from ..texts import Text, t, term
from .changes import Changes
from .errors import ConflictError, NotFound

SKIP_LOG_FIELDS = {"id", "created_at", "updated_at"}


def label_columns(label) -> tuple[str | None, str | None]:
    """(label_template, label_params) for a Text label; (None, None) for a plain string."""
    if isinstance(label, Text):
        return label.template, label.params_json()
    return None, None


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


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

    def _write_staged(self, sql: str, rows: list[tuple], params: tuple = (),
                      texts: tuple[str, tuple[str, ...]] | None = None) -> None:
        """Run `sql` once over `rows` staged in a temporary table (issue 19).

        `sql` names the staged columns `{columns}` (c0, c1, ...) and the table `{staging}`. One statement
        for all rows instead of one per row: per row, FTS5 wrote a segment of its own and merged
        segments again and again (30 statements per commitment).
        `texts`: (table, fields) of an update by id (staged in c0): a table whose text indexes
        `text_indexes` writes per batch has their update triggers silent during the statement
        (`bulk_write`, step 0050), and the batch's entries written again after it, one statement per
        index (row by row FTS5 wrote a segment per changed record: 0.7 s of CPU for 2,000 at 50,000).
        """
        if not rows:
            return
        from . import text_indexes

        width = len(rows[0])
        staging = f"temp.g4b_staging_{width}"
        columns = ", ".join(f"c{n}" for n in range(width))
        conn = self.db.conn
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS g4b_staging_{width} ({columns})")
        indexes = text_indexes.silenced(texts[0], texts[1]) if texts else []
        try:
            conn.executemany(f"INSERT INTO {staging} VALUES ({', '.join('?' * width)})", rows)
            if indexes:
                conn.execute("INSERT INTO bulk_write (table_name) VALUES (?)", [texts[0]])
            conn.execute(sql.format(columns=columns, staging=staging), params)
            if indexes:
                conn.execute("DELETE FROM bulk_write WHERE table_name = ?", [texts[0]])
                text_indexes.write(conn, texts[0], indexes, staging, "c0")
        finally:
            conn.execute(f"DELETE FROM {staging}")

    def update(self, table: str, record_id: str, values: dict[str, Any],
               expected: dict[str, Any] | None = None) -> dict[str, tuple[Any, Any]]:
        """Set fields of one record; returns {field: (old, new)} for the fields that changed.

        `expected` holds the values the editor saw; if the record holds something else now, the
        save is refused with `ConflictError` instead of overwriting a change made elsewhere.
        """
        current = self.store.get(table, record_id)
        for name, seen in (expected or {}).items():
            if current.get(name) != seen:  # named by its code, name or title when it has one (#17)
                extra = {"wanted": values[name]} if name in values else {}
                raise ConflictError(table, record_id, name, seen, current.get(name), name=self.name_of(current),
                                    **extra)
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

    def name_of(self, record: dict[str, Any]) -> str | None:
        """How a sentence names a record: its code, name, title or year (a priority: its worksite's code)."""
        for key in ("code", "name", "full_name", "title", "what", "year", "date"):
            if record.get(key) not in (None, ""):
                return str(record[key])
        worksite = record.get("worksite_id") and self.store.get("worksite", record["worksite_id"])
        return worksite["code"] if worksite else None

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
                               f'WHERE "{table}".id = s.c0', rows, (self.at,), texts=(table, fields))
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
             *label_columns(label)],
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
