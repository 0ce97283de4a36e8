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
from ...db.errors import ConflictError, StoreError
from ...db.store import Changes
from ...texts import render
from ..shell.undo import Session
from .conflicts import conflict_sentence


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
    record(session, result[1] if isinstance(result, tuple) else result)
    return result


def save_form(session: Session, table: str, record_id: str, values: dict[str, Any], seen: dict[str, Any],
              update: Callable[[dict, dict], Any], reload: Callable[[], None] | None = None) -> bool:
    """Save what a form of one record shows, never over a newer value (#17, lost updates).

    Only the fields the user changed from `seen` (what the form showed when it was filled) are
    written, by `update(values, expected)` (the data layer's update, one action), each expected to hold
    still what the form showed. When one was changed elsewhere meanwhile (another program, a command),
    nothing is written: every view is told the record changed, so the form shows the current values
    (`reload()` for a form that would keep typed text over a refresh), and the sentence names the
    field, its current value and the value typed, then any other typed value that was not saved."""
    changed = {k: v for k, v in values.items() if k not in seen or not _same(v, seen[k])}
    if not changed:
        return True
    try:
        result = update(changed, {k: seen[k] for k in changed if k in seen})
    except ConflictError as exc:
        session.apply_changes(Changes(label="outside", updated={table: {record_id}}))
        if reload is not None:
            reload()
        session.error.emit(conflict_sentence(exc, changed, session.language))
        return False
    except StoreError as exc:
        session.error.emit(exc)
        return False
    record(session, result[1] if isinstance(result, tuple) else result)
    return True


def _same(typed: Any, seen: Any) -> bool:
    """A form's value against the stored one: an empty text is no value."""
    return (None if typed == "" else typed) == (None if seen == "" else seen)


def record(session: Session, changes: Changes | None, refresh: bool = True) -> None:
    """Put an action already written (by `perform`, or by a job on a worker thread) on the undo stack
    as one step and tell the views (`refresh=False`: the caller tells them once for several)."""
    if not changes:
        return
    session.undo_stack.push(ChangeSetCommand(session, changes))
    if refresh:
        session.apply_changes(changes)


def perform_in_background(window, title: str, act: Callable, on_done: Callable[[Any], None] | None = None):
    """A long user action on a worker thread (#19): `act(store, progress, cancelled) -> (result, Changes)`
    runs on its own connection to the window's database (SQLite connections belong to their thread)
    while the window keeps answering, with delayed progress and Cancel (`ui/jobs.py`); back on the
    window's thread it goes on the undo stack as one step and the views refresh from its `Changes`.

    An action cancelled before it wrote (it raised `Cancelled`) says so in the status bar;
    `on_done(result)` is called after a successful write only. Returns the `Job`."""
    from ...db.errors import Cancelled
    from ...db.store import Store
    from ...texts import message

    path, author, readonly = window.store.path, window.store.author, window.store.readonly

    def work(progress, cancelled):
        store = Store.open(path, author=author, readonly=readonly)   # a read-only window writes nothing
        try:
            return act(store, progress, cancelled)
        except Cancelled as exc:
            return exc
        finally:
            store.close()

    def done(outcome) -> None:
        if isinstance(outcome, Cancelled):
            window.statusBar().showMessage(message(outcome, window.language), 10000)
            return
        result, changes = outcome
        record(window.session, changes)
        if on_done is not None:
            on_done(result)

    return window.run_job(title, work, done)


def done(session: Session, write: Callable[[], Any]) -> bool:
    """`perform`, answering only whether the action was done."""
    return perform(session, write) is not None
