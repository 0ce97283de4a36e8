"""Cancel where it is safe, progress where it is not (#19): Export and Save a copy stop on Cancel and
leave no file; the import wizard reads and previews on a worker with Cancel (nothing written); the
day's check and backup show their progress in the status bar while the window stays usable.

Each job is held at its start by a gate (a real function wrapped to wait), so that its progress is
shown and Cancel is clicked while it runs; the job's own code then stops at its next check."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWizard

from g4b_desktop.db import backup as backups
from g4b_desktop.exchange import workbook_export
from g4b_desktop.ui.backups import backups_view
from g4b_desktop.ui.exchange import import_wizard
from g4b_desktop.ui.shell import file_actions, jobs


def shown_progress() -> QProgressDialog | None:
    found = [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    return found[0] if found else None


def click_cancel(qtbot, dialog: QProgressDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


@pytest.fixture
def gate(monkeypatch):
    """Holds a wrapped function until released (at the latest after 20 s)."""
    release = threading.Event()
    yield release
    release.set()


def held(function, release):
    def wrapper(*args, **kwargs):
        release.wait(20)
        return function(*args, **kwargs)
    return wrapper


def test_cancel_an_export_leaves_no_file_and_the_old_one_as_it_was(window, qtbot, tmp_path, monkeypatch, gate):
    monkeypatch.setattr(workbook_export, "write_sheet", held(workbook_export.write_sheet, gate))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "go4brussels.xlsx"
    target.write_bytes(b"the export of last week")
    window.exchange_actions.export_to(target, "fr")
    qtbot.waitUntil(lambda: shown_progress() is not None, timeout=3000)   # after 0.5 s
    click_cancel(qtbot, shown_progress())
    gate.set()
    qtbot.waitUntil(lambda: not window._jobs, timeout=30000)
    assert target.read_bytes() == b"the export of last week"
    assert sorted(p.name for p in folder.iterdir()) == ["go4brussels.xlsx"]   # no partial file left
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    # not cancelled: the same export is written
    window.exchange_actions.export_to(target, "fr")
    qtbot.waitUntil(lambda: not window._jobs, timeout=30000)
    assert openpyxl.load_workbook(target, read_only=True).sheetnames[0] == "Engagements"


def test_cancel_save_a_copy_makes_no_file(window, qtbot, tmp_path, monkeypatch, gate):
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "kopie.g4b"
    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real_open = file_actions.Store.open
    monkeypatch.setattr(file_actions.Store, "open", held(real_open, gate))
    action = next(a for a in window.menu("file").actions() if a.text().replace("&", "").startswith("Save a copy"))
    action.trigger()
    qtbot.waitUntil(lambda: shown_progress() is not None, timeout=3000)
    click_cancel(qtbot, shown_progress())
    gate.set()
    qtbot.waitUntil(lambda: not window._jobs, timeout=30000)
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Copy cancelled; no file was made."


def partner_workbook(path, store):
    book = openpyxl.Workbook()
    book.active.append(["Beleidswerf", "Engagement", "Stand van zaken", "Vordering"])
    code = store.scalar("SELECT code FROM worksite ORDER BY code LIMIT 1")
    book.active.append([code, "Opleiding voor werkzoekenden", "In uitvoering", 40])
    book.save(path)
    return path


@pytest.mark.parametrize("step", ["load", "preview"])
def test_the_import_wizard_reads_on_a_worker_and_cancel_writes_nothing(window, qtbot, tmp_path, monkeypatch,
                                                                      gate, step):
    monkeypatch.setattr(import_wizard.partner_import, step, held(getattr(import_wizard.partner_import, step), gate))
    path = partner_workbook(tmp_path / "partner.xlsx", window.store)
    before = window.store.scalar("SELECT count(*) FROM commitment")
    wizard = window.exchange_actions.import_spreadsheet(path)
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    seen = {}

    def cancel_when_shown():
        dialog = shown_progress()
        if dialog is None:
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen["modal to the wizard"] = dialog.parent() is wizard
        seen["window ticks"] = True   # this timer ran: the event loop kept going while the file was read
        click_cancel(qtbot, dialog)
        gate.set()

    if step == "preview":
        gate.set()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)   # read: to the mapping
        assert wizard.currentPage() is wizard.mapping_page
        gate.clear()
    QTimer.singleShot(20, cancel_when_shown)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)   # returns once the job has stopped
    assert seen == {"modal to the wizard": True, "window ticks": True}
    if step == "load":
        assert wizard.currentPage() is wizard.choose_page
        assert wizard.choose_page.error.text() == "Reading the file was cancelled."
    else:
        assert wizard.currentPage() is wizard.preview_page
        assert wizard.preview_page.table.rowCount() == 0
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        assert wizard.preview_page.summary.text().startswith("The preview was cancelled; nothing was changed.")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert window.store.scalar("SELECT count(*) FROM commitment") == before
    # asked again, not cancelled: the preview is made and the import can be applied
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    if step == "load":
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.table.item(0, 1).text() == "new"
    wizard.reject()


def test_the_days_check_and_backup_show_progress_in_the_status_bar(qtbot, store, monkeypatch, gate):
    from g4b_desktop.ui.shell.main_window import MainWindow

    monkeypatch.setattr(backups_view, "START_OF_DAY_DELAY_MS", 0)
    monkeypatch.setattr(backups, "start_of_day", held(backups.start_of_day, gate))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.statusBar().findChildren(jobs.StatusProgress)),
                    timeout=3000)
    indicator = window.statusBar().findChildren(jobs.StatusProgress)[0]
    assert indicator.label.text() == "Checking the database and making today's backup…"
    assert shown_progress() is None and QApplication.activeModalWidget() is None   # the window stays usable
    window.show_view("commitments")
    assert window.current_view() == "commitments"
    gate.set()
    qtbot.waitUntil(lambda: "Daily backup saved" in window.statusBar().currentMessage(), timeout=20000)
    qtbot.waitUntil(lambda: not window.statusBar().findChildren(jobs.StatusProgress))   # removed when done
    assert [b.kind for b in backups.list_backups(store.path)] == ["daily"]
    window.close()
