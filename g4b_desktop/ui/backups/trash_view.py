"""The trash: every deletion, with what it took along; restore puts it back with the same ids."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...db import history
from ...db.store import Changes
from ..shell import i18n
from ..operations import trash as trash_operations
from ..widgets.rows_model import HeaderedTable

WHEN, WHO, KIND, WHAT = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def table_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"commitment": translate("TrashView", "Commitment"), "organisation": translate("TrashView", "Organisation"),
            "person": translate("TrashView", "Contact"), "membership": translate("TrashView", "Membership"),
            "worksite": translate("TrashView", "Worksite"), "objective": translate("TrashView", "Objective"),
            "indicator": translate("TrashView", "Indicator"), "indicator_value": translate("TrashView", "Indicator value")}


class TrashModel(HeaderedTable):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        self._headers = [self.tr("Deleted"), self.tr("By"), self.tr("Kind"), self.tr("What")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = history.trash(self.session.store)
        self.endResetModel()

    def trash_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        raw = (entry["deleted_at"], entry["author"], entry["table_name"], entry["label"])[column]
        if role == SORT_ROLE:
            return raw
        if role == ID_ROLE:
            return entry["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == WHEN:
            return i18n.show_datetime(raw, self.session.language)
        if column == KIND:
            return table_names().get(raw, raw)
        if column == WHAT:  # a label the data layer made (e.g. "Social Summit 2026") in the window's language
            return history.label_text(entry).render(self.session.language)
        return raw


class TrashView(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("trashView")
        self.model = TrashModel(self.session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trash"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.activated.connect(lambda _index: self.restore_selected())
        heading = QLabel(self.tr("Deleted records stay here; restoring one brings back what was deleted with it."))
        heading.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(heading, 1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.session.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.deleted or changes.inserted:
            self.model.reload()

    def restore_selected(self) -> bool:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ok = False
        for row in rows[:1]:
            ok = trash_operations.restore(self.session, self.model.trash_id(row))
        return ok
