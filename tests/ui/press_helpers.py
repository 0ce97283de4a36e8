"""Pressing the window's buttons and actions with every dialog answered: shared by the window-wide tests."""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QDialog, QMessageBox, QProgressDialog, QTabWidget, QWidget,
)

from g4b_desktop import paths
from g4b_desktop.db import meetings, queries, summits
from g4b_desktop.ui.shell import i18n

# Qt's own buttons inside item views and tab bars: not the program's.
QT_INTERNAL = ("qt_tableview_cornerbutton", "ScrollLeftButton", "ScrollRightButton")


class DialogAnswerer(QObject):
    """Answers every dialog that appears: a function of `accept` (by class name) fills and accepts it,
    any other is cancelled. Warning and critical message boxes are kept in `errors`; a dialog still
    open after many tries is kept in `stuck` (and forced shut, so the test goes on to report it)."""

    def __init__(self, accept: dict[str, Callable[[QDialog], None]] | None = None):
        super().__init__()
        self.accept = dict(accept or {})
        self.seen: list[str] = []
        self.errors: list[str] = []
        self.stuck: list[str] = []
        self._tries: dict[int, int] = {}
        self._answered: list[QWidget] = []  # kept, so that no later dialog gets the id of an earlier one
        self._known = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer = QTimer(self)
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _open_dialogs(self) -> list[QWidget]:
        modal = QApplication.activeModalWidget()
        found = [modal] if modal is not None else []
        for widget in QApplication.topLevelWidgets():  # windows shown without exec (previews, reports)
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not modal \
                    and id(widget) not in self._known:
                found.append(widget)
        return found

    def _answer(self) -> None:
        for dialog in self._open_dialogs():
            if not shiboken6.isValid(dialog) or isinstance(dialog, QProgressDialog):
                continue  # a job's progress closes itself when the job ends
            name = type(dialog).__name__
            tries = self._tries.get(id(dialog), 0) + 1
            self._tries[id(dialog)] = tries
            if tries == 1:
                self._answered.append(dialog)
                self.seen.append(name)
                if isinstance(dialog, QMessageBox) and dialog.icon() in (QMessageBox.Icon.Warning,
                                                                          QMessageBox.Icon.Critical):
                    self.errors.append(dialog.text())
            if tries > 40:
                self.stuck.append(f"{name}: {dialog.windowTitle()}")
                dialog.hide()
                if isinstance(dialog, QDialog):
                    dialog.done(QDialog.DialogCode.Rejected)
                continue
            handler = self.accept.get(name)
            if handler is not None and tries == 1:
                handler(dialog)
            elif isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()


def crash_logs() -> list[str]:
    folder = paths.log_dir()
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def select_first_rows(widget: QWidget) -> None:
    """Give every shown list or table a current row, so the buttons that need one are enabled."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def program_buttons(widget: QWidget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton)
            if b.objectName() not in QT_INTERNAL and b.isVisible() and b.isEnabled()]


def reveal(widget: QWidget) -> None:
    """Make the tabs holding `widget` current, from the outside in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


def tab_pages(widget: QWidget):
    """Show each page of each tab widget in turn, nested ones too (yields after each)."""
    yield None
    for tab_widget in widget.findChildren(QTabWidget):
        for index in range(tab_widget.count()):
            if shiboken6.isValid(tab_widget) and tab_widget.isTabEnabled(index):
                reveal(tab_widget)
                tab_widget.setCurrentIndex(index)
                yield (tab_widget, index)


def a_working_committee(store) -> dict:
    """Records for every view to show: a meeting held with an agenda item (after an earlier one, and an
    agenda template), an open summit with a
    priority and a closed one, a commitment, a contact, an indicator value, something in the trash."""
    from g4b_desktop.db import commitments, indicators, partners

    objective = queries.objective_by_code(store, "1.2")
    worksite = queries.worksite_by_code(store, "2.1.4")
    commitment_id, _ = commitments.add(store, worksite["id"], "Stageplaatsen werven", status="in_progress",
                                       progress=30, due_date="2020-06-30")
    gone, _ = commitments.add(store, worksite["id"], "Per vergissing toegevoegd")
    commitments.delete(store, gone)
    organisation = store.scalar("SELECT id FROM organisation ORDER BY name LIMIT 1")
    person_id, _ = partners.add_person(store, "Anne Dupont-Van Damme", organisation_id=organisation,
                                       email="anne.dupont@example.brussels")
    earlier, _ = meetings.plan_meeting(store, objective["id"], "2026-12-01")
    meetings.add_agenda_item(store, earlier, "Goedkeuring verslag")
    meetings.save_template(store, earlier, "Gewone vergadering")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12")
    meetings.add_agenda_item(store, meeting_id, "Jongerengarantie")
    meetings.mark_held(store, meeting_id)
    indicator = store.scalar("SELECT id FROM indicator ORDER BY code LIMIT 1")
    indicators.set_year(store, indicator, 2025, {"value": 42.0, "target": 50})
    closed_id, _ = summits.create(store, 2025, "2025-11-20")
    summits.add_priority(store, closed_id, worksite["id"], "1.000 stages")
    summits.close(store, closed_id)
    summit_id, _ = summits.create(store, 2026, "2026-11-19")
    summits.add_priority(store, summit_id, worksite["id"], "2.000 stages")
    return {"objective": objective["id"], "worksite": worksite["id"], "commitment": commitment_id,
            "organisation": organisation, "person": person_id, "meeting": meeting_id, "indicator": indicator,
            "summit": summit_id}


def open_window(store, language: str):
    """The main window on `store` in `language`, at a laptop's 1280×800."""
    from g4b_desktop.ui.shell.main_window import MainWindow
    from g4b_desktop.ui.shell.undo import Session

    i18n.install(language)
    window = MainWindow(store, Session(store, language))
    window.resize(1280, 800)
    window.show()
    return window


def close_windows(window) -> None:
    window = window.latest()
    window.wait_for_jobs(5000)
    window.undo_stack.clear()
    window.close()
    window.deleteLater()
