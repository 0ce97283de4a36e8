"""Tools → Strategy revision…: export the structure, read an edited workbook, preview, apply as one undo step.

The preview lists what the revision adds, renames, moves, renumbers, closes or reopens, and the rows
refused (file, row, column). Apply is one undoable action; "Save as draft" keeps the plan to apply
later (a draft is listed in the same dialog and applied from there).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ...db import revisions
from ...db.errors import StoreError
from ...texts import render
from ..shell import i18n
from ..widgets.date_edit import DateEdit


class RevisionDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window = window
        self.plan: revisions.Plan | None = None
        self.setObjectName("revisionDialog")
        self.setWindowTitle(self.tr("Strategy revision"))
        self.resize(820, 560)
        lang = window.language
        current = revisions.current_revision(window.store)
        self.current = QLabel(self.tr("The strategy stands at: {name} ({date})").format(
            name=render(revisions.revision_name(current), lang), date=i18n.show_date(current["date"], lang)))
        self.export_button = QPushButton(self.tr("Export the structure to Excel…"))
        self.export_button.setObjectName("exportStructure")
        self.open_button = QPushButton(self.tr("Read an edited workbook…"))
        self.open_button.setObjectName("readRevisionWorkbook")
        self.drafts = QComboBox()
        self.drafts.setObjectName("revisionDrafts")
        self.drafts.addItem(self.tr("(no draft chosen)"), None)
        for draft in (r for r in revisions.revisions(window.store) if r["state"] == "draft"):
            self.drafts.addItem(f"{i18n.show_date(draft['date'], lang)}  {draft['name']}", draft["id"])
        self.drafts.setEnabled(self.drafts.count() > 1)
        self.name = QLineEdit()
        self.name.setObjectName("revisionName")
        self.name.setPlaceholderText(self.tr("e.g. Update February 2021"))
        self.date = DateEdit(lang, QDate.currentDate().toString(Qt.DateFormat.ISODate))  # the shared date field
        self.date.setObjectName("revisionDate")
        self.preview = QListWidget()
        self.preview.setObjectName("revisionPreview")
        self.preview.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply the revision"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyRevision")
        self.draft_button = self.buttons.addButton(self.tr("Save as draft"), QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setObjectName("saveRevisionDraft")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(lambda: self.apply())
        self.draft_button.clicked.connect(lambda: self.save_draft())
        self.export_button.clicked.connect(lambda: self.export())
        self.open_button.clicked.connect(lambda: self.choose_workbook())
        self.drafts.currentIndexChanged.connect(lambda _index: self.show_draft())
        self.name.textChanged.connect(lambda _text: self.update_buttons())

        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.open_button)
        files.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Draft:"), self.drafts)
        form.addRow(self.tr("Name of the revision:"), self.name)
        form.addRow(self.tr("Date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(files)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What the revision changes:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.update_buttons()

    # ---- files ------------------------------------------------------------------------------
    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the structure"), "strategie-structuur.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export_to(Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))

    def export_to(self, target: Path) -> None:
        from ...exchange import revision_workbook

        try:
            count = revision_workbook.write(self.window.store, target, lang=self.window.language)
        except (StoreError, OSError) as exc:
            self.window.show_error(exc)
            return
        self.summary.setText(self.tr("Wrote {file}: {count} objectives and worksites.").format(
            file=target.name, count=count))

    def choose_workbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Read an edited workbook"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if name:
            self.read(Path(name))

    def read(self, path: Path) -> None:
        from ...exchange import revision_workbook

        try:
            rows, file_name = revision_workbook.read_rows(path)
            self.plan = revisions.plan_from_rows(self.window.store, rows, file_name)
        except StoreError as exc:
            self.plan = None
            self.show_plan()
            self.summary.setText(render(exc.args[0] if exc.args else str(exc), self.window.language))
            return
        self.drafts.setCurrentIndex(0)
        self.show_plan()

    def show_draft(self) -> None:
        draft_id = self.drafts.currentData()
        if not draft_id:
            return
        draft = self.window.store.get("strategy_revision", draft_id)
        self.plan = revisions.Plan.from_json(draft["plan"])
        self.name.setText(draft["name"])
        self.date.setDate(QDate.fromString(draft["date"], Qt.DateFormat.ISODate))
        self.show_plan()

    # ---- preview ----------------------------------------------------------------------------
    def show_plan(self) -> None:
        lang = self.window.language
        self.preview.clear()
        plan = self.plan or revisions.Plan()
        for change in plan.changes:
            prefix = self.tr("row {row}: ").format(row=change.row) if change.row else ""
            self.preview.addItem(QListWidgetItem(prefix + render(change.describe(), lang)))
        for refusal in plan.refused:
            item = QListWidgetItem(self.tr("Refused: {problem}").format(problem=render(refusal, lang)))
            item.setForeground(QBrush(QColor("#b00020")))
            self.preview.addItem(item)
        if plan.refused:
            self.summary.setText(self.tr("{count} row(s) refused: correct the workbook and read it again; "
                                         "nothing is changed.").format(count=len(plan.refused)))
        elif plan.changes:
            self.summary.setText(self.tr("{count} change(s), applied together as one action (one undo step).")
                                 .format(count=len(plan.changes)))
        else:
            self.summary.setText(self.tr("The workbook changes nothing in the strategy."))
        self.update_buttons()

    def update_buttons(self) -> None:
        ready = bool(self.plan and self.plan.changes and not self.plan.refused and self.name.text().strip())
        self.apply_button.setEnabled(ready)
        self.draft_button.setEnabled(ready and not self.drafts.currentData())

    # ---- writing ----------------------------------------------------------------------------
    def apply(self) -> None:
        from ..operations import strategy as strategy_operations

        name, date, plan = self.name.text().strip(), self.date.date().toString(Qt.DateFormat.ISODate), self.plan
        if strategy_operations.apply_revision(self.window.session, name, date, plan, self.drafts.currentData()):
            self.accept()

    def save_draft(self) -> None:
        from ..operations import strategy as strategy_operations

        name, date, plan = self.name.text().strip(), self.date.date().toString(Qt.DateFormat.ISODate), self.plan
        if strategy_operations.save_draft(self.window.session, name, date, plan):
            self.accept()

