"""Checking a database file: SQLite's integrity check, foreign keys, schema version, orphans.

The check opens the file read-only and never writes to it, so a damaged file is not made
worse. Problems come back as `Finding`s that can be put in words in nl, fr or en; when the file
has problems, the newest backup that passes the same check is offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import connection
from .errors import StoreError
from .schema import SCHEMA_VERSION, step_names
from ..texts import words_table

# Words for the tables a user knows; others are shown by their own name.
TABLE_WORDS = words_table("integrity", "TABLE_WORDS")

TEMPLATES = words_table("integrity", "TEMPLATES")


def table_word(table: str, lang: str = "en") -> str:
    return TABLE_WORDS.get(table, {}).get(lang) or table.replace("_", " ")


@dataclass
class Finding:
    """One thing the check found; `text(lang)` puts it in words."""

    key: str
    params: dict = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        params = dict(self.params)
        if hasattr(params.get("differences"), "render"):
            params["differences"] = params["differences"].render(lang)
        for name in ("table", "parent"):
            if name in params:
                params[name] = table_word(params[name], lang)
        templates = TEMPLATES[self.key]
        return templates.get(lang, templates["en"]).format(**params)

# Findings that mean the file itself is damaged (not merely orphan records): it is not written to.
DAMAGE = {"damaged", "cannot_open", "integrity_failed", "not_ours", "tampered"}


@dataclass
class CheckReport:
    path: Path
    schema_version: int | None = None
    findings: list[Finding] = field(default_factory=list)   # problems
    notes: list[Finding] = field(default_factory=list)      # worth knowing, not a problem
    good_backup: object | None = None                      # a backup.Backup (backup.check_offering_backup)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def problems(self) -> list[str]:
        return [finding.text("en") for finding in self.findings]

    def messages(self, lang: str = "en") -> list[str]:
        return [finding.text(lang) for finding in self.findings]

    def note_messages(self, lang: str = "en") -> list[str]:
        return [note.text(lang) for note in self.notes]

    def advice(self, lang: str = "en") -> list[str]:
        """What to do about the problems: the newest good backup, or that there is none."""
        if self.ok:
            return []
        if self.good_backup is None:
            return [Finding("no_good_backup").text(lang)]
        return [Finding("good_backup", {
            "path": self.good_backup.path, "taken": f"{self.good_backup.taken_at:%Y-%m-%d %H:%M}",
            "database": self.path}).text(lang)]


def check_database(path: Path | str, *, quick: bool = False, immutable: bool = False) -> CheckReport:
    """Check a file read-only; never writes to it (a damaged file is not made worse).

    `quick` (at every start) runs SQLite's quick_check, about five times faster, and leaves out the
    orphan records; `immutable` reads a file nobody writes (a backup) without locks. The newest good
    backup to offer for a file with problems: `backup.check_offering_backup`.
    """
    path = Path(path)
    report = CheckReport(path)
    if not path.exists():
        report.findings.append(Finding("missing", {"path": path}))
        return report
    try:
        connection.check_file(path)
    except StoreError as exc:
        report.findings.append(Finding("not_ours", {"detail": exc}))
        return report
    if path.stat().st_size == 0:
        report.findings.append(Finding("not_ours", {"detail": f"{path}: the file is empty (0 bytes)."}))
        return report
    report.schema_version = connection.header_user_version(path)
    if report.schema_version > SCHEMA_VERSION:
        report.findings.append(Finding("newer_schema", {"found": report.schema_version, "known": SCHEMA_VERSION}))
        return report
    try:
        db = _open_readonly(path, immutable)
    except Exception as exc:  # sqlite3 errors on a damaged file are reported, not raised
        report.findings.append(Finding("damaged" if _is_damage(exc) else "cannot_open", {"detail": exc}))
        return report
    try:
        from .schema.steps import applied_steps

        if not connection.is_stamped(path) and not applied_steps(db):
            report.findings.append(Finding("not_ours", {
                "detail": f"{path}: a SQLite database of another program, or an empty one."}))
            return report
        _check_open(db, report, quick)
    except Exception as exc:  # a damaged page met after the integrity check itself
        report.findings.append(Finding("damaged" if _is_damage(exc) else "integrity_failed", {"detail": exc}))
    finally:
        db.close()
    return report


def _is_damage(exc: Exception) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _open_readonly(path: Path, immutable: bool):
    # A backup nobody writes (immutable): no locks and no -wal/-shm files beside it.
    return connection.connect(path, readonly=True, immutable=immutable).conn


def _check_open(db, report: CheckReport, quick: bool = False) -> None:
    try:
        pragma = "quick_check" if quick else "integrity_check"
        results = [row[0] for row in db.execute(f"PRAGMA {pragma}(20)").fetchall()]
    except Exception as exc:
        report.findings.append(Finding("damaged" if _is_damage(exc) else "integrity_failed", {"detail": exc}))
        return
    if results != ["ok"]:
        report.findings.extend(Finding("damaged", {"detail": line}) for line in results)
        return  # counting orphans in a damaged file would only repeat the damage
    from . import schema_guard
    from .schema.steps import applied_steps

    found = schema_guard.differences(db, applied_steps(db))
    if found:  # a foreign table, view or trigger (#17): the program refuses to open such a file
        report.findings.append(Finding("tampered", {"differences": schema_guard.summary(found)}))
        if any(d.kind in ("view", "trigger") or d.how == "replaced" for d in found):
            return  # the records are not read through a view or trigger that is not ours
    if not _table_exists(db, "meta") or db.execute(
            "SELECT 1 FROM meta WHERE key = 'database_id'").fetchone() is None:
        report.findings.append(Finding("half_built"))  # a creation cut short by an older program (#17)
        return
    if not quick:
        _check_orphans(db, report)
    if report.schema_version < SCHEMA_VERSION:
        report.notes.append(Finding("older_schema", {"found": report.schema_version, "known": SCHEMA_VERSION}))
    if _table_exists(db, "_sqlite_migrations"):
        applied = [r[0] for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'g4b' ORDER BY rowid")]
        if applied != step_names()[:len(applied)]:
            report.findings.append(Finding("steps_mismatch"))


def _table_exists(db, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None


def user_tables(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'search_index%' "
        "AND name NOT LIKE 'commitment_text%' ORDER BY name")]


# Figures and index keys derived from the records by triggers (step 0013): an orphan record's
# figures are not a second problem to report.
DERIVED_TABLES = {"worksite_figures"}


def _check_orphans(db, report: CheckReport) -> None:
    """Records pointing at a missing record, for every declared foreign key and every `<table>_id` column."""
    tables = [table for table in user_tables(db) if table not in DERIVED_TABLES]
    counts: dict[tuple[str, str, str], int] = {}
    declared: set[tuple[str, str]] = set()
    fk_columns: dict[tuple[str, int], str] = {}
    for table in tables:
        for fk in db.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            # (id, seq, parent table, from column, to column, on_update, on_delete, match)
            fk_columns[(table, fk[0])] = fk[3]
            declared.add((table, fk[3]))
    for table, _rowid, parent, fkid in db.execute("PRAGMA foreign_key_check").fetchall():
        if table in DERIVED_TABLES:
            continue
        key = (table, parent, fk_columns.get((table, fkid), "?"))
        counts[key] = counts.get(key, 0) + 1
    # Columns that refer to a record by name only (no declared key): `<table>_id`, `<x>_<table>_id`.
    known = set(tables)
    for table in tables:
        for column in [r[1] for r in db.execute(f'PRAGMA table_info("{table}")').fetchall()]:
            if not column.endswith("_id") or (table, column) in declared:
                continue
            parent = _referenced_table(column, known)
            if parent is None or parent == table and column == "id":
                continue
            missing = db.execute(
                f'SELECT count(*) FROM "{table}" c WHERE c."{column}" IS NOT NULL '
                f'AND NOT EXISTS (SELECT 1 FROM "{parent}" p WHERE p.id = c."{column}")').fetchone()[0]
            if missing:
                counts[(table, parent, column)] = counts.get((table, parent, column), 0) + missing
    for (table, parent, column), count in sorted(counts.items()):
        report.findings.append(Finding("orphans", {"count": count, "table": table, "parent": parent,
                                                   "column": column}))


def _referenced_table(column: str, tables: set[str]) -> str | None:
    base = column[:-3]
    parts = base.split("_")
    for start in range(len(parts)):  # "from_worksite_id" -> worksite; "lead_organisation_id" -> organisation
        candidate = "_".join(parts[start:])
        if candidate in tables:
            return candidate
    return None
