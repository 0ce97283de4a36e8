"""The home dashboard: per objective the status distribution and progress; overdue commitments; recent changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QStyledItemDelegate, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...db import browse, dashboard, history, queries
from ...db.enums import COMMITMENT_STATUS, label
from ...db.store import Changes
from ...plain_text import bounded
from ..shell import i18n
from ..backups.trash_view import table_names
from ..widgets.rows_model import HeaderedTable

STATUSES = tuple(COMMITMENT_STATUS)
CODE, TITLE, TOTAL = range(3)
FIRST_STATUS = 3
PROGRESS = FIRST_STATUS + len(STATUSES)
BAR = PROGRESS + 1
SORT_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY, TOOLTIP, ALIGNMENT = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                               int(Qt.ItemDataRole.TextAlignmentRole))
ANSWERED = {DISPLAY, TOOLTIP, ALIGNMENT, int(SORT_ROLE), int(RECORD_ROLE)}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Palette roles for the status bar segments: follows light and dark schemes.
# In progress is the highlight colour made translucent, so it reads as "part of the way".
STATUS_ROLES = {"realised": (QPalette.ColorRole.Highlight, 255), "in_progress": (QPalette.ColorRole.Highlight, 110),
                "not_started": (QPalette.ColorRole.Mid, 255), "postponed": (QPalette.ColorRole.Dark, 255),
                "abandoned": (QPalette.ColorRole.Shadow, 255)}


class StatusModel(HeaderedTable):
    """One row per objective: commitments per status and average progress."""

    def __init__(self, session, parent=None, load: bool = True):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        language = session.language
        self._headers = ([self.tr("Code"), self.tr("Objective"), self.tr("Commitments")]
                         + [label(COMMITMENT_STATUS, key, language) for key in STATUSES]
                         + [self.tr("Progress"), self.tr("Distribution")])
        if load:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = dashboard.status_per_objective(self.session.store, lang=self.session.language)
        self.endResetModel()

    def update_rows(self, fresh: list[dict]) -> None:
        """Replace the rows of these objectives in place (the table keeps its selection and scroll)."""
        where = {row["id"]: n for n, row in enumerate(self._rows)}
        for row in fresh:
            n = where.get(row["id"])
            if n is not None and self._rows[n] != row:
                self._rows[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks every cell for a dozen roles while laying out and painting (4,000 calls for the first
        # paint): roles this model does not answer return before any work (#9, start-up)
        role = int(role)
        if role not in ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return dict(row)
        if role == ALIGNMENT:
            return RIGHT if column >= TOTAL else None
        if role == TOOLTIP:
            if column in (TITLE, BAR):
                return ", ".join(f"{label(COMMITMENT_STATUS, key, self.session.language)}: {row[key]}" for key in STATUSES)
            return None
        if column == CODE:
            raw = row["code"]
        elif column == TITLE:
            raw = row["title"]
        elif column == TOTAL:
            raw = row["commitments"]
        elif column < PROGRESS:
            raw = row[STATUSES[column - FIRST_STATUS]]
        elif column == PROGRESS:
            raw = row["progress"]
        else:
            raw = None
        if role == SORT_ROLE:
            return raw
        if column == PROGRESS:
            return i18n.show_percent(raw, self.session.language) if row["commitments"] else "—"
        if column == BAR:
            return None
        return str(raw) if column >= TOTAL else raw


class DistributionDelegate(QStyledItemDelegate):
    """Draws the status distribution of a row as one stacked bar in palette colours."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        record = index.data(RECORD_ROLE)
        total = record["commitments"] if record else 0
        if not total:
            return
        rect = QRectF(option.rect.adjusted(4, 5, -4, -5))
        x = rect.left()
        painter.save()
        for key in STATUSES:
            width = rect.width() * record[key] / total
            if width > 0:
                role, alpha = STATUS_ROLES[key]
                colour = option.palette.color(role)
                colour.setAlpha(alpha)
                painter.fillRect(QRectF(x, rect.top(), width, rect.height()), colour)
                x += width
        painter.restore()


class HomeView(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("homeView")
        self.model = StatusModel(self.session, self, load=False)  # HomeView.reload reads it (#9: once, not twice)
        self.objectives = QTableView()
        self.objectives.setObjectName("statusPerObjective")
        self.objectives.setAccessibleName(self.tr("Status per objective"))
        self.objectives.setModel(self.model)
        self.objectives.setItemDelegateForColumn(BAR, DistributionDelegate(self.objectives))
        self.objectives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objectives.verticalHeader().hide()
        self.objectives.verticalHeader().setDefaultSectionSize(self.objectives.fontMetrics().height() * 2 + 8)
        header = self.objectives.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BAR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(BAR, 160)
        self.objectives.activated.connect(
            lambda index: self.window_.open_record("objective", index.data(RECORD_ROLE)["id"]))
        self.overdue = self._list("overdueCommitments", [self.tr("Code"), self.tr("Commitment"), self.tr("Due date"),
                                                         self.tr("Lead organisation")])
        self.recent = self._list("recentChanges", [self.tr("When"), self.tr("Record"), self.tr("Action"), self.tr("Who")])
        # dates, codes and authors as wide as they are; the free texts (title, organisation, record, action)
        # share the rest, elided with the whole text in the tooltip
        for widget, free in ((self.overdue, (1, 3)), (self.recent, (1, 2))):
            widget.header().setStretchLastSection(False)
            for column in free:
                widget.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        status_box = QGroupBox(self.tr("Commitments per objective"))
        QVBoxLayout(status_box).addWidget(self.objectives)
        overdue_box = QGroupBox(self.tr("Overdue commitments"))
        QVBoxLayout(overdue_box).addWidget(self.overdue)
        recent_box = QGroupBox(self.tr("Recently changed"))
        QVBoxLayout(recent_box).addWidget(self.recent)
        lower = QHBoxLayout()
        lower.addWidget(overdue_box)
        lower.addWidget(recent_box)
        layout = QVBoxLayout(self)
        layout.addWidget(status_box, 3)
        layout.addLayout(lower, 2)
        self._stale = False  # changed while not shown
        self._touched: set[str] | None = set()  # worksites changed since the last read (None: everything)
        self.timer = QTimer(self, singleShot=True, interval=300)
        self.timer.timeout.connect(self.refresh)
        self.reload()
        self.session.changed.connect(self.on_changes)

    def _list(self, name: str, headers: list[str]) -> QTreeWidget:
        widget = QTreeWidget()
        widget.setObjectName(name)
        widget.setRootIsDecorated(False)
        widget.setHeaderLabels(headers)
        widget.setAlternatingRowColors(True)
        widget.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.itemActivated.connect(self._open_item)
        return widget

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        table, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.window_.open_record(table, record_id)

    def reload(self) -> None:
        """Read everything again."""
        self._stale, self._touched = False, set()
        self.timer.stop()
        self.model.reload()
        self._fill_lists()

    def refresh(self) -> None:
        """Read again the objectives of the worksites changed since the last read, and the two lists."""
        touched = self._touched
        if touched is None:
            self.reload()
            return
        self._stale, self._touched = False, set()
        self.timer.stop()
        if touched:
            self.model.update_rows(dashboard.status_per_objective(self.session.store, worksite_ids=touched, lang=self.session.language))
        self._fill_lists()

    def _fill_lists(self) -> None:
        language = self.session.language
        store = self.session.store
        self.overdue.clear()
        for row in dashboard.overdue(store, lang=language):
            item = QTreeWidgetItem(self.overdue, [row["code"], bounded(row["title"], 500, language), i18n.show_date(row["due_date"], language),
                                                  row["lead_organisation"] or ""])
            item.setToolTip(1, row["title"])
            item.setToolTip(3, row["lead_organisation"] or "")
            item.setData(0, Qt.ItemDataRole.UserRole, ("commitment", row["id"]))
        self.recent.clear()
        names = table_names()
        for row in dashboard.recently_changed(store):
            name = browse.describe(store, row["table_name"], row["record_id"], self.session.language) or self.tr("(deleted)")
            item = QTreeWidgetItem(self.recent, [i18n.show_datetime(row["at"], language),
                                                 f"{names.get(row['table_name'], row['table_name'])} {name}",
                                                 history.label_text(row).render(language), row["author"]])
            item.setToolTip(1, item.text(1))
            item.setToolTip(2, item.text(2))
            item.setData(0, Qt.ItemDataRole.UserRole, (row["table_name"], row["record_id"]))

    def on_changes(self, changes: Changes) -> None:
        # which objectives' figures may have changed (#9: reading every commitment's took 36 ms at 50,000)
        if self._touched is not None:
            if changes.tables() & {"pillar", "objective", "worksite"}:
                self._touched = None
            else:
                worksites = queries.values_touched(self.session.store, changes, "commitment", "worksite_id")
                self._touched = None if worksites is None else self._touched | worksites
        if not self.isVisible():
            self._stale = True  # not shown: read when shown
            return
        self.timer.start()  # several quick edits: one read

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.timer.isActive():  # hidden (or the window closed) before the reload: do it when shown
            self.timer.stop()
            self._stale = True
