"""Press everything: every view of the window, in Dutch and in French, every enabled menu action, toolbar
action and button, with every dialog answered (cancelled; accepted with valid input where it matters).

Fails on: an exception in a slot (pytest-qt), a warning or error message box (an "unexpected error" is
one), a crash report in the data folder's logs, a dialog that does not close. A press that wrote
something is undone at once (so the next button meets the same records, and every undo is tried too).
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidgetAction

from g4b_desktop.db import summits
from g4b_desktop.ui.shell.main_window import MENUS, MainWindow

from press_helpers import (DialogAnswerer, a_working_committee, close_windows, crash_logs, open_window,
                           program_buttons, select_first_rows, tab_pages)

# Left out, each for its reason (objectName of a button, or the menu role of an action).
SKIPPED_BUTTONS = {"openPdf": "opens the PDF in the system's viewer, another program"}
SKIPPED_ROLES = {QAction.MenuRole.QuitRole: "Quit ends the program"}

# The records a view shows before its buttons are pressed (a view without an entry is pressed as it opens).
STATES = {
    "strategy": [lambda w, c: w.open_record("objective", c["objective"]),
                 lambda w, c: w.open_record("worksite", c["worksite"])],
    "partners": [lambda w, c: w.open_record("organisation", c["organisation"]),
                 lambda w, c: w.open_record("person", c["person"])],
    "indicators": [lambda w, c: w.open_record("indicator", c["indicator"])],
    "meetings": [lambda w, c: w.meetings_view.select_meeting(c["meeting"])],
}


class Presser:
    """Presses things in the window and writes down what went wrong, naming the press."""

    def __init__(self, window: MainWindow, qtbot, language: str, answerer: DialogAnswerer, undo: bool = True):
        self.window, self.qtbot, self.language, self.answerer = window, qtbot, language, answerer
        self.undo = undo
        self.problems: list[str] = []
        self.pressed: list[str] = []

    def press(self, what: str, do) -> None:
        window = self.window = self.window.latest()
        errors, stuck, logs = len(self.answerer.errors), len(self.answerer.stuck), crash_logs()
        before = window.undo_stack.index()
        do()
        self.settle()
        window = self.window = self.window.latest()
        if self.undo and window.undo_stack.index() > before and window.undo_stack.canUndo():
            window.undo_stack.undo()
            what += " (and its undo)"
            self.settle()
        self.pressed.append(what)
        where = f"[{self.language}] {what}"
        self.problems += [f"{where}: error message: {text}" for text in self.answerer.errors[errors:]]
        self.problems += [f"{where}: dialog did not close: {text}" for text in self.answerer.stuck[stuck:]]
        self.problems += [f"{where}: crash report {name}" for name in crash_logs() if name not in logs]

    def settle(self) -> None:
        """Let jobs end and the dialogs shown after them (a preview, an error) be answered."""
        self.qtbot.waitUntil(lambda: not self.window.latest().running_jobs(), timeout=20000)
        self.qtbot.wait(40)

    def click(self, view_key: str, button) -> None:
        what = f"{view_key}: button {button.text() or button.toolTip() or button.objectName()!r}"
        self.press(what, lambda: self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton))

    def trigger(self, where: str, action: QAction) -> None:
        self.press(f"{where}: action {action.text()!r}", action.trigger)


def menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def press_the_menus_and_toolbar(presser: Presser) -> None:
    for name in MENUS:
        for action in list(menu_actions(presser.window.latest().menu(name))):
            if shiboken6.isValid(action) and action.isEnabled() and action.menuRole() not in SKIPPED_ROLES:
                presser.trigger(f"menu {name}", action)
    for action in presser.window.latest().toolbar.actions():
        if not isinstance(action, QWidgetAction) and not action.isSeparator() and action.isEnabled():
            presser.trigger("toolbar", action)


def press_the_views(presser: Presser, committee: dict) -> None:
    for key in presser.window.view_keys():
        for state in STATES.get(key, [None]):
            window = presser.window.latest()
            view = window.show_view(key)
            if state is not None:
                state(window, committee)
            done: set[int] = set()
            for _page in tab_pages(view):
                select_first_rows(view)
                for button in program_buttons(view):
                    if id(button) in done or button.objectName() in SKIPPED_BUTTONS:
                        continue
                    if shiboken6.isValid(button) and button.isVisible() and button.isEnabled():
                        done.add(id(button))
                        presser.click(key, button)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_press_everything(qtbot, store, language):
    committee = a_working_committee(store)
    window = open_window(store, language)
    answerer = DialogAnswerer()
    presser = Presser(window, qtbot, language, answerer)
    try:
        press_the_views(presser, committee)
        press_the_menus_and_toolbar(presser)
    finally:
        answerer.stop()
        close_windows(presser.window)
    assert presser.problems == [], "\n".join(presser.problems)
    # it did press things: the buttons named in the issue among them
    pressed = "\n".join(presser.pressed)
    assert len(presser.pressed) > 60, pressed
    for needed in ("summit: button", "meetings: button", "menu tools: action", "menu file: action"):
        assert needed in pressed
    assert {"NewSummitDialog", "NoteOptionsDialog", "PlanDialog"} <= set(answerer.seen), (answerer.seen, pressed)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_dialogs_that_matter_accepted(qtbot, store, language, tmp_path):
    committee = a_working_committee(store)
    window = open_window(store, language)

    def new_summit(dialog):
        dialog.year.setValue(2031)
        dialog.accept()

    def yes(box: QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()

    answerer = DialogAnswerer({"NewSummitDialog": new_summit, "NoteOptionsDialog": lambda d: d.accept(),
                               "PlanDialog": lambda d: d.accept(), "QMessageBox": yes})
    presser = Presser(window, qtbot, language, answerer, undo=False)
    try:
        view = window.show_view("summit")
        presser.press("summit: new summit", lambda: qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton))
        assert summits.summit_by_year(store, 2031)
        presser.press("summit: progress note", lambda: qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton))
        # the note is made in the background, after the one-time author question (#18) has closed
        qtbot.waitUntil(lambda: "PdfPreview" in answerer.seen, timeout=60000)
        assert view.preview.document.pageCount() >= 1
        meetings_view = window.show_view("meetings")
        before = store.scalar("SELECT count(*) FROM meeting")
        presser.press("meetings: plan", lambda: qtbot.mouseClick(meetings_view.plan_button,
                                                                  Qt.MouseButton.LeftButton))
    finally:
        answerer.stop()
        close_windows(presser.window)
    assert presser.problems == [], "\n".join(presser.problems)
    assert store.scalar("SELECT count(*) FROM meeting") == before + 1
