"""Closing a summit asks first; a closed summit can be reopened from the window (asked too), and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from g4b_desktop.db import summits, queries

from press_helpers import DialogAnswerer


def answer(button: QMessageBox.StandardButton):
    return {"QMessageBox": lambda box: box.button(button).click()}


def closed_at(store, summit_id):
    return store.get("summit", summit_id)["closed_at"]


def test_close_asks_and_reopen_is_in_the_window(window, qtbot, store):
    summit_id, _ = summits.create(store, 2026, "2026-11-19")
    summits.add_priority(store, summit_id, queries.worksite_by_code(store, "2.1.4")["id"])
    view = window.show_view("summit")
    assert view.close_button.isVisible() and not view.reopen_button.isVisible()

    answerer = DialogAnswerer(answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    answerer.stop()
    assert answerer.seen == ["QMessageBox"] and closed_at(store, summit_id) is None

    answerer = DialogAnswerer(answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    answerer.stop()
    assert closed_at(store, summit_id) is not None
    assert view.reopen_button.isVisible() and not view.close_button.isVisible()
    assert not view.tree.isEnabled()

    answerer = DialogAnswerer(answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    answerer.stop()
    assert closed_at(store, summit_id) is not None

    answerer = DialogAnswerer(answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    answerer.stop()
    assert closed_at(store, summit_id) is None and store.get("summit", summit_id)["snapshot"] is None
    assert view.close_button.isVisible() and view.tree.isEnabled()
    assert window.undo_action.text() == "Undo: Reopen Social Summit 2026"

    window.activateWindow()  # back from the message box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reopening undone
    assert closed_at(store, summit_id) is not None and store.get("summit", summit_id)["snapshot"]
    assert view.reopen_button.isVisible()
    assert answerer.errors == [] and window.last_error == ""
