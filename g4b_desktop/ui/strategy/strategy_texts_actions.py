"""Tools > Export strategy texts… / Load strategy texts…: the strategy's Dutch and French texts as a
workbook, and loading corrected or official French texts back (a preview, then one undoable action)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from ...db.errors import StoreError
from ...texts import render


class LoadTextsDialog(QDialog):
    """What loading a texts workbook would change: every text with a new wording, the count of the others;
    Load writes them all as one action (Undo takes it back whole)."""

    def __init__(self, window, plan):
        super().__init__(window)
        self.window_ = window
        self.plan = plan
        self.applied = False
        self.setObjectName("loadTextsDialog")
        self.setWindowTitle(self.tr("Load strategy texts"))
        language = window.language
        self.summary = QLabel(render(plan.summary(), language))
        self.summary.setObjectName("loadTextsSummary")
        self.summary.setWordWrap(True)
        changed = [item for item in plan.items if item.changed]
        self.table = QTableWidget(len(changed), 5)
        self.table.setObjectName("loadTextsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Code"), self.tr("Field"),
                                              self.tr("French now"), self.tr("French loaded")])
        for row, item in enumerate(changed):
            text = item.text
            values = [str(item.row), text.code or text.nl or "", text.field, text.fr or "", item.new]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(" ".join(value.split()))
                cell.setToolTip(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 90, 120, 320, 320)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.provenance = QComboBox()
        self.provenance.setObjectName("loadTextsProvenance")
        self.provenance.addItem(self.tr("Official text"), "official")
        self.provenance.addItem(self.tr("Corrected (edited) text"), "edited")
        form = QFormLayout()
        form.addRow(self.tr("The loaded texts are"), self.provenance)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.load_button = self.buttons.addButton(self.tr("&Load"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.load_button.setObjectName("loadTextsButton")
        self.load_button.setEnabled(bool(plan.items))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def accept(self) -> None:
        from ..operations import strategy as strategy_operations

        window, plan = self.window_, self.plan
        if not strategy_operations.load_texts(window.session, plan, self.provenance.currentData()):
            return
        self.applied = True
        window.statusBar().showMessage(render(plan.summary(), window.language), 10000)
        super().accept()


class StrategyTextsActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: LoadTextsDialog | None = None
        menu = window.menu("tools")
        menu.addSeparator()
        self.export_action = QAction(self.tr("Export strategy texts…"), window)
        self.export_action.setObjectName("exportStrategyTexts")
        self.export_action.triggered.connect(lambda _checked=False: self.export_texts())
        self.load_action = QAction(self.tr("Load strategy texts…"), window)
        self.load_action.setObjectName("loadStrategyTexts")
        self.load_action.triggered.connect(lambda _checked=False: self.load_texts())
        menu.addAction(self.export_action)
        menu.addAction(self.load_action)

    def export_texts(self, path: Path | str | None = None) -> Path | None:
        from ...exchange.strategy_texts_workbook import export_texts

        if path is None:
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export strategy texts"),
                                                  self.tr("strategy-texts.xlsx"), self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = name
        try:
            count = export_texts(self.window.store, Path(path), lang=self.window.language)
        except StoreError as exc:
            self.window.show_error(exc)
            return None
        self.window.statusBar().showMessage(self.tr("Wrote {file}: {count} texts.").format(
            file=Path(path).name, count=count), 10000)
        return Path(path)

    def load_texts(self, path: Path | str | None = None) -> LoadTextsDialog | None:
        from ...exchange.strategy_texts_workbook import load

        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Load strategy texts"), "",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = name
        try:
            plan = load(self.window.store, Path(path))
        except StoreError as exc:
            self.window.show_error(exc)
            return None
        self.dialog = LoadTextsDialog(self.window, plan)
        self.dialog.open()
        return self.dialog


def install(window) -> None:
    """Add the strategy texts' entries to the Tools menu (called by the main window)."""
    window.strategy_texts_actions = StrategyTextsActions(window)
