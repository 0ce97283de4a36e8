"""Opening a database file with the settings the program relies on.

Every connection: foreign keys on, WAL journal, a busy timeout, `synchronous=FULL` (an
acknowledged edit survives a power cut, not only a crash), and the file is checked to be ours
through `application_id`. Transactions are explicit (`isolation_level=None`); see `Store.action`.

A file may come from anyone (an e-mail, a USB stick), so every connection is also guarded
(reliability #17): `trusted_schema=OFF` (no function or virtual table of the file's schema runs
unless it is harmless), `cell_size_check=ON` (a damaged page is an error, not a crash), limits on
the length of values and statements, and a watchdog that stops a query running longer than
`query_limit_s()` seconds' worth of work (a view or trigger made to run forever) with a sentence.
A connection that writes has a watchdog too, with a budget `WRITE_FACTOR` times larger per statement
(see `_Watchdog`): the schema was found to be ours when the file was opened, but another program
may change the file while it is open (or between that look and the opening for writing).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from ..texts import t
from .errors import DamagedDatabase, NotADatabase, QueryStopped, ReadOnlyDatabase

APPLICATION_ID = 0x47344244  # "G4BD"
BUSY_TIMEOUT_MS = int(os.environ.get("G4B_BUSY_TIMEOUT_MS") or 5000)  # tests shorten the wait for a second writer
SYNCHRONOUS = "FULL"

# The longest value (string or blob) and statement a file may hold or the program may send. The import
# accepts texts of up to 32,767 characters; a trash entry holds a whole deleted worksite as JSON.
MAX_VALUE_BYTES = 32 * 1024 * 1024
MAX_SQL_BYTES = 1_000_000
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: MAX_SQL_BYTES,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 100,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 50,
    sqlite3.SQLITE_LIMIT_ATTACHED: 2,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 10_000,
}
PROGRESS_EVERY = 20_000  # virtual-machine steps between two looks at the clock
# A statement that writes may do this many times the work a reading one may (see `_Watchdog`).
WRITE_FACTOR = 4


def query_limit_s() -> float:
    """Seconds one statement may run before it is stopped (`G4B_QUERY_LIMIT_S` changes it, for tests)."""
    try:
        return float(os.environ.get("G4B_QUERY_LIMIT_S", "30"))
    except ValueError:
        return 30.0


def _header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def _header_application_id(path: Path) -> int | None:
    """Read application_id from the file header without opening it through SQLite (no writes)."""
    header = _header(path)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[68:72], "big")


def header_user_version(path: Path) -> int:
    header = _header(path)
    return int.from_bytes(header[60:64], "big") if len(header) >= 64 else 0


def check_file(path: Path) -> None:
    """Refuse a file that is not a Go4Brussels database, before SQLite writes anything to it."""
    if not path.exists():
        raise NotADatabase(t("{path}: no such file.", path=str(path)))
    refuse_special(path)
    if path.stat().st_size == 0:
        return
    app_id = _header_application_id(path)
    if app_id is None:
        raise NotADatabase(t("{path}: not a SQLite database (the file is damaged or of another kind).",
                             path=str(path)))
    if app_id not in (0, APPLICATION_ID):
        raise NotADatabase(t("{path}: a SQLite database of another program, not a Go4Brussels database.",
                             path=str(path)))


def refuse_special(path: Path) -> None:
    """Refuse an existing folder, device or pipe as a database: never read (a pipe would wait for a
    writer) nor replaced (#17)."""
    if path.is_dir():
        raise NotADatabase(t("{path}: this is a folder, not a database file.", path=str(path)))
    if not path.is_file():
        raise NotADatabase(t("{path}: this is not a database file but a device or a pipe.", path=str(path)))


def is_stamped(path: Path) -> bool:
    """Whether the header carries our application id (every file this program wrote has it)."""
    return path.stat().st_size > 0 and _header_application_id(path) == APPLICATION_ID


STEPS_PER_SECOND = 50_000_000  # SQLite's virtual machine on a slow laptop, roughly


class _Watchdog:
    """A progress handler stopping a statement that does more than `limit` seconds' worth of work.

    It counts SQLite's own steps (SQLite calls it every `PROGRESS_EVERY` of them), not the clock: a
    long export that fetches rows slowly is not stopped, a view or trigger made to run forever is.
    The count starts again at each statement the program sends (`execute`, `executemany`,
    `executescript` of the connection, sqlite-utils' included), and after a pause.

    On a connection that writes (`writes`), the budget is `WRITE_FACTOR` times larger: 6 billion
    steps per statement by default. The program's own writes are each bounded by the rows they
    touch, and counted per statement, not per action: the largest statement measured (a 218 MB file
    of 20,000 commitments: `g4b demo`, `g4b consolidate` of its workbook into a new database, the
    import of it again) took 16 million steps, under 1/300 of the budget, and an integrity check of
    that file 25 million of a reader's 1.5 billion. So a big import, a consolidation or the upgrade
    of a file many times larger is not stopped, on any machine, since steps are counted, not
    seconds. A trigger or view made to run forever (which only another program can have put into a
    file this program opened: the schema is compared with ours first) is stopped after that much
    work (90 s on this 2-core machine under load, 70 million steps a second), its transaction rolled
    back by SQLite, with a sentence.
    """

    def __init__(self, limit: float, writes: bool = False):
        self.writes = writes
        limit = limit * WRITE_FACTOR if writes else limit
        self.limit = limit
        self.budget = max(1, int(limit * STEPS_PER_SECOND / PROGRESS_EVERY))
        self.calls = 0
        self.last = 0.0
        self.stopped = False

    def restart(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        now = time.monotonic()
        if now - self.last > 1.0:
            self.calls = 0  # the connection was idle: another statement
        self.last = now
        self.calls += 1
        if self.calls > self.budget:
            self.stopped = True
            return 1
        return 0


class GuardedConnection(sqlite3.Connection):
    """A connection whose watchdog's count starts again at each statement sent through it."""

    watchdog: _Watchdog | None = None

    def execute(self, *args, **kwargs):
        if self.watchdog is not None:
            self.watchdog.restart()
        return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        if self.watchdog is not None:
            self.watchdog.restart()
        return super().executemany(*args, **kwargs)

    def executescript(self, *args, **kwargs):
        if self.watchdog is not None:
            self.watchdog.restart()
        return super().executescript(*args, **kwargs)


def guard(conn: sqlite3.Connection, trusted: bool = False) -> _Watchdog:
    """The settings every connection to a file that may come from anyone gets.

    `trusted_schema` stays OFF on read-only connections; a connection that writes is only opened
    once the schema was found to be exactly ours (`Store.open`), and our own triggers keep the
    full-text index (an FTS5 table SQLite does not let untrusted triggers write to). Both get a
    watchdog; the writing one's budget is larger (see `_Watchdog`).
    """
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute(f"PRAGMA trusted_schema = {'ON' if trusted else 'OFF'}")
    conn.execute("PRAGMA cell_size_check = ON")
    watchdog = _Watchdog(query_limit_s(), writes=trusted)
    conn.set_progress_handler(watchdog, PROGRESS_EVERY)
    if isinstance(conn, GuardedConnection):
        conn.watchdog = watchdog
    return watchdog


class Database:
    """An open connection: `execute`, `conn` and `close` directly, anything else (`atomic`,
    `table_names`, `db[table]` …) through sqlite-utils' `Database`, made when first used.

    Most starts of the program never need sqlite-utils, whose import costs 0.1-0.3 s of start-up.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None, readonly: bool = False,
                 watchdog: _Watchdog | None = None):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.watchdog = watchdog
        self.needs_wal = False
        self._utils = None

    def use_wal(self) -> None:
        """Switch the file to WAL before its first write (see `connect`)."""
        if self.needs_wal and not self.readonly:
            try:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "readonly" in str(exc) or "read-only" in str(exc):
                    raise ReadOnlyDatabase(t("{path}: the file is read-only.", path=str(self.path))) from exc
                raise
            if mode.lower() != "wal":  # a file system without shared memory: a rollback journal
                self.conn.execute("PRAGMA journal_mode = DELETE")
            self.needs_wal = False

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        # the connection is in autocommit mode (isolation_level=None): no implicit transaction
        if self.watchdog is not None:
            self.watchdog.restart()
        try:
            return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise stopped_query(exc, self.path, self.watchdog) or damaged(exc, self.path) or exc

    def close(self) -> None:
        if not self.readonly and not self.needs_wal:
            # a copied .g4b is then complete on its own: nothing is left in the -wal file
            try:
                if not self.conn.in_transaction:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass  # another connection reads: the next close checkpoints
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


def stopped_query(exc: BaseException, path, watchdog: _Watchdog | None = None):
    """The sentence for a statement the watchdog stopped (or None for any other error)."""
    if isinstance(exc, QueryStopped):
        return exc
    if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc).lower() \
            and (watchdog is None or watchdog.stopped):
        if watchdog is not None:
            watchdog.stopped = False
            if watchdog.writes:  # SQLite rolled the transaction back
                return QueryStopped(t(
                    "{path}: writing to the database took longer than {seconds} seconds and was stopped; another "
                    "program may have changed the file to slow this one down. Nothing was changed.",
                    path=str(path or "?"), seconds=int(watchdog.limit)))
        return QueryStopped(t(
            "{path}: reading the database took longer than {seconds} seconds and was stopped; the file "
            "may be damaged or made to slow the program down. Nothing was changed.",
            path=str(path or "?"), seconds=int(query_limit_s())))
    return None


def damaged(exc: BaseException, path):
    """The sentence for a damaged page met while reading (or None for any other error)."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return DamagedDatabase(t(
            "{path}: the database file is damaged (SQLite: {detail}). Check it with: g4b check --db {path}",
            path=str(path or "?"), detail=str(exc)))
    return None


def _uri(path: Path, immutable: bool) -> str:
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect(path: Path | str, *, readonly: bool = False, immutable: bool = False) -> Database:
    """Open `path` configured as the program needs.

    `readonly` opens with mode=ro; when that cannot read the file (a WAL file in a folder that
    cannot be written has no -shm to share), it is opened `immutable`: read as it is on disk.
    """
    path = Path(path)
    if readonly:
        conn = _connect_readonly(path, immutable)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, factory=GuardedConnection)
    watchdog = guard(conn, trusted=not readonly)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    needs_wal = False
    if not readonly:
        try:
            # A file this program wrote is in WAL mode already; another one (a backup, a file received
            # by e-mail) is switched at its first write, so that only reading it never changes it (#17).
            needs_wal = conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
        except sqlite3.OperationalError as exc:
            conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc) or "unable to open" in str(exc):
                raise ReadOnlyDatabase(t("{path}: the file is read-only.", path=str(path))) from exc
            raise
        conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
    db = Database(conn, path, readonly, watchdog)
    db.needs_wal = needs_wal
    return db


COMPANIONS = ("-wal", "-shm", "-journal")


def header_is_wal(path: Path) -> bool:
    """Whether the header says the file is in WAL mode (bytes 18 and 19 are 2)."""
    header = _header(path)
    return len(header) >= 20 and header[18] == 2 and header[19] == 2


def _connect_readonly(path: Path, immutable: bool) -> sqlite3.Connection:
    """A connection that only reads `path` and leaves nothing beside it (reliability #17).

    SQLite reads a WAL file through a -wal and a -shm file, which it makes beside it when the folder
    can be written; a `mode=ro` connection may not delete them again, so every `info` left two empty
    files beside a received file. When nothing is beside the file yet (no other program has it open,
    and it is complete on its own):
    - a file nobody can write is read `immutable`, as it is on disk: no lock, nothing made;
    - a file that can be written is opened read-write with `query_only` (SQLite refuses any write):
      its close, the last one on the file, removes the -wal and -shm it made, under SQLite's own
      lock, as a window's close does; a window or command opening the file meanwhile keeps them.
    Files already beside it belong to another connection (or hold its writes): read through them.
    """
    if not immutable and header_is_wal(path) and not any(Path(f"{path}{s}").exists() for s in COMPANIONS):
        if writable(path):
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, factory=GuardedConnection)
            try:
                conn.execute("PRAGMA query_only = ON")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.Error as exc:
                conn.close()
                if not isinstance(exc, sqlite3.OperationalError):
                    raise
                # read as below
        else:
            immutable = True
    if not immutable:
        conn = sqlite3.connect(_uri(path, False), uri=True, isolation_level=None, check_same_thread=False,
                               factory=GuardedConnection)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            text = str(exc).lower()
            if not any(reason in text for reason in ("unable to open", "readonly", "read-only", "disk i/o", "full")):
                raise
    return sqlite3.connect(_uri(path, True), uri=True, isolation_level=None, check_same_thread=False,
                           factory=GuardedConnection)


def writable(path: Path) -> bool:
    """Whether the program may write `path`: the file and its folder (for -wal/-shm) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def schema_objects(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of everything in the file's schema."""
    return [tuple(row) for row in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]
