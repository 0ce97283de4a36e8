"""The trash: restore what a deletion took away."""

from __future__ import annotations

from ...db import history
from ..shell.undo import Session
from . import done


def restore(session: Session, trash_id: str) -> bool:
    return done(session, lambda: history.restore(session.store, trash_id))
