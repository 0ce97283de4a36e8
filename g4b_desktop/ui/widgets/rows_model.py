"""A read-only table model over a list of records (dicts), for the smaller lists of the window.

Columns are (key, header, formatter); the sort role gives raw values, the record role the whole row,
and `update_records` emits `dataChanged` only for the cells whose value changed.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Column:
    def __init__(self, key: str, header: str, show: Callable[[Any, dict], str] | None = None,
                 align_right: bool = False):
        self.key, self.header, self.show, self.align_right = key, header, show, align_right


class HeaderedTable(QAbstractTableModel):
    """The counting and headers every table of rows (`self._rows`) with fixed `self._headers` shares."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_records(self, fresh: list[dict], removed: set[str] = frozenset()) -> None:
        """Replace records by id (dataChanged for changed cells), drop `removed`, append unknown ones."""
        for n in sorted((n for n, row in enumerate(self._rows) if row["id"] in removed), reverse=True):
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self.endRemoveRows()
        where = {row["id"]: n for n, row in enumerate(self._rows)}
        appended = []
        for row in fresh:
            n = where.get(row["id"])
            if n is None:
                appended.append(row)
                continue
            old, self._rows[n] = self._rows[n], row
            for c, column in enumerate(self.columns):
                if old.get(column.key) != row.get(column.key):
                    cell = self.index(n, c)
                    self.dataChanged.emit(cell, cell)
        if appended:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(appended) - 1)
            self._rows.extend(appended)
            self.endInsertRows()

    def ids(self) -> set[str]:
        return {row["id"] for row in self._rows}

    def record(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        for n, row in enumerate(self._rows):
            if row["id"] == record_id:
                return n
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.show is not None:
                return column.show(value, row)
            return "" if value is None else str(value).replace("\n", " ")
        if role == SORT_ROLE:
            return value
        if role == RECORD_ROLE:
            return dict(row)
        if role == ID_ROLE:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()]["id"] if i.isValid() else None for i in persistent]

        def sort_key(row: dict):
            value = row.get(key)
            return (value is None, value.casefold() if isinstance(value, str) else value)

        try:
            self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        except TypeError:
            self._rows.sort(key=lambda row: str(row.get(key)), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {row["id"]: n for n, row in enumerate(self._rows)}
        for index, record_id in zip(persistent, ids):
            n = where.get(record_id)
            self.changePersistentIndex(index, self.index(n, index.column()) if n is not None else QModelIndex())
        self.layoutChanged.emit()
