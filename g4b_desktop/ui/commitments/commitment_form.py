"""The commitment form: every field of a commitment, checked while typing, the reason shown next to it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from ...db import browse
from ...db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from ...db.errors import StoreError
from ..operations import commitments as commitment_operations
from ..widgets.date_edit import DateEdit


class CommitmentForm(QDialog):
    def __init__(self, window, worksite_id: str | None = None, commitment_id: str | None = None,
                 on_saved: Callable[[str], object] | None = None):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.worksite_id = worksite_id
        self.commitment_id = commitment_id
        self.on_saved = on_saved
        self.setObjectName("commitmentForm")
        language = self.session.language
        store = self.session.store
        record = store.get("commitment", commitment_id) if commitment_id else {}
        self.seen = dict(record)  # what the form shows: a later change elsewhere is not overwritten (#17)
        if commitment_id:
            self.setWindowTitle(self.tr("Commitment {code}").format(code=record["code"]))
        else:
            code = store.get("worksite", worksite_id)["code"]
            self.setWindowTitle(self.tr("New commitment in worksite {code}").format(code=code))

        self.title = QLineEdit(record.get("title") or "")
        # the title in the other language (optional): the title stays as typed (issue 15)
        self.title_alt = QLineEdit(record.get("title_alt") or "")
        self.title_alt.setObjectName("titleAlt")
        self.title_alt_lang = QComboBox()
        self.title_alt_lang.setObjectName("titleAltLang")
        self.title_alt_lang.addItem(self.tr("in French"), "fr")
        self.title_alt_lang.addItem(self.tr("in Dutch"), "nl")
        other = record.get("title_alt_lang") or ("nl" if language == "fr" else "fr")
        self.title_alt_lang.setCurrentIndex(max(0, self.title_alt_lang.findData(other)))
        title_alt_box = QWidget()
        title_alt_layout = QHBoxLayout(title_alt_box)
        title_alt_layout.setContentsMargins(0, 0, 0, 0)
        title_alt_layout.addWidget(self.title_alt, 1)
        title_alt_layout.addWidget(self.title_alt_lang)
        self.description = QPlainTextEdit(record.get("description") or "")
        self.status = QComboBox()
        for key in COMMITMENT_STATUS:
            self.status.addItem(label(COMMITMENT_STATUS, key, language), key)
        self.status.setCurrentIndex(self.status.findData(record.get("status") or "not_started"))
        self.progress = QLineEdit(str(record.get("progress", 0)))
        self.health = QComboBox()
        self.health.addItem("—", None)
        for key in COMMITMENT_HEALTH:
            self.health.addItem(label(COMMITMENT_HEALTH, key, language), key)
        self.health.setCurrentIndex(max(0, self.health.findData(record.get("health"))))
        self.lead = QComboBox()
        self.lead.addItem("—", None)
        for row in browse.organisations(store, self.session.language):
            self.lead.addItem(row["name"], row["id"])
        self.lead.setCurrentIndex(max(0, self.lead.findData(record.get("lead_organisation_id"))))
        self.due = DateEdit(language, record.get("due_date"), optional=True)
        self.due.setObjectName("commitmentDueDate")
        self.notes = QPlainTextEdit(record.get("notes") or "")
        for editor in (self.description, self.notes):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(90)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (("title", self.tr("&Title"), self.title),
                ("title_alt", self.tr("Title in the &other language"), title_alt_box),
                ("description", self.tr("&Description"), self.description),
                ("status", self.tr("&Status"), self.status), ("progress", self.tr("&Progress (0–100)"), self.progress),
                ("health", self.tr("&Health"), self.health), ("lead", self.tr("&Lead organisation"), self.lead),
                ("due_date", self.tr("D&ue date"), self.due), ("notes", self.tr("&Notes"), self.notes))
        for name, text, editor in rows:
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(editor)
            box_layout.addWidget(error)
            caption = QLabel(text)
            caption.setBuddy(self.title_alt if editor is title_alt_box else editor)
            form.addRow(caption, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for editor in (self.title, self.progress):
            editor.textChanged.connect(self.check)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.resize(620, 560)
        self.check()

    def _status_changed(self) -> None:
        if self.status.currentData() == "realised":
            self.progress.setText("100")

    def values(self) -> dict:
        """The typed values, checked; fills in the error labels and raises nothing."""
        problems: dict[str, str] = {}
        values = {
            "title": self.title.text().strip(),
            "title_alt": self.title_alt.text().strip() or None,
            "title_alt_lang": self.title_alt_lang.currentData() if self.title_alt.text().strip() else None,
            "description": self.description.toPlainText().strip() or None,
            "status": self.status.currentData(),
            "health": self.health.currentData(),
            "lead_organisation_id": self.lead.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
            "due_date": self.due.iso(),
        }
        if not values["title"]:
            problems["title"] = self.tr("A title is required.")
        text = self.progress.text().strip()
        try:
            progress = int(text)
            if not 0 <= progress <= 100:
                raise ValueError
            values["progress"] = progress
        except ValueError:
            problems["progress"] = self.tr("Progress is a whole number from 0 to 100.")
        for name, error in self.errors.items():
            error.setText(("⚠ " + problems[name]) if name in problems else "")
            error.setVisible(name in problems)
        self.problems = problems
        return values

    def check(self) -> bool:
        self.values()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.problems)
        return not self.problems

    def save(self) -> None:
        values = self.values()
        if self.problems:
            return
        try:
            if self.commitment_id:
                ok = commitment_operations.set_fields(self.session, self.commitment_id, values, seen=self.seen)
                saved_id = self.commitment_id
            else:
                saved_id = commitment_operations.add(self.session, self.worksite_id, values)
                ok = saved_id is not None
        except StoreError as exc:
            self.window_.show_error(exc)
            return
        if ok:
            if self.on_saved and saved_id:
                self.on_saved(saved_id)
            self.accept()
