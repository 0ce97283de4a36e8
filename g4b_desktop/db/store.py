"""The store: one open database file, and the only way the program writes to it.

Every user action is `with store.action("label") as act:` around `act.insert/update/delete`:
one IMMEDIATE transaction, one `change_set` row, one change-log row per field changed, and on
leaving the block a `Changes` value saying which records changed (views refresh only those).

Where it is: `Store` (this module: opening and checking a file, `store.action`, reading), `Action`
(`action.py`: the writes inside one action, the trash, revert; also `new_id`, `now_iso`) and
`Changes` (`changes.py`: what an action changed). They share the write path's invariants (one
transaction, every field logged, what changed returned); `Action`, `Changes`, `new_id` and
`now_iso` are re-exported here, so `from .store import Action, Changes, Store, new_id` keeps working.
"""

from __future__ import annotations

import contextlib
import getpass
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from ..texts import t, term
from . import connection
from .action import SKIP_LOG_FIELDS, Action, label_columns, new_id, now_iso  # noqa: F401  (re-exported)
from .changes import Changes  # noqa: F401  (re-exported: from .store import Changes)
from .errors import (Cancelled, DatabaseExists, EmptyFile, NewerSchema, NotADatabase, NotFound, NotOurs,
                     ReadOnlyDatabase, StoreError)
from .schema import SCHEMA_VERSION, migrations, step_names
from .schema.steps import applied_steps


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: still record something honest
        return "unknown"


# Only the window cancels a copy (its Cancel button), and says so in its own words (ui, tr()).
COPY_CANCELLED = "copy cancelled"


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
            count = sum(1 for o in objects if o[0] == "table")
            if count == 1:
                raise NotOurs(t("{path}: a SQLite database of another program (it holds 1 table that is not a "
                                "Go4Brussels table), not a Go4Brussels database; it was not changed.", path=str(path)))
            raise NotOurs(t("{path}: a SQLite database of another program (it holds {count} tables that are not "
                            "Go4Brussels records), not a Go4Brussels database; it was not changed.",
                            path=str(path), count=count))
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
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False,
                                 factory=connection.GuardedConnection)
        try:
            self.db.conn.backup(memory)
        finally:
            self.db.close()
        watchdog = connection.guard(memory, trusted=True)  # inspected already; the upgrade writes the text index
        memory.execute("PRAGMA foreign_keys = ON")
        memory.execute("PRAGMA recursive_triggers = ON")
        self.db = connection.Database(memory, self.path, readonly=True, watchdog=watchdog)
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
                 context[0] if context else None, context[1] if context else None, *label_columns(label)],
            )
            act = Action(self, change_set_id, at)
            act.changes.label = label
            yield act
            if act.changes:
                conn.execute("COMMIT")
            else:
                conn.execute("ROLLBACK")  # nothing changed: leave no empty change set behind
                act.changes.change_set_id = None
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            stopped = connection.stopped_query(exc, self.path, self.db.watchdog)
            if stopped is not None and stopped is not exc:  # a statement the watchdog stopped (#17)
                raise stopped from exc
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
