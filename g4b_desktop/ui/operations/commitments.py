"""Commitments: edit fields (the table, the form), add one to a worksite, delete some."""

from __future__ import annotations

from typing import Any

from ...db import commitments
from ..shell.undo import Session
from . import done, perform


def set_fields(session: Session, commitment_id: str, values: dict[str, Any],
               seen: dict[str, Any] | None = None) -> bool:
    """Change fields of one commitment ("status change of 2.1.4-01").

    `seen`: the values the editor showed (#17). Only the fields the user changed from those are
    written, and one changed elsewhere since then is not overwritten: the data layer refuses with a
    sentence naming the current value."""
    store = session.store
    expected = None
    if seen is not None:
        values = {k: v for k, v in commitments.clean(store, values).items() if k not in seen or seen[k] != v}
        if not values:
            return True
        expected = {k: seen[k] for k in values if k in seen}
    return done(session, lambda: commitments.update(store, commitment_id, values, expected))


def add(session: Session, worksite_id: str, values: dict[str, Any]) -> str | None:
    """Add a commitment to a worksite; its id, or None if refused."""
    values = dict(values)
    title = values.pop("title", "")
    result = perform(session, lambda: commitments.add(session.store, worksite_id, title, **values))
    return result[0] if result else None


def delete(session: Session, commitment_ids: list[str]) -> bool:
    """Delete commitments into the trash, as one action."""
    return done(session, lambda: commitments.delete_many(session.store, commitment_ids))
