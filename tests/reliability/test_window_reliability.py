"""The window side: daily backup, restore and check from the menus, notices, disk full."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from g4b_desktop import paths
from g4b_desktop.db import backup, partners
from g4b_desktop.db.backup import check_offering_backup
from g4b_desktop.db.store import Store
from g4b_desktop.ui.backups import backups_view, check_dialog, restore_dialog
from g4b_desktop.ui.shell import crash_dialog
from g4b_desktop.ui.operations import perform

from .conftest import make_window


def organisation_names(store: Store) -> set[str]:
    return {r["name"] for r in store.rows("SELECT name FROM organisation")}


def add_through_the_window(window, name: str) -> bool:
    return perform(window.session, lambda: partners.add_organisation(window.store, name)) is not None


def test_menus_and_the_daily_backup_on_opening(window, store, qtbot):
    assert window.restore_action in window.menu("file").actions()
    assert window.check_action in window.menu("help").actions()
    # made on a worker thread once the window is shown, then said in the status bar
    qtbot.waitUntil(lambda: "Daily backup saved" in window.statusBar().currentMessage(), timeout=10000)
    made = backup.list_backups(store.path)
    assert [b.kind for b in made] == ["daily"]
    # A second window on the same day makes no second daily backup.
    other = make_window(qtbot, Store.open(store.path))
    qtbot.wait(50)
    backups_view.wait_for_background()
    assert len(backup.list_backups(store.path)) == 1
    other.close()  # disposed after the test


def test_restore_from_the_window_replaces_the_database_and_reopens_it(window, store, qtbot):
    assert add_through_the_window(window, "Kept")
    saved = backup.backup_before(store, "test")
    assert add_through_the_window(window, "Undone by the restore")
    assert window.undo_stack.count() == 2
    dialog = restore_dialog.show_restore(window)
    paths_listed = [b.path for b in dialog.backups]
    assert saved in paths_listed
    dialog.table.selectRow(paths_listed.index(saved))
    new_window = dialog.restore_selected(confirm=False)
    assert new_window is not None and window.latest() is new_window
    names = organisation_names(new_window.store)
    assert "Kept" in names and "Undone by the restore" not in names
    assert new_window.undo_stack.count() == 0  # old undo steps belong to the replaced file
    replaced = [b for b in backup.list_backups(store.path) if b.kind == "replaced"]
    assert len(replaced) == 1
    with Store.open(replaced[0].path, readonly=True) as kept:
        assert "Undone by the restore" in organisation_names(kept)
    assert "Restored from" in new_window.statusBar().currentMessage()
    # The restored database takes edits as usual.
    assert add_through_the_window(new_window, "After the restore")


def test_restore_refuses_a_damaged_backup_and_keeps_the_window_working(window, store, tmp_path):
    damaged = tmp_path / "damaged.g4b"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 1000)
    assert restore_dialog.restore_backup(window, damaged, confirm=False) is None
    assert "cannot be restored" in window.last_error
    assert add_through_the_window(window, "Still fine")
    assert window.latest() is window


def test_check_database_in_words_offers_the_newest_good_backup(window, store):
    good = backup.backup_before(store, "test")
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT INTO person (id, full_name, organisation_id, created_at, updated_at) "
                 "VALUES ('p1', 'Jan', 'gone', 'x', 'x')")
    conn.commit()
    conn.close()
    dialog = check_dialog.check_now(window)
    assert "1 person record(s) refer to a missing organisation" in dialog.text.text()
    assert dialog.report.good_backup.path == good
    assert dialog.restore_button is not None
    new_window = dialog.restore_good(confirm=False)
    assert new_window.store.scalar("SELECT count(*) FROM person WHERE id = 'p1'") == 0
    assert check_dialog.check_now(new_window).report.ok


def test_read_only_database_shows_a_notice_and_refuses_edits(qtbot, db_path):
    window = make_window(qtbot, Store.open(db_path, readonly=True))
    notice = window.reliability_notices["readonly"]
    assert notice.isVisible() and "read-only" in notice.text()
    before = organisation_names(window.store)
    assert not add_through_the_window(window, "Refused")
    assert "read-only" in window.last_error
    assert organisation_names(window.store) == before
    assert window.undo_stack.count() == 0


def test_database_in_a_synced_folder_shows_why(qtbot, db_path, tmp_path):
    synced = tmp_path / "Dropbox" / "committee.g4b"
    synced.parent.mkdir()
    db_path.rename(synced)
    window = make_window(qtbot, Store.open(synced))
    notice = window.reliability_notices["location"]
    assert notice.isVisible()
    assert "synced folder" in notice.text() and "Dropbox" in notice.text()
    assert "network" not in window.reliability_notices


def test_disk_full_in_the_window_is_said_and_nothing_changes(window, store, qtbot):
    assert add_through_the_window(window, "Before")
    before = (organisation_names(store), window.undo_stack.count(), store.scalar("SELECT count(*) FROM change_set"))
    store.db.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count')}")
    big = "x" * 2_000_000  # more than the file may grow
    with pytest.raises(sqlite3.OperationalError) as failure:
        perform(window.session, lambda: partners.add_organisation(window.store, "Big", notes=big))
    # What the application's excepthook does with it:
    dialog = crash_dialog.show_exception(type(failure.value), failure.value, failure.value.__traceback__)
    assert dialog.objectName() == "diskFullMessage" and "disk is full" in dialog.text()
    assert "nothing of it was written" in dialog.text()
    dialog.close()
    after = (organisation_names(store), window.undo_stack.count(), store.scalar("SELECT count(*) FROM change_set"))
    assert after == before
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert add_through_the_window(window, "After")
    window.undo_stack.undo()
    assert "After" not in organisation_names(store)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):
        data[offset + 100:offset + 300] = b"\xee" * 200
    path.write_bytes(bytes(data))


def test_a_damaged_file_at_start_is_never_opened_for_writing(store, qtbot, capsys, monkeypatch):
    # the check before the window runs after an unclean shutdown (the day's check runs later)
    monkeypatch.setattr(backup, "unclean_shutdown", lambda path: True)
    good = backup.backup_before(store, "test")
    path = store.path
    store.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    asked = []

    def choose(path_, report, language):
        asked.append((report.good_backup.path, report.problems))
        return "readonly"

    told = []
    opened, refusal = backups_view.check_on_start(path, "tester", choose=choose, tell=told.append)
    assert asked and asked[0][0] == good and any("damaged" in p for p in asked[0][1])
    if opened is not None:  # readable enough to look at: read-only
        assert opened.readonly and refusal is None
        opened.close()
    else:  # too damaged even to read: said so, and the program stops
        assert refusal == 1 and "cannot be read" in told[0]
    assert path.read_bytes() == damaged_bytes
    # Without a window (smoke test), it says why and stops.
    assert backups_view.check_on_start(path, "tester", quiet=True) == (None, 1)
    assert "damaged" in capsys.readouterr().err
    # Choosing the backup restores it and opens the restored file.
    opened, refusal = backups_view.check_on_start(path, "tester", choose=lambda *a: "restore")
    assert refusal is None and not opened.readonly
    assert opened.scalar("PRAGMA integrity_check") == "ok"
    opened.close()


def test_a_sound_file_at_start_is_opened_as_usual(db_path, monkeypatch):
    assert backups_view.check_on_start(db_path, "tester", choose=lambda *a: pytest.fail("asked")) == (None, None)
    monkeypatch.setattr(backup, "unclean_shutdown", lambda path: True)
    assert backups_view.check_on_start(db_path, "tester", choose=lambda *a: pytest.fail("asked")) == (None, None)


def test_the_days_check_of_a_damaged_file_makes_no_backup_and_offers_the_good_one(store):
    good = backup.backup_before(store, "test")
    path = store.path
    store.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    result = backup.start_of_day(path)
    assert result.backup is None and result.damage is not None
    assert result.damage.good_backup is not None and result.damage.good_backup.path == good
    assert [b.kind for b in backup.list_backups(path)] == ["before-test"]
    assert path.read_bytes() == damaged_bytes


def test_damage_found_after_opening_goes_on_read_only_or_closes(window, store, qtbot, tmp_path):
    copy = tmp_path / "damaged.g4b"
    store.copy_to(copy)
    damage(copy)
    report = check_offering_backup(copy)
    assert not report.ok
    asked = []
    replaced = backups_view.damage_found(window, report, choose=lambda *a: asked.append(a) or "readonly")
    assert asked and asked[0][0] == copy
    assert replaced is not None and replaced is window.latest() and replaced.store.readonly
    assert "read-only" in replaced.reliability_notices["readonly"].text()
    assert backups_view.damage_found(replaced, report, choose=lambda *a: "quit") is None
    assert not replaced.isVisible()


def test_the_days_check_and_backup_run_after_the_window_is_shown(qtbot, db_path, monkeypatch):
    started = []
    real = backup.start_of_day

    def slow_start_of_day(path, folder=None, **options):
        started.append(path)
        return real(path, folder, **options)

    monkeypatch.setattr(backup, "start_of_day", slow_start_of_day)
    from g4b_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(Store.open(db_path))
    qtbot.addWidget(window)
    assert started == [] and backup.list_backups(db_path) == []  # nothing before the window shows
    window.show()
    qtbot.waitUntil(lambda: "Daily backup saved" in window.statusBar().currentMessage(), timeout=10000)
    assert started == [db_path] and [b.kind for b in backup.list_backups(db_path)] == ["daily"]
    window.close()


def test_menus_and_notices_are_translated(qtbot, db_path):
    from g4b_desktop.ui.shell import i18n
    from g4b_desktop.ui.shell.main_window import MainWindow

    i18n.install("nl")
    try:
        window = MainWindow(Store.open(db_path, readonly=True))
        qtbot.addWidget(window)
        assert window.restore_action.text() == "&Reservekopie terugzetten…"
        assert window.check_action.text() == "Databank &controleren…"
        assert "alleen-lezen" in window.reliability_notices["readonly"].text()
        dialog = check_dialog.check_now(window)
        assert dialog.windowTitle() == "Databank controleren"
        assert "in orde" in dialog.text.text()
        from .conftest import dispose

        dispose(window)
    finally:
        i18n.install("en")


def test_a_failing_daily_backup_is_logged_and_the_window_opens(qtbot, db_path):
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.backup_dir().write_text("a file where the backup folder should be")
    window = make_window(qtbot, Store.open(db_path))
    qtbot.waitUntil(lambda: "daily backup could not be made" in window.statusBar().currentMessage(), timeout=10000)
    assert list(paths.log_dir().glob("error-*.log"))
    assert add_through_the_window(window, "Work goes on")

