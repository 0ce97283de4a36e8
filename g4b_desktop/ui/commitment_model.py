"""The commitment table: one model for a worksite's commitments and for the whole strategy.

Filtering and sorting happen in SQL: the model holds the ordered ids (`db.browse.commitment_ids`) and
reads the rows a view shows in pages, so 50,000 commitments stay fast. After an edit only the changed
rows are read again and `dataChanged` names exactly the changed cells.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..db import browse
from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from ..db.store import Changes
from . import edits, i18n
from .undo import Session

CODE, TITLE, STATUS, PROGRESS, HEALTH, LEAD, DUE, WORKSITE, NOTES = range(9)
FIELDS = {CODE: "code", TITLE: "title", STATUS: "status", PROGRESS: "progress", HEALTH: "health",
          LEAD: "lead_organisation_id", DUE: "due_date", WORKSITE: "worksite_code", NOTES: "notes"}
EDITABLE = {TITLE, STATUS, PROGRESS, HEALTH, LEAD, DUE, NOTES}
SORT_KEYS = {CODE: "code", TITLE: "title", STATUS: "status", PROGRESS: "progress", HEALTH: "health",
             LEAD: "lead_organisation", DUE: "due_date", WORKSITE: "worksite_code", NOTES: "notes"}

SORT_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_POS = {name: i for i, name in enumerate(browse.COMMITMENT_COLUMNS)}
PAGE = 200


def headers() -> dict[int, str]:
    translate = QCoreApplication.translate
    return {CODE: translate("CommitmentModel", "Code"), TITLE: translate("CommitmentModel", "Commitment"),
            STATUS: translate("CommitmentModel", "Status"), PROGRESS: translate("CommitmentModel", "Progress"),
            HEALTH: translate("CommitmentModel", "Health"), LEAD: translate("CommitmentModel", "Lead organisation"),
            DUE: translate("CommitmentModel", "Due date"), WORKSITE: translate("CommitmentModel", "Worksite"),
            NOTES: translate("CommitmentModel", "Notes")}


class CommitmentTableModel(QAbstractTableModel):
    def __init__(self, session: Session, where: browse.CommitmentFilter | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.where = where or browse.CommitmentFilter()
        self.order, self.descending = "code", False
        self._ids: list[str] = []
        self._rows: dict[str, tuple] = {}   # the rows read so far, by id
        self._headers = headers()
        self.reload()
        session.changed.connect(self.on_changes)

    # ---- reading ---------------------------------------------------------------------------

    def set_filter(self, where: browse.CommitmentFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = browse.commitment_ids(self.session.store, self.where, self.order, self.descending)
        self._in_order = True
        self._rows.clear()
        self.endResetModel()

    def _row(self, n: int) -> tuple:
        record_id = self._ids[n]
        row = self._rows.get(record_id)
        if row is None:
            start = max(0, n - PAGE // 4)
            wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
            for fetched in browse.commitments(self.session.store, None, ids=wanted):
                self._rows[fetched[_POS["id"]]] = fetched
            row = self._rows.get(record_id)
            if row is None:  # deleted by another program meanwhile: shown empty until the next refresh
                row = tuple(record_id if name == "id" else None for name in browse.COMMITMENT_COLUMNS)
        return row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        if getattr(self, "_in_order", False) and (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder) == (
                self.order, self.descending):
            return  # already in this order (the view asks again when sorting is enabled; #9: 0.1 s at 50,000)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._ids[i.row()] if i.isValid() else None for i in persistent]
        self.order, self.descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        self._ids = browse.commitment_ids(self.session.store, self.where, self.order, self.descending)
        self._in_order = True
        wanted = {i for i in ids if i is not None}
        if len(wanted) <= 16:  # the usual few (current row, a selection): find them, not a 50,000-entry map (#9)
            where = {}
            for record_id in wanted:
                try:
                    where[record_id] = self._ids.index(record_id)
                except ValueError:
                    pass
        else:
            where = {record_id: n for n, record_id in enumerate(self._ids)}
        for index, record_id in zip(persistent, ids):
            row = where.get(record_id)
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.session.store.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def record(self, row: int) -> dict:
        return dict(zip(browse.COMMITMENT_COLUMNS, self._row(row)))

    def commitment_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, commitment_id: str) -> int | None:
        try:
            return self._ids.index(commitment_id)
        except ValueError:
            return None

    def raw(self, row: int, column: int) -> Any:
        return self._row(row)[_POS[FIELDS[column]]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row, column = index.row(), index.column()
        record = self._row(row)
        value = record[_POS[FIELDS[column]]]
        language = self.session.language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS:
                return label(COMMITMENT_STATUS, value, language)
            if column == HEALTH:
                return label(COMMITMENT_HEALTH, value, language)
            if column == PROGRESS:
                return i18n.show_percent(value, language)
            if column == LEAD:
                return record[_POS["lead_organisation"]] or ""
            if column == DUE:
                return i18n.show_date(value, language)
            if column in (TITLE, NOTES):
                return (value or "").replace("\n", " ")
            return value if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SORT_ROLE:
            return record[_POS[SORT_KEYS[column]]]
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, NOTES):
            return value or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return self.record(row)
        if role == ID_ROLE:
            return self.commitment_id(row)
        return None

    # ---- editing ---------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        from ..db.errors import StoreError

        try:
            return edits.set_commitment_fields(self.session, self.commitment_id(index.row()),
                                               {FIELDS[index.column()]: value})
        except StoreError as exc:
            self.session.error.emit(exc)
            return False

    def on_changes(self, changes: Changes) -> None:
        """Refresh only the rows an action touched."""
        store = self.session.store
        deleted = changes.deleted.get("commitment", set())
        if deleted:
            for n in sorted((n for n, record_id in enumerate(self._ids) if record_id in deleted), reverse=True):
                self.beginRemoveRows(QModelIndex(), n, n)
                self._rows.pop(self._ids[n], None)
                del self._ids[n]
                self.endRemoveRows()
        updated = set(changes.updated.get("commitment", set()))
        touched = changes.updated.get("organisation", set()) | changes.updated.get("worksite", set())
        if touched:
            updated |= {record_id for record_id, row in self._rows.items()
                        if row[_POS["lead_organisation_id"]] in touched or row[_POS["worksite_id"]] in touched}
        cached = [i for i in updated if i in self._rows]  # rows not read yet will be read fresh
        if cached:
            fresh = {row[_POS["id"]]: row for row in browse.commitments(store, None, ids=cached)}
            where = {record_id: n for n, record_id in enumerate(self._ids)}
            for record_id in cached:
                new_row = fresh.get(record_id)
                if new_row is None:
                    continue
                old_row, self._rows[record_id] = self._rows[record_id], new_row
                n = where.get(record_id)
                if n is None:
                    continue
                columns = [c for c, name in FIELDS.items() if old_row[_POS[name]] != new_row[_POS[name]]
                           or (c == LEAD and old_row[_POS["lead_organisation"]] != new_row[_POS["lead_organisation"]])]
                for column in columns:
                    cell = self.index(n, column)
                    self.dataChanged.emit(cell, cell)
        present = set(self._ids)
        inserted = [i for i in changes.inserted.get("commitment", set()) if i not in present]
        if inserted:
            ids = browse.commitment_ids(store, self.where, self.order, self.descending, ids=inserted)
            if ids:
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(ids) - 1)
                self._ids.extend(ids)
                self._in_order = False
                self.endInsertRows()
