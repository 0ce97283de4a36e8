"""Editing an action item's text, owner and due date in the meetings window (one undoable action)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox

from g4b_desktop.db import meetings, queries
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    i18n.install("en")
    win = MainWindow(store)
    win.show()
    yield win
    win.undo_stack.clear()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_action_is_edited_in_the_window_refused_when_locked_and_undone(window, qtbot):
    store = window.store
    objective = queries.objective_by_code(store, "2.1")["id"]
    meeting, _ = meetings.plan_meeting(store, objective, "2027-03-12")
    action, _ = meetings.add_action(store, meeting, "Cijfers opvragen", owner_name="Actiris", due_date="2027-04-30")
    view = window.show_view("meetings")
    view.select_meeting(meeting)
    editor = view.editor
    editor.actions.table.selectRow(0)
    dialog = editor.actions.ask_edit_action()
    assert (dialog.what.text(), dialog.fields.owner.currentText(), dialog.fields.due.text()) == (
        "Cijfers opvragen", "Actiris", "30/04/2027")
    dialog.what.clear()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "⚠ An action needs a text."
    assert store.get("meeting_action", action)["what"] == "Cijfers opvragen"
    qtbot.keyClicks(dialog.what, "Cijfers opvragen bij view.brussels")
    dialog.fields.owner.setEditText("")
    dialog.fields.due.setFocus()
    dialog.fields.due.selectAll()
    qtbot.keyClicks(dialog.fields.due, "15/05/2027")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    row = store.get("meeting_action", action)
    assert (row["what"], row["owner_name"], row["due_date"]) == ("Cijfers opvragen bij view.brussels", None, "2027-05-15")
    assert editor.actions.table.item(0, 0).text() == "Cijfers opvragen bij view.brussels"
    window.undo_action.trigger()
    row = store.get("meeting_action", action)
    assert (row["what"], row["owner_name"], row["due_date"]) == ("Cijfers opvragen", "Actiris", "2027-04-30")
    # approved minutes: the text can no longer be edited (the button is off, the store refuses)
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting)["state"] == "approved"
    editor.actions.table.selectRow(0)
    assert not editor.actions.edit_button.isEnabled() and editor.actions.ask_edit_action() is None
