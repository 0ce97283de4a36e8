"""Help → Check database…: the result of the check in words, with the newest good backup to restore
when there are problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ... import paths
from ...db import backup as backups
from ...db.integrity import CheckReport
from ...db.location import storage_warning
from .restore_dialog import kind_label, restore_backup

translate = QCoreApplication.translate


def location_text(warning) -> str:
    if warning.kind == "network":
        return translate("Backups", "This database is on a network share ({reason}). SQLite cannot lock a file on the "
                  "network reliably, and two computers writing to it can damage it. Keep the "
                  "database on this computer's own disk.").format(reason=warning.reason)
    return translate("Backups", "This database is in a synced folder ({reason}). The sync program may copy it while it "
              "is being written, or make conflicting copies. Keep the database outside that folder; "
              "the automatic backups are kept in {folder}.").format(reason=warning.reason,
                                                                     folder=paths.backup_dir())


class CheckDialog(QDialog):
    """Help → Check database: the result in words, and the newest good backup when there are problems."""

    def __init__(self, window, report: CheckReport):
        super().__init__(window)
        self.window_ = window
        self.report = report
        self.setObjectName("checkDialog")
        self.setWindowTitle(translate("Backups", "Check database"))
        language = window.language
        lines = []
        if report.ok:
            lines.append(translate("Backups", "The database is in order: the integrity check, the links between records "
                            "and the schema version found no problem."))
        else:
            lines.append(translate("Backups", "The check found these problems:"))
            lines.extend(f"• {message}" for message in report.messages(language))
        lines.extend(f"• {note}" for note in report.note_messages(language))
        warning = storage_warning(report.path)
        if warning:
            lines.append(location_text(warning))
        self.text = QLabel("\n".join(lines))
        self.text.setObjectName("checkText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Backups", "Database: {file}").format(file=report.path)))
        layout.addWidget(self.text)
        self.restore_button = None
        if not report.ok:
            good = report.good_backup
            if good is None:
                offer = QLabel(translate("Backups", "No good backup of this database was found."))
            else:
                offer = QLabel(translate("Backups", "The newest good backup was made on {when} ({why}).").format(
                    when=good.taken_at.strftime("%Y-%m-%d %H:%M"), why=kind_label(good.kind)))
                self.restore_button = QPushButton(translate("Backups", "&Restore this backup…"))
                buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
                self.restore_button.clicked.connect(lambda: self.restore_good())  # not clicked(False) as `confirm`
            offer.setObjectName("checkOffer")
            offer.setWordWrap(True)
            layout.addWidget(offer)
        layout.addWidget(buttons)
        self.new_window = None

    def restore_good(self, confirm: bool = True):
        self.accept()
        self.new_window = restore_backup(self.window_, self.report.good_backup.path, confirm=confirm)
        return self.new_window


def check_now(window) -> CheckDialog:
    """Check the open database (read-only) and show the result."""
    report = backups.check_offering_backup(window.store.path)
    dialog = CheckDialog(window, report)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.reliability_dialog = dialog
    return dialog

