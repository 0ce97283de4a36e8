"""Checking a database file: SQLite's integrity check, foreign keys, schema version, orphans."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import connection
from .errors import StoreError
from .schema import SCHEMA_VERSION, step_names


@dataclass
class CheckReport:
    path: Path
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path | str) -> CheckReport:
    """Check a file read-only; never writes to it (a damaged file is not made worse)."""
    path = Path(path)
    report = CheckReport(path)
    try:
        connection.check_file(path)
    except StoreError as exc:
        report.problems.append(str(exc))
        return report
    report.schema_version = connection.header_user_version(path)
    if report.schema_version > SCHEMA_VERSION:
        report.problems.append(
            f"Schema version {report.schema_version} is newer than this program's ({SCHEMA_VERSION}).")
        return report
    try:
        db = connection.connect(path, readonly=True)
    except Exception as exc:  # sqlite3 errors on a damaged file are reported, not raised
        report.problems.append(f"The file cannot be opened: {exc}.")
        return report
    try:
        try:
            results = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        except Exception as exc:
            report.problems.append(f"The integrity check could not run: {exc}.")
            return report
        if results != ["ok"]:
            report.problems.extend(f"Integrity: {line}" for line in results[:20])
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            report.problems.append(f"Foreign key: a row of {table} (rowid {rowid}) points to a missing {parent}.")
        if report.schema_version < SCHEMA_VERSION:
            report.problems.append(
                f"Schema version {report.schema_version} is older than {SCHEMA_VERSION}: "
                f"it will be upgraded (after a backup) when opened.")
        if db["_sqlite_migrations"].exists():
            applied = [r[0] for r in db.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'g4b' ORDER BY rowid")]
            if applied != step_names()[:len(applied)]:
                report.problems.append("The schema steps recorded in the file do not match this program's.")
        if db["commitment"].exists():
            orphans = db.execute(
                "SELECT count(*) FROM commitment c LEFT JOIN worksite w ON w.id = c.worksite_id "
                "WHERE w.id IS NULL").fetchone()[0]
            if orphans:
                report.problems.append(f"{orphans} commitment(s) belong to no worksite.")
    finally:
        db.close()
    return report
