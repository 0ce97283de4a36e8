"""The form for the fields of an objective or a worksite; the title is checked while typing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from ...db import strategy_edits, strategy_texts
from ...db.enums import PRIORITY_TYPE, label
from ..operations import strategy as strategy_operations


def captions() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"title": translate("RecordForm", "&Title"),
            "general_objectives": translate("RecordForm", "&General objectives"),
            "status_2025": translate("RecordForm", "&Status relative to the Strategy 2025"),
            "priority_type": translate("RecordForm", "&Priority type"),
            "priority_type_text": translate("RecordForm", "Priority type as &printed"),
            "steering_bodies": translate("RecordForm", "&Steering bodies"),
            "description": translate("RecordForm", "&Description"),
            "source_notes": translate("RecordForm", "&Notes on the source document")}


class RecordForm(QDialog):
    """Edit an objective (`table="objective"`) or a worksite; saving is one undoable action."""

    MULTILINE = {"general_objectives", "description", "source_notes", "steering_bodies"}

    def __init__(self, window, table: str, record_id: str):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.table, self.record_id = table, record_id
        self.setObjectName("recordForm")
        record = self.session.store.get(table, record_id)
        self.code = record["code"]
        if table == "objective":
            self.setWindowTitle(self.tr("Objective {code}").format(code=self.code))
            names = strategy_edits.OBJECTIVE_FIELDS
        else:
            self.setWindowTitle(self.tr("Worksite {code}").format(code=self.code))
            names = strategy_edits.WORKSITE_FIELDS
        self.editors: dict[str, object] = {}
        form = QFormLayout()
        text = captions()
        # in French the form edits the French texts; the printed Dutch stays as it is (issue 15)
        self.french = {}
        if strategy_texts.text_language(self.session.language) == "fr":
            self.french = {name: column for name in names
                           if (column := strategy_texts.french_column(table, name))}
            note = QLabel(self.tr("Texts in French; the Dutch text of the document is not changed."))
            note.setObjectName("frenchNote")
            form.addRow(note)
        for name in names:
            if name == "priority_type":
                editor = QComboBox()
                editor.addItem("—", None)
                for key in PRIORITY_TYPE:
                    editor.addItem(label(PRIORITY_TYPE, key, self.session.language), key)
                editor.setCurrentIndex(max(0, editor.findData(record[name])))
            elif name in self.MULTILINE:
                editor = QPlainTextEdit(record[self.french.get(name, name)] or "")
                editor.setTabChangesFocus(True)
            else:
                editor = QLineEdit(record[self.french.get(name, name)] or "")
            editor.setObjectName(f"field_{name}")
            self.editors[name] = editor
            caption = QLabel(text[name])
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            if name == "title":
                self.title_error = QLabel()
                self.title_error.setObjectName("error_title")
                self.title_error.hide()
                form.addRow("", self.title_error)
                editor.textChanged.connect(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        self.record = record

    def show_current(self) -> None:
        """Show the record as it is now (after a save refused because it was changed elsewhere)."""
        self.record = self.session.store.get(self.table, self.record_id)
        for name, editor in self.editors.items():
            value = self.record[self.french.get(name, name)]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            else:
                editor.setText(value or "")

    def check(self) -> bool:
        ok = bool(self.editors["title"].text().strip())
        self.title_error.setText("" if ok else "⚠ " + self.tr("A title is required."))
        self.title_error.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def values(self) -> dict:
        """{column: value}: the French columns for the texts the form shows in French."""
        values = {}
        for name, editor in self.editors.items():
            column = self.french.get(name, name)
            if isinstance(editor, QComboBox):
                values[column] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                values[column] = editor.toPlainText().strip() or None
            else:
                values[column] = editor.text().strip() or None
        return values

    def save(self) -> bool:
        if not self.check():
            return False
        new = {k: v for k, v in self.values().items() if (self.record[k] or None) != v}
        if not new:
            self.accept()
            return True
        # undone by reverting the whole action: the texts and where they come from (text_origin) go back;
        # a value changed elsewhere since the form was opened is kept, the form then shows it (#17)
        ok = strategy_operations.update_record(self.session, self.table, self.record_id, new, dict(self.record),
                                               reload=self.show_current)
        if ok:
            self.accept()
        return ok
