"""A write made to run forever is stopped with a sentence, the records as they were (reliability #17).

A file's schema is compared with ours before it is opened for writing, so a trigger made to run
forever can only reach a writing connection when another program changes the file after that look:
between the look and the opening for writing (a command), or while it is open (the window). Both are
made here for real: another connection adds the trigger at that moment. The writing connection's
watchdog (a budget four times a reader's, per statement) then stops the write.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable

# Runs at the first write of any action (every action starts with its change set).
ENDLESS_TRIGGER = ("CREATE TRIGGER slow_down AFTER INSERT ON change_set BEGIN SELECT count(*) FROM "
                   "(WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r); END")

# `g4b ARGS` with another program adding the trigger just after the program looked at the schema.
CHILD = f"""
import sqlite3, sys
from g4b_desktop import cli
from g4b_desktop.db import store

looked_at = store.inspect

def then_changed(path):
    looked = looked_at(path)
    other = sqlite3.connect(str(path))
    other.execute({ENDLESS_TRIGGER!r})
    other.commit()
    other.close()
    return looked

store.inspect = then_changed
sys.exit(cli.main(sys.argv[1:]))
"""


def records(path: Path) -> tuple:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("change_set", "change_log", "summit", "organisation"))
    finally:
        conn.close()


def test_a_trigger_added_after_the_look_is_stopped_at_the_first_write(db_path, data_dir):
    before = records(db_path)
    done = subprocess.run([PYTHON, "-c", CHILD, "summit", "add", "--year", "2031", "--db", str(db_path)],
                          capture_output=True, text=True, timeout=30,
                          env=dict(os.environ, G4B_DATA_DIR=str(data_dir), G4B_QUERY_LIMIT_S="0.5",
                                   LANG="fr_BE.UTF-8", PYTHONPATH=str(HERE.parents[1])))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("g4b: "), done.stderr
    assert str(db_path) in lines[0] and "l'écriture dans la base de données a duré plus de 2 secondes" in lines[0]
    assert "Traceback" not in done.stderr and "rapport" not in done.stderr
    assert records(db_path) == before  # the change set and the summit were rolled back


def test_a_trigger_added_while_the_file_is_open_is_stopped(db_path, monkeypatch):
    """The window's case: its store is open when another program adds the trigger."""
    monkeypatch.setenv("G4B_QUERY_LIMIT_S", "0.5")
    script = f"""
import sqlite3, sys
from g4b_desktop.db.errors import QueryStopped
from g4b_desktop.db.store import Store
from g4b_desktop.texts import message

store = Store.open({str(db_path)!r}, author="window")
other = sqlite3.connect({str(db_path)!r})
other.execute({ENDLESS_TRIGGER!r})
other.commit()
other.close()
try:
    with store.action("Add") as act:
        act.insert("organisation", {{"name": "Nieuwe partner"}})
except QueryStopped as exc:
    print(message(exc, "nl"))
store.close()
"""
    before = records(db_path)
    done = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, timeout=30,
                          env=dict(os.environ, PYTHONPATH=str(HERE.parents[1])))
    assert done.returncode == 0, done.stderr
    assert "het schrijven naar de databank duurde langer dan 2 seconden en werd gestopt" in done.stdout
    assert records(db_path) == before
