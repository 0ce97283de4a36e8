"""The attendance tab of a meeting: who is invited and whether they came (Invite the committee, Add guest…,
Remove, the attendance state of each row). Its texts keep the context of the meeting editor they came
from ("MeetingEditor"), so their translations stay where they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...db import enums
from ..operations import meetings as meeting_operations
from .meetings_common import attendance_label

ID_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class AttendancePanel(QWidget):
    """The invitees of the meeting shown in `editor` and their attendance state."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.window = editor.window
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("attendance")
        self.table.setHorizontalHeaderLabels([translate("MeetingEditor", "Name"), translate("MeetingEditor", "Organisation"),
                                              translate("MeetingEditor", "Attendance")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invite_button = QPushButton(translate("MeetingEditor", "Invite the committee"))
        self.invite_button.setObjectName("inviteCommittee")
        self.invite_button.clicked.connect(self.invite_committee)
        self.guest_button = QPushButton(translate("MeetingEditor", "Add guest…"))
        self.guest_button.clicked.connect(self.ask_guest)
        self.remove_button = QPushButton(translate("MeetingEditor", "Remove"))
        self.remove_button.clicked.connect(self.remove_attendee)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.invite_button)
        row.addWidget(self.guest_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, page: dict) -> None:
        self.table.setRowCount(len(page["attendance"]))
        for row, person in enumerate(page["attendance"]):
            if person["organisation_id"] and not person["person_id"]:  # the fallback: no member contact
                name = QTableWidgetItem("—")
                name.setToolTip(translate("MeetingEditor", "No contact of this organisation is a member of the committee: "
                                          "the organisation is invited."))
            else:
                name = QTableWidgetItem(person["name"])
            name.setData(ID_ROLE, person["id"])
            self.table.setItem(row, 0, name)
            organisation = person["organisation_name"] or (
                "" if person["person_id"] or person["organisation_id"] else translate("MeetingEditor", "Guest"))
            self.table.setItem(row, 1, QTableWidgetItem(organisation))
            combo = QComboBox()
            for key in enums.ATTENDANCE_STATE:
                combo.addItem(attendance_label(key), key)
            combo.setCurrentIndex(combo.findData(person["state"]))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, aid=person["id"], shown=person["state"]: self.set_attendance(
                    aid, c.currentData(), shown))
            self.table.setCellWidget(row, 2, combo)

    def set_locked(self, locked: bool) -> None:
        """Approved minutes: nobody is invited, removed or marked present any more."""
        for widget in (self.invite_button, self.guest_button, self.remove_button):
            widget.setEnabled(not locked)
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            if combo is not None:
                combo.setEnabled(not locked)

    # ---- writing --------------------------------------------------------------------------

    def invite_committee(self) -> None:
        meeting_id = self.editor.meeting["id"]
        meeting_operations.invite_committee(self.window.session, meeting_id)

    def add_guest(self, name: str, email: str | None = None) -> None:
        meeting_id = self.editor.meeting["id"]
        meeting_operations.add_attendee(self.window.session, meeting_id, name, email=email)

    def ask_guest(self) -> None:
        name, ok = QInputDialog.getText(self, translate("MeetingEditor", "Add guest"),
                                        translate("MeetingEditor", "Name (and e-mail after a comma)"))
        if ok and name.strip():
            name, _, email = name.partition(",")
            self.add_guest(name, email.strip() or None)

    def remove_attendee(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            attendance_id = item.data(ID_ROLE)
            meeting_operations.remove_attendee(self.window.session, attendance_id)

    def set_attendance(self, attendance_id: str, state: str, shown: str | None = None) -> None:
        """`shown`: the state this list showed; changed elsewhere meanwhile, nothing is written, the
        sentence says so and the list shows the current states again (#17)."""
        meeting_operations.set_attendance(self.window.session, attendance_id, state, shown=shown,
                                          reload=self.editor.reload)
