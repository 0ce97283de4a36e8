"""Backups of a database: made with SQLite's online backup API, thinned over time, restored safely.

- `start_of_day(path)` (the window, on a worker thread) or `daily_backup(store)`: at most one daily
  backup a day; `backup_before(store, reason)` before a
  migration, an import or a consolidation. Both write `<stem>-<kind>-<stamp>.g4b` into the
  user's backup folder (`paths.backup_dir()`) and then thin that database's backups: the newest
  few are kept, plus one per day for 7 days, one per week for 8 weeks, one per month for 12 months.
- `restore(database, backup)` copies the backup to a temporary file beside the database, checks
  it (integrity, application id, schema), keeps the current file as a `replaced` backup, then
  swaps the file in with one `os.replace`, after moving the old -wal/-shm files out of the way so
  they can never be applied to the restored file.

Longer than 450 lines: a backup's whole life (made, named, listed, thinned, checked, restored) shares
one naming scheme, one folder and one crash-safe copy; restoring could move out (`db/restore.py`)
once those become public helpers.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import paths
from ..texts import t
from . import connection
from .errors import Cancelled, StoreError
from .integrity import DAMAGE, CheckReport, Finding, check_database
from .writer_lock import WriterLock

KEEP_LAST = 8  # besides one a day/week/month: several imports in one day each keep theirs
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|manual|replaced|before-[a-z0-9_]+)-"
    r"(?P<stamp>\d{8}-\d{6}-\d{6})(?P<suffix>\.[A-Za-z0-9]+)?$")


class RestoreRefused(StoreError):
    """The backup chosen for a restore is not a sound Go4Brussels database; nothing was changed."""


@dataclass
class Backup:
    path: Path
    stem: str
    kind: str          # daily, manual, replaced, before-<reason>
    taken_at: datetime  # local time, from the file name
    size: int

    @property
    def reason(self) -> str:
        return self.kind[len("before-"):] if self.kind.startswith("before-") else self.kind

    def database_id(self) -> str | None:
        return _database_id(self.path, immutable=True)


def _folder(backup_dir: Path | None) -> Path:
    return Path(backup_dir) if backup_dir else paths.backup_dir()


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "_", reason.lower()).strip("_")
    return slug or "change"


def _database_id(path: Path, immutable: bool = False) -> str | None:
    try:
        conn = connection.connect(path, readonly=True, immutable=immutable).conn
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
        finally:
            conn.close()
        return row[0] if row else None
    except (sqlite3.Error, StoreError):
        return None


def parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, match["stem"], match["kind"], taken, size)


# ---- making backups ---------------------------------------------------------------------------

def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through the backup API, written to `<target>.partial`, synced, then renamed.

    The copy is left in rollback-journal mode so that opening it never needs -wal/-shm files.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, Path(f"{partial}-journal")):
        if leftover.exists():
            leftover.unlink()
    try:
        # made by Python first: a folder that cannot be written is an OSError naming the file, not
        # SQLite's "unable to open database file", which reads as if the database could not be (#17)
        partial.touch(exist_ok=False)
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:  # a full disk: no half copy is left to be mistaken for a backup
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _target(database: Path, kind: str, folder: Path, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{database.stem}-{kind}-{stamp}{database.suffix or paths.DATABASE_SUFFIX}"


def backup_before(store, reason: str, backup_dir: Path | None = None) -> Path:
    """Back up the open store before a risky operation (`reason`: "import", "consolidation" ...).

    Returns the backup file; old backups of the same database are thinned afterwards.
    """
    folder = _folder(backup_dir)
    target = copy_database(store.db.conn, _target(store.path, f"before-{_slug(reason)}", folder))
    thin(store.path, folder, database_id=_store_database_id(store))
    return target


def manual_backup(store, backup_dir: Path | None = None) -> Path:
    """A backup asked for by the user (`g4b backup` without `--out`), in the backup folder."""
    folder = _folder(backup_dir)
    target = copy_database(store.db.conn, _target(store.path, "manual", folder))
    thin(store.path, folder, database_id=_store_database_id(store))
    return target


def daily_backup(store, backup_dir: Path | None = None, today: date | None = None) -> Path | None:
    """The backup at start: made only if this database has no backup from today yet."""
    folder = _folder(backup_dir)
    today = today or date.today()
    database_id = _store_database_id(store)
    if any(b.taken_at.date() == today for b in list_backups(store.path, folder, database_id=database_id)):
        return None
    return _daily_copy(store.db.conn, store.path, folder, database_id)


def _daily_copy(source: sqlite3.Connection, database: Path, folder: Path, database_id: str | None) -> Path:
    """The day's backup of `database` read through `source`, then that database's backups thinned."""
    target = copy_database(source, _target(database, "daily", folder))
    thin(database, folder, database_id=database_id)
    return target


def unclean_shutdown(database: Path | str) -> bool:
    """Whether the last writer died without closing: it leaves a write-ahead log behind (a clean
    close removes it). Then the file is checked before the window opens."""
    database = Path(database)
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def first_start_today(database: Path | str, today: date | None = None, backup_dir: Path | None = None) -> bool:
    """Whether this database has no daily backup of today yet (its first start of the day)."""
    today = today or date.today()
    return not any(b.kind == "daily" and b.taken_at.date() == today
                   for b in list_backups(database, backup_dir))


def start_check_due(database: Path | str, today: date | None = None) -> bool:
    """Whether the integrity check at start should run: it reads the whole file (0.7 s at 500 MB),
    so it runs on the first start of a day (before that day's backup) and after an unclean
    shutdown."""
    return unclean_shutdown(database) or first_start_today(database, today)


@dataclass
class StartOfDay:
    """What `start_of_day` did: the backup it made, or the damage it found (then no backup)."""
    backup: Path | None = None
    damage: CheckReport | None = None


def start_of_day(database: Path | str, backup_dir: Path | None = None, today: date | None = None,
                 progress=None) -> StartOfDay:
    """On the first start of a day: check the file (quick_check), then make the day's backup.

    Runs on its own read-only connection, so the window can run it on a worker thread while the
    user works (WAL lets it read a consistent snapshot beside the window's writes). A damaged
    file gets the full report, with the newest good backup to offer, and no backup is made of it.
    """
    database = Path(database)
    folder = _folder(backup_dir)
    if not first_start_today(database, today, folder):
        return StartOfDay()
    if progress:
        progress(5)
    report = check_database(database, quick=True)
    if any(finding.key in DAMAGE for finding in report.findings):
        return StartOfDay(damage=check_offering_backup(database, backup_dir=folder))
    if progress:   # the check reads the whole file, as the copy does: about half the time each
        progress(50)
    source = connection.connect(database, readonly=True).conn
    try:
        database_id = source.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
        return StartOfDay(backup=_daily_copy(source, database, folder, database_id[0] if database_id else None))
    finally:
        source.close()


def backup_to(store, target: Path | str) -> Path:
    """A copy of the open store in a file the user chose (`g4b backup --out`); refuses to overwrite."""
    target = Path(target)
    if target.is_dir():
        raise StoreError(t("{path}: this is a folder, not a file.", path=str(target)))
    if target.exists():
        raise StoreError(t("{path}: the file exists already; choose another name.", path=str(target)))
    if target.resolve() == store.path.resolve():
        raise StoreError(t("{path}: this is the database itself; choose another file.", path=str(target)))
    return copy_database(store.db.conn, target)


def _store_database_id(store) -> str | None:
    try:
        return store.meta("database_id")
    except Exception:
        return None


# ---- listing and thinning ---------------------------------------------------------------------

def list_backups(database: Path | str, backup_dir: Path | None = None, database_id: str | None = None
                 ) -> list[Backup]:
    """The backups of one database in the backup folder, newest first.

    Backups are matched by file name; when the database's id is known, a backup of another
    database with the same file name (from another folder) is left out.
    """
    database = Path(database)
    folder = _folder(backup_dir)
    if not folder.is_dir():
        return []
    if database_id is None and database.exists():
        database_id = _database_id(database, immutable=True)  # only read: no -wal/-shm made beside it
    found = []
    for path in folder.iterdir():
        backup = parse_name(path)
        if backup is None or backup.stem != database.stem:
            continue
        if database_id is not None:
            other = backup.database_id()
            if other is not None and other != database_id:
                continue
        found.append(backup)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: list[Backup], keep_last: int = KEEP_LAST, daily: int = KEEP_DAILY,
            weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> set[Path]:
    """Which backups the thinning keeps: the newest `keep_last`, and the newest of each of the
    last `daily` days, `weekly` ISO weeks and `monthly` months that have a backup."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered[:keep_last]}
    for count, period in ((daily, lambda t: t.date()),
                          (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen = []
        for backup in ordered:
            key = period(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def thin(database: Path | str, backup_dir: Path | None = None, database_id: str | None = None) -> list[Path]:
    """Delete the backups of `database` that the thinning does not keep; returns what was removed."""
    backups = list_backups(database, backup_dir, database_id=database_id)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass  # a backup in use elsewhere stays until the next thinning
    return removed


def newest_good_backup(database: Path | str, backup_dir: Path | None = None) -> Backup | None:
    """The newest backup of `database` that passes the integrity check, or None."""
    for backup in list_backups(database, backup_dir):
        if check_database(backup.path, immutable=True).ok:
            return backup
    return None


def check_offering_backup(database: Path | str, *, backup_dir: Path | None = None,
                          quick: bool = False) -> CheckReport:
    """`integrity.check_database`, and for a file with problems the newest good backup to offer
    (`report.good_backup`, None when there is none)."""
    report = check_database(database, quick=quick)
    if not report.ok:
        report.good_backup = newest_good_backup(report.path, backup_dir)
    return report


# ---- restoring --------------------------------------------------------------------------------

@dataclass
class RestoreResult:
    database: Path
    restored_from: Path
    replaced_backup: Path | None   # the file as it was before the restore


def check_restorable(path: Path) -> CheckReport:
    report = check_database(path, immutable=True)
    if report.ok and _database_id(Path(path), immutable=True) is None:
        report.findings.append(Finding("not_ours", {"detail": f"{path}: it holds no Go4Brussels records."}))
    return report


def from_another_database(database: Path | str, backup: Path | str) -> bool:
    """True when `backup` is a copy of another database (another database id) than `database`."""
    mine = _database_id(Path(os.path.realpath(database)))
    theirs = _database_id(Path(backup), immutable=True)
    return bool(mine and theirs and mine != theirs)


class OtherDatabase(RestoreRefused):
    """The backup is of another database (another database id): restored only when asked for."""


def restore(database: Path | str, backup: Path | str, backup_dir: Path | None = None, *,
            lock_held: bool = False, allow_other: bool = False, before_swap=None, cancelled=None) -> RestoreResult:
    """Replace `database` by the contents of `backup`, checked first; the replaced file is kept.

    The database must not be open when the file is swapped: the caller closes its store before, or
    in `before_swap()`, called once the copy is made and checked (a window runs the long part on a
    worker thread while its store stays open, #19). Another window holding the writer lock makes
    this refuse with `DatabaseInUse`. `cancelled()` is asked before the swap: then `Cancelled` is
    raised and the database is as it was, as on any error. A database reached through a symbolic
    link has its target replaced, never the link; a backup of another database (another database
    id) is refused with `OtherDatabase` unless `allow_other`.
    """
    database, backup = Path(database), Path(backup)
    if not backup.exists():
        raise RestoreRefused(t("{path}: no such backup file.", path=str(backup)))
    if database.exists() and backup.resolve() == database.resolve():
        raise RestoreRefused(t("{path}: this is the database itself, not a backup of it.", path=str(backup)))
    shown = database
    database = Path(os.path.realpath(database))  # the file itself, not a symbolic link to it
    lock = WriterLock(database)
    if not lock_held:
        lock.require()
    try:
        if not allow_other and database.exists():
            if from_another_database(database, backup):
                raise OtherDatabase(t(
                    "{backup}: this is a backup of another database, not of {path}; nothing was changed. "
                    "To put it in its place all the same, add --force.", backup=str(backup), path=str(shown)))
        return _restore(database, backup, _folder(backup_dir), before_swap, cancelled)
    finally:
        lock.release()


def _restore(database: Path, backup: Path, folder: Path, before_swap=None, cancelled=None) -> RestoreResult:
    temporary = database.with_name(f".{database.name}.restoring")
    for leftover in (temporary, Path(f"{temporary}-journal")):
        if leftover.exists():
            leftover.unlink()
    try:
        # read only, leaving nothing beside the backup (a received file given as one, #17)
        source = connection.connect(backup, readonly=True).conn
        try:
            copy_database(source, temporary)
        finally:
            source.close()
    except sqlite3.Error as exc:
        temporary.unlink(missing_ok=True)
        raise RestoreRefused(t("{path}: the backup cannot be read ({error}); nothing was changed.", path=str(backup),
                                error=str(exc))) from exc
    report = check_restorable(temporary)
    if not report.ok:
        temporary.unlink(missing_ok=True)
        # the findings name the temporary copy; the user knows the backup file
        problems = " ".join(problem.replace(str(temporary), str(backup)) for problem in report.problems)
        raise RestoreRefused(t("{path}: the backup is not sound, nothing was changed: {problems}", path=str(backup),
                               problems=problems))
    if cancelled is not None and cancelled():
        temporary.unlink(missing_ok=True)
        raise Cancelled(t("The restore was cancelled; nothing was changed."))
    replaced = _keep_replaced(database, folder) if database.exists() else None
    if before_swap is not None:
        before_swap()
    # The old -wal/-shm belong to the old file: applied to the restored one they would damage it.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{temporary}.old{suffix}"))
    os.replace(temporary, database)
    _fsync_dir(database.parent)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{temporary}.old{suffix}").unlink(missing_ok=True)
    return RestoreResult(database, backup, replaced)


def _keep_replaced(database: Path, folder: Path) -> Path:
    """Keep the file about to be replaced: a backup-API copy if it reads well, else the raw bytes
    (a damaged file is copied as it is, never opened for writing)."""
    target = _target(database, "replaced", folder)
    if check_database(database).ok:
        source = connection.connect(database, readonly=True).conn
        try:
            return copy_database(source, target)
        finally:
            source.close()
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, target)
    wal = Path(f"{database}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target
