"""The partner spreadsheet import wizard: choose a file, check the column mapping, preview, apply.

Nothing is written before the last page: the preview lists every row (new, updated old → new,
unchanged, error with its reason, row and column). Finishing applies the import as one action
(one transaction, logged under the file's name) that Undo reverts as one step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ...db.browse import objectives as strategy_objectives
from ...db.errors import StoreError
from ...exchange import columns as cols
from ...exchange import headers as hdr
from ...exchange import partner_import
from ...exchange.reading import SheetChoiceNeeded
from ...texts import message, render

STATE_COLOURS = {"new": "#dff3e0", "updated": "#fff4d6", "unchanged": "#ffffff", "error": "#f9dcdc"}


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the partner's spreadsheet"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice workbook (.ods) or a CSV file. "
                                 "Nothing is changed before the last step."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.objective = QComboBox()
        self.objective.setObjectName("importObjective")
        self.objective.addItem(self.tr("(none: roles are not applied)"), None)
        for item in strategy_objectives(wizard.store, wizard.language()):
            self.objective.addItem(f"{item['code']} {item['title'][:60]}", item["code"])
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setAccessibleName(self.tr("Sheet to import"))
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000")
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.tr("Objective for the roles in a partner list:"), self.objective)
        self.sheet_label.hide()
        self.sheet.hide()
        self.path_edit.textChanged.connect(self.path_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import partner spreadsheet"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def path_changed(self) -> None:
        """Another file: its sheets are asked for again if it has several."""
        self.sheet.clear()
        self.sheet.hide()
        self.sheet_label.hide()

    def validatePage(self) -> bool:
        sheet = self.sheet.currentData() if self.sheet.count() else None
        path = Path(self.path_edit.text().strip())
        try:
            loaded = self.wizard_.in_job(self.tr("Reading {file}…").format(file=path.name),
                                         lambda store: partner_import.load(store, path, sheet=sheet))
        except SheetChoiceNeeded as exc:
            self.sheet.clear()
            for name in exc.sheets:
                self.sheet.addItem(name, name)
            self.sheet_label.show()
            self.sheet.show()
            self.error.setText(self.tr("The workbook has several sheets: choose the one to import, then Next."))
            return False
        except StoreError as exc:
            self.error.setText(message(exc, self.wizard_.language()))
            return False
        if loaded is None:   # cancelled (or asked again while reading): nothing was read, nothing written
            self.error.setText(self.tr("Reading the file was cancelled."))
            return False
        self.wizard_.loaded = loaded
        self.error.clear()
        self.wizard_.objective = self.objective.currentData()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for key, text in wizard.kind_labels().items():
            self.kind.addItem(text, key)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                              self.tr("First value"), self.tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.remember = QCheckBox(self.tr("Remember this mapping for files with the same columns"))
        self.remember.setChecked(True)
        self.info = QLabel()
        self.info.setObjectName("mappingInfo")
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000")
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        self.date_order.setAccessibleName(self.tr("How the file writes dates"))
        self.date_order.addItem(self.tr("(choose)"), None)
        self.date_order.addItem(self.tr("Day first: 04/11/2027 is 4 November 2027"), "dmy")
        self.date_order.addItem(self.tr("Month first: 04/11/2027 is 11 April 2027"), "mdy")
        self.date_order.currentIndexChanged.connect(self.error.clear)
        self.date_question = QLabel()
        self.date_question.setObjectName("dateQuestion")
        self.date_question.setWordWrap(True)
        form = self.form = QFormLayout()
        form.addRow(self.tr("The file holds:"), self.kind)
        form.addRow(self.date_question)
        form.addRow(self.tr("Dates:"), self.date_order)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        loaded = self.wizard_.loaded
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(loaded.kind)))
        self.kind.blockSignals(False)
        if loaded.header_rows > 1:
            text = self.tr("Sheet '{sheet}' of {file}: header on rows {row} and {next}, combined per column.").format(
                sheet=loaded.sheet_name, file=loaded.file_name, row=loaded.header_row, next=loaded.header_row + 1)
        else:
            text = self.tr("Sheet '{sheet}' of {file}: header on row {row}.").format(
                sheet=loaded.sheet_name, file=loaded.file_name, row=loaded.header_row)
        if loaded.remembered:
            text += " " + self.tr("The mapping you confirmed for a file of this shape is used.")
        self.info.setText(text)
        self.fill()
        self.ask_date_order()

    def ask_date_order(self) -> None:
        """Show the date question once, only when a date column can be read both ways."""
        loaded = self.wizard_.loaded
        chosen, loaded.date_order = loaded.date_order, None
        try:
            cols.judge(loaded)
            ambiguous = []
        except cols.AmbiguousDateOrder as exc:
            ambiguous = exc.columns
        except StoreError:
            ambiguous = []
        loaded.date_order = chosen
        for widget in (self.date_order, self.date_question):
            widget.setVisible(bool(ambiguous))
        label = self.form.labelForField(self.date_order)
        if label is not None:
            label.setVisible(bool(ambiguous))
        if ambiguous:
            self.date_question.setText(self.tr("The dates in column {columns} can be read day first or month first "
                                               "(no day above 12 tells). How does the file write them?").format(
                columns=", ".join(ambiguous)))

    def kind_changed(self) -> None:
        loaded = self.wizard_.loaded
        loaded.kind = self.kind.currentData()
        loaded.mapping = hdr.match_headers(loaded.kind, loaded.headers)
        self.fill()
        self.ask_date_order()

    def fill(self) -> None:
        loaded = self.wizard_.loaded
        first = loaded.data_rows()[0][1] if loaded.data_rows() else []
        self.table.setRowCount(len(loaded.headers))
        self.combos = []
        labels = self.wizard_.field_labels(loaded.kind)
        for position, header in enumerate(loaded.headers):
            sample = first[position] if position < len(first) else None
            for column, value in enumerate((partner_import.column_letter(position), header, sample)):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(position, column, item)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for key, text in labels.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(loaded.mapping.get(position, ""))))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.table.setCellWidget(position, 3, combo)
            self.combos.append(combo)

    def mapping_changed(self) -> None:
        self.wizard_.loaded.mapping = {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def validatePage(self) -> bool:
        self.mapping_changed()
        loaded = self.wizard_.loaded
        if not self.date_order.isHidden():
            if self.date_order.currentData() is None:
                self.error.setText(self.tr("Say how the file writes its dates (day first or month first)."))
                return False
            loaded.date_order = self.date_order.currentData()
        try:
            partner_import.check_mapping(loaded)
            cols.judge(loaded, loaded.date_order)
        except StoreError as exc:
            self.error.setText(message(exc, self.wizard_.language()))
            return False
        self.error.clear()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What importing will do, row by row. Import applies it as one action "
                                 "(Undo reverts it as a whole)."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Record"),
                                              self.tr("Changes or reason")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

    def state_label(self, state: str) -> str:
        return {"new": self.tr("new"), "updated": self.tr("updated"), "unchanged": self.tr("unchanged"),
                "error": self.tr("error")}[state]

    def initializePage(self) -> None:
        loaded, objective = self.wizard_.loaded, self.wizard_.objective
        self.wizard_.preview = None
        self.table.setRowCount(0)
        try:
            result = self.wizard_.in_job(self.tr("Checking {file} against the database…").format(
                file=loaded.file_name), lambda store: partner_import.preview(store, loaded, objective))
        except StoreError as exc:
            self.summary.setText(message(exc, self.wizard_.language()))
            return
        if result is None:   # cancelled: Back, or Import stays unavailable; nothing was written
            self.summary.setText(self.tr("The preview was cancelled; nothing was changed. Go back and Next "
                                         "to make it again."))
            self.completeChanged.emit()
            return
        self.wizard_.preview = result
        self.summary.setText(self.tr("{file}: {new} new, {updated} updated, {unchanged} unchanged, "
                                     "{errors} in error.").format(
            file=result.loaded.file_name, new=result.count("new"), updated=result.count("updated"),
            unchanged=result.count("unchanged"), errors=result.count("error")))
        self.table.setRowCount(len(result.rows))
        for index, row in enumerate(result.rows):
            if row.state == "error":
                detail = " ".join(render(p.sentence(result.loaded.file_name), self.wizard_.language())
                                  for p in row.problems)
            else:
                detail = row.describe(self.wizard_.window_.language,
                                      self.wizard_.field_labels(result.loaded.kind) | self.wizard_.column_labels())
            if row.notes:
                detail = ((detail + " " if detail else "") + "("
                          + "; ".join(render(note, self.wizard_.language()) for note in row.notes) + ")")
            values = (str(row.row), self.state_label(row.state), row.summary, detail)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATE_COLOURS[row.state])))
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(2, 260)
        self.table.resizeRowsToContents()
        self.notes.setText("\n".join(render(note, self.wizard_.language()) for note in result.notes))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.wizard_.preview
        return preview is not None and any(r.state in ("new", "updated") for r in preview.rows)


class ImportWizard(QWizard):
    """The import wizard; `applied` holds the Changes once Finish has written the import."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.store = window.store
        self.loaded: partner_import.Loaded | None = None
        self.preview: partner_import.Preview | None = None
        self.objective: str | None = None
        self.applied = None
        self.busy = False   # a file being read or previewed on a worker (in_job)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import partner spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.choose_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.choose_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(980, 620)

    def in_job(self, title: str, read):
        """`read(store)` on a worker thread with its own read-only connection (#19): the window keeps
        answering, progress shows after 0.5 s with Cancel, and this waits for the result in a local
        event loop. None when cancelled or already busy (nothing is ever written here)."""
        from ...db.store import Store
        from ..shell.jobs import run_and_wait

        if self.busy:
            return None
        path, author = self.store.path, self.store.author

        def work(progress, cancelled):
            with Store.open(path, author=author, readonly=True) as store:
                result = read(store)
            return None if cancelled() else result

        self.busy = True
        try:
            return run_and_wait(self.window_, title, work, parent=self)
        finally:
            self.busy = False

    def language(self) -> str:
        """The window's language: refusals and reasons from the data layer are shown in it."""
        return getattr(self.window_, "language", "en")

    def kind_labels(self) -> dict[str, str]:
        return {"commitment": self.tr("Commitments"), "organisation": self.tr("Organisations and contacts"),
                "indicator": self.tr("Indicator values"), "action": self.tr("Action items")}

    def field_labels(self, kind: str) -> dict[str, str]:
        every = {
            "worksite": self.tr("Worksite (code)"), "code": self.tr("Commitment code"),
            "title": self.tr("Commitment (title)"), "description": self.tr("Description"),
            "status": self.tr("Status"), "progress": self.tr("Progress (%)"), "health": self.tr("Schedule"),
            "lead": self.tr("Lead organisation"), "due_date": self.tr("Due date"), "notes": self.tr("Notes"),
            "id": self.tr("Record id"), "updated_at": self.tr("Last changed (not imported)"),
            "organisation": self.tr("Organisation"), "contact": self.tr("Contact person"),
            "function": self.tr("Function"), "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "role": self.tr("Role"), "objective": self.tr("Objective (code)"), "indicator": self.tr("Indicator"),
            "year": self.tr("Year"), "value": self.tr("Value"), "target": self.tr("Target"), "note": self.tr("Note"),
            "meeting_date": self.tr("Meeting date"), "action": self.tr("Action item"), "owner": self.tr("Owner"),
            "state": self.tr("State"),
        }
        return {key: every.get(key, key) for key in hdr.FIELDS[kind]}

    def column_labels(self) -> dict[str, str]:
        """Names of stored columns that differ from the import fields (shown in the preview)."""
        return {"lead_organisation_id": self.tr("Lead organisation"), "worksite_id": self.tr("Worksite (code)"),
                "full_name": self.tr("Contact person"), "value_text": self.tr("Value as written")}

    def accept(self) -> None:
        """Write the import on a worker thread (the window keeps answering, #19): the preview shown
        is written as it is unless the database changed meanwhile; one undo step when done."""
        if self.preview is None or self.loaded is None:
            return
        from ..operations import exchange as exchange_operations

        loaded, window = self.loaded, self.window_
        text = self.tr("Import {file}").format(file=loaded.file_name)
        done_text = self.tr("Imported {file}: {new} new, {updated} updated.")

        def done(result) -> None:
            window.statusBar().showMessage(done_text.format(
                file=loaded.file_name, new=result.count("new"), updated=result.count("updated")), 10000)

        self.applied = True
        self.job = exchange_operations.import_file(window, text, loaded, self.objective,
                                                   self.mapping_page.remember.isChecked(), self.preview, done)
        super().accept()
