"""The Social Summit view: choose the priority worksites of a summit, report on last year's, close it,
and make the progress note (PDF, rendered in the background, then previewed).

Every write is one data-layer call (`db/summits.py`) run as an undoable command; the view refreshes
when `window.changed` carries summit, priority or commitment changes.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..db import summits as summit_db
from ..db.strategy_texts import column as _text_column
from ..db.enums import COMMITMENT_STATUS, label
from ..db.errors import StoreError
from ..db.summits import SUMMIT_VERDICT
from ..db.store import Store
from . import i18n
from .date_edit import DateEdit
from . import preferences


def _title(table: str, language: str, alias: str = "o") -> str:
    """The SQL of a record's title in the reader's language (issue 15)."""
    return _text_column(alias, table, "title", language)

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = {"summit", "summit_priority", "commitment", "worksite"}


class SummitView(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.setObjectName("summitView")
        self.summit: dict | None = None
        self.previous: dict | None = None
        self.selected_priority: str | None = None
        self._loading = False

        self.summit_box = QComboBox()
        self.summit_box.setObjectName("summitYear")
        self.state_label = QLabel()
        self.new_button = QPushButton(self.tr("New summit…"))
        self.close_button = QPushButton(self.tr("Close the summit…"))
        self.close_button.setObjectName("closeSummit")
        self.reopen_button = QPushButton(self.tr("Reopen the summit…"))
        self.reopen_button.setObjectName("reopenSummit")
        self.note_button = QPushButton(self.tr("Progress note (PDF)…"))
        self.note_button.setObjectName("progressNote")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Social Summit")))
        top.addWidget(self.summit_box)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        top.addWidget(self.note_button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("priorityTree")
        self.tree.setHeaderLabels([self.tr("Pick the priority worksites")])
        tree_box = QGroupBox(self.tr("Strategy"))
        QVBoxLayout(tree_box).addWidget(self.tree)

        self.priorities = self._table("currentPriorities", [
            self.tr("Worksite"), self.tr("Title"), self.tr("Expected result"), self.tr("Commitments"),
            self.tr("Realised")])
        self.current_box = QGroupBox(self.tr("Priorities chosen at this summit"))
        QVBoxLayout(self.current_box).addWidget(self.priorities)
        self.previous_table = self._table("previousPriorities", [
            self.tr("Worksite"), self.tr("Title"), self.tr("Expected result"), self.tr("Realised"),
            self.tr("In progress"), self.tr("Postponed"), self.tr("Verdict"), self.tr("Progress statement")])
        self.previous_box = QGroupBox(self.tr("Last summit's priorities: how far they got"))
        QVBoxLayout(self.previous_box).addWidget(self.previous_table)

        self.editor_box = QGroupBox(self.tr("Priority"))
        self.editor_title = QLabel()
        self.editor_title.setWordWrap(True)
        self.expected_edit = QPlainTextEdit()
        self.expected_edit.setObjectName("expectedResult")
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setObjectName("progressStatement")
        for edit in (self.expected_edit, self.statement_edit):
            edit.setMaximumHeight(90)
            edit.setTabChangesFocus(True)
        self.verdict_box = QComboBox()
        self.verdict_box.setObjectName("verdict")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("savePriority")
        form = QFormLayout(self.editor_box)
        form.addRow(self.editor_title)
        form.addRow(self.tr("Expected result"), self.expected_edit)
        form.addRow(self.tr("Progress statement"), self.statement_edit)
        form.addRow(self.tr("Verdict"), self.verdict_box)
        form.addRow(self.save_button)
        self.commitments = self._table("priorityCommitments", [
            self.tr("Commitment"), self.tr("Title"), self.tr("Status"), self.tr("Progress")])
        self.commitments.setMaximumHeight(150)
        form.addRow(self.commitments)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.current_box)
        right.addWidget(self.previous_box)
        right.addWidget(self.editor_box)
        right.setSizes([260, 300, 260])
        splitter = QSplitter()
        splitter.addWidget(tree_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.summit_box.currentIndexChanged.connect(self._summit_chosen)
        self.new_button.clicked.connect(lambda: self.new_summit())  # not clicked(False) as `year`
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.note_button.clicked.connect(lambda: self.progress_note())  # not clicked(False) as `options`
        self.tree.itemChanged.connect(self._tree_changed)
        self.priorities.itemSelectionChanged.connect(lambda: self._priority_selected(self.priorities))
        self.previous_table.itemSelectionChanged.connect(lambda: self._priority_selected(self.previous_table))
        self.save_button.clicked.connect(self.save_priority)
        window.changed.connect(self._changed)
        self._fill_verdicts()
        self._build_tree()
        self.reload()

    @property
    def store(self) -> Store:
        return self.window.store

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, name in enumerate(headers):
            if name in (self.tr("Expected result"), self.tr("Progress statement")):
                table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        return table

    def _fill_verdicts(self) -> None:
        self.verdict_box.addItem(self.tr("(no verdict yet)"), None)
        for key in SUMMIT_VERDICT:
            self.verdict_box.addItem(label(SUMMIT_VERDICT, key, self.window.language), key)

    def _build_tree(self) -> None:
        self._loading = True
        self.tree.clear()
        self._worksite_items: dict[str, QTreeWidgetItem] = {}
        objectives = {}
        for row in self.store.rows(f"SELECT id, code, {_title('objective', self.window.language)} AS title FROM objective o "
                                   "ORDER BY position, code"):
            item = QTreeWidgetItem([f"{row['code']} {row['title']}"])
            item.setToolTip(0, row["title"])
            self.tree.addTopLevelItem(item)
            objectives[row["id"]] = item
        for row in self.store.rows(f"SELECT id, objective_id, code, {_title('worksite', self.window.language)} AS title "
                                   "FROM worksite o ORDER BY position, code"):
            item = QTreeWidgetItem([f"{row['code']} {row['title']}"])
            item.setToolTip(0, row["title"])
            item.setData(0, ID_ROLE, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            objectives[row["objective_id"]].addChild(item)
            self._worksite_items[row["id"]] = item
        self._loading = False

    # ---- reading -----------------------------------------------------------------------------

    def reload(self, keep_year: int | None = None) -> None:
        year = keep_year if keep_year is not None else (self.summit or {}).get("year")
        rows = summit_db.summits(self.store)
        self._loading = True
        self.summit_box.clear()
        for row in rows:
            self.summit_box.addItem(str(row["year"]), row["year"])
        index = self.summit_box.findData(year) if year is not None else 0
        self.summit_box.setCurrentIndex(max(index, 0) if rows else -1)
        self._loading = False
        self._show_summit()

    def _summit_chosen(self, _index: int) -> None:
        if not self._loading:
            self._show_summit()

    def _show_summit(self) -> None:
        year = self.summit_box.currentData()
        self.summit = summit_db.summit_by_year(self.store, year) if year is not None else None
        self.previous = None
        if self.summit:
            rows = self.store.rows("SELECT * FROM summit WHERE year < ? ORDER BY year DESC LIMIT 1", [year])
            self.previous = rows[0] if rows else None
        closed = bool(self.summit and self.summit["closed_at"])
        if not self.summit:
            self.state_label.setText(self.tr("No summit yet: add the coming Social Summit."))
        elif closed:
            self.state_label.setText(self.tr("closed on {date}").format(
                date=i18n.show_date(self.summit["closed_at"], self.window.language)))
        else:
            self.state_label.setText(self.tr("open: choose its priorities, then close it"))
        self.close_button.setEnabled(bool(self.summit) and not closed)
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.tree.setEnabled(bool(self.summit) and not closed)
        current = summit_db.priorities(self.store, self.summit["id"], lang=self.window.language) if self.summit else []
        self._loading = True
        chosen = {p["worksite_id"] for p in current}
        for worksite_id, item in self._worksite_items.items():
            item.setCheckState(0, Qt.CheckState.Checked if worksite_id in chosen else Qt.CheckState.Unchecked)
            if worksite_id in chosen:
                item.parent().setExpanded(True)
        self._loading = False
        self._fill(self.priorities, current, lambda p: [p["worksite_code"], p["worksite_title"],
                                                         p["expected_result"] or "", str(p["commitments"]),
                                                         str(p["realised"])])
        previous = summit_db.priorities(self.store, self.previous["id"], lang=self.window.language) if self.previous else []
        self.previous_box.setTitle(self.tr("Priorities of the Social Summit {year}: how far they got").format(
            year=self.previous["year"]) if self.previous else self.tr("No earlier summit"))
        self._fill(self.previous_table, previous, lambda p: [
            p["worksite_code"], p["worksite_title"], p["expected_result"] or "",
            f"{p['realised']}/{p['commitments']}", str(p["in_progress"]), str(p["postponed"]),
            label(SUMMIT_VERDICT, p["verdict"], self.window.language), p["progress_statement"] or ""])
        self._show_editor(None)

    def _fill(self, table: QTableWidget, rows: list[dict], cells) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(cells(row)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row["id"])
                item.setToolTip(text)
                table.setItem(r, c, item)

    def _changed(self, changes) -> None:
        if changes.tables() & WATCHED:
            if "worksite" in changes.tables():
                self._build_tree()
            self.reload()

    # ---- the priority editor -----------------------------------------------------------------

    def _priority_selected(self, table: QTableWidget) -> None:
        items = table.selectedItems()
        if not items:
            return
        other = self.previous_table if table is self.priorities else self.priorities
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        self._show_editor(items[0].data(ID_ROLE))

    def _show_editor(self, priority_id: str | None) -> None:
        self.selected_priority = priority_id
        self.editor_box.setEnabled(priority_id is not None)
        if priority_id is None:
            self.editor_title.setText(self.tr("Select a priority to write its expected result or, at the next "
                                              "summit, its progress statement and verdict."))
            for edit in (self.expected_edit, self.statement_edit):
                edit.setPlainText("")
            self.verdict_box.setCurrentIndex(0)
            self.commitments.setRowCount(0)
            self.editor_box.setEnabled(True)
            for widget in (self.expected_edit, self.statement_edit, self.verdict_box, self.save_button):
                widget.setEnabled(False)
            return
        row = self.store.rows(f"SELECT p.*, w.code, {_title('worksite', self.window.language, 'w')} AS title, "
                              "s.year, s.closed_at FROM summit_priority p "
                              "JOIN worksite w ON w.id = p.worksite_id JOIN summit s ON s.id = p.summit_id "
                              "WHERE p.id = ?", [priority_id])[0]
        self._seen = {k: row[k] for k in ("expected_result", "progress_statement", "verdict")}
        self.editor_title.setText(self.tr("{code} {title} (Social Summit {year})").format(
            code=row["code"], title=row["title"], year=row["year"]))
        self.expected_edit.setPlainText(row["expected_result"] or "")
        self.statement_edit.setPlainText(row["progress_statement"] or "")
        self.verdict_box.setCurrentIndex(max(self.verdict_box.findData(row["verdict"]), 0))
        language = self.window.language
        self._fill(self.commitments, self.store.rows(
            "SELECT id, code, title, status, progress FROM commitment WHERE worksite_id = ? "
            "ORDER BY position, code", [row["worksite_id"]]),
            lambda c: [c["code"], c["title"], label(COMMITMENT_STATUS, c["status"], language), f"{c['progress']}%"])
        self.expected_edit.setEnabled(True)
        self.expected_edit.setReadOnly(bool(row["closed_at"]))
        for widget in (self.statement_edit, self.verdict_box, self.save_button):
            widget.setEnabled(True)

    # ---- writing -----------------------------------------------------------------------------

    def _do(self, text: str, act) -> bool:
        session = getattr(self.window, "session", None)
        if session is not None:
            from .undo import ActionCommand

            return session.execute(ActionCommand(session, text, act))
        try:
            self.window.apply_changes(act())
        except StoreError as exc:
            self.window.show_error(exc)
            return False
        return True

    def save_priority(self) -> bool:
        if not self.selected_priority:
            return False
        values = {"progress_statement": self.statement_edit.toPlainText(),
                  "verdict": self.verdict_box.currentData()}
        if not self.expected_edit.isReadOnly():
            values["expected_result"] = self.expected_edit.toPlainText()
        priority_id, seen = self.selected_priority, dict(self._seen)
        expected = {k: seen[k] for k in values}
        return self._do(self.tr("Edit a summit priority"),
                        lambda: summit_db.update_priority(self.store, priority_id, values, expected))

    def _tree_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        worksite_id = item.data(0, ID_ROLE)
        if self._loading or not worksite_id or not self.summit:
            return
        summit_id = self.summit["id"]
        if item.checkState(0) == Qt.CheckState.Checked:
            self._do(self.tr("Add a summit priority"),
                     lambda: summit_db.add_priority(self.store, summit_id, worksite_id)[1])
        else:
            priority_id = self.store.scalar("SELECT id FROM summit_priority WHERE summit_id = ? AND "
                                            "worksite_id = ?", [summit_id, worksite_id])
            if priority_id:
                self._do(self.tr("Remove a summit priority"),
                         lambda: summit_db.remove_priority(self.store, priority_id))

    def new_summit(self, year: int | None = None, date: str | None = None) -> bool:
        if year is None:
            dialog = NewSummitDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            year, date = dialog.values()
        if self.store.scalar("SELECT 1 FROM summit WHERE year = ?", [year]):
            self.window.show_error(self.tr("There is already a Social Summit {year}.").format(year=year))
            return False
        done = self._do(self.tr("Add a Social Summit"), lambda: summit_db.create(self.store, year, date)[1])
        if done:
            self.reload(keep_year=year)
        return done

    def close_summit(self) -> bool:
        if not self.summit:
            return False
        summit_id = self.summit["id"]
        return self._do(self.tr("Close the Social Summit"), lambda: summit_db.close(self.store, summit_id))

    def reopen_summit(self) -> bool:
        if not self.summit:
            return False
        summit_id = self.summit["id"]
        return self._do(self.tr("Reopen the Social Summit"), lambda: summit_db.reopen(self.store, summit_id))

    def ask_close(self) -> bool:
        return bool(self.summit) and self._confirm(self.tr("Close the summit"), self.tr(
            "Close the Social Summit {year}? Its priorities are then fixed, and the state of every commitment "
            "is kept as the starting point of the next progress note. A summit closed by mistake can be "
            "reopened.").format(year=self.summit["year"])) and self.close_summit()

    def ask_reopen(self) -> bool:
        return bool(self.summit) and self._confirm(self.tr("Reopen the summit"), self.tr(
            "Reopen the Social Summit {year}? The state of the commitments kept when it was closed is "
            "dropped; a new one is kept when it is closed again.").format(year=self.summit["year"])) \
            and self.reopen_summit()

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # ---- the progress note -------------------------------------------------------------------

    def progress_note(self, options: dict | None = None):
        if options is None and not preferences.ask_once(self, "author", self.progress_note):  # asked once
            return None
        if options is None:
            dialog = NoteOptionsDialog(self, self.store, self.window.language,
                                       (self.previous or self.summit or {}).get("year"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.values()
        handle, name = tempfile.mkstemp(prefix="g4b-progress-note-", suffix=".pdf")
        os.close(handle)
        path = Path(name)
        db_path, author = self.store.path, self.store.author

        def work(progress, cancelled):
            from ..reports.progress_note import render_progress_note

            with Store.open(db_path, author=author, readonly=True) as store:
                with open(path, "wb") as handle:
                    render_progress_note(store, handle, progress=progress, cancelled=cancelled, **options)
            return path

        def done(result):
            from .pdf_preview import PdfPreview

            name = "progress-note" + (f"-{options['objective_code']}" if options.get("objective_code") else "")
            self.preview = PdfPreview(self.window, result, self.tr("Progress note"), f"{name}.pdf")
            self.preview.show()

        return self.window.run_job(self.tr("Making the progress note…"), work, done)


class NewSummitDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Social Summit"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)  # as the database allows
        self.year.setValue(_dt.date.today().year)
        self.date = DateEdit(parent.window.language, QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.date.setObjectName("summitDate")
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Date"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, str]:
        return self.year.value(), self.date.iso()


class NoteOptionsDialog(QDialog):
    """What the progress note covers: one objective or the whole strategy, the summit, the language."""

    def __init__(self, parent: QWidget, store: Store, language: str, summit_year: int | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress note"))
        self.objective = QComboBox()
        self.objective.addItem(self.tr("The whole strategy"), None)
        for row in store.rows(f"SELECT code, {_title('objective', language)} AS title FROM objective o "
                              "ORDER BY position, code"):
            self.objective.addItem(f"{row['code']} {row['title']}", row["code"])
        self.summit = QComboBox()
        self.summit.addItem(self.tr("The latest closed summit"), None)
        for row in summit_db.summits(store):
            self.summit.addItem(str(row["year"]), row["year"])
        if summit_year is not None:
            self.summit.setCurrentIndex(max(self.summit.findData(summit_year), 0))
        self.language = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.confidential = QLineEdit()
        self.confidential.setPlaceholderText(self.tr("optional, printed on every page"))
        form = QFormLayout(self)
        form.addRow(self.tr("Objective"), self.objective)
        form.addRow(self.tr("Report on the summit"), self.summit)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Confidentiality line"), self.confidential)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"objective_code": self.objective.currentData(), "summit_year": self.summit.currentData(),
                "lang": self.language.currentData(), "confidential": self.confidential.text().strip() or None}
