"""Meetings: plan and edit a meeting, attendance, the agenda (items, links, templates), minutes
(held, approved, re-opened), outcomes, decisions and action items.

Each user action calls the function of the same name in `db/meetings.py` (same arguments after the
store) through `perform`: one change set, one undo step. Each returns what the data layer returned
(`Changes`, or `(id, Changes)` for an addition), or None when it was refused (its sentence shown).
"""

from __future__ import annotations

from typing import Any

from ...db import meetings
from ..shell.undo import Session
from . import perform, save_form


# ---- the meeting ---------------------------------------------------------------------------------

def plan_meeting(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.plan_meeting(session.store, *args, **kwargs))


def update_meeting(session: Session, record_id: str, values: dict[str, Any], seen: dict | None = None,
                   reload=None) -> Any:
    """`seen`: what the form showed; a value changed elsewhere since is not overwritten (#17)."""
    return _update(session, "meeting", record_id, values, seen, meetings.update_meeting, reload)


def delete_meeting(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.delete_meeting(session.store, *args, **kwargs))


def cancel_meeting(session: Session, meeting_id: str) -> Any:
    """Cancel a planned meeting; its next invitation (.ics) cancels it in the invitees' calendars."""
    from ...db.invitations import cancel_meeting as cancel

    return perform(session, lambda: cancel(session.store, meeting_id))


def mark_held(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.mark_held(session.store, *args, **kwargs))


def approve_minutes(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.approve_minutes(session.store, *args, **kwargs))


def reopen_minutes(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.reopen_minutes(session.store, *args, **kwargs))

# ---- attendance ----------------------------------------------------------------------------------

def invite_committee(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.invite_committee(session.store, *args, **kwargs))


def add_attendee(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.add_attendee(session.store, *args, **kwargs))


def remove_attendee(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.remove_attendee(session.store, *args, **kwargs))


def set_attendance(session: Session, attendance_id: str, state: str, shown: str | None = None,
                   reload=None) -> Any:
    """`shown`: the state the list showed; changed elsewhere since, it is not overwritten (#17)."""
    return _update(session, "attendance", attendance_id, {"state": state},
                   None if shown is None else {"state": shown}, meetings.update_attendance, reload)

# ---- the agenda ----------------------------------------------------------------------------------

def add_agenda_item(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.add_agenda_item(session.store, *args, **kwargs))


def update_agenda_item(session: Session, record_id: str, values: dict[str, Any], seen: dict | None = None,
                       reload=None) -> Any:
    """`seen`: what the form showed; a value changed elsewhere since is not overwritten (#17)."""
    return _update(session, "agenda_item", record_id, values, seen, meetings.update_agenda_item, reload)


def delete_agenda_item(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.delete_agenda_item(session.store, *args, **kwargs))


def reorder_agenda(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.reorder_agenda(session.store, *args, **kwargs))


def link_agenda_item(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.link_agenda_item(session.store, *args, **kwargs))


def agenda_from_previous(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.agenda_from_previous(session.store, *args, **kwargs))


def agenda_from_template(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.agenda_from_template(session.store, *args, **kwargs))


def save_template(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.save_template(session.store, *args, **kwargs))


def set_carried_note(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.set_carried_note(session.store, *args, **kwargs))

# ---- outcomes and action items -------------------------------------------------------------------

def add_outcome(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.add_outcome(session.store, *args, **kwargs))


def record_decision(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.record_decision(session.store, *args, **kwargs))


def delete_outcome(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.delete_outcome(session.store, *args, **kwargs))


def add_action(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.add_action(session.store, *args, **kwargs))


def update_action(session: Session, record_id: str, values: dict[str, Any], seen: dict | None = None,
                  reload=None) -> Any:
    """`seen`: what the form showed; a value changed elsewhere since is not overwritten (#17)."""
    return _update(session, "meeting_action", record_id, values, seen, meetings.update_action, reload)


def delete_action(session: Session, *args, **kwargs) -> Any:
    return perform(session, lambda: meetings.delete_action(session.store, *args, **kwargs))


def _update(session: Session, table: str, record_id: str, values: dict, seen: dict | None, update, reload) -> Any:
    if seen is None:
        return perform(session, lambda: update(session.store, record_id, values))
    return save_form(session, table, record_id, values, seen,
                     lambda changed, expected: update(session.store, record_id, changed, expected), reload) or None
