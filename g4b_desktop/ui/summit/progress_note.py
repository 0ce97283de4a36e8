"""The progress note (PDF) from the window: what it covers (a dialog), rendered on a worker thread,
then previewed. Used by Tools → Progress note (PDF)… and by the summit view's button; the Tools menu
does not build the summit screen for it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...db import browse
from ...db import summits as summit_db
from ...db.store import Store
from ..shell import preferences


def make_progress_note(window, options: dict | None = None, summit_year: int | None = None,
                       on_preview: Callable | None = None):
    """Ask what the note covers (unless `options` say it), render it in the background, preview it.
    Returns the job (None when the dialog was cancelled, or while the author's name is asked once)."""
    if options is None and not preferences.ask_once(  # the first note asks once for its author (#18)
            window, "author", lambda: make_progress_note(window, None, summit_year, on_preview)):
        return None
    if options is None:
        dialog = NoteOptionsDialog(window, window.store, window.language, summit_year)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.values()
    handle, name = tempfile.mkstemp(prefix="g4b-progress-note-", suffix=".pdf")
    os.close(handle)
    path = Path(name)
    db_path, author = window.store.path, window.store.author

    def work(progress, cancelled):
        from ...reports.progress_note import render_progress_note

        from ..widgets.pdf_preview import open_document

        with Store.open(db_path, author=author, readonly=True) as store:
            with open(path, "wb") as handle:
                render_progress_note(store, handle, progress=progress, cancelled=cancelled, **options)
        return path, open_document(path)   # read for the preview here, not on the window's thread

    def done(result):
        from ..widgets.pdf_preview import PdfPreview

        name = "progress-note" + (f"-{options['objective_code']}" if options.get("objective_code") else "")
        preview = PdfPreview(window, result[0], QCoreApplication.translate("SummitView", "Progress note"),
                             f"{name}.pdf", document=result[1])
        preview.show()
        if on_preview is not None:
            on_preview(preview)

    return window.run_job(QCoreApplication.translate("SummitView", "Making the progress note…"), work, done)


class NoteOptionsDialog(QDialog):
    """What the progress note covers: one objective or the whole strategy, the summit, the language."""

    def __init__(self, parent: QWidget, store: Store, language: str, summit_year: int | None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NoteOptionsDialog", "Progress note"))
        self.objective = QComboBox()
        self.objective.addItem(QCoreApplication.translate("NoteOptionsDialog", "The whole strategy"), None)
        for row in browse.objectives(store, language):
            self.objective.addItem(f"{row['code']} {row['title']}", row["code"])
        self.summit = QComboBox()
        self.summit.addItem(QCoreApplication.translate("NoteOptionsDialog", "The latest closed summit"), None)
        for row in summit_db.summits(store):
            self.summit.addItem(str(row["year"]), row["year"])
        if summit_year is not None:
            self.summit.setCurrentIndex(max(self.summit.findData(summit_year), 0))
        self.language = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.confidential = QLineEdit()
        self.confidential.setPlaceholderText(QCoreApplication.translate("NoteOptionsDialog", "optional, printed on every page"))
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("NoteOptionsDialog", "Objective"), self.objective)
        form.addRow(QCoreApplication.translate("NoteOptionsDialog", "Report on the summit"), self.summit)
        form.addRow(QCoreApplication.translate("NoteOptionsDialog", "Language"), self.language)
        form.addRow(QCoreApplication.translate("NoteOptionsDialog", "Confidentiality line"), self.confidential)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"objective_code": self.objective.currentData(), "summit_year": self.summit.currentData(),
                "lang": self.language.currentData(), "confidential": self.confidential.text().strip() or None}
