"""The history of one record, from the change log: who changed what, when, old → new."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..db import browse, history
from ..db.enums import ENUMS, label
from ..db.store import Changes
from . import i18n
from .rows_model import HeaderedTable

WHEN, WHO, ACTION, FIELD, OLD, NEW = range(6)
REFERENCES = {"lead_organisation_id": "organisation", "organisation_id": "organisation", "worksite_id": "worksite",
              "objective_id": "objective", "person_id": "person", "indicator_id": "indicator",
              "pillar_id": "pillar", "minister_id": "minister", "from_worksite_id": "worksite",
              "to_worksite_id": "worksite"}


def field_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "title": translate("HistoryModel", "title"), "description": translate("HistoryModel", "description"),
        "status": translate("HistoryModel", "status"), "progress": translate("HistoryModel", "progress"),
        "health": translate("HistoryModel", "health"),
        "lead_organisation_id": translate("HistoryModel", "lead organisation"),
        "due_date": translate("HistoryModel", "due date"), "notes": translate("HistoryModel", "notes"),
        "code": translate("HistoryModel", "code"), "worksite_id": translate("HistoryModel", "worksite"),
        "objective_id": translate("HistoryModel", "objective"), "position": translate("HistoryModel", "position"),
        "steering_bodies": translate("HistoryModel", "steering bodies"), "name": translate("HistoryModel", "name"),
        "short_name": translate("HistoryModel", "short name"), "kind": translate("HistoryModel", "kind"),
        "website": translate("HistoryModel", "website"), "email": translate("HistoryModel", "e-mail"),
        "phone": translate("HistoryModel", "phone"), "full_name": translate("HistoryModel", "name"),
        "function": translate("HistoryModel", "function"),
        "organisation_id": translate("HistoryModel", "organisation"), "role": translate("HistoryModel", "role"),
        "year": translate("HistoryModel", "year"), "value": translate("HistoryModel", "value"),
        "target": translate("HistoryModel", "target"), "note": translate("HistoryModel", "note"),
        "general_objectives": translate("HistoryModel", "general objectives"),
        "source_notes": translate("HistoryModel", "notes on the source"),
        "priority_type": translate("HistoryModel", "priority type"),
        "priority_type_text": translate("HistoryModel", "priority type (as printed)"),
        "status_2025": translate("HistoryModel", "status relative to the Strategy 2025"),
        "unit": translate("HistoryModel", "unit"), "source": translate("HistoryModel", "source"),
    }
SORT_ROLE = Qt.ItemDataRole.UserRole


class HistoryModel(HeaderedTable):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.table: str | None = None
        self.record_id: str | None = None
        self._rows: list[dict] = []
        self._labels = field_labels()
        self._names: dict[tuple[str, str], str] = {}
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Field"),
                         self.tr("Old value"), self.tr("New value")]

    def show_record(self, table: str | None, record_id: str | None) -> None:
        self.beginResetModel()
        self.table, self.record_id = table, record_id
        self._rows = history.record_history(self.session.store, table, record_id) if record_id else []
        self._names.clear()
        self.endResetModel()

    def refresh_if_touched(self, changes: Changes) -> None:
        if self.table and self.record_id in changes.ids(self.table):
            self.show_record(self.table, self.record_id)

    def _value(self, entry: dict, value: Any) -> str:
        enum = ENUMS.get(f"{self.table}.{entry['field']}")
        if enum is not None and value is not None:
            return label(enum, value, self.session.language)
        if value is None:
            return ""
        target = REFERENCES.get(entry["field"] or "")
        if target:
            key = (target, str(value))
            if key not in self._names:
                self._names[key] = browse.describe(self.session.store, target, str(value)) or str(value)
            return self._names[key]
        if entry["field"] == "due_date":
            return i18n.show_date(value, self.session.language)
        return str(value).replace("\n", " ")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            return entry["seq"] if column == WHEN else str(entry.get(("at", "author", "label", "field",
                                                                      "old_value", "new_value")[column]) or "")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == WHEN:
            return i18n.show_datetime(entry["at"], self.session.language)
        if column == WHO:
            return entry["author"]
        if column == ACTION:  # the change set's label in the window's language
            return history.label_text(entry).render(self.session.language)
        if column == FIELD:
            if entry["field"]:
                return self._labels.get(entry["field"], entry["field"])
            return self.tr("deleted") if entry["op"] == "delete" else ""
        if column == OLD:
            return self._value(entry, entry["old_value"])
        return self._value(entry, entry["new_value"])


class HistoryPanel(QWidget):
    """A titled table of a record's history; follows changes as they are made."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.model = HistoryModel(session, self)
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("historyTitle")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        session.changed.connect(self.model.refresh_if_touched)

    def show_record(self, table: str | None, record_id: str | None, name: str = "") -> None:
        self.title.setText(self.tr("History of {name}").format(name=name) if name else self.tr("History"))
        self.model.show_record(table, record_id)
        self.table.resizeColumnsToContents()
