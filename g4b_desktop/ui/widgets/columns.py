"""Column widths of the tables: short columns fit their texts, one free-text column takes what is left."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from .rows_model import RowsModel

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


class FreeTextColumn(QObject):
    """Keeps `column` of `view` as wide as the other columns leave, never narrower than `minimum`: no
    column is cut off at the right while there is room, and the free text (elided, whole in its
    tooltip) gives way first. The user may still widen any column."""

    def __init__(self, view: QAbstractItemView, column: int, minimum: int):
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        header = self.header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    @property
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    def fit(self) -> None:
        header = self.header
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        width = max(self.minimum, self.view.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            blocked = header.blockSignals(True)
            header.resizeSection(self.column, width)
            header.blockSignals(blocked)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:  # another column changed: the free text gives or takes the difference
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_short_columns(view: QAbstractItemView, free_text: int, maximum: int = 160) -> None:
    """Every column but `free_text` as wide as its header and the rows shown (Qt reads only those),
    at most `maximum` (a longer text is elided)."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if column != free_text:
            view.resizeColumnToContents(column)
            if header.sectionSize(column) > max(maximum, header.sectionSizeHint(column)):
                header.resizeSection(column, max(maximum, header.sectionSizeHint(column)))


def record_table(model: RowsModel, name: str, free_text: int = 0, minimum: int = 180) -> QTableView:
    """A read-only table whose `free_text` column (a name, a title) takes the width the others leave."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.free_text = FreeTextColumn(view, free_text, minimum)
    return view


def fit_columns(view: QTableView, maximum: int = 160) -> None:
    fit_short_columns(view, view.free_text.column, maximum)
    view.free_text.fit()
