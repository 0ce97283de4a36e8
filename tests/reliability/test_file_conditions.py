"""Ordinary file conditions → one sentence and exit 1, the files as they were (reliability #17).

Real conditions where this machine allows them: a read-only folder is a read-only bind mount, a full
disk a small tmpfs (both need root; skipped elsewhere), a read-only or unreadable file is a chmod
seen by a `g4b` process that runs without root's right to ignore permissions (`setpriv`). A file
"open in another program" (Windows refuses to replace it) cannot be made on Linux: that case is
simulated in-process by a replace that raises the error Windows gives.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from g4b_desktop import cli
from g4b_desktop.db.store import Store

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
SAMPLE = HERE.parents[1].parent / "shared" / "samples" / "partenaires-objectif-1.2.fr.csv"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def g4b(*args, data_dir: Path, unprivileged: bool = False, env: dict | None = None, timeout: float = 60,
        python_only: bool = False):
    """Run the real `g4b` (or, `python_only`, Python with ARGS) in its own process; (exit code, stdout, stderr)."""
    command = [PYTHON, *([] if python_only else ["-m", "g4b_desktop.cli"]), *map(str, args)]
    if unprivileged:
        if shutil.which("setpriv") is None or os.geteuid() != 0:
            pytest.skip("needs root and setpriv to run g4b without the right to ignore permissions")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    environment = dict(os.environ, G4B_DATA_DIR=str(data_dir), LANG="en_US.UTF-8", **(env or {}))
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment)
    return done.returncode, done.stdout, done.stderr


def run(capsys, *args) -> tuple[int, str, str]:
    """`g4b ARGS` through `cli.main` in this process (what the script runs)."""
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("g4b: "), err
    assert "Traceback" not in err and "report is in" not in err
    return lines[0]


@contextmanager
def mounted(*command_options, folder: Path):
    made = subprocess.run(["mount", *command_options, str(folder)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("this machine does not let the test mount a file system (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextmanager
def read_only_folder(folder: Path):
    folder.mkdir(exist_ok=True)
    with mounted("--bind", str(folder), folder=folder):
        remounted = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
        if remounted.returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield folder


@pytest.fixture
def meeting(db_path) -> str:
    from g4b_desktop.db import meetings

    with Store.open(db_path, author="tester") as store:
        objective = store.scalar("SELECT id FROM objective ORDER BY code LIMIT 1")
        with store.action("Plan") as act:
            made = meetings.insert_meeting(act, objective, "2027-01-10", start_time="10:00")
    return made


# ---- point 7: targets that cannot be written -------------------------------------------------

def test_targets_in_a_folder_that_cannot_be_written(capsys, db_path, tmp_path, meeting):
    before = digest(db_path)
    with read_only_folder(tmp_path / "ro") as folder:
        for args, target in ((("export", "xlsx", "--db", db_path, "--out"), "a.xlsx"),
                             (("export", "pdf", "--db", db_path, "--out"), "a.pdf"),
                             (("return-workbook", "--organisation", "ESRBHG", "--db", db_path, "--out"), "r.xlsx"),
                             (("minutes", "--meeting", meeting, "--db", db_path, "--out"), "m.pdf"),
                             (("invitation", "--meeting", meeting, "--db", db_path, "--out"), "i.ics"),
                             (("backup", "--db", db_path, "--out"), "b.g4b")):
            code, _out, err = run(capsys, *args, folder / target)
            assert code == 1, (args, err)
            sentence = one_sentence(err)
            assert f"{folder / target}: the disk or folder is read-only" in sentence
            assert ".partial" not in sentence
        assert list(folder.iterdir()) == []
    assert digest(db_path) == before


def test_a_target_open_in_another_program_is_a_sentence_and_leaves_no_partial(capsys, db_path, tmp_path, meeting,
                                                                               monkeypatch):
    """Simulated: Windows refuses to replace a file another program holds open (error 32)."""
    real_replace = os.replace

    def held_open(source, target):
        if Path(target).suffix in (".ics", ".pdf"):
            raise PermissionError(13, "The process cannot access the file because it is being used by "
                                      "another process", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", held_open)
    for args, name in ((("invitation", "--meeting", meeting), "i.ics"), (("export", "pdf"), "note.pdf")):
        target = tmp_path / name
        target.write_bytes(b"the copy the other program has open")
        code, _out, err = run(capsys, *args, "--db", db_path, "--out", target)
        assert code == 1, err
        assert str(target) in one_sentence(err)
        assert target.read_bytes() == b"the copy the other program has open"
        assert not list(tmp_path.glob("*.partial"))


TARGETS = ((("export", "pdf", "--objective", "1.2"), "note.pdf"), (("export", "xlsx"), "export.xlsx"),
           (("return-workbook", "--organisation", "ESRBHG"), "return.xlsx"),
           (("minutes", "--meeting", "{meeting}"), "minutes.pdf"), (("invitation", "--meeting", "{meeting}"), "i.ics"))


def test_a_target_that_cannot_be_replaced_is_a_sentence_naming_it(capsys, db_path, tmp_path, meeting):
    """As close to 'open in another program' as Linux comes: Windows refuses to replace a read-only file
    (and a file another program holds open) where Linux would replace it silently; a folder by the
    target's name is refused everywhere. For each target: exit 1, one sentence naming the file as given,
    the file as it was, nothing left beside it (before, the read-only files were replaced)."""
    before = digest(db_path)
    for how in ("read-only file", "folder"):
        folder = tmp_path / how.replace(" ", "-")
        folder.mkdir()
        for args, name in TARGETS:
            target = folder / name
            if how == "folder":
                target.mkdir()
            else:
                target.write_bytes(b"the copy the other program has open")
                target.chmod(0o444)
            code, _out, err = run(capsys, *[a.format(meeting=meeting) for a in args], "--db", db_path,
                                  "--out", target)
            assert code == 1, (how, args, err)
            sentence = one_sentence(err)
            assert f"{target}:" in sentence and ".partial" not in sentence, sentence
            assert ("folder, not a file" in sentence) == (how == "folder"), sentence
            if how == "folder":
                assert target.is_dir() and not list(target.iterdir())
            else:
                assert target.read_bytes() == b"the copy the other program has open"
        assert sorted(p.name for p in folder.iterdir()) == sorted(name for _args, name in TARGETS), how
    assert digest(db_path) == before


def test_targets_in_a_folder_without_write_permission(db_path, tmp_path, data_dir, meeting):
    """A folder the user may not write to (permissions, not a read-only mount): every target, the backup
    included, is one sentence naming it, seen by a g4b without root's right to ignore permissions."""
    import json

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    (tmp_path / "data").mkdir(exist_ok=True)
    words = []
    targets = [*TARGETS, (("backup",), "copy.g4b")]
    for args, name in targets:
        words += [*[a.format(meeting=meeting) for a in args], "--db", str(db_path), "--out", str(folder / name), ";;"]
    report = tmp_path / "run.json"
    os.chmod(tmp_path, 0o777)
    code, _out, err = g4b("-c", "import runpy, sys; sys.argv = sys.argv[1:]; "
                          "runpy.run_path(sys.argv[0], run_name='__main__')", HERE / "run_commands.py", report, "--",
                          *words, data_dir=data_dir, unprivileged=True, python_only=True)
    assert code == 0, err
    results = json.loads(report.read_text(encoding="utf-8"))
    assert len(results) == len(targets)
    for result, (_args, name) in zip(results, targets):
        assert result["code"] == 1, result
        sentence = one_sentence(result["stderr"])
        assert f"{folder / name}:" in sentence and ".partial" not in sentence, sentence
    assert list(folder.iterdir()) == []


def test_a_very_long_path_is_a_sentence(capsys, db_path, tmp_path):
    target = tmp_path / "/".join(["d" * 250] * 15) / "note.pdf"  # 3,7xx characters
    code, _out, err = run(capsys, "export", "pdf", "--db", db_path, "--out", target)
    assert code == 1
    sentence = one_sentence(err)
    assert "too long" in sentence or "does not exist" in sentence or "no such file" in sentence
    long_db = tmp_path / ("x" * 300 + ".g4b")
    code, _out, err = run(capsys, "info", "--db", long_db)
    assert code == 1 and "too long" in one_sentence(err)


def test_broken_pipe_exits_quietly(db_path, data_dir):
    """`g4b partners | head -1`: the reader went away; no traceback, no crash report."""
    process = subprocess.Popen([PYTHON, "-m", "g4b_desktop.cli", "partners", "--db", str(db_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, G4B_DATA_DIR=str(data_dir)))
    process.stdout.close()  # the reader is gone before the first line is written
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, err
    assert err == ""
    shell = subprocess.run(["bash", "-c", f'"{PYTHON}" -m g4b_desktop.cli partners --db "{db_path}" | head -1; '
                                          'exit "${PIPESTATUS[0]}"'],
                           capture_output=True, text=True, env=dict(os.environ, G4B_DATA_DIR=str(data_dir)))
    assert shell.returncode == 0 and shell.stderr == "" and len(shell.stdout.splitlines()) == 1


# ---- point 4: read-only files and folders ----------------------------------------------------

def test_a_read_only_file_is_read_and_not_written(db_path, tmp_path, data_dir):
    db_path.chmod(0o444)
    before = digest(db_path)
    code, out, err = g4b("info", "--db", db_path, data_dir=data_dir, unprivileged=True)
    assert code == 0 and "read-only" in out, err
    code, out, err = g4b("export", "xlsx", "--db", db_path, "--out", tmp_path / "a.xlsx", data_dir=data_dir,
                         unprivileged=True)
    assert code == 0, err
    code, _out, err = g4b("summit", "add", "--year", "2031", "--db", db_path, data_dir=data_dir, unprivileged=True)
    assert code == 1 and "open read-only; nothing was changed" in one_sentence(err)
    assert digest(db_path) == before


def test_a_wal_file_in_a_read_only_folder(tmp_path, strategy_template, data_dir):
    folder = tmp_path / "share"
    folder.mkdir()
    database = folder / "committee.g4b"
    shutil.copyfile(strategy_template, database)  # WAL mode, no -shm beside it
    before = digest(database)
    with read_only_folder(folder):
        for args in (("info",), ("check",), ("meetings",), ("export", "pdf", "--out", tmp_path / "n.pdf")):
            code, out, err = g4b(*args, "--db", database, data_dir=data_dir)
            assert code == 0, (args, err)
        code, _out, err = g4b("summit", "add", "--year", "2031", "--db", database, data_dir=data_dir)
        assert code == 1 and "open read-only; nothing was changed" in one_sentence(err)
        window = subprocess.run([PYTHON, "-m", "g4b_desktop.app", "--smoke-test", "--db", str(database)],
                                capture_output=True, text=True, timeout=90,
                                env=dict(os.environ, G4B_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen"))
        assert window.returncode == 0, window.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["committee.g4b"]
    assert digest(database) == before


def test_an_unreadable_input_file(db_path, tmp_path, data_dir):
    source = tmp_path / "partners.csv"
    shutil.copyfile(SAMPLE, source)
    source.chmod(0)
    before = digest(db_path)
    code, _out, err = g4b("import", source, "--objective", "1.2", "--db", db_path, data_dir=data_dir,
                          unprivileged=True)
    assert code == 1, err
    assert str(source) in one_sentence(err)
    assert digest(db_path) == before


# ---- full disk -------------------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=8m", "tmpfs", folder=folder):
        yield folder


def fill(folder: Path, leave: int) -> None:
    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_a_full_disk(capsys, tiny_disk, db_path, strategy_template):
    database = tiny_disk / "committee.g4b"
    shutil.copyfile(strategy_template, database)
    fill(tiny_disk, 150_000)
    before = digest(database)
    # init, backup, import and demo on the full disk: a sentence, and nothing half-made left
    for args in (("init", "--db", tiny_disk / "new.g4b"),
                 ("backup", "--db", db_path, "--out", tiny_disk / "copy.g4b"),
                 ("import", SAMPLE, "--objective", "1.2", "--db", database),
                 ("demo", "--db", tiny_disk / "demo.g4b", "--commitments", "500")):
        code, _out, err = run(capsys, *args)
        assert code == 1, (args, err)
        assert "The disk is full" in one_sentence(err), err
    # the database, its writer lock (when the import got as far as its first write; the full disk may
    # also be met opening the file, growing the -shm) and the filler: no .partial, .building, demo.g4b
    assert sorted(p.name for p in tiny_disk.iterdir() if not p.name.startswith("committee.g4b-")
                  and p.name != "committee.g4b.lock") == ["committee.g4b", "filler"]
    with Store.open(database, readonly=True) as store:  # the import was rolled back as a whole
        assert store.scalar("SELECT count(*) FROM change_set") == 1  # the strategy's load only
    assert digest(database) == before
