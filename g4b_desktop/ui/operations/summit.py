"""The Social Summit: summits, their priority worksites, statements and verdicts, closing."""

from __future__ import annotations

from typing import Any, Callable

from ...db import summits
from ..undo import Session
from . import done


def act(session: Session, write: Callable[[], Any]) -> bool:
    """Do one summit action (`write` calls `db.summits`)."""
    return done(session, write)


def add_summit(session: Session, year: int, date: str | None) -> bool:
    return done(session, lambda: summits.create(session.store, year, date)[1])


def add_priority(session: Session, summit_id: str, worksite_id: str) -> bool:
    return done(session, lambda: summits.add_priority(session.store, summit_id, worksite_id)[1])


def remove_priority(session: Session, priority_id: str) -> bool:
    return done(session, lambda: summits.remove_priority(session.store, priority_id))
