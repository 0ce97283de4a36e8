"""Dialogs of the meetings view: a new outcome (only the fields of its type: a decision may change a
commitment, an action gets an owner and a due date) and an action item (added or edited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget,
)

from ...db import meetings
from ...db.enums import COMMITMENT_STATUS, label
from ..widgets.date_edit import DateEdit
from .meetings_common import outcome_label

OWNER_FIELDS = ("owner_person_id", "owner_organisation_id", "owner_name")


class ActionFields:
    """The owner (a contact or member organisation of the committee, or a name typed), the due date and
    the commitment an action concerns: shared by the action dialog and the outcome dialog."""

    def __init__(self, store, objective_id: str, language: str):
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.addItem("", None)
        for row in meetings.committee_people(store, objective_id):
            if row["kind"] == "person" and row["organisation_name"]:
                text = f"{row['name']} ({row['organisation_name']})"
            else:
                text = row["name"]
            self.owner.addItem(text, f"{row['kind']}:{row['id']}")
        completer = self.owner.completer()  # "dupont" or "actiris" finds "Anne Dupont (Actiris)"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.lineEdit().setPlaceholderText(
            QCoreApplication.translate("ActionFields", "a contact or organisation of the committee, or a name"))
        self.due = DateEdit(language, optional=True)
        self.due.setObjectName("actionDueDate")
        self.commitment = QComboBox()
        self.commitment.setObjectName("actionCommitment")
        self.commitment.addItem(QCoreApplication.translate("ActionFields", "(no commitment)"), None)
        for row in meetings.objective_commitments(store, objective_id):
            self.commitment.addItem(f"{row['code']} {row['title'][:70]}", row["id"])

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("ActionFields", "&Owner"), self.owner),
                (QCoreApplication.translate("ActionFields", "&Due date"), self.due),
                (QCoreApplication.translate("ActionFields", "C&ommitment"), self.commitment)]

    def set_values(self, action: dict) -> None:
        """Show a stored action's owner, due date and commitment."""
        owner = (f"person:{action['owner_person_id']}" if action.get("owner_person_id") else
                 f"organisation:{action['owner_organisation_id']}" if action.get("owner_organisation_id") else None)
        index = self.owner.findData(owner) if owner else -1
        if index >= 0:
            self.owner.setCurrentIndex(index)
        else:
            self.owner.setEditText(action.get("owner") or action.get("owner_name") or "")
        self.due.set_iso(action.get("due_date"))
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(action.get("commitment_id"))))

    def values(self) -> dict:
        """owner_person_id / owner_organisation_id / owner_name (two of them None), due_date, commitment_id."""
        values = dict.fromkeys(OWNER_FIELDS)
        text = self.owner.currentText().strip()
        index = self.owner.findText(text)
        data = self.owner.itemData(index) if index >= 0 else None
        if data:
            kind, _, record_id = data.partition(":")
            values[f"owner_{kind}_id"] = record_id
        else:
            values["owner_name"] = text or None
        values["due_date"] = self.due.iso()
        values["commitment_id"] = self.commitment.currentData()
        return values


class ActionDialog(QDialog):
    """Add an action item to a meeting, or edit one: its text, owner, due date and commitment."""

    def __init__(self, parent, store, objective_id: str, language: str, action: dict | None = None):
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Edit action item") if action else self.tr("Add an action item"))
        self.what = QLineEdit(action["what"] if action else "")
        self.what.setObjectName("actionText")
        self.what.setMinimumWidth(self.what.fontMetrics().horizontalAdvance("x") * 60)  # a sentence fits
        self.fields = ActionFields(store, objective_id, language)
        if action:
            self.fields.set_values(action)
        self.error = QLabel()
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Action"), self.what)
        for text, widget in self.fields.rows():
            form.addRow(text, widget)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        if not self.what.text().strip():
            self.error.setText(self.tr("⚠ An action needs a text."))
            self.error.show()
            self.what.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {"what": self.what.text().strip(), **self.fields.values()}


class OutcomeDialog(QDialog):
    """A new outcome of an agenda item; the fields shown follow its type: information (a text), decision
    (may change one commitment's status, progress or due date), action item (owner, due date, commitment)."""

    def __init__(self, parent, store, objective_id: str, kind: str = "decision"):
        super().__init__(parent)
        language = parent.language
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("New outcome"))
        self.kind = QComboBox()
        self.kind.setObjectName("outcomeKind")
        for key in ("information", "decision", "action"):
            self.kind.addItem(outcome_label(key), key)
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcomeText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 5)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("x") * 60)  # a sentence per line
        self.commitment = QComboBox()
        self.commitment.setObjectName("decisionCommitment")
        self.commitment.addItem(self.tr("(no commitment changed)"), None)
        for row in meetings.objective_commitments(store, objective_id):
            self.commitment.addItem(f"{row['code']} {row['title'][:70]}", row["id"])
        self.status = QComboBox()
        self.status.setObjectName("decisionStatus")
        self.status.addItem(self.tr("(unchanged)"), None)
        for key in COMMITMENT_STATUS:
            self.status.addItem(label(COMMITMENT_STATUS, key, language), key)
        self.progress = QSpinBox()
        self.progress.setObjectName("decisionProgress")
        self.progress.setRange(-1, 100)
        self.progress.setSpecialValueText(self.tr("(unchanged)"))
        self.progress.setValue(-1)
        self.new_due = DateEdit(language, optional=True)
        self.new_due.setObjectName("decisionDueDate")
        self.new_due.setSpecialValueText(self.tr("(unchanged)"))
        self.action = ActionFields(store, objective_id, language)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Text"), self.text)
        self.decision_rows = [self.commitment, self.status, self.progress, self.new_due]
        self.form.addRow(self.tr("C&ommitment changed"), self.commitment)
        self.form.addRow(self.tr("New &status"), self.status)
        self.form.addRow(self.tr("New &progress (%)"), self.progress)
        self.form.addRow(self.tr("New d&ue date"), self.new_due)
        self.action_rows = []
        for text, widget in self.action.rows():
            self.form.addRow(text, widget)
            self.action_rows.append(widget)
        self.error = QLabel()
        self.error.setObjectName("outcomeError")
        self.error.hide()
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget in self.decision_rows:
            self.form.setRowVisible(widget, kind == "decision")
        for widget in self.action_rows:
            self.form.setRowVisible(widget, kind == "action")
        self.adjustSize()

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("⚠ Write what was said, decided or is to be done."))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()

    def owner_fields(self) -> dict:
        """The action's owner: a contact or organisation of the committee, else the name typed."""
        values = self.action.values()
        return {key: values[key] for key in OWNER_FIELDS if values[key]}

    def action_values(self) -> dict:
        values = self.action.values()
        return {**self.owner_fields(), "due_date": values["due_date"], "commitment_id": values["commitment_id"]}

    def commitment_changes(self) -> dict:
        commitment_id = self.commitment.currentData()
        values = {}
        if self.status.currentData():
            values["status"] = self.status.currentData()
        if self.progress.value() >= 0:
            values["progress"] = self.progress.value()
        if self.new_due.iso():
            values["due_date"] = self.new_due.iso()
        return {commitment_id: values} if commitment_id and values else {}
