"""The session of a window: the open database, its undo stack and the one change bus.

Every write goes through `ui/operations/` (one `ChangeSetCommand` per user action on this stack);
every view listens to `changed`, which carries the `Changes` each write, undo and redo returned.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...db.store import Changes, Store


class Session(QObject):
    """The open database, its undo stack and the change notifications, shared by the window's views."""

    changed = Signal(object)   # Changes
    error = Signal(object)     # an exception or a sentence to show

    def __init__(self, store: Store, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.undo_stack = QUndoStack(self)

    def apply_changes(self, changes: Changes | None) -> None:
        if changes:
            self.changed.emit(changes)

    def retranslate(self) -> None:
        """Relabel the commands on the stack in the current language (their labels are stored Texts)."""
        for n in range(self.undo_stack.count()):
            command = self.undo_stack.command(n)
            if hasattr(command, "retranslate"):
                command.retranslate()
