"""All commitments of the strategy in one table, filtered (in SQL) by objective, worksite, status, health,
lead organisation, due date and a search text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...db import browse
from ...db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from ...db.store import Changes
from ..widgets.commitment_model import CommitmentTableModel
from ..widgets.history_panel import HistoryPanel
from ..strategy.worksite_page import CommitmentTable


class CommitmentsView(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("commitmentsView")
        language = self.session.language
        self.objective = QComboBox()
        self.worksite = QComboBox()
        self.status = QComboBox()
        self.health = QComboBox()
        self.lead = QComboBox()
        self.due = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Words in code, title, description, notes or lead"))
        self.text.setClearButtonEnabled(True)
        self.status.addItem(self.tr("All"), None)
        for key in COMMITMENT_STATUS:
            self.status.addItem(label(COMMITMENT_STATUS, key, language), key)
        self.health.addItem(self.tr("All"), None)
        for key in COMMITMENT_HEALTH:
            self.health.addItem(label(COMMITMENT_HEALTH, key, language), key)
        self.due.addItem(self.tr("Any"), None)
        self.due.addItem(self.tr("Overdue"), "overdue")
        self.due.addItem(self.tr("Due this year"), "this_year")
        self._fill_objectives()
        self._fill_worksites()
        self._fill_leads()
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        grid = QGridLayout()
        fields = ((self.tr("&Objective"), self.objective), (self.tr("&Worksite"), self.worksite),
                  (self.tr("&Status"), self.status), (self.tr("&Health"), self.health),
                  (self.tr("&Lead organisation"), self.lead), (self.tr("D&ue"), self.due))
        for n, (caption, widget) in enumerate(fields):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(16)
            text = QLabel(caption)
            text.setBuddy(widget)
            grid.addWidget(text, n // 3, (n % 3) * 2)
            grid.addWidget(widget, n // 3, (n % 3) * 2 + 1)
            widget.currentIndexChanged.connect(self.apply_filter)
        search_label = QLabel(self.tr("Fi&nd"))
        search_label.setBuddy(self.text)
        grid.addWidget(search_label, 2, 0)
        grid.addWidget(self.text, 2, 1, 1, 3)
        grid.addWidget(self.clear_button, 2, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.objective.currentIndexChanged.connect(self._fill_worksites)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self.timer.start())

        self.model = CommitmentTableModel(self.session, browse.CommitmentFilter(), self)
        self.table = CommitmentTable(window, self.model)
        self.table.setObjectName("allCommitments")
        self.count = QLabel()
        self.show_button = QPushButton(self.tr("&Show in its worksite"))
        self.show_button.clicked.connect(self.show_in_worksite)
        self.form_button = QPushButton(self.tr("&Edit in a form…"))
        self.form_button.clicked.connect(self.edit_in_form)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.add_shortcut(self.tr("Delete commitment"), QKeySequence(QKeySequence.StandardKey.Delete),
                                self.delete_selected)
        self.table.add_shortcut(self.tr("Edit in a form"), QKeySequence("Ctrl+E"), self.edit_in_form)
        self.table.add_shortcut(self.tr("Show in its worksite"), QKeySequence("Ctrl+L"), self.show_in_worksite)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for button in (self.show_button, self.form_button, self.delete_button):
            bottom.addWidget(button)
        self.history = HistoryPanel(self.session)
        self.history.setMaximumHeight(180)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.history)
        self.model.modelReset.connect(self._count)
        self.model.rowsInserted.connect(self._count)
        self.model.rowsRemoved.connect(self._count)
        self._count()
        self.session.changed.connect(self.on_changes)

    def _fill_objectives(self) -> None:
        self.objective.blockSignals(True)
        self.objective.clear()
        self.objective.addItem(self.tr("All"), None)
        for row in browse.objectives(self.session.store, self.session.language):
            self.objective.addItem(f"{row['code']} {row['title']}", row["id"])
        self.objective.blockSignals(False)

    def _fill_worksites(self) -> None:
        current = self.worksite.currentData()
        self.worksite.blockSignals(True)
        self.worksite.clear()
        self.worksite.addItem(self.tr("All"), None)
        for row in browse.worksites(self.session.store, self.objective.currentData(), self.session.language):
            self.worksite.addItem(f"{row['code']} {row['title']}", row["id"])
        self.worksite.setCurrentIndex(max(0, self.worksite.findData(current)))
        self.worksite.blockSignals(False)

    def _fill_leads(self) -> None:
        current = self.lead.currentData()
        self.lead.blockSignals(True)
        self.lead.clear()
        self.lead.addItem(self.tr("All"), None)
        for row in browse.lead_organisations(self.session.store, self.session.language):
            self.lead.addItem(row["name"], row["id"])
        self.lead.setCurrentIndex(max(0, self.lead.findData(current)))
        self.lead.blockSignals(False)

    def current_filter(self) -> browse.CommitmentFilter:
        return browse.CommitmentFilter(
            objective_id=self.objective.currentData(), worksite_id=self.worksite.currentData(),
            status=self.status.currentData(), health=self.health.currentData(),
            lead_organisation_id=self.lead.currentData(), due=self.due.currentData(), text=self.text.text())

    def apply_filter(self, *_args) -> None:
        self.timer.stop()
        self.model.set_filter(self.current_filter())
        # lay the table out for its new row count now: otherwise Qt paints it, lays it out, and paints it
        # again (#9: half of a filter change at 50,000 commitments)
        self.table.executeDelayedItemsLayout()

    def clear_filters(self) -> None:
        for combo in (self.objective, self.worksite, self.status, self.health, self.lead, self.due):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._fill_worksites()
        self.apply_filter()

    def _count(self, *_args) -> None:
        self.count.setText(self.tr("{n} commitments").format(n=self.model.rowCount()))

    def _selected(self, current, _previous=None) -> None:
        if current.isValid():
            record = self.model.record(current.row())
            self.history.show_record("commitment", record["id"], record["code"])

    def show_in_worksite(self) -> bool:
        ids = self.table.selected_ids()
        return bool(ids) and self.window_.open_record("commitment", ids[0])

    def edit_in_form(self) -> None:
        from .commitment_form import CommitmentForm

        ids = self.table.selected_ids()
        if ids:
            CommitmentForm(self.window_, commitment_id=ids[0]).open()

    def delete_selected(self) -> bool:
        from ..operations import commitments as commitment_operations

        ids = self.table.selected_ids()
        return bool(ids) and commitment_operations.delete(self.session, ids)

    def on_changes(self, changes: Changes) -> None:
        fields = changes.fields_changed("commitment")
        leads_moved = (changes.inserted.get("commitment") or changes.deleted.get("commitment")
                       or fields is None or any("lead_organisation_id" in f for f in fields.values()))
        if "organisation" in changes.tables() or ("commitment" in changes.tables() and leads_moved):
            self._fill_leads()  # the filter lists the organisations that lead a commitment
        if changes.tables() & {"objective", "worksite"}:
            self._fill_objectives()
            self._fill_worksites()
