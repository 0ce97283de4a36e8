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

# Words for the tables a user knows; others are shown by their own name.
TABLE_WORDS = {
    "pillar": {"nl": "pijler", "fr": "pilier", "en": "pillar"},
    "objective": {"nl": "doelstelling", "fr": "objectif", "en": "objective"},
    "worksite": {"nl": "beleidswerf", "fr": "chantier", "en": "worksite"},
    "commitment": {"nl": "engagement", "fr": "engagement", "en": "commitment"},
    "organisation": {"nl": "organisatie", "fr": "organisation", "en": "organisation"},
    "person": {"nl": "persoon", "fr": "personne", "en": "person"},
    "minister": {"nl": "minister", "fr": "ministre", "en": "minister"},
    "membership": {"nl": "lidmaatschap", "fr": "participation", "en": "membership"},
    "indicator": {"nl": "kerncijfer", "fr": "chiffre clé", "en": "key figure"},
    "indicator_value": {"nl": "waarde van een kerncijfer", "fr": "valeur d'un chiffre clé",
                        "en": "key figure value"},
    "change_set": {"nl": "wijziging", "fr": "modification", "en": "change"},
    "change_log": {"nl": "regel van de wijzigingsgeschiedenis", "fr": "ligne de l'historique",
                   "en": "history entry"},
    "trash": {"nl": "item in de prullenbak", "fr": "élément de la corbeille", "en": "trash entry"},
    "meeting": {"nl": "vergadering", "fr": "réunion", "en": "meeting"},
    "decision": {"nl": "beslissing", "fr": "décision", "en": "decision"},
    "action_item": {"nl": "actiepunt", "fr": "point d'action", "en": "action item"},
    "summit": {"nl": "Sociale Top", "fr": "Sommet social", "en": "Social Summit"},
}

TEMPLATES = {
    "missing": {
        "nl": "{path}: het bestand bestaat niet.",
        "fr": "{path} : le fichier n'existe pas.",
        "en": "{path}: no such file.",
    },
    "not_ours": {
        "nl": "Dit is geen Go4Brussels-databank, of het bestand is beschadigd: {detail}",
        "fr": "Ce n'est pas une base de données Go4Brussels, ou le fichier est endommagé : {detail}",
        "en": "This is not a Go4Brussels database, or the file is damaged: {detail}",
    },
    "newer_schema": {
        "nl": "De databank werd geschreven door een nieuwere versie van het programma "
              "(schema {found}; dit programma kent tot {known}).",
        "fr": "La base de données a été écrite par une version plus récente du programme "
              "(schéma {found} ; ce programme connaît jusqu'à {known}).",
        "en": "Schema version {found} is newer than this program's ({known}).",
    },
    "cannot_open": {
        "nl": "Het bestand kan niet geopend worden: {detail}.",
        "fr": "Le fichier ne peut pas être ouvert : {detail}.",
        "en": "The file cannot be opened: {detail}.",
    },
    "integrity_failed": {
        "nl": "De integriteitscontrole kon niet lopen: {detail}.",
        "fr": "Le contrôle d'intégrité n'a pas pu s'exécuter : {detail}.",
        "en": "The integrity check could not run: {detail}.",
    },
    "damaged": {
        "nl": "Het bestand is beschadigd (SQLite meldt: {detail}).",
        "fr": "Le fichier est endommagé (SQLite signale : {detail}).",
        "en": "The file is damaged (SQLite reports: {detail}).",
    },
    "orphans": {
        "nl": "{count} × {table} verwijst naar een {parent} die niet bestaat (kolom {column}).",
        "fr": "{count} × {table} renvoie à un(e) {parent} qui n'existe pas (colonne {column}).",
        "en": "{count} {table} record(s) refer to a missing {parent} (column {column}).",
    },
    "tampered": {
        "nl": "De structuur van de databank is niet die welke Go4Brussels Desktop schrijft ({differences}); "
              "er werd mogelijk mee geknoeid.",
        "fr": "La structure de la base de données n'est pas celle qu'écrit Go4Brussels Desktop ({differences}) ; "
              "elle a peut-être été falsifiée.",
        "en": "The structure of the database is not the one Go4Brussels Desktop writes ({differences}); "
              "it may have been tampered with.",
    },
    "half_built": {
        "nl": "Het aanmaken van deze databank werd onderbroken: ze bevat geen strategie. Maak ze opnieuw aan "
              "met g4b init.",
        "fr": "La création de cette base de données a été interrompue : elle ne contient pas la stratégie. "
              "Recréez-la avec g4b init.",
        "en": "The creation of this database was interrupted: it holds no strategy. Build it again with g4b init.",
    },
    "steps_mismatch": {
        "nl": "De schemastappen in het bestand komen niet overeen met die van dit programma.",
        "fr": "Les étapes de schéma du fichier ne correspondent pas à celles de ce programme.",
        "en": "The schema steps recorded in the file do not match this program's.",
    },
    "older_schema": {
        "nl": "Schemaversie {found} is ouder dan {known}: de databank wordt bijgewerkt "
              "(na een reservekopie) wanneer ze geopend wordt.",
        "fr": "La version de schéma {found} est antérieure à {known} : la base sera mise à jour "
              "(après une copie de sauvegarde) à l'ouverture.",
        "en": "Schema version {found} is older than {known}: it will be upgraded "
              "(after a backup) when opened.",
    },
    "good_backup": {
        "nl": "De recentste goede reservekopie is {path} ({taken}). Zet ze terug met: "
              "g4b restore --db {database} {path}",
        "fr": "La copie de sauvegarde saine la plus récente est {path} ({taken}). Restaurez-la "
              "avec : g4b restore --db {database} {path}",
        "en": "The newest good backup is {path} ({taken}). Restore it with: "
              "g4b restore --db {database} {path}",
    },
    "no_good_backup": {
        "nl": "Er is geen goede reservekopie van deze databank gevonden.",
        "fr": "Aucune copie de sauvegarde saine de cette base n'a été trouvée.",
        "en": "No good backup of this database was found.",
    },
}


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
    good_backup: object | None = None                      # a backup.Backup when one was searched

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


def check_database(path: Path | str, *, offer_backup: bool = True, backup_dir: Path | None = None,
                   quick: bool = False) -> CheckReport:
    """Check a file read-only; never writes to it (a damaged file is not made worse).

    With `offer_backup`, a file with problems gets `good_backup`: the newest backup of it that
    passes the full check. `quick` (at every start) runs SQLite's quick_check, about five times
    faster, and leaves out the orphan records.
    """
    report = _check(Path(path), quick=quick)
    if offer_backup and not report.ok:
        from .backup import newest_good_backup  # backup imports this module

        report.good_backup = newest_good_backup(report.path, backup_dir)
    return report


def _check(path: Path, immutable: bool = False, quick: bool = False) -> CheckReport:
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
        from .steps import applied_steps

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
    from .steps import applied_steps

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
