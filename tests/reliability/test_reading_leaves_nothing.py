"""A file that is only read keeps its bytes and gets nothing beside it (reliability #17).

SQLite reads a WAL file (every file this program writes) through a -wal and a -shm file, which it
makes beside the file when the folder can be written; a read-only connection may not delete them
again, so `g4b info` on a received file left two empty files beside it. Every command that only
reads a database is run here on a received WAL file (one process for all of them, through
`cli.main`), once with the file writable and once with it read-only (0444, seen by a process
without root's right to ignore permissions); after each command the file's bytes and its folder's
listing are compared with before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from g4b_desktop.db import meetings
from g4b_desktop.db.store import Store

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def received(tmp_path, db_path) -> tuple[Path, str]:
    """A committee's file with a meeting, as it arrives: WAL mode, alone in its folder."""
    with Store.open(db_path, author="tester") as store:
        objective = store.scalar("SELECT id FROM objective WHERE code = '1.2'")
        with store.action("Plan") as act:
            meeting = meetings.insert_meeting(act, objective, "2027-01-10", start_time="10:00")
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = folder / "received.g4b"
    shutil.copyfile(db_path, path)
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL mode: the case that made -wal and -shm
    return path, meeting


def reading_commands(path: Path, meeting: str, out: Path) -> list[list[str]]:
    db = ["--db", str(path)]
    target = out / "target.g4b"
    return [["info", *db], ["check", *db], ["meetings", *db], ["actions", *db], ["partners", *db],
            ["summits", *db], ["search", "mobiliteit", *db], ["strategy", "list", *db],
            ["export", "xlsx", *db, "--out", str(out / "a.xlsx")],
            ["export", "pdf", *db, "--objective", "1.2", "--out", str(out / "a.pdf")],
            ["minutes", "--meeting", meeting, *db, "--out", str(out / "m.pdf")],
            ["invitation", "--meeting", meeting, *db, "--out", str(out / "i.ics")],
            ["return-workbook", "--organisation", "ESRBHG", *db, "--out", str(out / "r.xlsx")],
            ["backup", *db, "--out", str(out / "copy.g4b")],
            # the received file as the backup restored elsewhere: read, never written
            ["restore", "--db", str(target), str(path), "--force"]]


def run_each(path: Path, commands: list[list[str]], out: Path, data_dir: Path, unprivileged: bool) -> list[dict]:
    """Run the commands in one process; after each, the file's digest and its folder's listing."""
    words = [word for argv in commands for word in (*argv, ";;")]
    report = out / "run.json"
    command = [PYTHON, str(HERE / "run_commands.py"), str(report), "--", *words]
    if unprivileged:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    subprocess.run(command, env=dict(os.environ, G4B_DATA_DIR=str(data_dir), LANG="en_US.UTF-8",
                                     G4B_TEST_WATCH=str(path), PYTHONPATH=str(HERE.parents[1])),
                   timeout=90, check=True)
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("mode", ["writable", "read-only file"])
def test_reading_commands_leave_a_received_file_as_it_was(mode, received, tmp_path, strategy_template, data_dir):
    path, meeting = received
    unprivileged = mode == "read-only file"
    if unprivileged:
        if shutil.which("setpriv") is None or os.geteuid() != 0:
            pytest.skip("needs root and setpriv to run g4b without the right to ignore permissions")
        path.chmod(0o444)
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(out, 0o777)
    shutil.copyfile(strategy_template, out / "target.g4b")  # the database the restore replaces
    before = digest(path)
    results = run_each(path, reading_commands(path, meeting, out), out, data_dir, unprivileged)
    assert len(results) == len(reading_commands(path, meeting, out))
    for result in results:
        assert result["code"] == 0, (result["argv"], result["stderr"])
        assert result["beside"] == ["received.g4b"], (result["argv"], result["beside"])
        assert result["digest"] == before, result["argv"]
    assert (out / "a.pdf").stat().st_size > 0 and (out / "i.ics").read_text(encoding="utf-8").startswith("BEGIN")
