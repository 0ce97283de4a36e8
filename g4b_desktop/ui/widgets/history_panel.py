"""The history of one record, from the change log: who changed what, when, old → new."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QModelIndex, QPersistentModelIndex, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyle, QTableView, QVBoxLayout, QWidget

from ...db import browse, history
from ...db.enums import ENUMS, label
from ...db.store import Changes
from ..shell import i18n
from .rows_model import HeaderedTable

WHEN, WHO, ACTION, FIELD, OLD, NEW = range(6)
REFERENCES = {"lead_organisation_id": "organisation", "organisation_id": "organisation", "worksite_id": "worksite",
              "objective_id": "objective", "person_id": "person", "indicator_id": "indicator",
              "pillar_id": "pillar", "minister_id": "minister", "from_worksite_id": "worksite",
              "to_worksite_id": "worksite"}


def field_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    labels = {
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
    # the French of the strategy's texts (issue 15): "title (French)", ...
    french = translate("HistoryModel", "{field} (French)")
    for column in ("title", "general_objectives", "status_2025", "priority_type_text", "description",
                   "steering_bodies", "unit", "source", "name"):
        labels[f"{column}_fr"] = french.format(field=labels[column])
    labels["name_as_printed_fr"] = french.format(field=translate("HistoryModel", "name as printed"))
    labels["title_alt"] = translate("HistoryModel", "title in the other language")
    labels["title_alt_lang"] = translate("HistoryModel", "language of the title in the other language")
    labels["origin"] = translate("HistoryModel", "origin of the text")
    labels["strategy_key"] = translate("HistoryModel", "key in the strategy")
    return labels
SORT_ROLE = Qt.ItemDataRole.UserRole
_SORT = int(SORT_ROLE)
_ANSWERED = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), _SORT})


PAGE = 50  # entries read at a time, newest first; older ones on request


def show_moment(iso: str | None, language: str) -> str:
    """i18n.show_datetime (a stored UTC timestamp in local time), without QDateTime.fromString's ISO parser,
    which took about 60 µs a timestamp (#9)."""
    try:
        value = datetime.fromisoformat(str(iso).replace("Z", "")[:19])
    except (TypeError, ValueError):
        return i18n.show_datetime(iso, language)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second),
                       QTimeZone.utc())
    return i18n.locale(language).toString(moment.toLocalTime(), f"{i18n.date_format(language)} HH:mm")


class HistoryModel(HeaderedTable):
    """The newest PAGE entries of a record's history (`load_more` adds the next older ones).

    The shown texts of a row are made once, when it is first asked for: a repaint asks every cell for
    several roles, and dates, labels and referenced records' names cost a Qt or SQL call each (#9).
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.table: str | None = None
        self.record_id: str | None = None
        self._rows: list[dict] = []
        self._texts: list[tuple[str, ...] | None] = []
        self.has_more = False
        self._labels = field_labels()
        self._names: dict[tuple[str, str], str] = {}
        self._moments: dict[str, str] = {}  # the entries of one action share their moment
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Field"),
                         self.tr("Old value"), self.tr("New value")]

    def _read(self, limit: int, before_seq: int | None = None) -> list[dict]:
        rows = history.record_history(self.session.store, self.table, self.record_id, limit=limit + 1,
                                      before_seq=before_seq)
        self.has_more = len(rows) > limit
        return rows[:limit]

    def show_record(self, table: str | None, record_id: str | None, limit: int = PAGE) -> None:
        self.beginResetModel()
        self.table, self.record_id = table, record_id
        self._names.clear()
        self._moments.clear()
        self.has_more = False
        self._rows = self._read(limit) if record_id else []
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def load_more(self) -> int:
        """Add the next PAGE older entries at the end; returns how many were added."""
        if not self.record_id or not self.has_more or not self._rows:
            return 0
        older = self._read(PAGE, before_seq=self._rows[-1]["seq"])
        if older:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(older) - 1)
            self._rows.extend(older)
            self._texts.extend([None] * len(older))
            self.endInsertRows()
        return len(older)

    def refresh_if_touched(self, changes: Changes) -> None:
        """An action on the shown record: its new entries on top (entries never change once written)."""
        if not (self.table and self.record_id in changes.ids(self.table)):
            return
        if not self._rows:
            self.show_record(self.table, self.record_id)
            return
        newer = history.record_history(self.session.store, self.table, self.record_id,
                                       after_seq=self._rows[0]["seq"])
        if newer:
            self.beginInsertRows(QModelIndex(), 0, len(newer) - 1)
            self._rows[:0] = newer
            self._texts[:0] = [None] * len(newer)
            self.endInsertRows()

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
                self._names[key] = browse.describe(self.session.store, target, str(value), self.session.language) or str(value)
            return self._names[key]
        if entry["field"] == "due_date":
            return i18n.show_date(value, self.session.language)
        return str(value).replace("\n", " ")

    def texts(self, row: int) -> tuple[str, ...]:
        """The six shown texts of a row (made once)."""
        shown = self._texts[row]
        if shown is None:
            entry, language = self._rows[row], self.session.language
            if entry["field"]:
                field = self._labels.get(entry["field"], entry["field"])
            else:
                field = self.tr("deleted") if entry["op"] == "delete" else ""
            moment = self._moments.get(entry["at"])
            if moment is None:
                moment = self._moments[entry["at"]] = show_moment(entry["at"], language)
            shown = self._texts[row] = (
                moment, entry["author"],
                history.label_text(entry).render(language),  # the change set's label in the window's language
                field, self._value(entry, entry["old_value"]), self._value(entry, entry["new_value"]))
        return shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == _SORT:
            entry = self._rows[index.row()]
            return entry["seq"] if column == WHEN else str(entry.get(("at", "author", "label", "field",
                                                                      "old_value", "new_value")[column]) or "")
        return self.texts(index.row())[column]


SAMPLE = 20       # rows measured for the column widths
MAX_WIDTH = 360   # a long old or new value is cut off (its tooltip shows it whole)
MIN_ACTION_WIDTH = 140  # the action's label gives way down to this in a narrow panel
MIN_LAST_WIDTH = 120


class HistoryPanel(QWidget):
    """A titled table of a record's history, newest first, PAGE entries at a time; follows changes.

    The columns are sized from their header and the first SAMPLE rows (resizeColumnsToContents asked
    every row's every role through Python on each record shown, #9), and can be resized by hand.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.model = HistoryModel(session, self)
        self._header_widths: list[int] | None = None
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("historyTitle")
        self.more_button = QPushButton(self.tr("Show &older changes"))
        self.more_button.setObjectName("historyMore")
        self.more_button.setToolTip(self.tr("Show the next {count} older changes of this record").format(count=PAGE))
        self.more_button.setFlat(True)
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.load_more)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        session.changed.connect(self.model.refresh_if_touched)
        self.model.modelReset.connect(self._after_reset)

    def show_record(self, table: str | None, record_id: str | None, name: str = "") -> None:
        self.title.setText(self.tr("History of {name}").format(name=name) if name else self.tr("History"))
        self.model.show_record(table, record_id)

    def load_more(self) -> None:
        self.model.load_more()
        self.more_button.setVisible(self.model.has_more)

    def _after_reset(self) -> None:
        if self.more_button.isVisibleTo(self) != self.model.has_more:
            self.more_button.setVisible(self.model.has_more)
        self.fit_columns()
        self.table.executeDelayedItemsLayout()  # laid out before the first paint, not between two (#9)

    def fit_columns(self) -> None:
        """Each column as wide as its header and its widest text in the first SAMPLE rows (the last stretches)."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        rows = [self.model.texts(row) for row in range(min(SAMPLE, self.model.rowCount()))]
        if self._header_widths is None:  # the headers do not change (a language switch makes a new window)
            self._header_widths = [header.sectionSizeHint(column) for column in range(self.model.columnCount())]
        padding = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        # the table is not told of each resize (it would repaint the columns on a timer, after the first
        # paint: twice per record shown, #9); it is laid out once afterwards
        blocked = header.blockSignals(True)
        try:
            for column in range(self.model.columnCount() - 1):
                width = max([self._header_widths[column]]
                            + [metrics.horizontalAdvance(text) + padding for text in {texts[column] for texts in rows}])
                width = min(width, MAX_WIDTH)
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            # in a narrow panel the action's label (free text, elided) gives way, so that the field and its
            # values stay in sight
            available = self.table.viewport().width()
            total = sum(header.sectionSize(c) for c in range(self.model.columnCount() - 1)) + MIN_LAST_WIDTH
            if available > 0 and total > available:
                header.resizeSection(ACTION, max(MIN_ACTION_WIDTH, header.sectionSize(ACTION) - (total - available)))
        finally:
            header.blockSignals(blocked)
        self.table.scheduleDelayedItemsLayout()
        self.table.viewport().update()
