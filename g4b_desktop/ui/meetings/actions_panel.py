"""The actions tab of a meeting: its action items (Add action…, Edit action…, Delete action, Mark done,
Drop). Every change is compared with the row as the list showed it (#17): an action changed elsewhere
meanwhile is not overwritten. Its texts keep the context of the meeting editor they came from
("MeetingEditor"), so their translations stay where they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...db import meetings
from ..operations import meetings as meeting_operations
from .meetings_common import action_state_label, show_date
from .meetings_dialogs import ActionDialog

ID_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class ActionsPanel(QWidget):
    """The action items of the meeting shown in `editor`."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.window = editor.window
        self.language = editor.language
        self.dialog = None  # the action dialog open, if any
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("meetingActions")
        self.table.setHorizontalHeaderLabels([
            translate("MeetingEditor", "Action"), translate("MeetingEditor", "Owner"), translate("MeetingEditor", "Due date"),
            translate("MeetingEditor", "State"), translate("MeetingEditor", "Commitment")])
        # a meeting has a handful of actions: the other columns fit their header and texts
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(translate("MeetingEditor", "Add action…"))
        self.add_button.clicked.connect(self.ask_action)
        self.done_button = QPushButton(translate("MeetingEditor", "Mark done"))
        self.done_button.clicked.connect(lambda: self.set_action_state("done"))
        self.drop_button = QPushButton(translate("MeetingEditor", "Drop"))
        self.drop_button.clicked.connect(lambda: self.set_action_state("dropped"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.delete_button = QPushButton(translate("MeetingEditor", "Delete action"))
        self.delete_button.clicked.connect(self.delete_action)
        self.edit_button = QPushButton(translate("MeetingEditor", "Edit action…"))
        self.edit_button.clicked.connect(self.ask_edit_action)
        self.table.doubleClicked.connect(lambda _index: self.ask_edit_action())
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()  # a second row: five buttons in one did not fit beside the meeting list
        for button in (self.done_button, self.drop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, page: dict) -> None:
        self.table.setRowCount(len(page["actions"]))
        for row, action in enumerate(page["actions"]):
            cells = [action["what"], action["owner"] or "", show_date(action["due_date"], self.language),
                     action_state_label(action["state"]), action["commitment_code"] or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, action["id"])
                if action["state"] == "open" and action["due_date"] and action["due_date"] < meetings.today_iso():
                    item.setForeground(QColor("#a31515"))
                self.table.setItem(row, column, item)

    def set_locked(self, locked: bool) -> None:
        """Approved minutes: actions can still be followed up (Mark done, Drop), not added, edited or deleted."""
        for widget in (self.add_button, self.edit_button, self.delete_button):
            widget.setEnabled(not locked)

    def current(self) -> dict | None:
        """The selected action as the list shows it."""
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        return next(a for a in self.editor.meeting["actions"] if a["id"] == item.data(ID_ROLE))

    # ---- writing --------------------------------------------------------------------------

    def add_action(self, what: str, owner_name: str | None = None, due_date: str | None = None,
                   **fields) -> None:
        """Add an action item: its text, owner (owner_person_id / owner_organisation_id, or a name), due date
        and commitment; one undoable action."""
        meeting_id = self.editor.meeting["id"]
        fields = {k: v for k, v in fields.items() if v}
        meeting_operations.add_action(self.window.session, meeting_id, what, owner_name=owner_name or None,
                                      due_date=due_date or None, lang=self.language, **fields)

    def ask_action(self) -> ActionDialog:
        dialog = ActionDialog(self, self.window.store, self.editor.meeting["objective_id"], self.language)
        dialog.accepted.connect(lambda: self.add_action(**dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_action(self, shown: dict, what: str, owner_name: str | None, due_date: str | None,
                    **fields) -> None:
        """Change an action's text, owner, due date and commitment: one undoable action (refused once the
        minutes are approved, with the store's sentence). Only what was changed from `shown` (the action
        as the dialog showed it) is written, and only where the action still holds what was shown (#17)."""
        values = {"what": what, "owner_name": owner_name or None, "due_date": due_date or None,
                  "owner_person_id": None, "owner_organisation_id": None, **fields}
        meeting_operations.update_action(self.window.session, shown["id"], values,
                                         {k: shown[k] for k in values if k in shown})

    def ask_edit_action(self) -> ActionDialog | None:
        action = self.current()
        if action is None or not self.edit_button.isEnabled():
            return None
        dialog = ActionDialog(self, self.window.store, self.editor.meeting["objective_id"], self.language, action)
        dialog.accepted.connect(lambda: self.edit_action(action, **dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_action_state(self, state: str) -> None:
        """Mark done or Drop the selected action, unless its state changed elsewhere since the list showed it."""
        action = self.current()
        if action is not None:
            meeting_operations.update_action(self.window.session, action["id"], {"state": state},
                                             {"state": action["state"]})

    def delete_action(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            action_id = item.data(ID_ROLE)
            meeting_operations.delete_action(self.window.session, action_id)
