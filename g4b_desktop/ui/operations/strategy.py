"""The strategy itself: an objective's or worksite's texts, strategy revisions (apply, draft)."""

from __future__ import annotations

from typing import Any

from ...db import revisions, strategy_edits
from ..shell.undo import Session
from . import done, save_form


def update_record(session: Session, table: str, record_id: str, values: dict[str, Any],
                  seen: dict[str, Any] | None = None, reload=None) -> bool:
    """Edit an objective's or a worksite's fields (`seen`: what the form showed: a value changed
    elsewhere since is not overwritten, #17)."""
    update = strategy_edits.update_objective if table == "objective" else strategy_edits.update_worksite
    if seen is None:
        return done(session, lambda: update(session.store, record_id, values))
    return save_form(session, table, record_id, values, seen,
                     lambda changed, expected: update(session.store, record_id, changed, expected), reload)


def load_texts(session: Session, plan, origin: str) -> bool:
    """Load a strategy-texts workbook (official or corrected French texts) as one action."""
    from ...exchange import strategy_texts_workbook as workbook

    return done(session, lambda: workbook.apply(session.store, plan, origin))


def apply_revision(session: Session, name: str, date: str, plan, draft_id: str | None = None) -> bool:
    if draft_id:
        return done(session, lambda: revisions.apply_draft(session.store, draft_id))
    return done(session, lambda: revisions.apply_revision(session.store, name, date, plan))


def save_draft(session: Session, name: str, date: str, plan) -> bool:
    return done(session, lambda: revisions.save_draft(session.store, name, date, plan)[1])
