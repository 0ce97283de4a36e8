"""One meeting: its data, state (planned → held → minutes approved), and its tabs: attendance
(`AttendancePanel`), agenda and minutes (`AgendaPanel`), actions (`ActionsPanel`); exports of the minutes
(PDF) and the invitation (.ics)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...db import enums, meetings
from ...db.validation import is_email
from ..widgets.date_edit import DateEdit, TimeEdit
from ..shell import preferences
from .actions_panel import ActionsPanel
from .attendance_panel import AttendancePanel
from .meetings_agenda import AgendaPanel
from ..operations import meetings as meeting_operations
from .meetings_common import kind_label, show_date, meeting_state_label


class MeetingEditor(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.window = window
        self.language = getattr(window, "language", "nl")
        self.meeting: dict | None = None
        self.seen: dict = {}  # the meeting's fields as the form showed them (#17)

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
        self.attendance = AttendancePanel(self)
        self.tabs.addTab(self.attendance, self.tr("Attendance"))

        self.agenda = AgendaPanel(self)
        self.tabs.addTab(self.agenda, self.tr("Agenda and minutes"))

        self.actions = ActionsPanel(self)
        self.tabs.addTab(self.actions, self.tr("Actions"))

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
        self.attendance.load(page)
        self.actions.load(page)
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
                       self.organiser_name, self.organiser_email, self.save_button):
            widget.setEnabled(not locked)
        self.attendance.set_locked(locked)
        self.actions.set_locked(locked)
        self._check_email(self.organiser_email.text())
        self.held_button.setEnabled(state == "planned")
        self.cancel_button.setEnabled(state == "planned" and not self.meeting.get("cancelled_at"))
        self.approve_button.setEnabled(state == "held")
        self.reopen_button.setEnabled(locked)

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
