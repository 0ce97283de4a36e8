"""Long jobs keep the window answering (#19): an import's apply, a backup and a restore run on worker
threads; a timer on the window's thread keeps ticking meanwhile; the result is read back; a cancel
before the write leaves the database as it was (compared as a dump)."""

from __future__ import annotations

import sqlite3
import threading
import time

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWizard

from g4b_desktop.db import backup as backups
from g4b_desktop.exchange import partner_import
from g4b_desktop.ui.shell import jobs as job_runner

GENEROUS_GAP_MS = 300   # the test's bound on a shared machine; the benchmark's target is 100 ms
ROWS = 1500


class Ticks:
    """The longest gap between the ticks of a 10 ms timer on the window's thread."""

    def __init__(self):
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.count = 0
        self.longest = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.count += 1

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def dump(path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def partner_file(store, tmp_path):
    codes = [r["code"] for r in store.rows("SELECT code FROM worksite ORDER BY code")]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Opmerkingen"])
    for n in range(ROWS):
        sheet.append([codes[n % len(codes)], f"Engagement {n} van de partner", "In uitvoering", n % 100,
                      "Budget 2027" if n % 3 else None])
    path = tmp_path / "partner-opvolging.xlsx"
    book.save(path)
    return path


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_preview(window, qtbot, path):
    wizard = window.exchange_actions.import_spreadsheet(path)
    qtbot.waitExposed(wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))   # the mapping
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))   # the preview
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def progress_dialog():
    shown = [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    return shown[0] if shown else None


def test_import_apply_runs_while_the_window_ticks(window, qtbot, partner_file, jobs):
    store = window.store
    wizard = to_preview(window, qtbot, partner_file)
    before = store.scalar("SELECT count(*) FROM commitment")
    said = []   # every status-bar message (the day's backup may say its own line after the import's)
    window.statusBar().messageChanged.connect(said.append)
    ticks = Ticks()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible() and window.running_jobs()   # the wizard closed, the job runs
    jobs.finish(window, timeout=60000)
    qtbot.wait(50)
    gap = ticks.stop()
    assert ticks.count > 3 and gap < GENEROUS_GAP_MS, f"the window stalled {gap:.0f} ms"
    assert store.scalar("SELECT count(*) FROM commitment") == before + ROWS
    assert store.scalar("SELECT notes FROM commitment WHERE title = 'Engagement 4 van de partner'") == "Budget 2027"
    assert any("1500 new, 0 updated" in message for message in said)
    assert window.undo_stack.undoText() == "Import partner-opvolging.xlsx"
    window.undo_stack.undo()   # one undo step, written by the worker's action
    assert store.scalar("SELECT count(*) FROM commitment") == before


def test_cancelled_import_leaves_the_database_as_it_was(window, qtbot, partner_file, monkeypatch, jobs):
    monkeypatch.setattr(job_runner, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    original = partner_import.backup.backup_before

    def slow_backup(*args, **kwargs):   # the job is still busy when the user presses Cancel
        release.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(partner_import.backup, "backup_before", slow_backup)
    wizard = to_preview(window, qtbot, partner_file)
    before = dump(window.store.path)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    job = window.running_jobs()[0]
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=5000)
    click(qtbot, job.dialog.findChild(QPushButton))
    assert job.cancelled
    release.set()
    jobs.finish(window, timeout=30000)
    assert "cancelled; nothing was changed" in window.statusBar().currentMessage()
    assert dump(window.store.path) == before
    assert window.undo_stack.count() == 0


def test_save_a_copy_runs_while_the_window_ticks(window, qtbot, tmp_path, monkeypatch, jobs):
    from g4b_desktop.ui.shell import file_actions

    target = tmp_path / "kopie.g4b"
    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = next(a for a in window.menu("file").actions() if a.text().replace("&", "").startswith("Save a copy"))
    ticks = Ticks()
    action.trigger()
    jobs.finish(window, timeout=30000)
    gap = ticks.stop()
    assert gap < GENEROUS_GAP_MS
    assert dump(target) == dump(window.store.path)


def answer_yes_when_asked(qtbot):
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(20, answer)


def backup_then_add(window):
    store = window.store
    made = backups.manual_backup(store)
    with store.action("after the backup") as act:
        act.insert("organisation", {"name": "Na de back-up"})
    return made


def test_restore_runs_while_the_window_ticks(window, qtbot):
    backup_then_add(window)
    window.restore_action.trigger()
    dialog = window.reliability_dialog
    dialog.table.selectRow(0)
    ticks = Ticks()
    answer_yes_when_asked(qtbot)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: window.latest() is not window, timeout=30000)
    gap = ticks.stop()
    new = window.latest()
    assert new.store.scalar("SELECT count(*) FROM organisation WHERE name = 'Na de back-up'") == 0
    assert "Restored from" in new.statusBar().currentMessage()
    # the copy and its checks ran on a worker; what the window's thread does is build the new window
    assert gap < 2 * GENEROUS_GAP_MS, f"the window stalled {gap:.0f} ms"


def test_cancelled_restore_leaves_the_database_as_it_was(window, qtbot, monkeypatch):
    backup_then_add(window)
    monkeypatch.setattr(job_runner, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    checks = []
    original = backups.check_restorable

    def slow_check(path):   # the second check is of the copy about to replace the file
        checks.append(path)
        if len(checks) == 2:
            release.wait(20)
        return original(path)

    monkeypatch.setattr(backups, "check_restorable", slow_check)
    before = dump(window.store.path)
    window.restore_action.trigger()
    dialog = window.reliability_dialog
    dialog.table.selectRow(0)
    answer_yes_when_asked(qtbot)

    def cancel_when_shown():
        shown = progress_dialog()
        if shown is not None and len(checks) == 2:
            click(qtbot, shown.findChild(QPushButton))
            release.set()
        else:
            QTimer.singleShot(20, cancel_when_shown)
    QTimer.singleShot(20, cancel_when_shown)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30000)
    assert window.latest() is window and dump(window.store.path) == before
    assert window.store.scalar("SELECT count(*) FROM organisation WHERE name = 'Na de back-up'") == 1
