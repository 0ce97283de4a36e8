"""Undo and redo with the keys a secretary uses, after approving minutes, and in the language chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from g4b_desktop.db import meetings, queries
from g4b_desktop.ui.shell.preferences import PreferencesDialog


def held_meeting(store) -> str:
    objective = queries.objective_by_code(store, "1.2")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12")
    meetings.mark_held(store, meeting_id)
    return meeting_id


def press(qtbot, window, keys: str) -> None:
    qtbot.keyClick(window, QKeySequence(keys)[0].key(), QKeySequence(keys)[0].keyboardModifiers())


def state(store, meeting_id):
    row = store.get("meeting", meeting_id)
    return row["state"], row["approved_at"] is not None


def test_ctrl_z_after_approving_minutes_and_ctrl_y_again(window, qtbot, store):
    meeting_id = held_meeting(store)
    view = window.show_view("meetings")
    assert view.select_meeting(meeting_id)
    qtbot.mouseClick(view.editor.approve_button, Qt.MouseButton.LeftButton)
    assert state(store, meeting_id) == ("approved", True)
    assert window.undo_action.text() == "Undo: Approve minutes of the meeting of 12/03/2027 (objective 1.2)"

    window.activateWindow()
    press(qtbot, window, "Ctrl+Z")
    assert state(store, meeting_id) == ("held", False)
    assert window.last_error == ""
    assert view.editor.approve_button.isEnabled()  # the view follows
    assert window.redo_action.text() == "Redo: Approve minutes of the meeting of 12/03/2027 (objective 1.2)"

    press(qtbot, window, "Ctrl+Y")  # the Windows habit
    assert state(store, meeting_id) == ("approved", True)
    press(qtbot, window, "Ctrl+Z")
    press(qtbot, window, "Ctrl+Shift+Z")  # and the other one
    assert state(store, meeting_id) == ("approved", True)
    assert window.last_error == ""


def test_undo_labels_follow_a_change_of_language(window, qtbot, store):
    meeting_id = held_meeting(store)
    view = window.show_view("meetings")
    assert view.select_meeting(meeting_id)
    qtbot.mouseClick(view.editor.approve_button, Qt.MouseButton.LeftButton)

    french = switch_language(window, "fr")
    assert french.undo_action.text().startswith("Annuler : Approuver le procès-verbal de la réunion du 12/03/2027")
    french.undo_action.trigger()
    assert french.redo_action.text().startswith("Rétablir : Approuver le procès-verbal de la réunion du 12/03/2027")

    dutch = switch_language(french, "nl")
    assert dutch.redo_action.text().startswith("Opnieuw: Notulen van de vergadering van 12/03/2027")
    assert dutch.undo_action.text() == "Ongedaan maken"


def switch_language(window, language: str):
    """Edit → Preferences…, another language, OK: the window that replaces this one."""
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()
    replaced = window.latest()
    assert replaced.language == language
    return replaced
