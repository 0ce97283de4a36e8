"""A real full disk: a small tmpfs (only where this test may mount one, e.g. as root in a container)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from g4b_desktop.db import backup
from g4b_desktop.db.integrity import check_database
from g4b_desktop.db.store import Store


@pytest.fixture
def tiny_disk(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    # 6 MiB: room for the strategy database (3.4 MB with its French texts, #15) and a few writes
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_writes_on_a_full_disk_roll_back_and_the_file_stays_sound(tiny_disk, strategy_template):
    path = tiny_disk / "committee.g4b"
    shutil.copyfile(strategy_template, path)
    with Store.open(path, author="tester") as store:
        added = 0
        with pytest.raises(sqlite3.OperationalError, match="full"):
            for n in range(1000):  # fill the disk, one action at a time
                with store.action(f"Add {n}") as act:
                    act.insert("organisation", {"name": f"Partner {n}", "notes": "x" * 20000})
                added += 1
        assert not store.db.conn.in_transaction
        count = store.scalar("SELECT count(*) FROM organisation WHERE name LIKE 'Partner %'")
        assert count == added  # every acknowledged action is there, the failed one is not
        assert store.scalar("SELECT count(*) FROM change_set WHERE label LIKE 'Add %'") == added
    report = check_database(path)
    assert report.ok, report.problems


def test_a_backup_to_a_full_disk_leaves_no_partial_file(tiny_disk, store):
    target = tiny_disk / "copy.g4b"
    (tiny_disk / "filler").write_bytes(b"\0" * (4 * 1024 * 1024))  # the copy (3.4 MB) cannot fit
    with pytest.raises((sqlite3.Error, OSError)):
        backup.copy_database(store.db.conn, target)
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]
