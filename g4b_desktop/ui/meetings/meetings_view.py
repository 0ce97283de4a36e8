"""The meetings view: meetings per objective committee with the meeting editor, and the open actions
across all meetings (overdue ones marked). Entry point: `install(window)`."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...db import browse, meetings, meetings_read
from ..widgets.date_edit import DateEdit, TimeEdit
from ..operations import meetings as meeting_operations
from .meetings_common import MEETING_TABLES, show_date, meeting_state_label, touches_meetings
from .meetings_editor import MeetingEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class PlanDialog(QDialog):
    """A new meeting: objective, date, times, place, where its agenda starts from."""

    def __init__(self, parent, store, objective_id: str | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a meeting"))
        self.objective = QComboBox()
        for row in browse.objectives(store, getattr(parent, "language", "nl")):
            self.objective.addItem(f"{row['code']} {row['title'][:60]}", row["id"])
        if objective_id:
            self.objective.setCurrentIndex(self.objective.findData(objective_id))
        self.date = DateEdit(parent.language, QDate.currentDate().addDays(14).toString(Qt.DateFormat.ISODate))
        self.date.setObjectName("planDate")
        self.start = TimeEdit("10:00")
        self.start.setObjectName("planStart")
        self.end = TimeEdit("12:00")
        self.end.setObjectName("planEnd")
        self.place = QLineEdit()
        self.agenda_from = QComboBox()
        self.agenda_from.addItem(self.tr("Empty agenda"), ("empty", None))
        self.agenda_from.addItem(self.tr("The previous meeting's agenda"), ("previous", None))
        for template in meetings.templates(store):
            self.agenda_from.addItem(self.tr("Template: {name}").format(name=template["name"]),
                                     ("template", template["id"]))
        self.invite = QCheckBox(self.tr("Invite the committee"))
        self.invite.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Committee of objective"), self.objective)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Agenda"), self.agenda_from)
        form.addRow("", self.invite)
        form.addRow(QLabel(self.tr("Open actions of the committee's earlier meetings come onto the agenda by "
                                   "themselves.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class OpenActionsPanel(QWidget):
    """Every open action of every meeting, oldest due first; overdue ones in red and marked."""

    COLUMNS = 7

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.window = view.window
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("openActions")
        self.table.setHorizontalHeaderLabels([self.tr("Objective"), self.tr("Meeting"), self.tr("Action"),
                                              self.tr("Owner"), self.tr("Due date"), self.tr("Overdue"),
                                              self.tr("Commitment")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.open_meeting)
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(lambda: self.set_state("done"))
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.clicked.connect(lambda: self.set_state("dropped"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.drop_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.rows: list[dict] = []

    def load(self, objective_id: str | None) -> None:
        self.rows = meetings.open_actions(self.window.store, objective_id)
        language = self.view.language
        self.table.setRowCount(len(self.rows))
        bold = QFont()
        bold.setBold(True)
        for row, action in enumerate(self.rows):
            cells = [action["objective_code"], show_date(action["meeting_date"], language), action["what"],
                     action["owner"] or "", show_date(action["due_date"], language),
                     self.tr("Overdue") if action["overdue"] else "", action["commitment_code"] or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, action["id"])
                if action["overdue"]:
                    item.setForeground(QColor("#a31515"))
                    if column in (4, 5):
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        overdue = sum(1 for a in self.rows if a["overdue"])
        self.summary.setText(self.tr("{n} open actions, {overdue} overdue").format(n=len(self.rows), overdue=overdue))

    def current_action(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def set_state(self, state: str) -> None:
        action = self.current_action()
        if action:
            meeting_operations.update_action(self.window.session, action["id"], {"state": state})

    def open_meeting(self, *_args) -> None:
        action = self.current_action()
        if action:
            self.view.select_meeting(action["meeting_id"])


class MeetingsView(QWidget):
    def __init__(self, window):
        super().__init__()
        self.setObjectName("meetingsView")
        self.window = window
        self.language = getattr(window, "language", "nl")
        self.objective = QComboBox()
        self.objective.setObjectName("meetingObjective")
        self.objective.addItem(self.tr("All committees"), None)
        for row in browse.objectives(window.store, self.language):
            self.objective.addItem(f"{row['code']} {row['title'][:70]}", row["id"])
        self.objective.currentIndexChanged.connect(lambda _i: self.reload())
        self.plan_button = QPushButton(self.tr("Plan a meeting…"))
        self.plan_button.setObjectName("planMeeting")
        self.plan_button.clicked.connect(self.ask_plan)
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        self.delete_button.clicked.connect(self.delete_meeting)

        self.list = QTableWidget(0, 5)
        self.list.setObjectName("meetingList")
        self.list.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Objective"), self.tr("State"),
                                             self.tr("Present"), self.tr("Actions")])
        self.list.horizontalHeaderItem(4).setToolTip(self.tr("Open actions"))
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(False)  # stretched, it took 100 px and went off the edge
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.editor = MeetingEditor(window, self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        editor_area = QScrollArea()  # below its natural size the editor scrolls (it set the window's minimum size)
        editor_area.setWidget(self.editor)
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)

        self.splitter = splitter
        self._sized = False
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Meetings"))
        self.open_actions = OpenActionsPanel(self)
        self.tabs.addTab(self.open_actions, self.tr("Open actions"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Committee")))
        top.addWidget(self.objective, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.rows: list[dict] = []
        self.dialog: PlanDialog | None = None
        window.changed.connect(self.on_changed)
        # performance (#9): the meetings are read when the view is first shown, not when the window
        # opens (5,000 meetings took 0.45 s of the start-up)
        self._loaded = False

    # ---- showing --------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
        if not self._sized:  # the list as wide as its columns, if the editor keeps its width; a quarter at least
            self._sized = True
            width = max(self.splitter.width(), 900)
            header = self.list.horizontalHeader()
            columns = sum(max(self.list.sizeHintForColumn(c), header.sectionSizeHint(c))
                          for c in range(self.list.columnCount()))
            wanted = columns + self.list.verticalScrollBar().sizeHint().width() + 2 * self.list.frameWidth() + 24
            editor = self.editor.minimumSizeHint().width() + self.list.verticalScrollBar().sizeHint().width()
            list_width = max(min(wanted, width // 2, width - editor), width // 4)
            self.splitter.setSizes([list_width, width - list_width])

    def objective_id(self) -> str | None:
        return self.objective.currentData()

    def reload(self) -> None:
        self._loaded = True
        selected = self.selected_id()
        self.rows = meetings.list_meetings(self.window.store, self.objective_id(), self.window.language)
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.rows))
        for row, meeting in enumerate(self.rows):
            state = meeting_state_label(meeting)
            if meeting["state"] == "approved" and not meeting.get("cancelled_at"):  # "Minutes approved" in full pushed the other columns out
                state = self.tr("Approved")
            cells = [show_date(meeting["date"], self.language) + (f" {meeting['start_time']}" if meeting["start_time"]
                                                                  else ""),
                     meeting["objective_code"], state,
                     f"{meeting['present']}/{meeting['invited']}", str(meeting["open_actions"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, meeting["id"])
                self.list.setItem(row, column, item)
            self.list.item(row, 2).setToolTip(meeting_state_label(meeting))
        self.list.blockSignals(False)
        ids = [m["id"] for m in self.rows]
        if selected in ids:
            self.list.selectRow(ids.index(selected))
        elif ids:
            self.list.selectRow(0)
        self._selection_changed()
        self.open_actions.load(self.objective_id())

    def selected_id(self) -> str | None:
        row = self.list.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        self.editor.load(self.selected_id())
        self.delete_button.setEnabled(bool(self.editor.meeting and self.editor.meeting["state"] != "approved"))

    def select_meeting(self, meeting_id: str) -> bool:
        """Show one meeting (used by open_record and the open-actions list)."""
        if not self._loaded:
            self.reload()
        if self.objective_id() and self.objective_id() != meetings_read.objective_of_meeting(
                self.window.store, meeting_id):
            self.objective.setCurrentIndex(0)
        ids = [m["id"] for m in self.rows]
        if meeting_id not in ids:
            return False
        self.tabs.setCurrentIndex(0)
        self.list.selectRow(ids.index(meeting_id))
        if hasattr(self.window, "show_view"):
            try:
                self.window.show_view("meetings")
            except KeyError:
                pass
        return True

    def on_changed(self, changes) -> None:
        if not touches_meetings(changes) or not self._loaded:
            return
        if changes is not None and not changes.tables() & (MEETING_TABLES - {"commitment", "organisation", "person"}):
            # performance (#9): the meeting list shows nothing of these tables; re-reading every meeting
            # on each commitment edit took 0.3-0.6 s at 5,000 meetings. The open page and actions may.
            self._selection_changed()
            self.open_actions.load(self.objective_id())
            return
        self.reload()

    # ---- writing --------------------------------------------------------------------------

    def plan(self, objective_id: str, day: str, invite: bool = True, agenda_from: str | None = None,
             template_id: str | None = None, **fields) -> str | None:
        result = meeting_operations.plan_meeting(self.window.session, objective_id, day, agenda_from=agenda_from,
                                                 template_id=template_id, invite=invite, lang=self.language, **fields)
        if result:
            self.select_meeting(result[0])
            return result[0]
        return None

    def ask_plan(self) -> PlanDialog:
        self.dialog = PlanDialog(self, self.window.store, self.objective_id())
        self.dialog.accepted.connect(lambda dialog=self.dialog: self.plan_from(dialog))
        self.dialog.open()
        return self.dialog

    def plan_from(self, dialog: PlanDialog) -> str | None:
        kind, template_id = dialog.agenda_from.currentData()
        return self.plan(dialog.objective.currentData(), dialog.date.iso(),
                         invite=dialog.invite.isChecked(), agenda_from="previous" if kind == "previous" else None,
                         template_id=template_id, start_time=dialog.start.value(), end_time=dialog.end.value(),
                         place=dialog.place.text())

    def delete_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            meeting_operations.delete_meeting(self.window.session, meeting_id)
