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

Size (about 810 lines): every write of the meetings feature (meeting, attendance, agenda,
minutes, outcomes, actions) checks the same lock (approved minutes) and labels; reading is in
`meetings_read.py`. A candidate for a split into meetings and agenda/outcomes.
"""

from __future__ import annotations

from typing import Any

from ..texts import Text, Words, t, term
from . import commitments
from . import validation as check
from .errors import NotFound, StoreError, ValidationError
from .enums import ACTION_STATE, ATTENDANCE_STATE, MEETING_KIND, MEETING_STATE, OUTCOME_KIND
from .store import Action, Changes, Store, new_id
from .meetings_read import (  # noqa: F401  (the reading half, re-exported: meetings.open_actions(...))
    ACTION_SELECT, CONTEXT_LABELS, MEETING_SELECT, actions_of_meeting, agenda, attendance, committee_people,
    decision_changes, objective_commitments,
    decisions_for_commitment, decisions_since, describe_context, display_date, get_meeting, list_meetings,
    meeting_page, meetings_held_since, open_actions, previous_meeting, resolve_meeting, template_items, templates,
    today_iso,
)

MEETING_FIELDS = ("date", "start_time", "end_time", "title", "place", "online_link", "kind", "notes",
                  "organiser_name", "organiser_email")
AGENDA_FIELDS = ("title", "presenter", "duration_minutes", "minutes", "confidential")
ACTION_FIELDS = ("what", "owner_organisation_id", "owner_person_id", "owner_name", "due_date", "state",
                 "closed_on", "commitment_id", "notes")
FOLLOW_UP_FIELDS = {"state", "closed_on", "notes"}
ATTENDANCE_FIELDS = ("name", "email", "state")

ACTION_REVIEW_TITLE = {
    "nl": "Opvolging van de actiepunten",
    "fr": "Suivi des points d'action",
    "en": "Follow-up of the action items",
}


class MinutesLocked(StoreError):
    """The meeting's minutes are approved: nothing of it may change until they are re-opened."""


# ---- checks --------------------------------------------------------------------------------------


def _time(field: str, value) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().replace("h", ":").replace(".", ":")
    parts = text.split(":")
    try:
        hours, minutes = int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1] else 0
    except ValueError:
        raise ValidationError(field, t("{field}: '{value}' is not a time (HH:MM).", field=term("FIELD", field),
                                       value=value)) from None
    if not (0 <= hours < 24 and 0 <= minutes < 60) or len(parts) > 3:
        raise ValidationError(field, t("{field}: '{value}' is not a time (HH:MM).", field=term("FIELD", field),
                                       value=value))
    return f"{hours:02d}:{minutes:02d}"


def _ref(store: Store, table: str, field: str, value) -> str | None:
    if value in (None, ""):
        return None
    if not store.exists(table, value):
        raise ValidationError(field, t("{field}: no {table} with id {id}.", field=term("FIELD", field),
                                       table=term("TABLE", table), id=value))
    return value


def _clean_meeting(store: Store, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(MEETING_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown meeting field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    result = dict(values)
    if "date" in result:
        result["date"] = check.iso_date("date", result["date"])
        if result["date"] is None:
            raise ValidationError("date", t("date: a meeting needs a date."))
    for name in ("start_time", "end_time"):
        if name in result:
            result[name] = _time(name, result[name])
    for name in ("title", "place", "online_link", "notes", "organiser_name"):
        if name in result:
            result[name] = check.optional_text(result[name])
    if "organiser_email" in result:
        result["organiser_email"] = check.email("organiser_email", result["organiser_email"])
    if "kind" in result:
        result["kind"] = check.enum_key("kind", result["kind"], MEETING_KIND)
    return result


def _clean_action(store: Store, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(ACTION_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown action field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    result = dict(values)
    if "what" in result:
        result["what"] = check.required_text("what", result["what"])
    for name in ("owner_name", "notes"):
        if name in result:
            result[name] = check.optional_text(result[name])
    for name in ("due_date", "closed_on"):
        if name in result:
            result[name] = check.iso_date(name, result[name])
    if "state" in result:
        result["state"] = check.enum_key("state", result["state"], ACTION_STATE)
    for name, table in (("owner_organisation_id", "organisation"), ("owner_person_id", "person"),
                        ("commitment_id", "commitment")):
        if name in result:
            result[name] = _ref(store, table, name, result[name])
    return result


def _clean_agenda(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(AGENDA_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown agenda field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    result = dict(values)
    if "title" in result:
        result["title"] = check.required_text("title", result["title"])
    for name in ("presenter", "minutes"):
        if name in result:
            result[name] = check.optional_text(result[name])
    if "duration_minutes" in result:
        value = result["duration_minutes"]
        if value in (None, ""):
            result["duration_minutes"] = None
        else:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                raise ValidationError("duration_minutes",
                                      t("duration: '{value}' is not a number of minutes.", value=value)) from None
            if not 0 <= minutes <= 1440:
                raise ValidationError("duration_minutes", t("duration: {value} minutes is out of range.",
                                                            value=value))
            result["duration_minutes"] = minutes
    if "confidential" in result:
        result["confidential"] = 1 if result["confidential"] else 0
    return result


def meeting_label(store: Store, meeting_id: str) -> Text:
    """'meeting of 12/03/2027 (objective 1.2)' as a Text, used (nested) in action labels and messages."""
    row = store.rows("SELECT m.date, o.code FROM meeting m JOIN objective o ON o.id = m.objective_id "
                     "WHERE m.id = ?", [meeting_id])
    if not row:
        raise NotFound(t("No meeting with id {id}.", id=meeting_id))
    return _meeting_text(row[0]["date"], row[0]["code"])


def _meeting_text(iso_date: str | None, code: str) -> Text:
    return t("meeting of {date} (objective {code})", date=display_date(iso_date), code=code)


def is_locked(store: Store, meeting_id: str) -> bool:
    return store.scalar("SELECT state FROM meeting WHERE id = ?", [meeting_id]) == "approved"


def require_editable(store: Store, meeting_id: str) -> None:
    """Raise `MinutesLocked` if the meeting's minutes are approved."""
    state = store.scalar("SELECT state FROM meeting WHERE id = ?", [meeting_id])
    if state is None:
        raise NotFound(t("No meeting with id {id}.", id=meeting_id))
    if state == "approved":
        raise MinutesLocked(t("The minutes of the {meeting} are approved and locked; re-open them to change "
                              "anything.", meeting=meeting_label(store, meeting_id)))


def _meeting_of(store: Store, table: str, record_id: str) -> str:
    sql = {
        "attendance": "SELECT meeting_id FROM attendance WHERE id = ?",
        "agenda_item": "SELECT meeting_id FROM agenda_item WHERE id = ?",
        "meeting_action": "SELECT meeting_id FROM meeting_action WHERE id = ?",
        "outcome": "SELECT a.meeting_id FROM outcome o JOIN agenda_item a ON a.id = o.agenda_item_id "
                   "WHERE o.id = ?",
        "agenda_link": "SELECT a.meeting_id FROM agenda_link l JOIN agenda_item a ON a.id = l.agenda_item_id "
                       "WHERE l.id = ?",
        "agenda_item_action": "SELECT a.meeting_id FROM agenda_item_action x "
                              "JOIN agenda_item a ON a.id = x.agenda_item_id WHERE x.id = ?",
    }[table]
    meeting_id = store.scalar(sql, [record_id])
    if meeting_id is None:
        raise NotFound(t("No {table} with id {id}.", table=term("TABLE", table), id=record_id))
    return meeting_id


# ---- building blocks inside an action ------------------------------------------------------------


def insert_meeting(act: Action, objective_id: str, date, *, state: str = "planned",
                   carry_over: bool | None = None, lang: str = "nl", **fields) -> str:
    """Add a meeting of an objective's committee; open actions of earlier meetings come onto the agenda
    of a planned one (`carry_over` None: only when planned; a past meeting brought from a list keeps
    the agenda it had)."""
    store = act.store
    if not _ref(store, "objective", "objective_id", objective_id):
        raise ValidationError("objective_id", t("objective: a meeting belongs to an objective."))
    values = _clean_meeting(store, {"date": date, **fields})
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
    organisation_id = _ref(store, "organisation", "organisation_id", organisation_id)
    person_id = _ref(store, "person", "person_id", person_id)
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


def _next_agenda_position(store: Store, meeting_id: str) -> int:
    return store.scalar("SELECT coalesce(max(position), -1) + 1 FROM agenda_item WHERE meeting_id = ?",
                        [meeting_id])


def insert_agenda_item(act: Action, meeting_id: str, title: str, *, position: int | None = None,
                       **fields) -> str:
    """Add an agenda item (at the end unless `position` is given)."""
    store = act.store
    require_editable(store, meeting_id)
    values = _clean_agenda({"title": title, **fields})
    if position is None:
        position = _next_agenda_position(store, meeting_id)
    else:
        for row in store.rows("SELECT id, position FROM agenda_item WHERE meeting_id = ? AND position >= ? "
                              "ORDER BY position DESC", [meeting_id, position]):
            act.update("agenda_item", row["id"], {"position": row["position"] + 1})
    return act.insert("agenda_item", {"meeting_id": meeting_id, "position": position, **values})


def insert_outcome(act: Action, agenda_item_id: str, kind: str, text: str, outcome_id: str | None = None) -> str:
    store = act.store
    require_editable(store, _meeting_of(store, "agenda_item", agenda_item_id))
    check.enum_key("kind", kind, OUTCOME_KIND)
    text = check.required_text("text", text)
    position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM outcome WHERE agenda_item_id = ?",
                            [agenda_item_id])
    values = {"agenda_item_id": agenda_item_id, "kind": kind, "text": text, "position": position}
    if outcome_id:
        values["id"] = outcome_id
    return act.insert("outcome", values)


def insert_action(act: Action, meeting_id: str, what: str, owner_organisation_id: str | None = None,
                  owner_person_id: str | None = None, due_date=None, state: str = "open",
                  commitment_id: str | None = None, *, owner_name: str | None = None,
                  outcome_id: str | None = None, notes: str | None = None, lang: str = "nl") -> str:
    """Add an action item that came from a meeting; an open one also goes onto later planned agendas."""
    store = act.store
    require_editable(store, meeting_id)
    values = _clean_action(store, {
        "what": what, "owner_organisation_id": owner_organisation_id, "owner_person_id": owner_person_id,
        "owner_name": owner_name, "due_date": due_date, "state": state, "commitment_id": commitment_id,
        "notes": notes})
    if outcome_id:
        values["outcome_id"] = outcome_id
    position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM meeting_action WHERE meeting_id = ?",
                            [meeting_id])
    action_id = act.insert("meeting_action", {"meeting_id": meeting_id, "position": position, **values})
    if values["state"] == "open":
        meeting = store.get("meeting", meeting_id)
        for later in store.rows(
                "SELECT id FROM meeting WHERE objective_id = ? AND state = 'planned' AND id <> ? "
                "AND (date > ? OR (date = ? AND coalesce(start_time, '') > coalesce(?, '')))",
                [meeting["objective_id"], meeting_id, meeting["date"], meeting["date"], meeting["start_time"]]):
            _carry(act, later["id"], [action_id], lang)
    return action_id


def _review_item(act: Action, meeting_id: str, lang: str) -> str:
    store = act.store
    found = store.scalar("SELECT id FROM agenda_item WHERE meeting_id = ? AND is_action_review = 1 "
                         "ORDER BY position LIMIT 1", [meeting_id])
    if found:
        return found
    for row in store.rows("SELECT id, position FROM agenda_item WHERE meeting_id = ? ORDER BY position DESC",
                          [meeting_id]):
        act.update("agenda_item", row["id"], {"position": row["position"] + 1})
    return act.insert("agenda_item", {
        "meeting_id": meeting_id, "position": 0, "is_action_review": 1,
        "title": ACTION_REVIEW_TITLE.get(lang, ACTION_REVIEW_TITLE["nl"])})


def _carry(act: Action, meeting_id: str, action_ids: list[str], lang: str) -> list[str]:
    store = act.store
    already = {r["action_id"] for r in store.rows(
        "SELECT x.action_id FROM agenda_item_action x JOIN agenda_item a ON a.id = x.agenda_item_id "
        "WHERE a.meeting_id = ?", [meeting_id])}
    new = [a for a in action_ids if a not in already]
    if not new:
        return []
    item_id = _review_item(act, meeting_id, lang)
    for action_id in new:
        act.insert("agenda_item_action", {"agenda_item_id": item_id, "action_id": action_id})
    return new


def carry_over_open_actions(act: Action, meeting_id: str, lang: str = "nl") -> list[str]:
    """Put the open actions of the committee's earlier meetings on this meeting's agenda; returns their ids."""
    store = act.store
    require_editable(store, meeting_id)
    meeting = store.get("meeting", meeting_id)
    open_ids = [r["id"] for r in store.rows(
        "SELECT a.id FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE m.objective_id = ? AND a.state = 'open' AND m.id <> ? "
        "AND (m.date < ? OR (m.date = ? AND coalesce(m.start_time, '') < coalesce(?, ''))) "
        "ORDER BY m.date, a.position", [meeting["objective_id"], meeting_id, meeting["date"], meeting["date"],
                                        meeting["start_time"]])]
    return _carry(act, meeting_id, open_ids, lang)


def _copy_items(act: Action, meeting_id: str, items: list[dict]) -> list[str]:
    return [insert_agenda_item(act, meeting_id, item["title"], presenter=item.get("presenter"),
                               duration_minutes=item.get("duration_minutes"))
            for item in items]


# ---- user actions --------------------------------------------------------------------------------


def plan_meeting(store: Store, objective_id: str, date, *, agenda_from: str | None = None,
                 template_id: str | None = None, invite: bool = False, lang: str = "nl",
                 **fields) -> tuple[str, Changes]:
    """Plan a meeting; its agenda starts with the open actions, then the previous meeting's agenda
    (`agenda_from="previous"`) or a saved template (`template_id`); `invite` invites the committee."""
    code = store.scalar("SELECT code FROM objective WHERE id = ?", [objective_id])
    if code is None:
        raise NotFound(t("No objective with id {id}.", id=objective_id))
    with store.action(t("Plan {meeting}", meeting=_meeting_text(check.iso_date("date", date), code)),
                      context=("objective", objective_id)) as act:
        meeting_id = insert_meeting(act, objective_id, date, lang=lang, **fields)
        if template_id:
            _copy_items(act, meeting_id, template_items(store, template_id))
        elif agenda_from == "previous":
            previous = previous_meeting(store, meeting_id)
            if previous:
                _copy_items(act, meeting_id, [i for i in agenda(store, previous["id"]) if not i["is_action_review"]])
        if invite:
            insert_committee(act, meeting_id)
    return meeting_id, act.changes


def update_meeting(store: Store, meeting_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    require_editable(store, meeting_id)
    fields = _clean_meeting(store, values)
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


# attendance


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


def update_attendance(store: Store, attendance_id: str, values: dict[str, Any]) -> Changes:
    meeting_id = _meeting_of(store, "attendance", attendance_id)
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
        act.update("attendance", attendance_id, fields)
    return act.changes


def set_attendance(store: Store, attendance_id: str, state: str) -> Changes:
    return update_attendance(store, attendance_id, {"state": state})


def remove_attendee(store: Store, attendance_id: str) -> Changes:
    meeting_id = _meeting_of(store, "attendance", attendance_id)
    require_editable(store, meeting_id)
    name = store.get("attendance", attendance_id)["name"]
    with store.action(t("Remove {name} from the {meeting}", name=name, meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        act.delete("attendance", attendance_id, label=name)
    return act.changes


# agenda


def add_agenda_item(store: Store, meeting_id: str, title: str, position: int | None = None,
                    **fields) -> tuple[str, Changes]:
    with store.action(t("Add agenda item to the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        item_id = insert_agenda_item(act, meeting_id, title, position=position, **fields)
    return item_id, act.changes


def update_agenda_item(store: Store, item_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    meeting_id = _meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    fields = _clean_agenda(values)
    with store.action(t("Edit agenda of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("agenda_item", item_id)) as act:
        act.update("agenda_item", item_id, fields, expected)
    return act.changes


def delete_agenda_item(store: Store, item_id: str) -> Changes:
    meeting_id = _meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    row = store.get("agenda_item", item_id)
    with store.action(t("Remove agenda item from the {meeting}", meeting=meeting_label(store, meeting_id))) as act:
        act.delete("agenda_item", item_id, label=row["title"])
        for index, other in enumerate(store.rows(
                "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])):
            act.update("agenda_item", other["id"], {"position": index})
    return act.changes


def reorder_agenda(store: Store, meeting_id: str, ordered_ids: list[str]) -> Changes:
    """Put the agenda in the given order (every item of the meeting, once)."""
    require_editable(store, meeting_id)
    current = [r["id"] for r in store.rows(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])]
    if sorted(current) != sorted(ordered_ids):
        raise ValidationError("agenda", t("The new order must name every agenda item of the meeting once."))
    with store.action(t("Reorder the agenda of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        for index, item_id in enumerate(ordered_ids):
            act.update("agenda_item", item_id, {"position": index})
    return act.changes


def move_agenda_item(store: Store, item_id: str, to_index: int) -> Changes:
    """Move one agenda item to another place (0 = first); the others close up."""
    meeting_id = _meeting_of(store, "agenda_item", item_id)
    order = [r["id"] for r in store.rows(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])]
    order.remove(item_id)
    order.insert(max(0, min(to_index, len(order))), item_id)
    return reorder_agenda(store, meeting_id, order)


def link_agenda_item(store: Store, item_id: str, worksite_id: str | None = None,
                     commitment_id: str | None = None) -> tuple[str, Changes]:
    meeting_id = _meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    if (worksite_id is None) == (commitment_id is None):
        raise ValidationError("link", t("An agenda link names either a worksite or a commitment."))
    _ref(store, "worksite", "worksite_id", worksite_id)
    _ref(store, "commitment", "commitment_id", commitment_id)
    with store.action(t("Link agenda item"), context=("agenda_item", item_id)) as act:
        link_id = act.insert("agenda_link", {"agenda_item_id": item_id, "worksite_id": worksite_id,
                                             "commitment_id": commitment_id})
    return link_id, act.changes


def unlink_agenda_item(store: Store, link_id: str) -> Changes:
    require_editable(store, _meeting_of(store, "agenda_link", link_id))
    with store.action(t("Remove agenda link")) as act:
        act.delete("agenda_link", link_id)
    return act.changes


def agenda_from_previous(store: Store, meeting_id: str) -> Changes:
    """Append the items of the committee's previous meeting (not its action follow-up) to this agenda."""
    require_editable(store, meeting_id)
    previous = previous_meeting(store, meeting_id)
    if previous is None:
        raise NotFound(t("The {meeting} has no earlier meeting to copy an agenda from.",
                         meeting=meeting_label(store, meeting_id)))
    with store.action(t("Agenda of the {meeting} from the previous meeting", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        _copy_items(act, meeting_id, [i for i in agenda(store, previous["id"]) if not i["is_action_review"]])
    return act.changes


def save_template(store: Store, meeting_id: str, name: str) -> tuple[str, Changes]:
    """Save the meeting's agenda (titles, presenters, durations) as a template."""
    name = check.required_text("name", name)
    meeting = store.get("meeting", meeting_id)
    with store.action(t("Save agenda template {name}", name=name)) as act:
        template_id = act.insert("agenda_template", {"name": name, "objective_id": meeting["objective_id"]})
        for index, item in enumerate(i for i in agenda(store, meeting_id) if not i["is_action_review"]):
            act.insert("agenda_template_item", {
                "template_id": template_id, "position": index, "title": item["title"],
                "presenter": item["presenter"], "duration_minutes": item["duration_minutes"]})
    return template_id, act.changes


def delete_template(store: Store, template_id: str) -> Changes:
    name = store.get("agenda_template", template_id)["name"]
    with store.action(t("Delete agenda template {name}", name=name)) as act:
        act.delete("agenda_template", template_id, label=name)
    return act.changes


def agenda_from_template(store: Store, meeting_id: str, template_id: str) -> Changes:
    require_editable(store, meeting_id)
    template = store.get("agenda_template", template_id)
    with store.action(t("Agenda of the {meeting} from template {name}", meeting=meeting_label(store, meeting_id),
                        name=template["name"]),
                      context=("meeting", meeting_id)) as act:
        _copy_items(act, meeting_id, template_items(store, template_id))
    return act.changes


# outcomes, actions, decisions


def add_outcome(store: Store, agenda_item_id: str, kind: str, text: str, **action_fields
                ) -> tuple[str, Changes]:
    """Record an outcome of an agenda item; an 'action' outcome also creates the action to follow."""
    meeting_id = _meeting_of(store, "agenda_item", agenda_item_id)
    kind_words = Words(OUTCOME_KIND.get(kind) or {"nl": "Uitkomst", "fr": "Résultat", "en": "Outcome"})
    with store.action(t("{kind} at the {meeting}", kind=kind_words, meeting=meeting_label(store, meeting_id)),
                      context=("agenda_item", agenda_item_id)) as act:
        outcome_id = insert_outcome(act, agenda_item_id, kind, text)
        if kind == "action":
            insert_action(act, meeting_id, action_fields.pop("what", None) or text, outcome_id=outcome_id,
                          **action_fields)
    return outcome_id, act.changes


def update_outcome(store: Store, outcome_id: str, text: str | None = None, kind: str | None = None) -> Changes:
    require_editable(store, _meeting_of(store, "outcome", outcome_id))
    values = {}
    if text is not None:
        values["text"] = check.required_text("text", text)
    if kind is not None:
        values["kind"] = check.enum_key("kind", kind, OUTCOME_KIND)
    with store.action(t("Edit outcome"), context=("outcome", outcome_id)) as act:
        act.update("outcome", outcome_id, values)
    return act.changes


def delete_outcome(store: Store, outcome_id: str) -> Changes:
    require_editable(store, _meeting_of(store, "outcome", outcome_id))
    row = store.get("outcome", outcome_id)
    with store.action(t("Delete outcome")) as act:
        for action in store.rows("SELECT id FROM meeting_action WHERE outcome_id = ?", [outcome_id]):
            act.delete("meeting_action", action["id"], label=row["text"][:60])
        act.delete("outcome", outcome_id, label=row["text"][:60])
    return act.changes


def add_action(store: Store, meeting_id: str, what: str, lang: str = "nl", **fields) -> tuple[str, Changes]:
    with store.action(t("Action item of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        action_id = insert_action(act, meeting_id, what, lang=lang, **fields)
    return action_id, act.changes


def update_action(store: Store, action_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    """Edit an action; once the minutes are approved only its follow-up (state, closed_on, notes) may change."""
    meeting_id = _meeting_of(store, "meeting_action", action_id)
    if is_locked(store, meeting_id) and set(values) - FOLLOW_UP_FIELDS:
        require_editable(store, meeting_id)
    fields = _clean_action(store, values)
    if fields.get("state") in ("done", "dropped") and "closed_on" not in fields:
        if not store.get("meeting_action", action_id)["closed_on"]:
            fields["closed_on"] = today_iso()
    if fields.get("state") == "open" and "closed_on" not in fields:
        fields["closed_on"] = None
    with store.action(t("Edit action item"), context=("meeting_action", action_id)) as act:
        act.update("meeting_action", action_id, fields, expected)
    return act.changes


def delete_action(store: Store, action_id: str) -> Changes:
    require_editable(store, _meeting_of(store, "meeting_action", action_id))
    row = store.get("meeting_action", action_id)
    with store.action(t("Delete action item")) as act:
        act.delete("meeting_action", action_id, label=row["what"][:60])
    return act.changes


def set_carried_note(store: Store, link_id: str, note: str | None) -> Changes:
    """What the later meeting said about a carried-over action."""
    require_editable(store, _meeting_of(store, "agenda_item_action", link_id))
    with store.action(t("Note on an action item")) as act:
        act.update("agenda_item_action", link_id, {"note": check.optional_text(note)})
    return act.changes


def decision_label(store: Store, decision_id: str) -> Text:
    """'Changed by the decision of the meeting of 12/03/2027' as a Text (nested in action labels)."""
    meeting_date = store.scalar(
        "SELECT m.date FROM outcome o JOIN agenda_item a ON a.id = o.agenda_item_id "
        "JOIN meeting m ON m.id = a.meeting_id WHERE o.id = ?", [decision_id])
    if meeting_date is None:
        raise NotFound(t("No decision with id {id}.", id=decision_id))
    return t("Changed by the decision of the meeting of {date}", date=display_date(meeting_date))


def apply_decision(store: Store, decision_id: str, commitment_id: str, values: dict[str, Any]) -> Changes:
    """Change a commitment (status, progress, due date, ...) as the decision says, through the normal
    edit path; the change set's context is the decision."""
    decision = store.get("outcome", decision_id)
    if decision["kind"] != "decision":
        raise ValidationError("kind", t("Only a decision can change a commitment."))
    require_editable(store, _meeting_of(store, "outcome", decision_id))
    fields = commitments.clean(store, values)
    if fields.get("status") == "realised" and "progress" not in fields:
        fields["progress"] = 100
    code = store.scalar("SELECT code FROM commitment WHERE id = ?", [commitment_id])
    if code is None:
        raise NotFound(t("No commitment with id {id}.", id=commitment_id))
    with store.action(t("{decision}: commitment {code}", decision=decision_label(store, decision_id), code=code),
                      context=("outcome", decision_id)) as act:
        act.update("commitment", commitment_id, fields)
    return act.changes


def record_decision(store: Store, agenda_item_id: str, text: str,
                    commitment_changes: dict[str, dict[str, Any]] | None = None) -> tuple[str, Changes]:
    """Record a decision and the commitment changes it makes, in one action with the decision as context."""
    meeting_id = _meeting_of(store, "agenda_item", agenda_item_id)
    decision_id = new_id()
    prepared = {}
    for commitment_id, values in (commitment_changes or {}).items():
        _ref(store, "commitment", "commitment_id", commitment_id)
        fields = commitments.clean(store, values)
        if fields.get("status") == "realised" and "progress" not in fields:
            fields["progress"] = 100
        prepared[commitment_id] = fields
    date_ = store.get("meeting", meeting_id)["date"]
    label = t("Decision of the meeting of {date}", date=display_date(date_))
    if prepared:
        label = t("Changed by the decision of the meeting of {date}", date=display_date(date_))
    with store.action(label, context=("outcome", decision_id)) as act:
        insert_outcome(act, agenda_item_id, "decision", text, outcome_id=decision_id)
        for commitment_id, fields in prepared.items():
            act.update("commitment", commitment_id, fields)
    return decision_id, act.changes
