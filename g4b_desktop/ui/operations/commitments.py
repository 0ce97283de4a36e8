"""Commitments: edit fields (the table, the form), add one to a worksite, delete some."""

from __future__ import annotations

from typing import Any

from ...db import commitments
from ..undo import Session
from . import done, perform


def set_fields(session: Session, commitment_id: str, values: dict[str, Any]) -> bool:
    """Change fields of one commitment ("status change of 2.1.4-01")."""
    return done(session, lambda: commitments.update(session.store, commitment_id, values))


def add(session: Session, worksite_id: str, values: dict[str, Any]) -> str | None:
    """Add a commitment to a worksite; its id, or None if refused."""
    values = dict(values)
    title = values.pop("title", "")
    result = perform(session, lambda: commitments.add(session.store, worksite_id, title, **values))
    return result[0] if result else None


def delete(session: Session, commitment_ids: list[str]) -> bool:
    """Delete commitments into the trash, as one action."""
    return done(session, lambda: commitments.delete_many(session.store, commitment_ids))
