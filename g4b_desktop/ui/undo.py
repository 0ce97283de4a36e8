"""Undo and redo: one QUndoCommand per user action, each write stored at once in its own transaction.

A command is executed once by `Session.execute` (so a refused write never reaches the stack); later
redo/undo calls write again through the same data-layer functions. A command whose undo or redo is
refused (the record changed or vanished meanwhile) is shown as an error and dropped from the stack.

A command's text is the label of the action it did, as the history shows it (the change set's `Text`),
rendered in the session's language: after a change of language, `Session.retranslate` renders every
label again. The text given to a command is only used when the action has no such label.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..db import history
from ..db.errors import StoreError
from ..db.store import Changes, Store
from ..texts import Text, render


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
        """Relabel the commands on the stack in the current language."""
        for n in range(self.undo_stack.count()):
            command = self.undo_stack.command(n)
            if isinstance(command, StoreCommand):
                command.retranslate()

    def execute(self, command: "StoreCommand") -> bool:
        """Do a command's write now and put it on the undo stack; False (and an error shown) if refused."""
        try:
            changes = command.perform()
        except StoreError as exc:
            self.error.emit(exc)
            return False
        if not changes:  # nothing changed (a save without edits): nothing to undo either
            return True
        command.first_done = True
        if isinstance(getattr(changes, "label", None), Text):
            command.label = changes.label
            command.retranslate()
        self.undo_stack.push(command)
        self.apply_changes(changes)
        return True


class StoreCommand(QUndoCommand):
    """`text` (or a function returning it) labels the command until its action gives its own label."""

    def __init__(self, session: Session, text: str | Callable[[], str]):
        self.describe = text if callable(text) else (lambda: text)
        super().__init__(self.describe())
        self.session = session
        self.first_done = False
        self.label: Text | None = None  # the first write's change-set label

    def retranslate(self) -> None:
        self.setText(render(self.label, self.session.language) if self.label is not None else self.describe())

    @property
    def store(self) -> Store:
        return self.session.store

    def perform(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def _run(self, write: Callable[[], Changes]) -> None:
        try:
            changes = write()
        except StoreError as exc:
            self.setObsolete(True)
            self.session.error.emit(exc)
            return
        self.session.apply_changes(changes)

    def redo(self) -> None:
        if self.first_done:
            self.first_done = False  # the first write was done by Session.execute
            return
        self._run(self.perform)

    def undo(self) -> None:
        self._run(self.revert)


class UpdateCommand(StoreCommand):
    """Set fields of one record; undo sets the old values back (refused if changed elsewhere)."""

    def __init__(self, session: Session, text, write: Callable[..., Changes],
                 new: dict[str, Any], old: dict[str, Any]):
        super().__init__(session, text)
        self.write, self.new, self.old = write, new, old

    def perform(self) -> Changes:
        return self.write(self.new, expected=self.old)

    def revert(self) -> Changes:
        return self.write(self.old, expected=self.new)


def _trash_of(store: Store, changes: Changes) -> str:
    return history.trash_entry_of(store, changes.change_set_id)


class AddCommand(StoreCommand):
    """Add a record; undo moves it to the trash, redo restores it with the same id."""

    def __init__(self, session: Session, text, add: Callable[[], tuple[str, Changes]],
                 delete: Callable[[str], Changes]):
        super().__init__(session, text)
        self.add, self.delete = add, delete
        self.record_id: str | None = None
        self.trash_id: str | None = None

    def perform(self) -> Changes:
        if self.trash_id is None:
            self.record_id, changes = self.add()
            return changes
        changes = history.restore(self.store, self.trash_id)
        self.trash_id = None
        return changes

    def revert(self) -> Changes:
        changes = self.delete(self.record_id)
        self.trash_id = _trash_of(self.store, changes)
        return changes


class DeleteCommand(StoreCommand):
    """Delete a record into the trash; undo restores it (same id, same children)."""

    def __init__(self, session: Session, text, delete: Callable[[], Changes]):
        super().__init__(session, text)
        self.delete = delete
        self.trash_id: str | None = None

    def perform(self) -> Changes:
        changes = self.delete()
        self.trash_id = _trash_of(self.store, changes)
        return changes

    def revert(self) -> Changes:
        return history.restore(self.store, self.trash_id)


class ActionCommand(StoreCommand):
    """Any other action (restore, merge): undo reverts its whole change set, redo reverts the revert."""

    def __init__(self, session: Session, text, act: Callable[[], Changes]):
        super().__init__(session, text)
        self.act = act
        self.change_set_id: str | None = None

    def perform(self) -> Changes:
        if self.change_set_id is None:
            changes = self.act()
        else:
            changes = history.revert_change_set(self.store, self.change_set_id)
        self.change_set_id = changes.change_set_id
        return changes

    def revert(self) -> Changes:
        changes = history.revert_change_set(self.store, self.change_set_id)
        self.change_set_id = changes.change_set_id
        return changes

