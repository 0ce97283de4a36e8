"""Tools → Strategy revision…: the entry of the revision dialog (the dialog is imported when first used)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def open_dialog(window) -> None:
    from .revision_dialog import RevisionDialog

    dialog = RevisionDialog(window)
    window.revision_dialog = dialog
    dialog.open()


def install(window) -> None:
    """Add Tools → Strategy revision… (called by the main window through features.py)."""
    action = QAction(QCoreApplication.translate("RevisionDialog", "Strategy revision…"), window)
    action.setObjectName("strategyRevision")
    action.triggered.connect(lambda _checked=False: open_dialog(window))
    window.menu("tools").addAction(action)
