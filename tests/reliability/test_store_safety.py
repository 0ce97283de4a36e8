"""Disk full, read-only files, two editors of one record, one writer per file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from g4b_desktop.db.errors import ConflictError, ReadOnlyDatabase
from g4b_desktop.db.integrity import check_database
from g4b_desktop.db.store import Store
from g4b_desktop.db.writer_lock import WriterLock, is_in_use


def snapshot(store: Store) -> tuple:
    return (store.scalar("SELECT count(*) FROM organisation"), store.scalar("SELECT count(*) FROM change_set"),
            store.scalar("SELECT count(*) FROM change_log"), store.scalar("SELECT count(*) FROM trash"))


def fill_the_disk(store: Store) -> None:
    """Let the file grow no further: the next pages it needs fail as on a full disk."""
    pages = store.scalar("PRAGMA page_count")
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_rolls_the_whole_action_back(store):
    with store.action("Add Brupartners") as act:
        kept = act.insert("organisation", {"name": "Brupartners"})
    before = snapshot(store)
    fill_the_disk(store)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        with store.action("Import many") as act:
            act.update("organisation", kept, {"notes": "changed first"})
            for n in range(3000):
                act.insert("organisation", {"name": f"Partner {n}", "notes": "x" * 400})
    assert not store.db.conn.in_transaction
    assert snapshot(store) == before
    assert store.get("organisation", kept)["notes"] is None  # the early update went too
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed: work goes on
    with store.action("Add one") as act:
        act.insert("organisation", {"name": "After"})
    assert snapshot(store)[0] == before[0] + 1
    assert check_database(store.path).ok


def test_read_only_store_refuses_edits_and_leaves_the_file_alone(db_path):
    before = db_path.read_bytes()
    with Store.open(db_path, readonly=True) as store:
        assert store.readonly
        assert store.scalar("SELECT count(*) FROM worksite") > 0
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            with store.action("Try") as act:
                act.insert("organisation", {"name": "No"})
    assert db_path.read_bytes() == before


def test_file_without_write_permission_opens_read_only(db_path, monkeypatch):
    import os

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root may write any file: simulate what SQLite reports for a read-only file.
        from g4b_desktop.db import connection

        real = connection.connect

        def refusing(path, *, readonly=False, **options):
            if not readonly:
                raise ReadOnlyDatabase(f"{path}: the file is read-only.")
            return real(path, readonly=True, **options)

        monkeypatch.setattr(connection, "connect", refusing)
    else:
        db_path.chmod(0o444)
    with Store.open(db_path) as store:
        assert store.readonly
        with pytest.raises(ReadOnlyDatabase):
            with store.action("Try") as act:
                act.insert("organisation", {"name": "No"})


def test_later_save_of_one_record_from_two_places_is_a_conflict(store):
    with store.action("Add") as act:
        record = act.insert("organisation", {"name": "Actiris", "phone": "02 505 14 11"})
    # Two editors, two connections on one file (two windows, or window and command line).
    first = Store.open(store.path, author="anna")
    second = Store.open(store.path, author="bart")
    try:
        seen_by_first = first.get("organisation", record)["phone"]
        seen_by_second = second.get("organisation", record)["phone"]
        with second.action("Bart edits") as act:
            act.update("organisation", record, {"phone": "02 800 42 42"}, expected={"phone": seen_by_second})
        with pytest.raises(ConflictError) as conflict:
            with first.action("Anna edits") as act:
                act.update("organisation", record, {"phone": "02 000 00 00"}, expected={"phone": seen_by_first})
        assert conflict.value.actual == "02 800 42 42"
        assert "changed elsewhere" in str(conflict.value)
        assert store.get("organisation", record)["phone"] == "02 800 42 42"
        assert first.scalar("SELECT count(*) FROM change_set WHERE label = 'Anna edits'") == 0
    finally:
        first.close()
        second.close()


def test_writer_lock_is_exclusive_and_released_when_the_holder_dies(db_path):
    first = WriterLock(db_path)
    assert first.acquire()
    assert not WriterLock(db_path).acquire()
    assert is_in_use(db_path)
    first.release()
    assert not is_in_use(db_path)
    # A holder killed without releasing leaves no stale lock.
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from g4b_desktop.db.writer_lock import WriterLock; "
         "lock = WriterLock(sys.argv[1]); assert lock.acquire(); print('held', flush=True); time.sleep(60)", str(db_path)],
        stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline().strip() == b"held"
        assert is_in_use(db_path)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert not is_in_use(db_path)
