"""Calling off a planned meeting (issue 18): its next .ics cancels the event in the invitees' calendars.

`cancel_meeting(store, meeting_id)` is one user action (undo puts the meeting back on); the
schema's trigger (step 0030) raises the meeting's `invitation_sequence`, so the cancellation
outranks every invitation already sent. Only a planned meeting can be cancelled: a meeting that
was held has minutes.
"""

from __future__ import annotations

from ..texts import t
from .errors import StoreError
from .meetings import meeting_label, require_editable
from .store import Changes, Store


def is_cancelled(store: Store, meeting_id: str) -> bool:
    return store.scalar("SELECT cancelled_at IS NOT NULL FROM meeting WHERE id = ?", [meeting_id]) == 1


def cancel_meeting(store: Store, meeting_id: str) -> Changes:
    """Call off a planned meeting (kept, marked cancelled, its invitation becomes a cancellation)."""
    require_editable(store, meeting_id)
    label = meeting_label(store, meeting_id)
    row = store.get("meeting", meeting_id)
    if row["state"] != "planned":
        raise StoreError(t("The {meeting} was held; only a planned meeting can be cancelled.", meeting=label))
    if row["cancelled_at"]:
        raise StoreError(t("The {meeting} is cancelled already.", meeting=label))
    with store.action(t("Cancel the {meeting}", meeting=label), context=("meeting", meeting_id)) as act:
        act.update("meeting", meeting_id, {"cancelled_at": act.at})
    return act.changes
