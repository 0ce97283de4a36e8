"""In-place editors for the commitment table: lists for status, health and lead, a 0–100 spin box, a date."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ...db import browse
from ...db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from .commitment_model import DUE, HEALTH, LEAD, PROGRESS, STATUS
from .date_edit import DateEdit


class CommitmentDelegate(QStyledItemDelegate):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = index.column()
        language = self.session.language
        if column in (STATUS, HEALTH, LEAD):
            editor = QComboBox(parent)
            if column == STATUS:
                for key in COMMITMENT_STATUS:
                    editor.addItem(label(COMMITMENT_STATUS, key, language), key)
            elif column == HEALTH:
                editor.addItem("", None)
                for key in COMMITMENT_HEALTH:
                    editor.addItem(label(COMMITMENT_HEALTH, key, language), key)
            else:
                editor.addItem("", None)
                for row in browse.organisations(self.session.store, self.session.language):
                    editor.addItem(row["name"], row["id"])
            return editor
        if column == PROGRESS:
            editor = QSpinBox(parent)
            editor.setRange(0, 100)
            editor.setSuffix(" %")
            return editor
        if column == DUE:
            return DateEdit(language, optional=True, parent=parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, DateEdit):
            editor.set_iso(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, DateEdit):
            model.setData(index, editor.iso())
        else:
            super().setModelData(editor, model, index)
