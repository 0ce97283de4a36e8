"""Opening a database file with the settings the program relies on.

Every connection: foreign keys on, WAL journal, a busy timeout, `synchronous=FULL` (an
acknowledged edit survives a power cut, not only a crash), and the file is checked to be ours
through `application_id`. Transactions are explicit (`isolation_level=None`); see `Store.action`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..texts import t
from .errors import NotADatabase, ReadOnlyDatabase

APPLICATION_ID = 0x47344244  # "G4BD"
BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"


def _header_application_id(path: Path) -> int | None:
    """Read application_id from the file header without opening it through SQLite (no writes)."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[68:72], "big")


def header_user_version(path: Path) -> int:
    with open(path, "rb") as handle:
        header = handle.read(100)
    return int.from_bytes(header[60:64], "big")


def check_file(path: Path) -> None:
    """Refuse a file that is not a Go4Brussels database, before SQLite writes anything to it."""
    if not path.exists():
        raise NotADatabase(t("{path}: no such file.", path=str(path)))
    if path.stat().st_size == 0:
        return
    app_id = _header_application_id(path)
    if app_id is None:
        raise NotADatabase(t("{path}: not a SQLite database (the file is damaged or of another kind).",
                             path=str(path)))
    if app_id not in (0, APPLICATION_ID):
        raise NotADatabase(t("{path}: a SQLite database of another program, not a Go4Brussels database.",
                             path=str(path)))


class Database:
    """An open connection: `execute`, `conn` and `close` directly, anything else (`atomic`,
    `table_names`, `db[table]` …) through sqlite-utils' `Database`, made when first used.

    Most starts of the program never need sqlite-utils, whose import costs 0.1-0.3 s of start-up.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        # the connection is in autocommit mode (isolation_level=None): no implicit transaction
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self):
        """sqlite-utils' `Database` on this connection."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.utils, name)

    def __getitem__(self, table: str):
        return self.utils[table]


def connect(path: Path | str, *, readonly: bool = False) -> Database:
    """Open `path` configured as the program needs; `readonly` opens with mode=ro."""
    path = Path(path)
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise ReadOnlyDatabase(t("{path}: the file is read-only.", path=str(path))) from exc
            raise
        if mode.lower() != "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
    return Database(conn)
