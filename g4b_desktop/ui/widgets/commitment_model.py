"""The commitment table: one model for a worksite's commitments and for the whole strategy.

Filtering and sorting happen in SQL. When SQLite can read the filtered list in the chosen order from an
index (`db.browse.commitment_pages_fast`: every order without a search text, and most filters), the model
reads only the count and then the rows a view shows, a page at a time (LIMIT/OFFSET along the covering sort
index), so a filter change or a sort at 50,000 commitments reads a few hundred rows, not 50,000 ids. Other
questions (a search text, a filter SQLite would have to sort) read the ordered ids once and their rows in
pages. After an edit only the changed rows are read again and `dataChanged` names exactly the changed
cells; an edit that may move a row or take it out of the filter re-reads the count and the shown rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...db import browse
from ...db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from ...db.store import Changes
from ...plain_text import bounded
from ..shell import i18n
from ..operations import commitments as commitment_operations
from ..shell.undo import Session

SHOWN_CHARS = 2000  # characters of a title or notes a cell shows (a received file may hold 10 MB)

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
_ID = _POS["id"]
PAGE = 200
CACHED_ROWS = 20 * PAGE      # rows kept in memory; the farthest from the one asked for are dropped first
FEW = 16                     # up to this many rows are found one SQL count each; more read the ordered ids once

# a repaint asks every shown cell for about seven roles: the ones answered are plain ints, checked first (#9)
_DISPLAY, _EDIT, _TOOLTIP, _ALIGN = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole),
                                     int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.TextAlignmentRole))
_SORT, _RECORD, _RECORD_ID = int(SORT_ROLE), int(RECORD_ROLE), int(ID_ROLE)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, _SORT, _RECORD, _RECORD_ID})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_VALUE = {column: _POS[name] for column, name in FIELDS.items()}
_LEAD_NAME = _POS["lead_organisation"]
_ALT, _ALT_LANG, _LEAD_FR = _POS["title_alt"], _POS["title_alt_lang"], _POS["lead_organisation_fr"]
# Columns of a row that are the commitment's own fields: an edit of only these is applied to the row
# from what the write returned (a changed lead or worksite brings names and codes: read again).
_OWN = frozenset({"code", "title", "status", "progress", "health", "due_date", "notes", "description", "updated_at",
                  "title_alt", "title_alt_lang"})


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
        self._ids: list[str] | None = None   # the whole ordered list, only when SQL cannot read it in pages
        self._count = 0
        self._rows: dict[int, tuple] = {}     # the rows read so far, by row number
        self._in_order = False
        self._headers = headers()
        self.reload()
        session.changed.connect(self.on_changes)

    # ---- reading ---------------------------------------------------------------------------

    def cached_row_count(self) -> int:
        """How many rows are held in memory (a paged model reads only the rows shown and near them)."""
        return len(self._rows)

    def is_cached(self, row: int) -> bool:
        return row in self._rows

    @property
    def paged(self) -> bool:
        """True when the rows are read from SQL a page at a time (no list of every id in memory)."""
        return self._ids is None

    def set_filter(self, where: browse.CommitmentFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._read_order()
        self.endResetModel()

    def _read_order(self) -> None:
        """The count (and, when SQL cannot page this question, the ordered ids) for the filter and order."""
        store = self.session.store
        self._rows = {}
        if browse.commitment_pages_fast(store, self.where, self.order, self.descending):
            self._ids = None
            self._count = browse.commitment_count(store, self.where)
        else:
            self._ids = browse.commitment_ids(store, self.where, self.order, self.descending)
            self._count = len(self._ids)
        self._in_order = True

    def _read_page(self, n: int) -> None:
        start = n - n % PAGE
        stop = min(self._count, start + PAGE)
        if len(self._rows) + PAGE > CACHED_ROWS:
            keep = CACHED_ROWS // 2
            self._rows = {r: row for r, row in self._rows.items() if abs(r - n) < keep}
        store = self.session.store
        if self._ids is None:
            ids = browse.commitment_page(store, self.where, self.order, self.descending, start, stop - start)
            rows = list(range(start, start + len(ids)))
        else:
            rows = [r for r in range(start, stop) if r not in self._rows]
            ids = [self._ids[r] for r in rows]
        if not ids:
            return
        fetched = {row[_ID]: row for row in browse.commitments(store, None, ids=ids)}
        for r, record_id in zip(rows, ids):
            row = fetched.get(record_id)
            if row is not None:
                self._rows[r] = row

    def _row(self, n: int) -> tuple:
        row = self._rows.get(n)
        if row is None:
            self._read_page(n)
            row = self._rows.get(n)
            if row is None:  # deleted by another program meanwhile: shown empty until the next refresh
                record_id = self._ids[n] if self._ids is not None and n < len(self._ids) else None
                row = tuple(record_id if name == "id" else None for name in browse.COMMITMENT_COLUMNS)
        return row

    def _cached_rows(self) -> dict[str, int]:
        """Row numbers of the rows read so far, by commitment id."""
        return {row[_ID]: n for n, row in self._rows.items()}

    def _positions(self, wanted: set[str]) -> dict[str, int]:
        """Where these commitments are in the current order (those that match the filter)."""
        if not wanted:
            return {}
        if self._ids is None and len(wanted) <= FEW:
            store = self.session.store
            found = {record_id: browse.commitment_position(store, self.where, self.order, self.descending,
                                                           record_id) for record_id in wanted}
            return {record_id: n for record_id, n in found.items() if n is not None}
        ids = self._ids if self._ids is not None else browse.commitment_ids(
            self.session.store, self.where, self.order, self.descending)
        if len(wanted) <= FEW:  # the usual few (current row, a selection): find them, not a 50,000-entry map (#9)
            where = {}
            for record_id in wanted:
                try:
                    where[record_id] = ids.index(record_id)
                except ValueError:
                    pass
            return where
        return {record_id: n for n, record_id in enumerate(ids) if record_id in wanted}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        if self._in_order and (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder) == (
                self.order, self.descending):
            return  # already in this order (the view asks again when sorting is enabled; #9: 0.1 s at 50,000)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.commitment_id(i.row()) if i.isValid() else None for i in persistent]
        self.order, self.descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        self._read_order()
        where = self._positions({i for i in ids if i is not None})
        for index, record_id in zip(persistent, ids):
            row = where.get(record_id)
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in EDITABLE and not self.session.store.readonly:
            return _EDITABLE
        return _READ_ONLY

    def record(self, row: int) -> dict:
        return dict(zip(browse.COMMITMENT_COLUMNS, self._row(row)))

    def commitment_id(self, row: int) -> str:
        if self._ids is not None:
            return self._ids[row]
        return self._row(row)[_ID]

    def row_of(self, commitment_id: str) -> int | None:
        if self._ids is None:
            n = self._cached_rows().get(commitment_id)
            return n if n is not None else self._positions({commitment_id}).get(commitment_id)
        try:
            return self._ids.index(commitment_id)
        except ValueError:
            return None

    def raw(self, row: int, column: int) -> Any:
        return self._row(row)[_POS[FIELDS[column]]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count:
            return None
        if role == _ALIGN:
            return _RIGHT if column == PROGRESS else None
        record = self._rows.get(row) or self._row(row)
        value = record[_VALUE[column]]
        if role == _DISPLAY:
            if column == TITLE and record[_ALT_LANG] == self.session.language and record[_ALT]:
                # its title in the reader's language (#15); a 10 MB title of a received file shortened (#17)
                return bounded(record[_ALT], SHOWN_CHARS, self.session.language).replace("\n", " ")
            if column in (TITLE, NOTES):  # a 10 MB title of a received file is shown shortened (#17)
                return bounded(value or "", SHOWN_CHARS, self.session.language).replace("\n", " ")
            if column == STATUS:
                return label(COMMITMENT_STATUS, value, self.session.language)
            if column == HEALTH:
                return label(COMMITMENT_HEALTH, value, self.session.language)
            if column == PROGRESS:
                return i18n.show_percent(value, self.session.language)
            if column == LEAD:
                if self.session.language == "fr" and record[_LEAD_FR]:
                    return record[_LEAD_FR]
                return record[_LEAD_NAME] or ""
            if column == DUE:
                return i18n.show_date(value, self.session.language)
            return value if value is not None else ""
        if role == _EDIT:
            return value
        if role == _SORT:
            return record[_POS[SORT_KEYS[column]]]
        if role == _TOOLTIP:
            if column == TITLE and record[_ALT]:  # both titles: as typed, and in the other language
                return bounded(f"{value}\n{record[_ALT]}", SHOWN_CHARS, self.session.language)
            return (bounded(value, SHOWN_CHARS, self.session.language) or None) if column in (TITLE, NOTES) else None
        if role == _RECORD:
            return self.record(row)
        return self.commitment_id(row)  # ID_ROLE

    # ---- editing ---------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        from ...db.errors import StoreError

        try:
            name = FIELDS[index.column()]
            shown = self.record(index.row())  # the value shown: a change made elsewhere is not overwritten (#17)
            return commitment_operations.set_fields(self.session, self.commitment_id(index.row()), {name: value},
                                                    seen={name: shown[name]} if name in shown else None)
        except StoreError as exc:
            self.session.error.emit(exc)
            return False

    def on_changes(self, changes: Changes) -> None:
        """Refresh only the rows an action touched."""
        if not changes.tables() & {"commitment", "organisation", "worksite"}:
            return
        if self._ids is None:
            self._changes_in_pages(changes)
        else:
            self._changes_in_list(changes)

    def _depends_on(self) -> set[str]:
        """The commitment fields the order and the filter look at (a change of another never moves a row)."""
        return {"code"} | browse.ORDER_FIELDS.get(self.order, set()) | self.where.fields()

    def _changes_in_pages(self, changes: Changes) -> None:
        inserted = changes.inserted.get("commitment", set())
        deleted = changes.deleted.get("commitment", set())
        updated = changes.updated.get("commitment", set()) - deleted
        organisations = changes.updated.get("organisation", set()) | changes.deleted.get("organisation", set())
        worksites = changes.updated.get("worksite", set()) | changes.deleted.get("worksite", set())
        moves = bool(inserted or deleted)
        if not moves and updated:
            fields = changes.fields_changed("commitment")
            depends = self._depends_on()
            moves = fields is None or any(fields.get(record_id, depends) & depends for record_id in updated)
        if not moves and organisations:   # a renamed lead organisation moves rows sorted or searched by it
            moves = self.order == "lead_organisation" or bool(self.where.text.split())
        if not moves and worksites:       # a worksite renumbered or moved to another objective
            moves = self.order in ("worksite_code", "objective_code") or bool(self.where.objective_id)
        if moves:
            self._refresh_order()
        else:
            self._refresh_rows(changes, updated, organisations, worksites)

    def _refresh_rows(self, changes: Changes, updated: set[str], organisations: set[str], worksites: set[str]) -> None:
        """Update the rows already read that an action changed, and name exactly the changed cells: from
        what the write returned when it changed only the commitment's own fields, else read again."""
        where = self._cached_rows()
        wanted = {record_id for record_id in updated if record_id in where}  # rows not read yet are read fresh
        if organisations or worksites:
            wanted |= {row[_ID] for row in self._rows.values()
                       if row[_POS["lead_organisation_id"]] in organisations or row[_POS["worksite_id"]] in worksites}
        for record_id in sorted(wanted):
            changed = changes.fields.get(("commitment", record_id))
            after = changes.rows.get(("commitment", record_id))
            if changed is None or after is None or not set(changed) <= _OWN or record_id not in updated:
                continue
            n = where[record_id]
            old_row = self._rows[n]
            new_row = list(old_row)
            for name in _OWN:
                if name in after:
                    new_row[_POS[name]] = after[name]
            self._rows[n] = tuple(new_row)
            self._emit_changed(n, old_row, self._rows[n])
            wanted.discard(record_id)
        if not wanted:
            return
        for new_row in browse.commitments(self.session.store, None, ids=sorted(wanted)):
            n = where.get(new_row[_ID])
            if n is None:
                continue
            old_row, self._rows[n] = self._rows[n], new_row
            self._emit_changed(n, old_row, new_row)

    def _emit_changed(self, n: int, old_row: tuple, new_row: tuple) -> None:
        for column, name in FIELDS.items():
            if old_row[_POS[name]] != new_row[_POS[name]] or (
                    column == LEAD and old_row[_POS["lead_organisation"]] != new_row[_POS["lead_organisation"]]):
                cell = self.index(n, column)
                self.dataChanged.emit(cell, cell)

    def _refresh_order(self) -> None:
        """After an action that may add, remove or move rows: read the count again, forget the rows read,
        keep the current row and the selection on their commitments, and let the views read what they show
        (a count and a page, not every id)."""
        old_ids = {n: row[_ID] for n, row in self._rows.items()}
        old_count = self._count
        self._rows = {}
        self._count = new_count = browse.commitment_count(self.session.store, self.where)
        if new_count > old_count:
            self._count = old_count
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._count = new_count
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [old_ids.get(i.row()) if i.isValid() else None for i in persistent]
        where = self._positions({i for i in ids if i is not None})
        for index, record_id in zip(persistent, ids):
            if record_id is not None:
                row = where.get(record_id)
            else:  # a row not read (the far end of a selected range): it keeps its place
                row = index.row() if index.row() < new_count else None
            self.changePersistentIndex(index, self.index(row, index.column()) if row is not None else QModelIndex())
        self.layoutChanged.emit()
        if new_count < old_count:
            self._count = old_count
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            self._count = new_count
            self.endRemoveRows()

    def _changes_in_list(self, changes: Changes) -> None:
        """The whole ordered list is in memory: rows stay where they are, deleted ones go, new ones that match
        the filter are added at the end (in order again at the next sort or filter)."""
        store = self.session.store
        deleted = changes.deleted.get("commitment", set())
        if deleted:
            for n in sorted((n for n, record_id in enumerate(self._ids) if record_id in deleted), reverse=True):
                self.beginRemoveRows(QModelIndex(), n, n)
                del self._ids[n]
                self._count = len(self._ids)
                self._rows = {r: row for r, row in self._rows.items() if r < n}
                self.endRemoveRows()
        updated = changes.updated.get("commitment", set()) - deleted
        organisations = changes.updated.get("organisation", set()) | changes.deleted.get("organisation", set())
        worksites = changes.updated.get("worksite", set()) | changes.deleted.get("worksite", set())
        self._refresh_rows(updated, organisations, worksites)
        inserted = changes.inserted.get("commitment", set())
        if inserted:
            present = set(self._ids)
            ids = browse.commitment_ids(store, self.where, self.order, self.descending,
                                        ids=[i for i in inserted if i not in present])
            if ids:
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(ids) - 1)
                self._ids.extend(ids)
                self._count = len(self._ids)
                self._in_order = False
                self.endInsertRows()
