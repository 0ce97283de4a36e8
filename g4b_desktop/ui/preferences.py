"""Preferences: the interface language and the author name recorded in the change log."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from .. import settings

# Language names are written in their own language (an autonym is never translated).
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


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
        self.author.setPlaceholderText(settings.author())
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Your name (recorded with each change)"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self.apply)

    def apply(self) -> None:
        preferences = settings.load()
        preferences["author"] = self.author.text().strip()
        settings.save(preferences)
        self.window_.store.author = settings.author()
        self.window_.update_status()
        language = self.language.currentData()
        if language != self.window_.language:
            self.window_.set_language(language)
