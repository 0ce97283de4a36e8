"""The window's editing actions, one function per user action, each one undoable command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..db import commitments, partners
from .undo import AddCommand, DeleteCommand, Session, UpdateCommand


def field_names() -> dict[str, str]:
    """Commitment field names as they appear in undo labels (lower case inside a sentence)."""
    return {
        "title": QCoreApplication.translate("Edits", "title"),
        "description": QCoreApplication.translate("Edits", "description"),
        "status": QCoreApplication.translate("Edits", "status"),
        "progress": QCoreApplication.translate("Edits", "progress"),
        "health": QCoreApplication.translate("Edits", "health"),
        "lead_organisation_id": QCoreApplication.translate("Edits", "lead organisation"),
        "due_date": QCoreApplication.translate("Edits", "due date"),
        "notes": QCoreApplication.translate("Edits", "notes"),
        "title_alt": QCoreApplication.translate("Edits", "title in the other language"),
        "title_alt_lang": QCoreApplication.translate("Edits", "title in the other language"),
    }


def set_commitment_fields(session: Session, commitment_id: str, values: dict[str, Any]) -> bool:
    """Change fields of one commitment as one undoable action ("status change of 2.1.4-01")."""
    store = session.store
    current = store.get("commitment", commitment_id)
    values = commitments.clean(store, values)
    new = {k: v for k, v in values.items() if current.get(k) != v}
    if not new:
        return True
    old = {k: current.get(k) for k in new}
    field, code = next(iter(new)), current["code"]

    def text() -> str:  # a function, so the undo label follows a change of language
        if len(new) == 1:
            return QCoreApplication.translate("Edits", "{field} change of {code}").format(
                field=field_names().get(field, field), code=code)
        return QCoreApplication.translate("Edits", "edit of {code}").format(code=code)

    def write(values, expected=None):
        return commitments.update(store, commitment_id, values, expected=expected)

    return session.execute(UpdateCommand(session, text, write, new, old))


def add_commitment(session: Session, worksite_id: str, values: dict[str, Any]) -> str | None:
    """Add a commitment to a worksite; returns its id (None if refused)."""
    store = session.store
    worksite_code = store.get("worksite", worksite_id)["code"]
    values = dict(values)
    title = values.pop("title", "")
    command = AddCommand(
        session, lambda: QCoreApplication.translate("Edits", "new commitment in {code}").format(code=worksite_code),
        lambda: commitments.add(store, worksite_id, title, **values),
        lambda record_id: commitments.delete(store, record_id))
    return command.record_id if session.execute(command) else None


def delete_commitments(session: Session, commitment_ids: list[str]) -> bool:
    """Delete commitments into the trash, as one undoable action."""
    store = session.store
    codes = [store.get("commitment", cid)["code"] for cid in commitment_ids]
    if len(codes) == 1:
        text = QCoreApplication.translate("Edits", "deletion of {code}").format(code=codes[0])
    else:
        text = QCoreApplication.translate("Edits", "deletion of {n} commitments").format(n=len(codes))
    stack = session.undo_stack
    stack.beginMacro(text)
    ok = True
    try:
        for commitment_id in commitment_ids:
            ok = session.execute(DeleteCommand(session, lambda: text, lambda cid=commitment_id: commitments.delete(store, cid)))
            if not ok:
                break
    finally:
        stack.endMacro()
    return ok


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
