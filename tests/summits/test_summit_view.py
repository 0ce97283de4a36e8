"""The summit view in the real main window (qtbot, offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices

from g4b_desktop.db import commitments, summits
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.shell.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def window(qtbot, store, jobs):
    i18n.install("en")
    win = MainWindow(store)
    win.resize(1400, 850)
    win.show()
    yield win
    jobs.stop(win, 10000)
    win.undo_stack.clear()  # its signals must not reach the deleted window
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class UrlCatcher(QObject):
    """Stands in for the system's PDF viewer."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def check(view, code: str, state=Qt.CheckState.Checked) -> None:
    flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
    item = next(item for item in view.tree.findItems(code + " ", flags) if item.parent() is not None)
    item.setCheckState(0, state)


def test_summit_cycle_in_the_window(window, qtbot, store):
    view = window.show_view("summit")
    assert view is window.summit_view and not window.feature_errors
    assert not view.tree.isEnabled()  # no summit yet

    assert view.new_summit(2025, "2025-03-10")
    assert view.summit["year"] == 2025 and view.tree.isEnabled()
    check(view, "1.1.1")
    check(view, "2.1.2")
    assert view.priorities.rowCount() == 2
    check(view, "2.1.2", Qt.CheckState.Unchecked)
    assert [view.priorities.item(r, 0).text() for r in range(view.priorities.rowCount())] == ["1.1.1"]
    window.undo_stack.undo()  # the removal comes back
    assert view.priorities.rowCount() == 2

    view.priorities.selectRow(0)
    view.expected_edit.setPlainText("A climate governance body set up")
    assert view.save_priority()
    assert "A climate governance body" in view.priorities.item(0, 2).text()

    assert view.close_summit()
    assert store.get("summit", view.summit["id"])["closed_at"]
    assert not view.tree.isEnabled() and not view.close_button.isEnabled()

    worksite = store.rows("SELECT id FROM worksite WHERE code = '1.1.1'")[0]["id"]
    cid, changes = commitments.add(store, worksite, "Governance body installed")
    window.apply_changes(commitments.update(store, cid, {"status": "realised", "progress": 100}))

    assert view.new_summit(2026, "2026-03-09")
    assert view.previous_table.rowCount() == 2
    row = next(r for r in range(2) if view.previous_table.item(r, 0).text() == "1.1.1")
    assert view.previous_table.item(row, 3).text() == "1/1"
    view.previous_table.selectRow(row)
    assert view.expected_edit.isReadOnly()  # decided at a closed summit
    assert view.commitments.rowCount() == 1
    assert view.commitments.item(0, 1).text() == "Governance body installed"
    assert view.commitments.item(0, 2).text() == "Realised"
    view.statement_edit.setPlainText("The body met four times.")
    view.verdict_box.setCurrentIndex(view.verdict_box.findData("achieved"))
    assert view.save_priority()
    saved = store.rows("SELECT progress_statement, verdict FROM summit_priority p JOIN worksite w "
                       "ON w.id = p.worksite_id WHERE w.code = '1.1.1'")[0]
    assert saved == {"progress_statement": "The body met four times.", "verdict": "achieved"}
    assert view.previous_table.item(row, 6).text() == "Achieved"

    # a refused write shows a sentence and changes nothing
    assert not view.new_summit(2026, "2026-01-01")
    assert "already a Social Summit 2026" in window.last_error

    check(view, "1.2.1")
    view.priorities.selectRow(0)
    view.expected_edit.setPlainText("A first test of the new approach")
    view.save_priority()
    view.reload(keep_year=2026)
    view.previous_table.selectRow(row)
    window.statusBar().clearMessage()
    if os.environ.get("G4B_SCREENSHOTS") == "1":  # a test does not change the working tree otherwise
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SCREENSHOTS / "summit-view.png"))


def test_progress_note_job_and_preview(window, qtbot, store, tmp_path):
    view = window.show_view("summit")
    summit_id, _ = summits.create(store, 2025)
    window.apply_changes(summits.close(store, summit_id))
    job = view.progress_note({"objective_code": "1.2", "summit_year": 2025, "lang": "fr", "confidential": None})
    qtbot.waitUntil(lambda: getattr(view, "preview", None) is not None, timeout=20000)
    preview = view.preview
    assert preview.document.pageCount() >= 1
    saved = preview.save_as(str(tmp_path / "note"))
    assert saved == tmp_path / "note.pdf"
    text = pypdf.PdfReader(str(saved)).pages[0].extract_text()
    assert "Objectif 1.2" in text
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        assert preview.open_external()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.opened == [str(saved)]
    preview.close()
    assert job is not None


def test_tools_progress_note_does_not_build_the_summit_screen(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from g4b_desktop.ui.shell import preferences
    from g4b_desktop.ui.summit.summit_view import SummitView

    monkeypatch.setattr(preferences, "needs_asking", lambda what: False)  # the author's name is known

    action = window.findChild(QAction, "progressNoteAction")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(200, answer)
    action.trigger()
    assert seen == ["NoteOptionsDialog"]
    assert window.findChildren(SummitView) == []
