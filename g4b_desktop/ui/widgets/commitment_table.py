"""The commitment table: the view over `CommitmentTableModel`, used by the worksite page and the commitments screen."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView
from .columns import FreeTextColumn
from .commitment_delegate import CommitmentDelegate
from .commitment_model import CODE, DUE, HEALTH, LEAD, NOTES, PROGRESS, STATUS, TITLE, WORKSITE, CommitmentTableModel



FREE_TEXT_WIDTHS = {LEAD: 160, NOTES: 160}


MIN_TITLE_WIDTH = 180


def column_samples(language: str) -> dict[int, list[str]]:
    """The widest texts a short column shows, in `language`: it is made as wide as them and its header."""
    from ...db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
    from ..shell.i18n import show_date

    return {CODE: ["8.8.8-88"], STATUS: [label(COMMITMENT_STATUS, k, language) for k in COMMITMENT_STATUS],
            PROGRESS: ["100 %"], HEALTH: [label(COMMITMENT_HEALTH, k, language) for k in COMMITMENT_HEALTH],
            DUE: [show_date("2028-12-28", language)], WORKSITE: ["8.8.8"]}


class CommitmentTable(QTableView):
    """A commitment table with in-place editors and its add / form / delete actions."""

    def __init__(self, window, model: CommitmentTableModel, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setModel(model)
        self.setItemDelegate(CommitmentDelegate(window.session, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # the model comes sorted by code: say so first, so enabling sorting does not sort again (#9)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        self.free_text = FreeTextColumn(self, TITLE, MIN_TITLE_WIDTH)
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 8
        for column, texts in column_samples(window.session.language).items():
            header.resizeSection(column, max([header.sectionSizeHint(column)]
                                             + [self.fontMetrics().horizontalAdvance(t) + padding for t in texts]))
        for column, width in FREE_TEXT_WIDTHS.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.resizeSection(TITLE, MIN_TITLE_WIDTH)
        self.setAccessibleName(self.tr("Commitments"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # right-click lists the actions

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        self.free_text.fit()

    def add_shortcut(self, text: str, shortcut: QKeySequence, slot) -> QAction:
        """A keyboard action that works while the table (or its editor) has the focus."""
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def selected_ids(self) -> list[str]:
        model = self.model()
        return [model.commitment_id(index.row()) for index in self.selectionModel().selectedRows()]

    def select_id(self, commitment_id: str) -> bool:
        row = self.model().row_of(commitment_id)
        if row is None:
            return False
        index = self.model().index(row, TITLE)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True
