"""Preferences: the interface language, your name (the change log and the PDFs' author) and the
organiser of meeting invitations (name and e-mail); `ask_once` asks for the name or the organiser
the first time a document needs it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ... import settings

# Language names are written in their own language (an autonym is never translated).
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


def _email_problem(field: QLineEdit) -> str:
    """A sentence when the e-mail typed is not an address, else ""."""
    from ...calendar_ics import valid_email

    text = field.text().strip()
    if text and not valid_email(text):
        return QCoreApplication.translate(
            "Preferences", "'{email}' is not an e-mail address (like name@example.brussels).").format(email=text)
    return ""


class PreferencesDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        preferences = settings.load()
        self.language = QComboBox()
        for code in settings.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(window.language))
        self.author = QLineEdit(preferences.get("author") or "")
        self.author.setObjectName("authorName")
        self.author.setPlaceholderText(settings.author())
        self.organiser_name = QLineEdit(preferences.get("organiser_name") or "")
        self.organiser_name.setObjectName("organiserName")
        self.organiser_name.setPlaceholderText(self.tr("your name"))
        self.organiser_email = QLineEdit(preferences.get("organiser_email") or "")
        self.organiser_email.setObjectName("organiserEmail")
        self.organiser_email.setPlaceholderText(self.tr("secretariat@example.brussels"))
        for field in (self.author, self.organiser_name, self.organiser_email):
            field.setMinimumWidth(260)  # room for a name or an address next to the long labels
        self.problem = QLabel()
        self.problem.setObjectName("preferencesProblem")
        self.problem.setStyleSheet("color: #a31515")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Your name (recorded with each change, author of the PDFs)"), self.author)
        form.addRow(self.tr("&Organiser of invitations"), self.organiser_name)
        form.addRow(self.tr("Organiser's &e-mail (makes invitations meeting requests)"), self.organiser_email)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self.apply)

    def accept(self) -> None:
        problem = _email_problem(self.organiser_email)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.organiser_email.setFocus()
            return
        super().accept()

    def apply(self) -> None:
        settings.remember({"author": self.author.text(), "organiser_name": self.organiser_name.text(),
                           "organiser_email": self.organiser_email.text()})
        self.window_.store.author = settings.author()
        self.window_.update_status()
        language = self.language.currentData()
        if language != self.window_.language:
            self.window_.set_language(language)


class IdentityDialog(QDialog):
    """The one question before the first PDF (your name, its author) or the first invitation
    (the organiser's name and e-mail, which make it a meeting request)."""

    def __init__(self, parent: QWidget, organiser: bool):
        super().__init__(parent)
        self.organiser = organiser
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who sends this?") if organiser else self.tr("Who writes this?"))
        name, email = settings.organiser()
        if organiser:
            text = self.tr("Invitations with an organiser's e-mail are meeting requests: each invitee with an "
                           "e-mail can accept or decline. Asked once; change it in Preferences.")
        else:
            text = self.tr("Your name is written into the PDFs as their author (without one they say "
                           "'Go4Brussels Desktop'). Asked once; change it in Preferences.")
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setObjectName("identityName")
        self.email = QLineEdit(email)
        self.email.setObjectName("identityEmail")
        self.email.setPlaceholderText(self.tr("secretariat@example.brussels"))
        self.problem = QLabel()
        self.problem.setObjectName("identityProblem")
        self.problem.setStyleSheet("color: #a31515")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Name"), self.name)
        if organiser:
            form.addRow(self.tr("&E-mail"), self.email)
        else:
            self.email.hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        problem = _email_problem(self.email) if self.organiser else ""
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.email.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        if self.organiser:
            return {"organiser_name": self.name.text(), "organiser_email": self.email.text()}
        return {"author": self.name.text()}


def needs_asking(what: str) -> bool:
    """Whether the window should still ask for the author ("author") or the organiser ("organiser")."""
    if settings.asked(what):
        return False
    if what == "organiser":
        return not settings.organiser()[1]
    return not (settings.load().get("author") or "").strip()


def ask_once(parent: QWidget, what: str, then: Callable[[], object]) -> bool:
    """True when nothing needs asking (go on). Else shows the question (window-modal, not blocking)
    and returns False; when it closes, the answer (if any) is kept, the question is never asked
    again, and `then()` runs: the action that needed it starts again."""
    if not needs_asking(what):
        return True
    dialog = IdentityDialog(parent, organiser=what == "organiser")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    parent._identity_dialog = dialog  # kept alive while it is open

    def closed(result: int) -> None:
        settings.remember(dialog.values() if result == QDialog.DialogCode.Accepted else {}, asked_for=what)
        if what == "author" and result == QDialog.DialogCode.Accepted:
            window = QWidget.window(parent)  # (views keep their main window in a `window` attribute)
            if getattr(window, "store", None) is not None:
                window.store.author = settings.author()
        dialog.deleteLater()
        parent._identity_dialog = None
        # after the question has closed, not inside its `finished`: the action may open a modal dialog
        # of its own (the file dialog), which must not run inside the question's closing
        QTimer.singleShot(0, then)

    dialog.finished.connect(closed)
    dialog.open()
    return False
