"""The window's editing actions, one function per user action, each one undoable command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..db import commitments, partners
from .undo import ActionCommand, AddCommand, Session, UpdateCommand


def set_commitment_fields(session: Session, commitment_id: str, values: dict[str, Any],
                          seen: dict[str, Any] | None = None) -> bool:
    """Change fields of one commitment as one undoable action ("Change status of 2.1.4-01").

    `seen`: the values the editor showed (reliability #17); a field changed elsewhere since then
    is not overwritten: the store refuses with a sentence naming the current value.
    """
    store = session.store
    current = store.get("commitment", commitment_id)
    values = commitments.clean(store, values)
    if seen is not None:
        current = {**current, **{k: seen[k] for k in values if k in seen}}
    new = {k: v for k, v in values.items() if current.get(k) != v}
    if not new:
        return True
    old = {k: current.get(k) for k in new}
    code = current["code"]
    label = commitments.change_label(code, next(iter(new))) if len(new) == 1 else None

    def write(values, expected=None):
        return commitments.update(store, commitment_id, values, expected=expected, label=label)

    return session.execute(UpdateCommand(session, code, write, new, old))


def add_commitment(session: Session, worksite_id: str, values: dict[str, Any]) -> str | None:
    """Add a commitment to a worksite; returns its id (None if refused)."""
    store = session.store
    values = dict(values)
    title = values.pop("title", "")
    command = AddCommand(
        session, "", lambda: commitments.add(store, worksite_id, title, **values),
        lambda record_id: commitments.delete(store, record_id))
    return command.record_id if session.execute(command) else None


def delete_commitments(session: Session, commitment_ids: list[str]) -> bool:
    """Delete commitments into the trash, as one undoable action."""
    store = session.store
    return session.execute(ActionCommand(session, "", lambda: commitments.delete_many(store, commitment_ids)))


def update_organisation(session: Session, organisation_id: str, values: dict[str, Any]) -> bool:
    store = session.store
    current = store.get("organisation", organisation_id)
    new = {k: (v or None) for k, v in values.items() if (current.get(k) or None) != (v or None)}
    if not new:
        return True
    old = {k: current.get(k) for k in new}
    text = QCoreApplication.translate("Edits", "edit of {name}").format(name=current["name"])
    return session.execute(UpdateCommand(
        session, text, lambda v, expected=None: partners.update_organisation(store, organisation_id, v, expected),
        new, old))


def update_person(session: Session, person_id: str, values: dict[str, Any]) -> bool:
    store = session.store
    current = store.get("person", person_id)
    new = {k: (v or None) for k, v in values.items() if (current.get(k) or None) != (v or None)}
    if not new:
        return True
    old = {k: current.get(k) for k in new}
    text = QCoreApplication.translate("Edits", "edit of {name}").format(name=current["full_name"])
    return session.execute(UpdateCommand(
        session, text, lambda v, expected=None: partners.update_person(store, person_id, v, expected), new, old))
