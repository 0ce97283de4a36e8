"""`g4b check` / check_offering_backup: problems in words, orphans for every FK-like column, the newest
good backup offered, and a damaged file never written to."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from g4b_desktop import cli
from g4b_desktop.db import backup
from g4b_desktop.db.backup import check_offering_backup


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw(path: Path) -> sqlite3.Connection:
    """A connection without the program's foreign-key enforcement, to make broken files on purpose."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def test_sound_database_has_no_findings(db_path):
    report = check_offering_backup(db_path)
    assert report.ok and report.findings == [] and report.advice() == []


def test_orphans_of_declared_foreign_keys_in_words(db_path):
    conn = raw(db_path)
    worksite = conn.execute("SELECT id FROM worksite LIMIT 1").fetchone()[0]
    for n in range(3):
        conn.execute("INSERT INTO commitment (id, code, worksite_id, title, created_at, updated_at) "
                     "VALUES (?, ?, ?, 'Orphan', 'x', 'x')", [f"c{n}", f"X-{n}", "no-such-worksite"])
    conn.execute("INSERT INTO person (id, full_name, organisation_id, created_at, updated_at) "
                 "VALUES ('p1', 'Jan', 'gone', 'x', 'x')")
    conn.execute("INSERT INTO commitment (id, code, worksite_id, title, created_at, updated_at) "
                 "VALUES ('fine', 'OK-1', ?, 'Fine', 'x', 'x')", [worksite])
    conn.close()
    report = check_offering_backup(db_path)
    assert not report.ok
    assert "3 commitment record(s) refer to a missing worksite (column worksite_id)." in report.problems
    assert "1 person record(s) refer to a missing organisation (column organisation_id)." in report.problems
    assert len(report.findings) == 2
    assert "3 × engagement verwijst naar een beleidswerf die niet bestaat (kolom worksite_id)." in report.messages("nl")
    assert any("chantier" in m for m in report.messages("fr"))


def test_orphans_of_columns_without_a_declared_key(db_path):
    conn = raw(db_path)
    conn.execute("CREATE TABLE side_note (id TEXT PRIMARY KEY, lead_organisation_id TEXT, objective_id TEXT)")
    objective = conn.execute("SELECT id FROM objective LIMIT 1").fetchone()[0]
    conn.execute("INSERT INTO side_note VALUES ('n1', 'nowhere', ?)", [objective])
    conn.execute("INSERT INTO side_note VALUES ('n2', NULL, ?)", [objective])
    conn.close()
    report = check_offering_backup(db_path)
    orphans = [f for f in report.findings if f.key == "orphans"]
    assert [f.params["column"] for f in orphans] == ["lead_organisation_id"]
    assert orphans[0].params["count"] == 1
    # a table the program does not make is reported too (#17: the file's structure was changed)
    assert any(f.key == "tampered" and "foreign table side_note" in f.text("en") for f in report.findings)


def test_damaged_file_is_reported_never_written_and_a_good_backup_offered(store, tmp_path):
    good = backup.backup_before(store, "test")
    damaged_backup = backup.backup_before(store, "later")
    path = store.path
    store.close()
    for target in (path, damaged_backup):  # the newest backup is damaged too
        data = bytearray(target.read_bytes())
        for offset in range(8192, len(data), 4096):
            data[offset + 100:offset + 300] = b"\xee" * 200
        target.write_bytes(bytes(data))
    before = digest(path)
    report = check_offering_backup(path)
    assert not report.ok
    assert any("damaged" in p for p in report.problems), report.problems
    assert digest(path) == before
    assert report.good_backup is not None and report.good_backup.path == good
    advice = report.advice("en")[0]
    assert str(good) in advice and f"g4b restore --db {path}" in advice


def test_cli_check_names_the_problem_and_the_backup(store, capsys):
    good = backup.backup_before(store, "test")
    path = store.path
    store.close()
    conn = raw(path)
    conn.execute("INSERT INTO person (id, full_name, organisation_id, created_at, updated_at) "
                 "VALUES ('p1', 'Jan', 'gone', 'x', 'x')")
    conn.close()
    assert cli.main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "person record(s) refer to a missing organisation" in out
    assert str(good) in out


def test_no_good_backup_is_said_in_words(db_path):
    conn = raw(db_path)
    conn.execute("INSERT INTO person (id, full_name, organisation_id, created_at, updated_at) "
                 "VALUES ('p1', 'Jan', 'gone', 'x', 'x')")
    conn.close()
    report = check_offering_backup(db_path)
    assert report.good_backup is None
    assert report.advice("fr") == ["Aucune copie de sauvegarde saine de cette base n'a été trouvée."]
