"""Migrations: creation, upgrade with a backup first, refusal of newer files."""

from __future__ import annotations

import sqlite3

import pytest

from g4b_desktop.db import connection, schema
from g4b_desktop.db.schema import steps
from g4b_desktop.db.errors import NewerSchema, NotADatabase
from g4b_desktop.db.store import Store


def test_new_file_has_every_step(tmp_path):
    with Store.create(tmp_path / "a.g4b") as store:
        assert store.pending_steps() == []
        assert store.schema_version() == schema.SCHEMA_VERSION == len(schema.step_names())


def test_older_file_is_backed_up_then_upgraded(tmp_path, data_dir):
    path = tmp_path / "old.g4b"
    last = schema.step_names()[-1]
    db = connection.connect(path)
    # A file as a program one step older wrote it: every step but the last.
    schema.migrations.migrations().apply(db.utils, stop_before=last)
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    db.close()
    with Store.open(path) as store:
        assert store.pending_steps() == []
        assert store.schema_version() == schema.SCHEMA_VERSION
        assert last in steps.applied_steps(store.db.conn)
    backups = list((data_dir / "backups").glob("old-before-upgrade-*.g4b"))
    assert len(backups) == 1
    assert connection.header_user_version(backups[0]) == schema.SCHEMA_VERSION - 1


def test_newer_file_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "future.g4b"
    with Store.create(path) as store:
        store.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(NewerSchema, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_unknown_step_is_refused(tmp_path):
    path = tmp_path / "other.g4b"
    with Store.create(path) as store:
        store.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                         "VALUES ('g4b', '9999_future', 'now')")
    with pytest.raises(NewerSchema):
        Store.open(path)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other-program.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabase):
        Store.open(path)
    assert path.read_bytes() == before


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.g4b"
    path.write_text("not a database")
    with pytest.raises(NotADatabase):
        Store.open(path)


def test_opening_an_up_to_date_file_does_not_import_sqlite_utils(db_path):
    # sqlite-utils (click, pluggy, entry points) costs 0.1-0.3 s of every start; it is needed only
    # to create or upgrade a file
    import subprocess
    import sys

    code = ("import sys; from g4b_desktop.db.store import Store; s = Store.open(sys.argv[1]); "
            "s.rows('SELECT code FROM objective'); s.close(); "
            "print('sqlite_utils' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_the_lazy_database_passes_other_calls_to_sqlite_utils(db_path):
    with Store.open(db_path) as store:
        assert "objective" in store.db.table_names()
        assert store.db["objective"].count == 17
        assert store.db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
