"""One meeting: its data, state (planned → held → minutes approved), attendance, agenda and minutes,
actions; exports of the minutes (PDF) and the invitation (.ics)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ...db import enums, meetings
from ...db.validation import is_email
from ..widgets.date_edit import DateEdit, TimeEdit
from ..shell import preferences
from .meetings_agenda import AgendaPanel
from .meetings_dialogs import ActionDialog
from ..operations import meetings as meeting_operations
from .meetings_common import action_state_label, attendance_label, kind_label, show_date, meeting_state_label

ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingEditor(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.window = window
        self.language = getattr(window, "language", "nl")
        self.meeting: dict | None = None
        self.seen: dict = {}  # the meeting's fields as the form showed them (#17)
        self.dialog = None  # the action dialog open, if any

        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setStyleSheet("background: #fff4ce; padding: 4px; border: 1px solid #e0c36c;")
        self.lock_banner.setWordWrap(True)

        self.date = DateEdit(self.language)
        self.date.setObjectName("meetingDate")
        self.start = TimeEdit()
        self.start.setObjectName("meetingStart")
        self.end = TimeEdit()
        self.end.setObjectName("meetingEnd")
        self.place = QLineEdit()
        self.online = QLineEdit()
        self.online.setPlaceholderText("https://")
        self.kind = QComboBox()
        for key in enums.MEETING_KIND:
            self.kind.addItem(kind_label(key), key)
        self.title = QLineEdit()
        self.organiser_name = QLineEdit()
        self.organiser_name.setPlaceholderText(self.tr("Name"))
        self.organiser_email = QLineEdit()
        self.organiser_email.setObjectName("organiserEmail")
        self.organiser_email.setPlaceholderText(self.tr("e-mail (makes the .ics a meeting request)"))
        self.save_button = QPushButton(self.tr("Save meeting"))
        self.save_button.setObjectName("saveMeeting")
        self.save_button.clicked.connect(self.save)
        times = QHBoxLayout()  # date and times keep their own width, side by side
        times.addWidget(self.date)
        times.addWidget(QLabel(self.tr("from")))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Date"), times)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Online link"), self.online)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        organiser = QHBoxLayout()
        organiser.addWidget(self.organiser_name)
        organiser.addWidget(self.organiser_email)
        form.addRow(self.tr("Organiser"), organiser)
        self.organiser_error = QLabel()
        self.organiser_error.setObjectName("organiserEmailError")
        self.organiser_error.hide()
        form.addRow("", self.organiser_error)
        self.organiser_email.textChanged.connect(self._check_email)

        self.held_button = QPushButton(self.tr("Mark held"))
        self.held_button.setObjectName("markHeld")
        self.held_button.clicked.connect(self.mark_held)
        self.approve_button = QPushButton(self.tr("Approve minutes"))
        self.approve_button.setObjectName("approveMinutes")
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("Re-open minutes…"))
        self.reopen_button.setObjectName("reopenMinutes")
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.pdf_button = QPushButton(self.tr("Minutes PDF…"))
        self.pdf_button.clicked.connect(self.ask_export_pdf)
        self.ics_button = QPushButton(self.tr("Invitation (.ics)…"))
        self.ics_button.clicked.connect(self.ask_export_ics)
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"))  # issue 18: its .ics then cancels it
        self.cancel_button.setObjectName("cancelMeeting")
        self.cancel_button.clicked.connect(self.ask_cancel)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.held_button, self.approve_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading_row = QHBoxLayout()  # the outputs beside the heading: one row of buttons fits a laptop's width
        self.heading.setWordWrap(True)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.pdf_button)
        heading_row.addWidget(self.ics_button)
        heading_row.addWidget(self.cancel_button)  # with the invitation it cancels; a fifth button below did not fit

        self.tabs = QTabWidget()
        self.attendance = QTableWidget(0, 3)
        self.attendance.setObjectName("attendance")
        self.attendance.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Attendance")])
        self.attendance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invite_button = QPushButton(self.tr("Invite the committee"))
        self.invite_button.setObjectName("inviteCommittee")
        self.invite_button.clicked.connect(self.invite_committee)
        self.guest_button = QPushButton(self.tr("Add guest…"))
        self.guest_button.clicked.connect(self.ask_guest)
        self.remove_attendee_button = QPushButton(self.tr("Remove"))
        self.remove_attendee_button.clicked.connect(self.remove_attendee)
        attendance_page = QWidget()
        layout = QVBoxLayout(attendance_page)
        layout.addWidget(self.attendance)
        row = QHBoxLayout()
        row.addWidget(self.invite_button)
        row.addWidget(self.guest_button)
        row.addWidget(self.remove_attendee_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(attendance_page, self.tr("Attendance"))

        self.agenda = AgendaPanel(self)
        self.tabs.addTab(self.agenda, self.tr("Agenda and minutes"))

        self.actions = QTableWidget(0, 5)
        self.actions.setObjectName("meetingActions")
        self.actions.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due date"),
                                                self.tr("State"), self.tr("Commitment")])
        # a meeting has a handful of actions: the other columns fit their header and texts
        self.actions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.clicked.connect(self.ask_action)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(lambda: self.set_action_state("done"))
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.clicked.connect(lambda: self.set_action_state("dropped"))
        actions_page = QWidget()
        layout = QVBoxLayout(actions_page)
        layout.addWidget(self.actions)
        row = QHBoxLayout()
        self.delete_action_button = QPushButton(self.tr("Delete action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.edit_action_button.clicked.connect(self.ask_edit_action)
        self.actions.doubleClicked.connect(lambda _index: self.ask_edit_action())
        for button in (self.add_action_button, self.edit_action_button, self.delete_action_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()  # a second row: five buttons in one did not fit beside the meeting list
        for button in (self.done_button, self.drop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(actions_page, self.tr("Actions"))

        main = QVBoxLayout(self)
        main.addLayout(heading_row)
        main.addWidget(self.lock_banner)
        main.addLayout(form)
        main.addLayout(buttons)
        main.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # ---- showing --------------------------------------------------------------------------

    def load(self, meeting_id: str | None, keep_typed: bool = True) -> None:
        """Show a meeting; text typed in its fields and not saved yet stays (`keep_typed`), still
        compared at Save with what the form showed before (#17)."""
        if not meeting_id or not self.window.store.exists("meeting", meeting_id):
            self.meeting = None
            self.setEnabled(False)
            self.heading.setText(self.tr("No meeting selected"))
            self.lock_banner.hide()
            return
        self.setEnabled(True)
        same = keep_typed and bool(self.meeting) and self.meeting["id"] == meeting_id
        typed = self.typed() if same else {}
        page = meetings.meeting_page(self.window.store, meeting_id, self.window.language)
        seen = {k: page[k] for k in self.typed()}
        # typed, not saved, and not what the record holds now (as after this window's own save)
        kept = {k: v for k, v in typed.items() if (v or None) not in ((self.seen.get(k) or None), (page[k] or None))}
        self.meeting = page
        self.heading.setText(self.tr("Steering committee {code} — {date} — {state}").format(
            code=page["objective_code"], date=show_date(page["date"], self.language),
            state=meeting_state_label(page)))
        self._show_values(page)
        self._load_attendance(page)
        self._load_actions(page)
        self.agenda.load(page, keep_typed)
        self.set_locked(page["state"] == "approved")
        if kept and page["state"] != "approved":  # typed and not saved yet: a refresh keeps it
            self._show_values({**page, **kept})
            seen.update({k: self.seen[k] for k in kept})
        self.seen = seen

    def typed(self) -> dict:
        return {"date": self.date.iso(), "start_time": self.start.value(),
                "end_time": self.end.value(), "place": self.place.text().strip(),
                "online_link": self.online.text().strip(), "kind": self.kind.currentData(),
                "title": self.title.text().strip(), "organiser_name": self.organiser_name.text().strip(),
                "organiser_email": self.organiser_email.text().strip()}

    def dirty(self) -> bool:
        return bool(self.meeting) and any((value or None) != (self.meeting[key] or None)
                                          for key, value in self.typed().items())

    def _show_values(self, values: dict) -> None:
        self.date.set_iso(values["date"])
        self.start.set_text(values["start_time"])
        self.end.set_text(values["end_time"])
        self.place.setText(values["place"] or "")
        self.online.setText(values["online_link"] or "")
        self.kind.setCurrentIndex(self.kind.findData(values["kind"]))
        self.title.setText(values["title"] or "")
        self.organiser_name.setText(values["organiser_name"] or "")
        self.organiser_email.setText(values["organiser_email"] or "")

    def _check_email(self, text: str) -> None:
        """A sentence under the organiser's e-mail while it is not an address; the meeting is not saved so."""
        text = text.strip()
        bad = bool(text) and not is_email(text)
        self.organiser_error.setText("⚠ " + self.tr("“{text}” is not an e-mail address; type it as name@example.be.")
                                     .format(text=text) if bad else "")
        self.organiser_error.setVisible(bad)
        self.save_button.setEnabled(not bad and bool(self.meeting) and self.meeting["state"] != "approved")

    def reload(self) -> None:
        self.load(self.meeting["id"] if self.meeting else None)

    def set_locked(self, locked: bool) -> None:
        state = self.meeting["state"]
        self.lock_banner.setVisible(locked)
        if locked:
            self.lock_banner.setText(self.tr(
                "The minutes were approved on {date} by {who}: the meeting is locked. "
                "Actions can still be followed up; re-open the minutes to change anything else.").format(
                date=show_date(self.meeting["approved_at"], self.language), who=self.meeting["approved_by"] or "–"))
        # approved minutes: the meeting's fields are shown disabled (greyed), not only refused by the store
        for widget in (self.date, self.start, self.end, self.place, self.online, self.kind, self.title,
                       self.organiser_name, self.organiser_email, self.save_button, self.invite_button,
                       self.guest_button, self.remove_attendee_button, self.add_action_button,
                       self.edit_action_button, self.delete_action_button):
            widget.setEnabled(not locked)
        self._check_email(self.organiser_email.text())
        self.held_button.setEnabled(state == "planned")
        self.cancel_button.setEnabled(state == "planned" and not self.meeting.get("cancelled_at"))
        self.approve_button.setEnabled(state == "held")
        self.reopen_button.setEnabled(locked)
        for row in range(self.attendance.rowCount()):
            combo = self.attendance.cellWidget(row, 2)
            if combo is not None:
                combo.setEnabled(not locked)

    def _load_attendance(self, page: dict) -> None:
        self.attendance.setRowCount(len(page["attendance"]))
        for row, person in enumerate(page["attendance"]):
            if person["organisation_id"] and not person["person_id"]:  # the fallback: no member contact
                name = QTableWidgetItem("—")
                name.setToolTip(self.tr("No contact of this organisation is a member of the committee: "
                                        "the organisation is invited."))
            else:
                name = QTableWidgetItem(person["name"])
            name.setData(ID_ROLE, person["id"])
            self.attendance.setItem(row, 0, name)
            organisation = person["organisation_name"] or (
                "" if person["person_id"] or person["organisation_id"] else self.tr("Guest"))
            self.attendance.setItem(row, 1, QTableWidgetItem(organisation))
            combo = QComboBox()
            for key in enums.ATTENDANCE_STATE:
                combo.addItem(attendance_label(key), key)
            combo.setCurrentIndex(combo.findData(person["state"]))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, aid=person["id"]: self.set_attendance(aid, c.currentData()))
            self.attendance.setCellWidget(row, 2, combo)

    def _load_actions(self, page: dict) -> None:
        self.actions.setRowCount(len(page["actions"]))
        for row, action in enumerate(page["actions"]):
            cells = [action["what"], action["owner"] or "", show_date(action["due_date"], self.language),
                     action_state_label(action["state"]), action["commitment_code"] or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, action["id"])
                if action["state"] == "open" and action["due_date"] and action["due_date"] < meetings.today_iso():
                    item.setForeground(QColor("#a31515"))
                self.actions.setItem(row, column, item)

    # ---- writing --------------------------------------------------------------------------

    @property
    def store(self):
        return self.window.store

    def save(self) -> None:
        values = self.typed()
        meeting_id = self.meeting["id"]
        meeting_operations.update_meeting(self.window.session, meeting_id, values, dict(self.seen),
                                          reload=lambda: self.load(meeting_id, keep_typed=False))

    def mark_held(self) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.mark_held(self.window.session, meeting_id)

    def approve(self) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.approve_minutes(self.window.session, meeting_id)

    def reopen(self, reason: str) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.reopen_minutes(self.window.session, meeting_id, reason)

    def ask_cancel(self) -> None:
        answer = QMessageBox.question(self, self.tr("Cancel meeting"), self.tr(
            "Cancel this meeting? Its next invitation (.ics) cancels it in the invitees' calendars. "
            "Undo puts it back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        meeting_id = self.meeting["id"]
        if meeting_operations.cancel_meeting(self.window.session, meeting_id) is not None:
            self.window.statusBar().showMessage(self.tr(
                "The meeting is cancelled: send its invitation (.ics) again to cancel it in the calendars."), 10000)

    def ask_reopen(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Re-open minutes"),
                                          self.tr("Why are the approved minutes re-opened?"))
        if ok:
            self.reopen(reason)

    def invite_committee(self) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.invite_committee(self.window.session, meeting_id)

    def add_guest(self, name: str, email: str | None = None) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.add_attendee(self.window.session, meeting_id, name, email=email)

    def ask_guest(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add guest"), self.tr("Name (and e-mail after a comma)"))
        if ok and name.strip():
            name, _, email = name.partition(",")
            self.add_guest(name, email.strip() or None)

    def remove_attendee(self) -> None:
        item = self.attendance.item(self.attendance.currentRow(), 0)
        if item is not None:
            attendance_id = item.data(ID_ROLE)
            meeting_operations.remove_attendee(self.window.session, attendance_id)

    def set_attendance(self, attendance_id: str, state: str) -> None:
        meeting_operations.set_attendance(self.window.session, attendance_id, state)

    def add_action(self, what: str, owner_name: str | None = None, due_date: str | None = None,
                   **fields) -> None:
        """Add an action item: its text, owner (owner_person_id / owner_organisation_id, or a name), due date
        and commitment; one undoable action."""
        meeting_id = self.meeting["id"]
        fields = {k: v for k, v in fields.items() if v}
        meeting_operations.add_action(self.window.session, meeting_id, what, owner_name=owner_name or None,
                                            due_date=due_date or None, lang=self.language, **fields)

    def ask_action(self) -> ActionDialog:
        dialog = ActionDialog(self, self.store, self.meeting["objective_id"], self.language)
        dialog.accepted.connect(lambda: self.add_action(**dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_action(self, action_id: str, what: str, owner_name: str | None, due_date: str | None,
                    **fields) -> None:
        """Change an action's text, owner, due date and commitment: one undoable action (refused once the
        minutes are approved, with the store's sentence)."""
        values = {"what": what, "owner_name": owner_name or None, "due_date": due_date or None,
                  "owner_person_id": None, "owner_organisation_id": None, **fields}
        meeting_operations.update_action(self.window.session, action_id, values)

    def ask_edit_action(self) -> ActionDialog | None:
        item = self.actions.item(self.actions.currentRow(), 0)
        if item is None or not self.edit_action_button.isEnabled():
            return None
        action_id = item.data(ID_ROLE)
        action = next(a for a in self.meeting["actions"] if a["id"] == action_id)
        dialog = ActionDialog(self, self.store, self.meeting["objective_id"], self.language, action)
        dialog.accepted.connect(lambda: self.edit_action(action_id, **dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_action_state(self, state: str) -> None:
        item = self.actions.item(self.actions.currentRow(), 0)
        if item is not None:
            action_id = item.data(ID_ROLE)
            meeting_operations.update_action(self.window.session, action_id, {"state": state})

    def delete_action(self) -> None:
        item = self.actions.item(self.actions.currentRow(), 0)
        if item is not None:
            action_id = item.data(ID_ROLE)
            meeting_operations.delete_action(self.window.session, action_id)

    # ---- exports --------------------------------------------------------------------------

    def export_pdf(self, target: str | Path, include_confidential: bool = False) -> None:
        from ...reports.minutes import write_minutes

        meeting_id, language = self.meeting["id"], self.language
        path, author = self.store.path, self.store.author

        def work(progress, cancelled):
            from ...db.store import Store

            progress(10, "")
            with Store.open(path, author=author, readonly=True) as own:
                return write_minutes(own, meeting_id, target, lang=language,
                                     include_confidential=include_confidential)

        self.window.run_job(self.tr("Writing the minutes"), work,
                            lambda result: self.window.statusBar().showMessage(
                                self.tr("Minutes written to {file}").format(file=result), 8000))

    def ask_export_pdf(self) -> None:
        if not preferences.ask_once(self, "author", self.ask_export_pdf):  # the PDF's author, asked once
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Minutes as PDF"), self._suggested("pdf"),
                                                self.tr("PDF (*.pdf)"))
        if target:
            self.export_pdf(target)

    def export_ics(self, target: str | Path) -> None:
        from ...calendar_ics import write_invitation

        write_invitation(self.store, self.meeting["id"], target, lang=self.language)
        self.window.statusBar().showMessage(self.tr("Invitation written to {file}").format(file=target), 8000)

    def ask_export_ics(self) -> None:
        if not preferences.ask_once(self, "organiser", self.ask_export_ics):  # the organiser, asked once
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Invitation"), self._suggested("ics"),
                                                self.tr("Calendar (*.ics)"))
        if target:
            self.export_ics(target)

    def _suggested(self, suffix: str) -> str:
        return f"{self.meeting['objective_code']}-{self.meeting['date']}.{suffix}"
