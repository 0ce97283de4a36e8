"""Indicators: yearly values and targets (editable, undoable), a small chart, the objectives they serve."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from ...db import browse, indicators, strategy_texts
from ...db.store import Changes
from ..shell import i18n
from ..widgets.columns import FreeTextColumn
from ..widgets.history_panel import HistoryPanel
from ..partners.partners_view import fit_columns, record_table
from ..widgets.rows_model import Column, HeaderedTable, RowsModel
from ..operations import indicators as indicator_operations

YEAR, VALUE, TARGET, NOTE = range(4)
FIELDS = {VALUE: "value", TARGET: "target", NOTE: "note"}
SORT_ROLE = Qt.ItemDataRole.UserRole


class ValuesModel(HeaderedTable):
    """The yearly values of one indicator; value, target and note are edited in place."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.indicator_id: str | None = None
        self._rows: list[dict] = []
        self._given: dict[tuple[str, str], Any] = {}  # (row id, field) -> the value an editor was given
        self._headers = [self.tr("Year"), self.tr("Value"), self.tr("Target"), self.tr("Note")]

    def show_indicator(self, indicator_id: str | None) -> None:
        self.beginResetModel()
        self.indicator_id = indicator_id
        self._rows = indicators.values(self.session.store, indicator_id) if indicator_id else []
        self.endResetModel()

    def refresh(self) -> None:
        fresh = indicators.values(self.session.store, self.indicator_id) if self.indicator_id else []
        if [r["id"] for r in fresh] != [r["id"] for r in self._rows]:
            self.show_indicator(self.indicator_id)
            return
        for n, (old, new) in enumerate(zip(self._rows, fresh)):
            self._rows[n] = new
            for column, key in ((YEAR, "year"), (VALUE, "value"), (TARGET, "target"), (NOTE, "note")):
                if old[key] != new[key] or (column == VALUE and old["value_text"] != new["value_text"]):
                    self.dataChanged.emit(self.index(n, column), self.index(n, column))

    def rows(self) -> list[dict]:
        return list(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != YEAR and not self.session.store.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        raw = row[("year", "value", "target", "note")[column]]
        if role in (SORT_ROLE, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and column in FIELDS:
                self._given[(row["id"], FIELDS[column])] = raw
            if role == Qt.ItemDataRole.EditRole and column in (VALUE, TARGET):
                return i18n.show_number(raw, self.session.language, 2)
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column == YEAR:
                return str(raw)
            if column in (VALUE, TARGET):
                return i18n.show_number(raw, self.session.language, 2)
            return raw or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE and row["value_text"]:
            return self.tr("As printed in the source: {text}").format(text=row["value_text"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NOTE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == YEAR:
            return False
        row = self._rows[index.row()]
        key = FIELDS[index.column()]
        if key != "note":
            text = str(value or "").strip()
            number = i18n.locale(self.session.language).toDouble(text)
            if text and not number[1]:
                try:
                    value = float(text.replace(",", "."))
                except ValueError:
                    self.session.error.emit(self.tr("“{text}” is not a number.").format(text=text))
                    return False
            else:
                value = number[0] if text else None
        seen = {key: self._given.pop((row["id"], key), row[key])}  # what the editor showed (#17)
        return indicator_operations.set_year(self.session, self.indicator_id, row["year"], {key: value}, seen,
                                             row["id"])


def set_indicator_year(session, indicator_id: str, year: int, new: dict) -> bool:
    return indicator_operations.set_year(session, indicator_id, year, new)


class Sparkline(QWidget):
    """Values as a line and targets as open dots, in palette colours."""

    def __init__(self, model: ValuesModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Chart of the yearly values"))
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(self.update)

    def points(self) -> tuple[list, list]:
        rows = self.model.rows()
        values = [(r["year"], r["value"]) for r in rows if r["value"] is not None]
        targets = [(r["year"], r["target"]) for r in rows if r["target"] is not None]
        return values, targets

    def paintEvent(self, _event) -> None:
        values, targets = self.points()
        every = values + targets
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not every:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No values yet"))
            return
        years = [y for y, _ in every]
        numbers = [v for _, v in every]
        low_year, high_year = min(years), max(years)
        low, high = min(numbers), max(numbers)
        if high == low:
            low, high = low - 1, high + 1
        margin = 28
        area = QRectF(margin, 12, max(1, self.width() - 2 * margin), max(1, self.height() - 36))

        def at(year, number) -> QPointF:
            x = area.left() + (area.width() * (year - low_year) / (high_year - low_year) if high_year != low_year else area.width() / 2)
            y = area.bottom() - area.height() * (number - low) / (high - low)
            return QPointF(x, y)

        language = self.model.session.language
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(0, self.height() - 20, margin * 2, 18), Qt.AlignmentFlag.AlignLeft, str(low_year))
        painter.drawText(QRectF(self.width() - margin * 2, self.height() - 20, margin * 2, 18),
                         Qt.AlignmentFlag.AlignRight, str(high_year))
        painter.drawText(QRectF(2, 0, 120, 14), Qt.AlignmentFlag.AlignLeft, i18n.show_number(high, language, 1))
        painter.drawText(QRectF(2, area.bottom() - 14, 120, 14), Qt.AlignmentFlag.AlignLeft,
                         i18n.show_number(low, language, 1))
        painter.drawText(QRectF(0, self.height() - 20, self.width(), 18), Qt.AlignmentFlag.AlignHCenter,
                         self.tr("● value   ○ target"))
        if values:
            path = QPainterPath(at(*values[0]))
            for point in values[1:]:
                path.lineTo(at(*point))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawPath(path)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            for point in values:
                painter.drawEllipse(at(*point), 3, 3)
        if targets:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for point in targets:
                painter.drawEllipse(at(*point), 5, 5)


class IndicatorsView(QSplitter):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.indicator_id: str | None = None
        self.setObjectName("indicatorsView")
        self.list_model = RowsModel([
            Column("code", self.tr("Code")), Column("title", self.tr("Indicator")), Column("unit", self.tr("Unit")),
            Column("objectives", self.tr("Objectives")), Column("last_year", self.tr("Last year"))], self)
        self.list = record_table(self.list_model, "indicatorTable", free_text=1, minimum=140)
        self.list.setAccessibleName(self.tr("Indicators"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.values = ValuesModel(self.session, self)
        self.values_table = QTableView()
        self.values_table.setObjectName("indicatorValues")
        self.values_table.setAccessibleName(self.tr("Yearly values and targets"))
        self.values_table.setModel(self.values)
        self.values_table.verticalHeader().hide()
        self.values_table.verticalHeader().setDefaultSectionSize(self.values_table.fontMetrics().height() + 8)
        self.values_table.free_text = FreeTextColumn(self.values_table, NOTE, 80)
        for column in (YEAR, VALUE, TARGET):
            header = self.values_table.horizontalHeader()
            header.resizeSection(column, max(header.sectionSizeHint(column), 60))
        self.chart = Sparkline(self.values)
        self.add_year_button = QPushButton(self.tr("Add a &year…"))
        self.add_year_button.clicked.connect(self.add_year_dialog)
        self.delete_year_button = QPushButton(self.tr("&Delete year"))
        self.delete_year_button.clicked.connect(self.delete_year)
        self.objective_box = QComboBox()
        self.objective_box.setAccessibleName(self.tr("Objective"))
        self.objective_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective_box.setMinimumContentsLength(24)
        for row in browse.objectives(self.session.store, self.session.language):
            self.objective_box.addItem(f"{row['code']} {row['title']}", row["id"])
        self.link_button = QPushButton(self.tr("&Serves this objective"))
        self.link_button.clicked.connect(lambda: self.link_objective(self.objective_box.currentData()))
        self.served = QLabel()
        self.served.setWordWrap(True)
        self.served.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.served.linkActivated.connect(self._link_activated)
        self.history = HistoryPanel(self.session)
        year_buttons = QHBoxLayout()
        year_buttons.addWidget(self.add_year_button)
        year_buttons.addWidget(self.delete_year_button)
        year_buttons.addStretch(1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.objective_box, 1)
        link_row.addWidget(self.link_button)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        values_row = QHBoxLayout()
        values_row.addWidget(self.values_table, 1)
        values_row.addWidget(self.chart, 1)
        layout.addLayout(values_row, 2)
        layout.addLayout(year_buttons)
        layout.addWidget(self.served)
        layout.addLayout(link_row)
        layout.addWidget(self.history, 1)
        self.addWidget(self.list)
        self.addWidget(right)
        self.setSizes([560, 700])
        self.list_model.set_rows(indicators.indicator_rows(self.session.store, self.session.language))
        fit_columns(self.list, maximum=110)  # a long unit is elided: the last year stays in sight
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.show_indicator(self.list_model.record(current.row())["id"] if current.isValid() else None))
        self.session.changed.connect(self.on_changes)
        self.show_indicator(None)

    def select(self, indicator_id: str) -> bool:
        self.window_.show_view("indicators")
        row = self.list_model.row_of(indicator_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.list_model.index(row, 0))
        return True

    def show_indicator(self, indicator_id: str | None) -> None:
        self.indicator_id = indicator_id
        for widget in (self.add_year_button, self.delete_year_button, self.link_button, self.objective_box):
            widget.setEnabled(indicator_id is not None)
        self.values.show_indicator(indicator_id)
        if indicator_id is None:
            self.heading.setText(self.tr("Choose an indicator."))
            self.details.clear()
            self.served.clear()
            self.history.show_record(None, None)
            return
        record = strategy_texts.localise(self.session.store.get("indicator", indicator_id), "indicator",
                                         self.session.language)
        self.heading.setText(f"{record['code']}  {record['title']}")
        self.details.setText(self.tr("Unit: {unit} · Source: {source}").format(
            unit=record["unit"] or "—", source=record["source"] or "—"))
        self._fill_served()
        self.history.show_record("indicator", indicator_id, record["code"])

    def _fill_served(self) -> None:
        remove = self.tr("remove")
        links = [f'<a href="objective:{row["objective_id"]}">{row["code"]}</a> '
                 f'(<a href="unlink:{row["id"]}">{remove}</a>)'
                 for row in indicators.objectives_of(self.session.store, self.indicator_id, self.session.language)]
        self.served.setText(self.tr("Serves the objectives: {links}").format(links=", ".join(links) or "—"))

    def _link_activated(self, href: str) -> None:
        kind, _, record_id = href.partition(":")
        if kind == "unlink":
            self.unlink(record_id)
        else:
            self.window_.open_record(kind, record_id)

    def on_changes(self, changes: Changes) -> None:
        if not changes.tables() & {"indicator", "indicator_value", "indicator_objective"}:
            return
        self.list_model.update_records(indicators.indicator_rows(self.session.store, self.session.language))
        if self.indicator_id:
            self.values.refresh()
            self._fill_served()

    def add_year_dialog(self) -> None:
        years = [r["year"] for r in self.values.rows()]
        year, ok = QInputDialog.getInt(self, self.tr("Add a year"), self.tr("Year:"),
                                       (max(years) + 1) if years else 2020, 1900, 2100)
        if ok:
            self.add_year(year)

    def add_year(self, year: int) -> bool:
        if any(r["year"] == year for r in self.values.rows()):
            self.window_.show_error(self.tr("The year {year} is there already.").format(year=year))
            return False
        return indicator_operations.add_year(self.session, self.indicator_id, year)

    def delete_year(self) -> bool:
        index = self.values_table.currentIndex()
        if not index.isValid():
            return False
        return indicator_operations.delete_year(self.session, self.values.rows()[index.row()]["id"])

    def link_objective(self, objective_id: str | None) -> bool:
        if not objective_id or not self.indicator_id:
            return False
        return indicator_operations.link_objective(self.session, self.indicator_id, objective_id)

    def unlink(self, link_id: str) -> bool:
        return indicator_operations.unlink_objective(self.session, link_id)
