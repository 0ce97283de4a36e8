"""The Social Summit view: choose the priority worksites of a summit, report on last year's, close it,
and make the progress note (`progress_note.py`: also Tools → Progress note, without this screen).

Every write is one data-layer call (`db/summits.py`) run as an undoable command; the view refreshes
when `window.changed` carries summit, priority or commitment changes.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...db import browse
from ...db import summits as summit_db
from ..operations import summit as summit_operations
from ...db.enums import COMMITMENT_STATUS, label
from ...db.enums import SUMMIT_VERDICT
from ...db.store import Store
from ..shell import i18n
from ..widgets.date_edit import DateEdit


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
        for row in browse.objectives(self.store, self.window.language):
            item = QTreeWidgetItem([f"{row['code']} {row['title']}"])
            item.setToolTip(0, row["title"])
            self.tree.addTopLevelItem(item)
            objectives[row["id"]] = item
        for row in browse.all_worksites(self.store, self.window.language):
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
            self.previous = summit_db.previous_summit(self.store, year)
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
        row = summit_db.priority(self.store, priority_id, self.window.language)
        self._seen = {k: row[k] for k in ("expected_result", "progress_statement", "verdict")}
        self.editor_title.setText(self.tr("{code} {title} (Social Summit {year})").format(
            code=row["code"], title=row["title"], year=row["year"]))
        self.expected_edit.setPlainText(row["expected_result"] or "")
        self.statement_edit.setPlainText(row["progress_statement"] or "")
        self.verdict_box.setCurrentIndex(max(self.verdict_box.findData(row["verdict"]), 0))
        language = self.window.language
        self._fill(self.commitments, browse.worksite_commitments(self.store, row["worksite_id"]),
            lambda c: [c["code"], c["title"], label(COMMITMENT_STATUS, c["status"], language), f"{c['progress']}%"])
        self.expected_edit.setEnabled(True)
        self.expected_edit.setReadOnly(bool(row["closed_at"]))
        for widget in (self.statement_edit, self.verdict_box, self.save_button):
            widget.setEnabled(True)

    # ---- writing -----------------------------------------------------------------------------

    def save_priority(self) -> bool:
        if not self.selected_priority:
            return False
        values = {"progress_statement": self.statement_edit.toPlainText(),
                  "verdict": self.verdict_box.currentData()}
        if not self.expected_edit.isReadOnly():
            values["expected_result"] = self.expected_edit.toPlainText()
        priority_id = self.selected_priority
        return summit_operations.update_priority(self.window.session, priority_id, values, dict(self._seen),
                                                 reload=lambda: self._show_editor(priority_id))

    def _tree_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        worksite_id = item.data(0, ID_ROLE)
        if self._loading or not worksite_id or not self.summit:
            return
        summit_id = self.summit["id"]
        if item.checkState(0) == Qt.CheckState.Checked:
            summit_operations.add_priority(self.window.session, summit_id, worksite_id)
        else:
            priority_id = summit_db.priority_of_worksite(self.store, summit_id, worksite_id)
            if priority_id:
                summit_operations.remove_priority(self.window.session, priority_id)

    def new_summit(self, year: int | None = None, date: str | None = None) -> bool:
        if year is None:
            dialog = NewSummitDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            year, date = dialog.values()
        if summit_db.has_summit(self.store, year):
            self.window.show_error(self.tr("There is already a Social Summit {year}.").format(year=year))
            return False
        done = summit_operations.add_summit(self.window.session, year, date)
        if done:
            self.reload(keep_year=year)
        return done

    def close_summit(self) -> bool:
        if not self.summit:
            return False
        summit_id = self.summit["id"]
        return summit_operations.close(self.window.session, summit_id)

    def reopen_summit(self) -> bool:
        if not self.summit:
            return False
        summit_id = self.summit["id"]
        return summit_operations.reopen(self.window.session, summit_id)

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
        """The note on the summit shown (`progress_note.make_progress_note`); the preview is `self.preview`."""
        from .progress_note import make_progress_note

        return make_progress_note(self.window, options, (self.previous or self.summit or {}).get("year"),
                                  on_preview=lambda preview: setattr(self, "preview", preview))


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
