"""In the window, the organiser and the author are asked once, the first time a document needs them (issue 18)."""

from __future__ import annotations

import icalendar
import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from g4b_desktop import settings
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.meetings import meetings_editor
from g4b_desktop.ui.shell.main_window import MainWindow
from g4b_desktop.ui.shell.preferences import IdentityDialog

from meeting_helpers import committee_1_2


@pytest.fixture
def window(qtbot, store, jobs):
    i18n.install("en")
    win = MainWindow(store)
    win.resize(1400, 850)
    win.show()
    yield win
    jobs.stop(win, 5000)
    win.undo_stack.clear()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def planned_editor(window, store):
    c = committee_1_2(store)
    view = window.show_view("meetings")
    dialog = view.ask_plan()
    dialog.objective.setCurrentIndex(dialog.objective.findData(c["objective"]["id"]))
    dialog.date.setDate(dialog.date.date().fromString("2027-03-12", "yyyy-MM-dd"))
    dialog.start.set_text("09:30")
    dialog.accept()
    return view.editor, view.selected_id()


def click(qtbot, dialog, which) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def test_organiser_asked_once_then_invitations_are_requests(window, qtbot, store, tmp_path, monkeypatch):
    editor, meeting_id = planned_editor(window, store)
    target = tmp_path / "uitnodiging.ics"
    monkeypatch.setattr(meetings_editor.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(IdentityDialog)
    assert dialog is not None and dialog.isVisible() and not target.exists()
    qtbot.keyClicks(dialog.name, "Secretariaat stuurcomite 1.2")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.email, "secretariaat 1.2@example")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and "is not an e-mail address" in dialog.problem.text()  # said, not saved
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "stuur.12@example.brussels")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(target.exists, timeout=5000)  # the export went on after the answer

    assert settings.organiser() == ("Secretariaat stuurcomite 1.2", "stuur.12@example.brussels")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert sorted(str(a) for a in event["ATTENDEE"]) == ["mailto:anne.dupont@example.brussels",
                                                         "mailto:secretariaat@example.brussels"]
    assert event["ORGANIZER"].params["CN"] == "Secretariaat stuurcomite 1.2"

    target.unlink()
    qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)  # the second time: no question
    assert target.exists()
    assert not any(d.isVisible() for d in editor.findChildren(IdentityDialog))


def test_author_asked_once_and_not_now_keeps_the_program_name(window, qtbot, store, tmp_path, monkeypatch):
    editor, meeting_id = planned_editor(window, store)
    target = tmp_path / "notulen.pdf"
    monkeypatch.setattr(meetings_editor.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(IdentityDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.email.isVisible()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)  # "Not now"
    qtbot.waitUntil(target.exists, timeout=20000)
    assert pypdf.PdfReader(str(target)).metadata.author == "Go4Brussels Desktop"
    assert settings.asked("author")

    target.unlink()
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert not any(d.isVisible() for d in editor.findChildren(IdentityDialog))


def test_cancel_a_meeting_in_the_window_then_its_invitation_cancels_it(window, qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    settings.remember({"organiser_name": "Secretariaat 1.2", "organiser_email": "stuur.12@example.brussels"})
    editor, meeting_id = planned_editor(window, store)
    target = tmp_path / "uitnodiging.ics"
    monkeypatch.setattr(meetings_editor.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    sent = next(iter(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")))

    monkeypatch.setattr(meetings_editor.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting_id)["cancelled_at"] is None  # "No": nothing happens
    monkeypatch.setattr(meetings_editor.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting_id)["cancelled_at"]
    assert not editor.cancel_button.isEnabled()
    # the window says so: the heading and the meeting list show it cancelled, not planned
    assert editor.heading.text().endswith("Cancelled")
    view = window.meetings_view
    row = next(r for r in range(view.list.rowCount()) if view.list.item(r, 0).data(Qt.ItemDataRole.UserRole) == meeting_id)
    assert view.list.item(row, 2).text() == "Cancelled"

    qtbot.mouseClick(editor.ics_button, Qt.MouseButton.LeftButton)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    cancelled = next(iter(calendar.walk("VEVENT")))
    assert str(calendar["METHOD"]) == "CANCEL" and str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["UID"]) == str(sent["UID"]) and cancelled["SEQUENCE"] > sent["SEQUENCE"]

    window.undo_stack.undo()  # the meeting is on again
    assert store.get("meeting", meeting_id)["cancelled_at"] is None and editor.cancel_button.isEnabled()


def test_the_name_given_once_is_the_pdfs_author_and_the_change_logs(window, qtbot, store, tmp_path, monkeypatch):
    editor, meeting_id = planned_editor(window, store)
    target = tmp_path / "notulen.pdf"
    monkeypatch.setattr(meetings_editor.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(IdentityDialog)
    qtbot.keyClicks(dialog.name, "Marie Peeters")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert pypdf.PdfReader(str(target)).metadata.author == "Marie Peeters"
    assert window.store.author == "Marie Peeters" and settings.load()["author"] == "Marie Peeters"
