"""Every user action of the window, one short function each, one module per feature:
`commitments`, `partners`, `indicators`, `meetings`, `summit`, `exchange`, `trash`, `strategy`.

An action calls the data layer (one `store.action`, one change set) through `perform`, which puts
that change set on the undo stack as one `ChangeSetCommand` and tells every view on the one change
bus (`Session.changed`). There is no other way for the window to write. The command's label is the
change set's own label (a `texts.Text`), shown in the current language, so a language switch also
changes the Undo/Redo texts. Undo reverts the change set (refused, with a sentence, when a record
was changed again meanwhile); redo reverts that revert.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from ...db import history
from ...db.errors import StoreError
from ...db.store import Changes
from ...texts import render
from ..undo import Session


class ChangeSetCommand(QUndoCommand):
    """One user action on the undo stack: the change set it wrote."""

    def __init__(self, session: Session, changes: Changes):
        super().__init__()
        self.session = session
        self.label = changes.label
        self.change_set_id = changes.change_set_id  # the change set whose effect the file holds now
        self.written = True  # the action's own write is done: the stack's first redo() does nothing
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(render(self.label, self.session.language))

    def redo(self) -> None:
        if self.written:
            self.written = False
            return
        self._revert()

    def undo(self) -> None:
        self._revert()

    def _revert(self) -> None:
        try:
            changes = history.revert_change_set(self.session.store, self.change_set_id, strict=True)
        except StoreError as exc:
            self.setObsolete(True)
            self.session.error.emit(exc)
            return
        self.change_set_id = changes.change_set_id
        self.session.apply_changes(changes)


def perform(session: Session, write: Callable[[], Any]) -> Any:
    """Do one user action: `write()` returns `Changes` or `(value, Changes)`; returns that, or None when
    the data layer refused it (its sentence is shown). An action that changed nothing is not stacked."""
    try:
        result = write()
    except StoreError as exc:
        session.error.emit(exc)
        return None
    changes = result[1] if isinstance(result, tuple) else result
    if changes:
        session.undo_stack.push(ChangeSetCommand(session, changes))
        session.apply_changes(changes)
    return result


def done(session: Session, write: Callable[[], Any]) -> bool:
    """`perform`, answering only whether the action was done."""
    return perform(session, write) is not None
