"""Other writers (reliability #17): one lock per database FILE, writes by others shown, no lost update.

Real processes: a window opened through a symbolic link, `g4b` commands, a second program writing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from g4b_desktop.db import commitments
from g4b_desktop.db.store import Store
from g4b_desktop.db.writer_lock import is_in_use, lock_path

from .conftest import make_window
from .test_file_conditions import digest, g4b, one_sentence
from .malicious import damaged_pages, half_built, other_program

PYTHON = sys.executable
SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "partenaires-objectif-1.2.fr.csv"


def database_id(path: Path) -> str:
    with Store.open(path, readonly=True) as store:
        return store.meta("database_id")


def test_a_window_opened_through_a_symlink_holds_the_file(tmp_path, db_path, data_dir):
    link = tmp_path / "link.g4b"
    link.symlink_to(db_path)
    hard = tmp_path / "hard.g4b"
    os.link(db_path, hard)
    code, _out, err = g4b("backup", "--db", db_path, "--out", tmp_path / "saved.g4b", data_dir=data_dir)
    assert code == 0, err
    window = subprocess.Popen([PYTHON, "-m", "g4b_desktop.app", "--db", str(link)],
                              env=dict(os.environ, G4B_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        lock_file = lock_path(db_path)  # the holder writes its process id into it (trying the lock here
        while time.monotonic() < deadline and window.poll() is None:  # could make the window's own try fail)
            if lock_file.exists() and lock_file.read_text().strip() == str(window.pid):
                break
            time.sleep(0.1)
        assert is_in_use(db_path), "the window did not take the file's lock"
        before = digest(db_path)
        for path in (db_path, hard):  # the real path, another (hard) link: the same file, the same lock
            code, _out, err = g4b("summit", "add", "--year", "2031", "--db", path, data_dir=data_dir)
            assert code == 1 and "open in Go4Brussels Desktop" in one_sentence(err), err
        code, _out, err = g4b("restore", "--db", db_path, tmp_path / "saved.g4b", data_dir=data_dir)
        assert code == 1 and "open in Go4Brussels Desktop" in one_sentence(err)
        code, _out, err = g4b("summit", "add", "--year", "2031", "--db", db_path, "--wait", "1", data_dir=data_dir)
        assert code == 1
        waited, refused = err.strip().splitlines()
        assert "waiting up to 1 seconds" in waited and "open in Go4Brussels Desktop" in refused
        code, out, err = g4b("info", "--db", db_path, data_dir=data_dir)  # reading is fine
        assert code == 0, err
        assert digest(db_path) == before
    finally:
        window.terminate()
        window.wait(timeout=30)
    code, _out, err = g4b("summit", "add", "--year", "2031", "--db", db_path, data_dir=data_dir)
    assert code == 0, err
    # restoring through the link replaces the file it points to, never the link itself
    code, _out, err = g4b("restore", "--db", link, tmp_path / "saved.g4b", data_dir=data_dir)
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == db_path.resolve()
    code, out, _err = g4b("summits", "--db", db_path, data_dir=data_dir)
    assert "2031" not in out  # the file behind the link holds the backup again


def test_a_second_writer_that_keeps_the_file_busy(db_path, data_dir):
    holder = subprocess.Popen([PYTHON, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("held", flush=True)
        time.sleep(4)
        conn.execute("ROLLBACK")
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        before = digest(db_path)
        code, _out, err = g4b("summit", "add", "--year", "2031", "--db", db_path, data_dir=data_dir,
                              env={"G4B_BUSY_TIMEOUT_MS": "300"})
        assert code == 1 and "kept the database busy" in one_sentence(err), err
        assert digest(db_path) == before
    finally:
        holder.wait(timeout=30)


CHILD = textwrap.dedent("""
    import sys
    from g4b_desktop.db.store import Store
    with Store.open(sys.argv[1], author="bart") as store:
        with store.action("Bart's edit") as act:
            act.update("commitment", sys.argv[2], {"progress": 70})
""")


def test_the_window_shows_writes_by_another_process_and_never_overwrites_them(qtbot, db_path, data_dir):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from g4b_desktop.ui.shell.application import OutsideWrites
    from g4b_desktop.ui.commitments.commitment_form import CommitmentForm

    with Store.open(db_path, author="tester") as setup:
        worksite = setup.scalar("SELECT id FROM worksite ORDER BY code LIMIT 1")
        with setup.action("Add") as act:
            commitment = commitments.insert(act, worksite, {"title": "Jobgarantie", "progress": 30})
    store = Store.open(db_path, author="anna")
    window = make_window(qtbot, store)
    watcher = OutsideWrites(lambda: window, interval_ms=100)
    seen = []
    window.changed.connect(seen.append)
    form = CommitmentForm(window, commitment_id=commitment)  # Anna opens the commitment: 30 %
    qtbot.addWidget(form)
    form.show()
    assert form.progress.text() == "30"
    qtbot.waitUntil(lambda: watcher._store is store, timeout=3000)
    done = subprocess.run([PYTHON, "-c", CHILD, str(db_path), commitment], capture_output=True, text=True,
                          env=dict(os.environ, G4B_DATA_DIR=str(data_dir)), timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: watcher.refreshed > 0, timeout=5000)  # noticed through PRAGMA data_version
    assert any(commitment in changes.ids("commitment") for changes in seen)
    # Anna, still looking at 30 %, types 50 and saves: refused with a sentence giving the current value
    form.progress.clear()
    qtbot.keyClicks(form.progress, "50")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "changed elsewhere" in window.last_error and "70" in window.last_error
    assert store.get("commitment", commitment)["progress"] == 70
    watcher.timer.stop()
    form.close()


def test_another_programs_file_is_never_converted(tmp_path, strategy_template, data_dir):
    made = {"other_program": tmp_path / "places.sqlite", "half_built": tmp_path / "half.g4b"}
    other_program(strategy_template, made["other_program"])
    half_built(strategy_template, made["half_built"])
    places = made["other_program"]
    before = digest(places)
    code, _out, err = g4b("import", SAMPLE, "--objective", "1.2", "--db", places, data_dir=data_dir)
    assert code == 1 and "another program" in one_sentence(err)
    code, _out, err = g4b("init", "--db", places, data_dir=data_dir)
    assert code == 1 and "exists already" in one_sentence(err)
    assert digest(places) == before
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())
    # our own half-built file is recognised and built again by init
    code, _out, err = g4b("init", "--db", made["half_built"], data_dir=data_dir)
    assert code == 0, err
    code, out, err = g4b("info", "--db", made["half_built"], data_dir=data_dir)
    assert code == 0 and "worksites: 100" in out


def test_a_kill_during_init_leaves_no_half_built_file(tmp_path, data_dir):
    target = tmp_path / "committee.g4b"
    building = tmp_path / ".committee.g4b.building"
    process = subprocess.Popen([PYTHON, "-m", "g4b_desktop.cli", "init", "--db", str(target)],
                               env=dict(os.environ, G4B_DATA_DIR=str(data_dir)))
    deadline = time.monotonic() + 30
    while not (building.exists() or target.exists()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.kill()  # as soon as the creation has begun
    process.wait(timeout=30)
    if not target.exists():  # killed while building beside it: init starts again
        code, out, err = g4b("init", "--db", target, data_dir=data_dir)
        assert code == 0, err
    code, out, err = g4b("info", "--db", target, data_dir=data_dir)
    assert code == 0 and "worksites: 100" in out, err
    assert not list(tmp_path.glob(".committee.g4b.building*"))


def test_restoring_a_backup_of_another_database_needs_force(tmp_path, db_path, strategy_template, data_dir):
    other = tmp_path / "other.g4b"
    code, _out, err = g4b("init", "--db", other, data_dir=data_dir)
    assert code == 0, err
    before = digest(db_path)
    code, _out, err = g4b("restore", "--db", db_path, other, data_dir=data_dir)
    assert code == 1 and "backup of another database" in one_sentence(err) and "--force" in err
    assert digest(db_path) == before
    code, _out, err = g4b("restore", "--db", db_path, other, "--force", data_dir=data_dir)
    assert code == 0, err
    assert database_id(db_path) == database_id(other)
    # a damaged backup: the sentence names the backup, never the hidden .restoring copy
    damaged = tmp_path / "damaged.g4b"
    damaged_pages(strategy_template, damaged)
    code, _out, err = g4b("restore", "--db", db_path, damaged, "--force", data_dir=data_dir)
    assert code == 1 and str(damaged) in one_sentence(err) and ".restoring" not in err
    assert not list(tmp_path.glob(".*.restoring*"))


def test_a_closed_database_is_complete_without_its_wal(tmp_path, db_path, data_dir):
    reader = sqlite3.connect(db_path)  # another program reading (a window): the last close is not g4b's
    reader.execute("SELECT count(*) FROM pillar").fetchone()
    try:
        code, _out, err = g4b("summit", "add", "--year", "2031", "--db", db_path, data_dir=data_dir)
        assert code == 0, err
        wal = Path(f"{db_path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # wal_checkpoint(TRUNCATE) on close
    finally:
        reader.close()
    copy = tmp_path / "copied" / "committee.g4b"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)  # the .g4b alone, as a user copies it to a USB stick
    code, out, err = g4b("summits", "--db", copy, data_dir=data_dir)
    assert code == 0 and "2031" in out, err


def test_a_runaway_query_on_a_received_file_is_stopped(db_path, monkeypatch):
    from g4b_desktop.db import connection
    from g4b_desktop.db.errors import QueryStopped

    monkeypatch.setenv("G4B_QUERY_LIMIT_S", "0.5")
    db = connection.connect(db_path, readonly=True)
    try:
        assert db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        started = time.monotonic()
        with pytest.raises(QueryStopped) as stopped:
            db.execute("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                       "SELECT count(*) FROM r").fetchone()
        assert time.monotonic() - started < 10
        assert "took longer than" in str(stopped.value)
        assert isinstance(stopped.value, sqlite3.OperationalError)  # still an SQLite error for old callers
        assert db.execute("SELECT count(*) FROM objective").fetchone()[0] == 17  # the connection goes on
    finally:
        db.close()
