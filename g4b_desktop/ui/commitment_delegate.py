"""In-place editors for the commitment table: lists for status, health and lead, a 0–100 spin box, a date."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QStyledItemDelegate, QWidget

from ..db import browse
from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from . import i18n
from .commitment_model import DUE, HEALTH, LEAD, PROGRESS, STATUS

NO_DATE = QDate(1900, 1, 1)


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
                for row in browse.organisations(self.session.store):
                    editor.addItem(row["name"], row["id"])
            return editor
        if column == PROGRESS:
            editor = QSpinBox(parent)
            editor.setRange(0, 100)
            editor.setSuffix(" %")
            return editor
        if column == DUE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setLocale(i18n.locale(language))
            editor.setDisplayFormat(i18n.date_format(language))
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("no date"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(value, Qt.DateFormat.ISODate) if value else NO_DATE)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QDateEdit):
            day = editor.date()
            model.setData(index, None if day == NO_DATE else day.toString(Qt.DateFormat.ISODate))
        else:
            super().setModelData(editor, model, index)
