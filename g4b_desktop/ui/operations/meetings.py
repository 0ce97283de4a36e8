"""Meetings: every write of the meetings screens (plan, edit, attendance, agenda, minutes, outcomes,
actions) goes through `act`: one data-layer call of `db/meetings.py`, one undoable change set."""

from __future__ import annotations

from typing import Any, Callable

from ..undo import Session
from . import perform


def act(session: Session, write: Callable[[], Any]) -> Any:
    """Do one meetings action (`write` calls `db.meetings`); what it returned, or None if refused."""
    return perform(session, write)
