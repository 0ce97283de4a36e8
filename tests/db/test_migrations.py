"""Migrations: creation, upgrade with a backup first, refusal of newer files."""

from __future__ import annotations

import sqlite3

import pytest

from g4b_desktop.db import connection, schema
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
    schema.migrations.apply(db, stop_before=last)
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    db.close()
    with Store.open(path) as store:
        assert store.pending_steps() == []
        assert store.schema_version() == schema.SCHEMA_VERSION
        assert last in {m.name for m in schema.migrations.applied(store.db)}
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
