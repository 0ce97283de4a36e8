"""The consolidation conflict dialog: per record changed on both sides, keep mine, take theirs, or per field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...exchange.consolidate import Conflict
from ...texts import render


def _show(value) -> str:
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Lists every conflict field by field; `decisions()` gives {file: {(table, id): {field: choice}}}."""

    def __init__(self, conflicts: list[tuple[str, Conflict]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.conflicts = conflicts
        intro = QLabel(self.tr("These records were changed here and in the workbook since they last matched. "
                               "Choose for each field which value to keep; nothing is overwritten without "
                               "your choice."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Record"), self.tr("Field"),
                                              self.tr("Mine"), self.tr("Theirs"), self.tr("Keep")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.choices: list[tuple[str, Conflict, str, QComboBox]] = []
        language = getattr(parent, "language", "en")
        for file_name, conflict in conflicts:
            for name, (_base, mine, theirs) in conflict.fields.items():
                row = self.table.rowCount()
                self.table.insertRow(row)
                shown = (file_name, render(conflict.label, language), name, _show(mine), _show(theirs))
                for column, value in enumerate(shown):
                    self.table.setItem(row, column, QTableWidgetItem(value))
                combo = QComboBox()
                combo.addItem(self.tr("Mine"), "mine")
                combo.addItem(self.tr("Theirs"), "theirs")
                self.table.setCellWidget(row, 5, combo)
                self.choices.append((file_name, conflict, name, combo))
        keep_mine = QPushButton(self.tr("Keep mine for all"))
        keep_mine.clicked.connect(lambda: self.choose_all("mine"))
        take_theirs = QPushButton(self.tr("Take theirs for all"))
        take_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(keep_mine)
        row.addWidget(take_theirs)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def choose_all(self, choice: str) -> None:
        for *_rest, combo in self.choices:
            combo.setCurrentIndex(combo.findData(choice))

    def decisions(self) -> dict[str, dict]:
        result: dict[str, dict] = {}
        for file_name, conflict, name, combo in self.choices:
            result.setdefault(file_name, {}).setdefault(conflict.key, {})[name] = combo.currentData()
        return result
