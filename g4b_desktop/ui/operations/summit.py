"""The Social Summit: add a summit, choose its priority worksites, write a priority's expected result,
statement and verdict, close and reopen it. Each calls `db/summits.py` as one undoable action."""

from __future__ import annotations

from typing import Any

from ...db import summits
from ..shell.undo import Session
from . import done, save_form


def add_summit(session: Session, year: int, date: str | None) -> bool:
    return done(session, lambda: summits.create(session.store, year, date)[1])


def add_priority(session: Session, summit_id: str, worksite_id: str) -> bool:
    return done(session, lambda: summits.add_priority(session.store, summit_id, worksite_id)[1])


def remove_priority(session: Session, priority_id: str) -> bool:
    return done(session, lambda: summits.remove_priority(session.store, priority_id))


def update_priority(session: Session, priority_id: str, values: dict[str, Any], seen: dict | None = None,
                    reload=None) -> bool:
    """Save a priority's expected result, statement and verdict (`seen`: what the form showed, #17)."""
    if seen is None:
        return done(session, lambda: summits.update_priority(session.store, priority_id, values))
    return save_form(session, "summit_priority", priority_id, values, seen,
                     lambda changed, expected: summits.update_priority(session.store, priority_id, changed, expected),
                     reload)


def close(session: Session, summit_id: str) -> bool:
    return done(session, lambda: summits.close(session.store, summit_id))


def reopen(session: Session, summit_id: str) -> bool:
    return done(session, lambda: summits.reopen(session.store, summit_id))
