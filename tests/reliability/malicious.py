"""A corpus of hostile and broken database files, built from a real strategy database (reliability #17).

`build_corpus(template, folder)` writes one file per case and returns {case: path}. Every file is made
with plain sqlite3 (as an attacker or another program would), never through the program's store.
`python tests/reliability/malicious.py TEMPLATE FOLDER` builds it by hand.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

# A view that never ends, with the columns of the table it replaces.
ENDLESS = ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
           "SELECT 'p' || n AS id, {columns} FROM r")


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")  # a test's file: no need to wait for the disk
    return conn


def _finish(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # as a file arrives by e-mail: one file, no -wal
    conn.close()


def view_over_table(template: Path, path: Path) -> None:
    """`pillar` is a view that runs forever (every count of the strategy reads it)."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(pillar)") if row[1] != "id"]
    conn.execute("DROP TABLE pillar")
    conn.execute("CREATE VIEW pillar AS " + ENDLESS.format(columns=", ".join(f"n AS {c}" for c in columns)))
    _finish(conn)


def foreign_trigger(template: Path, path: Path) -> None:
    """A trigger that erases the change log whenever anything is changed."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    conn.execute("CREATE TRIGGER wipe_history AFTER INSERT ON change_set BEGIN DELETE FROM change_log; END")
    _finish(conn)


def changed_trigger(template: Path, path: Path) -> None:
    """One of the program's own triggers, with an extra statement slipped in."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    name, sql = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchone()
    at = sql.upper().index("BEGIN") + len("BEGIN")
    conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(sql[:at] + " DELETE FROM change_log; " + sql[at:])
    _finish(conn)


def changed_check(template: Path, path: Path) -> None:
    """The summit table's constraints changed so that no summit can ever be added (every write of the
    table failed with exit 70, and `g4b check` passed the file): the table's text rewritten in place."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'summit'").fetchone()[0]
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'summit'", [sql.rstrip()[:-1] + ", CHECK (year < 0))"])
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
    _finish(conn)


def foreign_view(template: Path, path: Path) -> None:
    shutil.copyfile(template, path)
    conn = _raw(path)
    conn.execute("CREATE VIEW everyone AS SELECT * FROM person, organisation, commitment")
    _finish(conn)


def expression_index(template: Path, path: Path) -> None:
    shutil.copyfile(template, path)
    conn = _raw(path)
    conn.execute("CREATE INDEX heavy ON commitment(length(title) * length(title))")
    _finish(conn)


def absurd_values(template: Path, path: Path) -> None:
    """Records that pass the schema but not common sense: a 10 MB title, a 6,000-character title with a
    right-to-left override, progress -5, a date that is not one."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    worksite = conn.execute("SELECT id FROM worksite ORDER BY code LIMIT 1").fetchone()[0]
    rows = [("absurd-1", "9.9.9-01", "Titel " + "x" * 10_000_000, -5, "not a date"),
            ("absurd-2", "9.9.9-02", "Lange titel \u202egnp.exe " + "woord " * 1000, 101, "2026-02-30")]
    for record_id, code, title, progress, due in rows:
        conn.execute("INSERT INTO commitment (id, code, worksite_id, title, status, progress, due_date, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, 'ongoing', ?, ?, 'x', 'x')",
                     [record_id, code, worksite, title, progress, due])
    _finish(conn)


def _without_triggers(conn: sqlite3.Connection, table: str):
    """The table's triggers dropped while `with` runs and put back as they were (the text indexes then
    lack the rows added: what a program writing the file directly leaves; an index is not a limit)."""
    import contextlib

    @contextlib.contextmanager
    def dropped():
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                [table]).fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for _name, sql in triggers:
                conn.execute(sql)
    return dropped()


def over_long_value(template: Path, path: Path) -> None:
    """A commitment whose notes hold 50 MB: more than the longest value the program reads (32 MB)."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    worksite = conn.execute("SELECT id FROM worksite ORDER BY code LIMIT 1").fetchone()[0]
    with _without_triggers(conn, "commitment"):
        conn.execute("INSERT INTO commitment (id, code, worksite_id, title, notes, created_at, updated_at) "
                     "VALUES ('huge-notes', '1.1.1-99', ?, 'Engagement', ?, 'x', 'x')", [worksite, "n" * 50_000_000])
    _finish(conn)


HUGE_MEETING = "huge-meeting"


def huge_meeting(template: Path, path: Path) -> None:
    """A meeting whose title, place and online link hold 10 MB each, with a 10 MB agenda item."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    objective = conn.execute("SELECT id FROM objective WHERE code = '1.2'").fetchone()[0]
    with _without_triggers(conn, "meeting"), _without_triggers(conn, "agenda_item"):
        conn.execute("INSERT INTO meeting (id, objective_id, date, start_time, end_time, title, place, online_link, "
                     "created_at, updated_at) VALUES (?, ?, '2027-03-01', '10:00', '12:00', ?, ?, ?, 'x', 'x')",
                     [HUGE_MEETING, objective, "Stuurcomité " * 850_000, "Zaal " * 2_000_000,
                      "https://meet.example/" + "a" * 10_000_000])
        columns = [row[1] for row in conn.execute("PRAGMA table_info(agenda_item)")]
        values = {"id": "huge-item", "meeting_id": HUGE_MEETING, "title": "Punt " * 2_000_000, "position": 1,
                  "created_at": "x", "updated_at": "x"}
        values = {k: v for k, v in values.items() if k in columns}
        conn.execute(f"INSERT INTO agenda_item ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))
    _finish(conn)


def many_objectives(template: Path, path: Path) -> None:
    """100,000 objectives under the first pillar (the strategy has 17)."""
    shutil.copyfile(template, path)
    conn = _raw(path)
    pillar = conn.execute("SELECT id FROM pillar ORDER BY code LIMIT 1").fetchone()[0]
    with _without_triggers(conn, "objective"):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO objective (id, code, pillar_id, title, position, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, 'x', 'x')",
                         ((f"many-{n}", f"9.{n}", pillar, f"Doelstelling {n}", n) for n in range(100_000)))
        conn.execute("COMMIT")
    _finish(conn)


def damaged_pages(template: Path, path: Path) -> None:
    """The first pages of the commitment and meta tables overwritten with noise."""
    shutil.copyfile(template, path)
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('commitment', 'meta')")]
    conn.close()
    with open(path, "r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size)
            handle.write(bytes((n * 37 + 11) % 256 for n in range(page_size)))


def other_program(template: Path, path: Path) -> None:
    """A browser's history file: SQLite, application id 0, tables of its own."""
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER, title TEXT)")
    conn.execute("INSERT INTO moz_places (url, title) VALUES ('https://be.brussels', 'Brussels')")
    conn.commit()
    conn.close()


def other_application_id(template: Path, path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA application_id = 1095909956")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()


def not_sqlite(template: Path, path: Path) -> None:
    path.write_text("Dit is geen databank.\nCeci n'est pas une base.\n", encoding="utf-8")


def zero_bytes(template: Path, path: Path) -> None:
    path.write_bytes(b"")


def empty_sqlite(template: Path, path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE x (a)")
    conn.execute("DROP TABLE x")
    conn.commit()
    conn.close()


def half_built(template: Path, path: Path) -> None:
    """What a kill during the creation by an older program left: the first schema steps only."""
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from g4b_desktop.db.schema import step_names
    from g4b_desktop.db.schema.steps import migrations

    chosen = Migrations(migrations.name)
    for name in step_names()[:3]:
        chosen(name=name)(migrations._steps[name])
    conn = sqlite3.connect(str(path), isolation_level=None)
    chosen.apply(sqlite_utils.Database(conn))
    conn.close()


def newer_schema(template: Path, path: Path) -> None:
    shutil.copyfile(template, path)
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 9999")
    conn.commit()
    conn.close()


CASES = {
    "view_over_table": view_over_table,
    "foreign_trigger": foreign_trigger,
    "changed_trigger": changed_trigger,
    "changed_check": changed_check,
    "foreign_view": foreign_view,
    "expression_index": expression_index,
    "absurd_values": absurd_values,
    "over_long_value": over_long_value,
    "huge_meeting": huge_meeting,
    "many_objectives": many_objectives,
    "damaged_pages": damaged_pages,
    "other_program": other_program,
    "other_application_id": other_application_id,
    "not_sqlite": not_sqlite,
    "zero_bytes": zero_bytes,
    "empty_sqlite": empty_sqlite,
    "half_built": half_built,
    "newer_schema": newer_schema,
}


def build_corpus(template: Path, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for case, make in CASES.items():
        path = folder / f"{case}.g4b"
        make(Path(template), path)
        made[case] = path
    return made


if __name__ == "__main__":
    for case, made in build_corpus(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(case, made)
