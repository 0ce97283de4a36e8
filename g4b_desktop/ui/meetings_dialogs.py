"""Dialogs of the meetings view: a new outcome (decision changing commitments, action with owner)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from ..db.enums import COMMITMENT_STATUS, label
from .meetings_common import outcome_label


class OutcomeDialog(QDialog):
    """A new outcome; a decision may change commitments, an action gets an owner and a due date."""

    def __init__(self, parent, store, objective_id: str, kind: str = "decision"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New outcome"))
        self.kind = QComboBox()
        for key in ("information", "decision", "action"):
            self.kind.addItem(outcome_label(key), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcomeText")
        self.commitment = QComboBox()
        self.commitment.setObjectName("decisionCommitment")
        self.commitment.addItem(self.tr("(no commitment changed)"), None)
        for row in store.rows("SELECT c.id, c.code, c.title FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                              "WHERE w.objective_id = ? ORDER BY c.code", [objective_id]):
            self.commitment.addItem(f"{row['code']} {row['title']}", row["id"])
        self.status = QComboBox()
        self.status.setObjectName("decisionStatus")
        self.status.addItem(self.tr("(unchanged)"), None)
        for key in COMMITMENT_STATUS:
            self.status.addItem(label(COMMITMENT_STATUS, key, parent.language), key)
        self.progress = QSpinBox()
        self.progress.setRange(-1, 100)
        self.progress.setSpecialValueText(self.tr("(unchanged)"))
        self.progress.setValue(-1)
        self.new_due = QLineEdit()
        self.new_due.setObjectName("decisionDueDate")
        self.new_due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.setEditable(True)
        self.owner.addItem("", None)
        for row in store.rows(
                "SELECT 'person' AS kind, p.id, p.full_name AS name FROM membership ms JOIN person p ON p.id = ms.person_id "
                "WHERE ms.objective_id = ? UNION SELECT 'organisation', o.id, o.name FROM membership ms "
                "JOIN organisation o ON o.id = ms.organisation_id WHERE ms.objective_id = ? ORDER BY 1 DESC, 3",
                [objective_id, objective_id]):
            self.owner.addItem(row["name"], (row["kind"], row["id"]))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Commitment (changed by a decision, concerned by an action)"), self.commitment)
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("New progress (%)"), self.progress)
        form.addRow(self.tr("New due date"), self.new_due)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due date"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def owner_fields(self) -> dict:
        """The owner chosen from the committee (organisation or person), else the name typed."""
        text = self.owner.currentText().strip()
        index = self.owner.findText(text)
        data = self.owner.itemData(index) if index >= 0 else None
        if data:
            return {f"owner_{data[0]}_id": data[1]}
        return {"owner_name": text or None}

    def commitment_changes(self) -> dict:
        commitment_id = self.commitment.currentData()
        values = {}
        if self.status.currentData():
            values["status"] = self.status.currentData()
        if self.progress.value() >= 0:
            values["progress"] = self.progress.value()
        if self.new_due.text().strip():
            values["due_date"] = self.new_due.text().strip()
        return {commitment_id: values} if commitment_id and values else {}
