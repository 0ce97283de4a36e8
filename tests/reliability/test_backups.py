"""Backups: made with the backup API, at most one a day at start, thinned, listed, restored safely."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from g4b_desktop import cli, paths
from g4b_desktop.db import backup
from g4b_desktop.db.errors import StoreError
from g4b_desktop.db.integrity import check_database
from g4b_desktop.db.store import Store
from g4b_desktop.db.writer_lock import DatabaseInUse, WriterLock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_organisation(store: Store, name: str) -> str:
    with store.action(f"Add {name}") as act:
        return act.insert("organisation", {"name": name})


def names(path: Path) -> set[str]:
    with Store.open(path, readonly=True) as store:
        return {r["name"] for r in store.rows("SELECT name FROM organisation")}


def test_backup_before_is_a_sound_copy_in_the_backup_folder(store, data_dir):
    add_organisation(store, "Actiris")
    target = backup.backup_before(store, "Excel import")
    assert target.parent == paths.backup_dir()
    assert target.name.startswith("committee-before-excel_import-")
    assert check_database(target).ok
    assert "Actiris" in names(target)
    # No -wal/-shm beside a backup: it is a single self-contained file.
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert [b.path for b in backup.list_backups(store.path)] == [target]
    assert backup.list_backups(store.path)[0].reason == "excel_import"


def test_daily_backup_at_most_once_a_day(store):
    first = backup.daily_backup(store)
    assert first is not None and first.exists()
    assert backup.daily_backup(store) is None
    tomorrow = date.today() + timedelta(days=1)
    assert backup.daily_backup(store, today=tomorrow) is not None


def test_backups_of_another_database_with_the_same_name_are_not_listed(store, tmp_path, strategy_template):
    mine = backup.backup_before(store, "import")
    other_path = tmp_path / "elsewhere" / store.path.name
    other_path.parent.mkdir()
    with Store.create(other_path) as other:  # another committee's file, same file name
        theirs = backup.backup_before(other, "import")
    assert [b.path for b in backup.list_backups(store.path)] == [mine]
    assert [b.path for b in backup.list_backups(other_path)] == [theirs]


def fake_backups(folder: Path, stem: str, times: list[datetime]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for when in times:
        path = folder / f"{stem}-daily-{when:%Y%m%d-%H%M%S-%f}.g4b"
        path.write_bytes(b"")
        made.append(path)
    return made


def test_thinning_keeps_7_daily_8_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 26, 9, 0)
    # Two backups a day for two years.
    times = [now - timedelta(hours=12 * i) for i in range(2 * 730)]
    fake_backups(folder, "committee", times)
    removed = backup.thin(tmp_path / "committee.g4b", folder)
    kept = backup.list_backups(tmp_path / "committee.g4b", folder)
    assert len(kept) + len(removed) == len(times)
    kept_times = [b.taken_at for b in kept]
    assert kept_times[0] == now  # the newest always stays
    # The last 7 days each keep their newest backup.
    for day in range(7):
        assert any(t.date() == (now - timedelta(days=day)).date() for t in kept_times)
    weeks = {t.isocalendar()[:2] for t in kept_times}
    months = {(t.year, t.month) for t in kept_times}
    assert len(weeks) >= 8 and len(months) == 12
    oldest_month = min(months)
    assert oldest_month == (2025, 12)  # nothing older than 12 months with a backup
    assert len(kept) <= backup.KEEP_LAST + 7 + 8 + 12
    assert all(not p.exists() for p in removed)


def test_thinning_leaves_other_files_alone(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 26, 9, 0)
    fake_backups(folder, "committee", [now - timedelta(days=i) for i in range(60)])
    fake_backups(folder, "other", [now - timedelta(days=i) for i in range(60)])
    (folder / "notes.txt").write_text("mine")
    backup.thin(tmp_path / "committee.g4b", folder)
    assert len(list(folder.glob("other-*"))) == 60
    assert (folder / "notes.txt").exists()


def test_restore_replaces_the_database_and_keeps_the_replaced_file(store, tmp_path):
    add_organisation(store, "Before backup")
    saved = backup.backup_before(store, "test")
    add_organisation(store, "After backup")
    path = store.path
    store.close()
    result = backup.restore(path, saved)
    assert "After backup" not in names(path) and "Before backup" in names(path)
    assert result.replaced_backup is not None
    assert "After backup" in names(result.replaced_backup)
    assert check_database(path).ok
    assert not list(path.parent.glob(".*restoring*"))
    # The program opens the restored file and writes to it as usual.
    with Store.open(path) as reopened:
        add_organisation(reopened, "Next")


def test_restore_ignores_the_old_wal_of_a_crashed_program(store, tmp_path):
    """The old -wal holds committed pages of the old file: it must never be applied to the restored one."""
    saved = backup.backup_before(store, "test")
    add_organisation(store, "Only in the WAL")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    # The files as a killed program leaves them: main file plus a -wal with a commit in it.
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{store.path}{suffix}", crashed / f"committee.g4b{suffix}")
    path = crashed / "committee.g4b"
    assert Path(f"{path}-wal").stat().st_size > 0
    result = backup.restore(path, saved)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert check_database(path).ok
    assert "Only in the WAL" not in names(path)
    # ...while the replaced file, kept as a backup, does hold it.
    assert "Only in the WAL" in names(result.replaced_backup)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store, tmp_path):
    path = store.path
    store.close()
    damaged = tmp_path / "damaged.g4b"
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over every page but the first two
        data[offset + 100:offset + 300] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(backup.RestoreRefused) as refused:
        backup.restore(path, damaged)
    assert "nothing was changed" in str(refused.value)
    assert digest(path) == before
    assert not list(paths.backup_dir().glob("*replaced*"))


def test_restore_refuses_a_file_of_another_program(store, tmp_path):
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    path = store.path
    store.close()
    before = digest(path)
    with pytest.raises(backup.RestoreRefused):
        backup.restore(path, foreign)
    assert digest(path) == before


def test_restore_refuses_while_the_database_is_open_in_a_window(store):
    saved = backup.backup_before(store, "test")
    window_lock = WriterLock(store.path)
    assert window_lock.acquire()
    try:
        with pytest.raises(DatabaseInUse):
            backup.restore(store.path, saved)
    finally:
        window_lock.release()


def test_cli_backup_list_restore(store, tmp_path, capsys):
    add_organisation(store, "In the copy")
    path = store.path
    store.close()
    out = tmp_path / "copy.g4b"
    assert cli.main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert cli.main(["backup", "--db", str(path)]) == 0
    assert cli.main(["backup", "--db", str(path), "--out", str(out)]) == 1  # never overwrites
    capsys.readouterr()
    assert cli.main(["backups", "--db", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and str(paths.backup_dir()) in listing
    with Store.open(path) as opened:
        add_organisation(opened, "After the copy")
    assert cli.main(["restore", "--db", str(path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "replaced file was kept" in printed
    assert "After the copy" not in names(path) and "In the copy" in names(path)
    assert cli.main(["restore", "--db", str(path), str(tmp_path / "missing.g4b")]) == 1
    assert "no such backup" in capsys.readouterr().err
