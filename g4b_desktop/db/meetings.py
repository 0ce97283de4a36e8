"""Steering-committee meetings: agenda, attendance, minutes, decisions and actions (no Qt).

Building blocks that work inside someone else's action (imports create meetings and actions in
their own transaction); each checks its values and refuses to touch approved minutes:

    with store.action("Import action list", source=path) as act:
        meeting_id = meetings.find_meeting(store, objective_id, "2027-03-12")
        meeting_id = meeting_id["id"] if meeting_id else meetings.insert_meeting(
            act, objective_id, "2027-03-12", state="held")      # also: start_time, end_time, title,
                                                               # place, online_link, kind, notes
        meetings.insert_action(act, meeting_id, "Send the figures", owner_organisation_id=org_id,
                               owner_person_id=None, owner_name=None, due_date="2027-04-01",
                               state="open", commitment_id=None)   # -> id
    # also: insert_attendance, insert_agenda_item, insert_outcome, carry_over_open_actions

One function per user action (each one transaction, returning `Changes`): `plan_meeting`,
`update_meeting`, `invite_committee`, `add_attendee`, `set_attendance`, `mark_held`,
`approve_minutes`, `reopen_minutes`, `add_agenda_item`, `update_agenda_item`, `reorder_agenda`,
`move_agenda_item`, `agenda_from_previous`, `agenda_from_template`, `save_template`,
`add_outcome`, `add_action`, `update_action`, `apply_decision` ...

Rules: approved minutes are locked (`MinutesLocked`); re-opening is its own logged action. The
follow-up of an action (state, closed_on, notes) stays editable after approval: that is the point
of following actions. Open actions of earlier meetings of the same committee come onto a new
meeting's agenda by themselves (a "follow-up of actions" item), and an open action added to a
meeting also comes onto the agenda of the committee's later planned meetings.

A decision changes a commitment through the normal edit path in an action with context
("outcome", decision_id): the commitment's history shows "Changed by the decision of the meeting
of 12/03/2027", `decision_changes` lists what a decision changed.

Reading (in `meetings_read`, re-exported here) for other features: `meetings_held_since`, `decisions_since`,
`open_actions` (with `overdue`), `list_meetings`, `meeting_page`.

Where the writes are: this module holds the meetings themselves (plan, edit, delete, held, approve
and re-open the minutes) and their attendance; the agenda, its templates and the carried-over
actions are in `meetings_agenda.py`; outcomes, action items and decisions in `meetings_outcomes.py`;
the checks and the lock on approved minutes that all of them share in `meetings_rules.py`. Every
public name of those modules is re-exported here, so `meetings.add_agenda_item(...)` keeps working;
reading is in `meetings_read.py`.
"""

from __future__ import annotations

from typing import Any

from ..texts import Text, t
from . import validation as check
from .errors import NotFound, ValidationError
from .enums import ATTENDANCE_STATE, MEETING_STATE
from .store import Action, Changes, Store
from .meetings_read import (  # noqa: F401  (the reading half, re-exported: meetings.open_actions(...))
    ACTION_SELECT, CONTEXT_LABELS, MEETING_SELECT, actions_of_meeting, agenda, attendance, committee_people,
    decision_changes, objective_commitments,
    decisions_for_commitment, decisions_since, describe_context, display_date, get_meeting, list_meetings,
    meeting_page, meetings_held_since, open_actions, previous_meeting, resolve_meeting, template_items, templates,
    today_iso,
)
from .meetings_rules import (  # noqa: F401  (the checks and the lock, re-exported: meetings.MinutesLocked)
    ACTION_FIELDS, AGENDA_FIELDS, ATTENDANCE_FIELDS, FOLLOW_UP_FIELDS, MEETING_FIELDS, MinutesLocked,
    check_reference, clean_meeting, is_locked, meeting_label, meeting_of, meeting_text, require_editable,
)
from .meetings_agenda import (  # noqa: F401  (the agenda, re-exported: meetings.add_agenda_item(...))
    ACTION_REVIEW_TITLE, add_agenda_item, agenda_from_previous, agenda_from_template, carry_over_open_actions,
    copy_items, delete_agenda_item, delete_template, insert_agenda_item, link_agenda_item, move_agenda_item,
    reorder_agenda, save_template, unlink_agenda_item, update_agenda_item,
)
from .meetings_outcomes import (  # noqa: F401  (outcomes and actions, re-exported: meetings.add_action(...))
    add_action, add_outcome, apply_decision, decision_label, delete_action, delete_outcome, insert_action,
    insert_outcome, record_decision, set_carried_note, update_action, update_outcome,
)


# ---- building blocks inside an action ------------------------------------------------------------


def insert_meeting(act: Action, objective_id: str, date, *, state: str = "planned",
                   carry_over: bool | None = None, lang: str = "nl", **fields) -> str:
    """Add a meeting of an objective's committee; open actions of earlier meetings come onto the agenda
    of a planned one (`carry_over` None: only when planned; a past meeting brought from a list keeps
    the agenda it had)."""
    store = act.store
    if not check_reference(store, "objective", "objective_id", objective_id):
        raise ValidationError("objective_id", t("objective: a meeting belongs to an objective."))
    values = clean_meeting(store, {"date": date, **fields})
    values.setdefault("kind", "committee")
    if values.get("start_time") and values.get("end_time") and values["end_time"] < values["start_time"]:
        raise ValidationError("end_time", t("end time: the meeting cannot end before it starts."))
    check.enum_key("state", state, MEETING_STATE)
    if state == "approved":
        raise ValidationError("state", t("state: a meeting is approved through approve_minutes, not created so."))
    meeting_id = act.insert("meeting", {"objective_id": objective_id, "state": state, **values})
    if carry_over or (carry_over is None and state == "planned"):
        carry_over_open_actions(act, meeting_id, lang=lang)
    return meeting_id


def find_meeting(store: Store, objective_id: str, date) -> dict | None:
    """The (first) meeting of an objective's committee on a date, or None."""
    iso = check.iso_date("date", date)
    rows = store.rows("SELECT * FROM meeting WHERE objective_id = ? AND date = ? ORDER BY start_time, created_at "
                      "LIMIT 1", [objective_id, iso])
    return rows[0] if rows else None


def insert_attendance(act: Action, meeting_id: str, name: str | None = None, organisation_id: str | None = None,
                      person_id: str | None = None, email: str | None = None, state: str = "invited") -> str:
    """Add an invitee: an organisation, a person or a guest (name only)."""
    store = act.store
    require_editable(store, meeting_id)
    organisation_id = check_reference(store, "organisation", "organisation_id", organisation_id)
    person_id = check_reference(store, "person", "person_id", person_id)
    email = check.email("email", email)  # one typed here is checked; a contact's own was checked when stored
    if not name:
        if person_id:
            row = store.get("person", person_id)
            name, email = row["full_name"], email or row["email"]
        elif organisation_id:
            row = store.get("organisation", organisation_id)
            name, email = row["name"], email or row["email"]
    name = check.required_text("name", name)
    check.enum_key("state", state, ATTENDANCE_STATE)
    position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM attendance WHERE meeting_id = ?",
                            [meeting_id])
    return act.insert("attendance", {
        "meeting_id": meeting_id, "organisation_id": organisation_id, "person_id": person_id,
        "name": name, "email": check.optional_text(email), "state": state, "position": position})


# ---- user actions --------------------------------------------------------------------------------


def plan_meeting(store: Store, objective_id: str, date, *, agenda_from: str | None = None,
                 template_id: str | None = None, invite: bool = False, lang: str = "nl",
                 **fields) -> tuple[str, Changes]:
    """Plan a meeting; its agenda starts with the open actions, then the previous meeting's agenda
    (`agenda_from="previous"`) or a saved template (`template_id`); `invite` invites the committee."""
    code = store.scalar("SELECT code FROM objective WHERE id = ?", [objective_id])
    if code is None:
        raise NotFound(t("No objective with id {id}.", id=objective_id))
    with store.action(t("Plan {meeting}", meeting=meeting_text(check.iso_date("date", date), code)),
                      context=("objective", objective_id)) as act:
        meeting_id = insert_meeting(act, objective_id, date, lang=lang, **fields)
        if template_id:
            copy_items(act, meeting_id, template_items(store, template_id))
        elif agenda_from == "previous":
            previous = previous_meeting(store, meeting_id)
            if previous:
                copy_items(act, meeting_id, [i for i in agenda(store, previous["id"]) if not i["is_action_review"]])
        if invite:
            insert_committee(act, meeting_id)
    return meeting_id, act.changes


def update_meeting(store: Store, meeting_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    require_editable(store, meeting_id)
    fields = clean_meeting(store, values)
    row = {**store.get("meeting", meeting_id), **fields}
    if row["start_time"] and row["end_time"] and row["end_time"] < row["start_time"]:
        raise ValidationError("end_time", t("end time: the meeting cannot end before it starts."))
    with store.action(t("Edit {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        act.update("meeting", meeting_id, fields, expected)
    return act.changes


def delete_meeting(store: Store, meeting_id: str) -> Changes:
    require_editable(store, meeting_id)
    label = meeting_label(store, meeting_id)
    with store.action(t("Delete {meeting}", meeting=label)) as act:
        act.delete("meeting", meeting_id, label=label)
    return act.changes


def _set_state(store: Store, meeting_id: str, state: str, label: Text, extra: dict | None = None) -> Changes:
    with store.action(label, context=("meeting", meeting_id)) as act:
        act.update("meeting", meeting_id, {"state": state, **(extra or {})})
    return act.changes


def mark_held(store: Store, meeting_id: str) -> Changes:
    """The meeting took place; invitees still 'invited' stay so until the secretary records them."""
    require_editable(store, meeting_id)
    return _set_state(store, meeting_id, "held", t("Held: {meeting}", meeting=meeting_label(store, meeting_id)))


def mark_planned(store: Store, meeting_id: str) -> Changes:
    require_editable(store, meeting_id)
    return _set_state(store, meeting_id, "planned",
                      t("Back to planned: {meeting}", meeting=meeting_label(store, meeting_id)))


def approve_minutes(store: Store, meeting_id: str, on=None) -> Changes:
    """Approve the minutes: from now on the meeting is locked (date and approver recorded)."""
    state = store.scalar("SELECT state FROM meeting WHERE id = ?", [meeting_id])
    if state is None:
        raise NotFound(t("No meeting with id {id}.", id=meeting_id))
    if state == "approved":
        raise MinutesLocked(t("The minutes of the {meeting} are approved already.",
                              meeting=meeting_label(store, meeting_id)))
    if state != "held":
        raise ValidationError("state", t("The {meeting} has not been held yet; mark it held before approving its "
                                         "minutes.", meeting=meeting_label(store, meeting_id)))
    return _set_state(store, meeting_id, "approved",
                      t("Approve minutes of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      {"approved_at": check.iso_date("approved_at", on) or today_iso(), "approved_by": store.author})


def reopen_minutes(store: Store, meeting_id: str, reason: str) -> Changes:
    """Re-open approved minutes (an explicit, logged act with its reason)."""
    reason = check.required_text("reason", reason)
    if not is_locked(store, meeting_id):
        raise ValidationError("state", t("The minutes of the {meeting} are not approved.",
                                         meeting=meeting_label(store, meeting_id)))
    with store.action(t("Re-open minutes of the {meeting}: {reason}", meeting=meeting_label(store, meeting_id),
                        reason=reason),
                      context=("meeting", meeting_id)) as act:
        act.update("meeting", meeting_id, {"state": "held", "approved_at": None, "approved_by": None})
    return act.changes


# ---- attendance ----------------------------------------------------------------------------------


def invite_committee(store: Store, meeting_id: str) -> Changes:
    """Invite the steering-committee members of the meeting's objective not invited yet."""
    require_editable(store, meeting_id)
    with store.action(t("Invite the committee to the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        insert_committee(act, meeting_id)
    return act.changes


def insert_committee(act: Action, meeting_id: str) -> list[str]:
    """Invite the committee members not invited yet, inside an action; returns the new attendance ids.

    People are invited: the contacts with a committee membership, each with their organisation. A member
    organisation none of whose contacts is a member is invited as the organisation (the fallback)."""
    store = act.store
    require_editable(store, meeting_id)
    members = store.rows(
        "SELECT ms.organisation_id, ms.person_id, p.organisation_id AS person_organisation_id "
        "FROM membership ms JOIN meeting m ON m.objective_id = ms.objective_id "
        "LEFT JOIN organisation o ON o.id = ms.organisation_id LEFT JOIN person p ON p.id = ms.person_id "
        "WHERE m.id = ? AND ms.role = 'committee_member' "
        "ORDER BY ms.position, coalesce(o.name, p.full_name) COLLATE NOCASE", [meeting_id])
    people = {}  # organisation id -> its contacts that are members, in order
    for member in members:
        if member["person_id"]:
            people.setdefault(member["person_organisation_id"], []).append(member["person_id"])
    wanted = []
    for member in members:
        if member["organisation_id"]:
            wanted += [(member["organisation_id"], p) for p in people.pop(member["organisation_id"], [])] or [
                (member["organisation_id"], None)]
    wanted += [(organisation_id, p) for organisation_id, ids in people.items() for p in ids]
    present = {(r["organisation_id"], r["person_id"]) for r in store.rows(
        "SELECT organisation_id, person_id FROM attendance WHERE meeting_id = ?", [meeting_id])}
    invited_people = {person_id for _, person_id in present if person_id}
    added = []
    for key in dict.fromkeys(wanted):
        if key not in present and key[1] not in invited_people:
            present.add(key)
            added.append(insert_attendance(act, meeting_id, organisation_id=key[0], person_id=key[1]))
    return added


def add_attendee(store: Store, meeting_id: str, name: str | None = None, organisation_id: str | None = None,
                 person_id: str | None = None, email: str | None = None, state: str = "invited"
                 ) -> tuple[str, Changes]:
    with store.action(t("Invite to the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        attendance_id = insert_attendance(act, meeting_id, name, organisation_id, person_id, email, state)
    return attendance_id, act.changes


def update_attendance(store: Store, attendance_id: str, values: dict[str, Any],
                      expected: dict[str, Any] | None = None) -> Changes:
    """`expected`: the values the window showed (#17): one changed elsewhere since is not overwritten."""
    meeting_id = meeting_of(store, "attendance", attendance_id)
    require_editable(store, meeting_id)
    unknown = set(values) - set(ATTENDANCE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown attendance field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    fields = dict(values)
    if "state" in fields:
        check.enum_key("state", fields["state"], ATTENDANCE_STATE)
    if "name" in fields:
        fields["name"] = check.required_text("name", fields["name"])
    if "email" in fields:
        fields["email"] = check.email("email", fields["email"])
    with store.action(t("Attendance at the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        act.update("attendance", attendance_id, fields, expected)
    return act.changes


def set_attendance(store: Store, attendance_id: str, state: str) -> Changes:
    return update_attendance(store, attendance_id, {"state": state})


def remove_attendee(store: Store, attendance_id: str) -> Changes:
    meeting_id = meeting_of(store, "attendance", attendance_id)
    require_editable(store, meeting_id)
    name = store.get("attendance", attendance_id)["name"]
    with store.action(t("Remove {name} from the {meeting}", name=name, meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        act.delete("attendance", attendance_id, label=name)
    return act.changes
