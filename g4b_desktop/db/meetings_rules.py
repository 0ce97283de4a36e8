"""What every write of the meetings feature checks: the fields, their values, and the lock on approved minutes.

`MinutesLocked` and `require_editable` (approved minutes change only after `reopen_minutes`),
`is_locked`, `meeting_label` / `meeting_text` (the "meeting of 12/03/2027 (objective 1.2)" nested in
action labels and messages), `meeting_of` (the meeting a record of the feature belongs to), and the
value checks `clean_meeting`, `clean_agenda`, `clean_action`, `check_reference`. Used by
`meetings.py`, `meetings_agenda.py` and `meetings_outcomes.py` (no Qt).
"""

from __future__ import annotations

from typing import Any

from ..texts import Text, t, term
from . import validation as check
from .errors import NotFound, StoreError, ValidationError
from .enums import ACTION_STATE, MEETING_KIND
from .meetings_read import display_date
from .store import Store

MEETING_FIELDS = ("date", "start_time", "end_time", "title", "place", "online_link", "kind", "notes",
                  "organiser_name", "organiser_email")
AGENDA_FIELDS = ("title", "presenter", "duration_minutes", "minutes", "confidential")
ACTION_FIELDS = ("what", "owner_organisation_id", "owner_person_id", "owner_name", "due_date", "state",
                 "closed_on", "commitment_id", "notes")
FOLLOW_UP_FIELDS = {"state", "closed_on", "notes"}
ATTENDANCE_FIELDS = ("name", "email", "state")


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


def check_reference(store: Store, table: str, field: str, value) -> str | None:
    if value in (None, ""):
        return None
    if not store.exists(table, value):
        raise ValidationError(field, t("{field}: no {table} with id {id}.", field=term("FIELD", field),
                                       table=term("TABLE", table), id=value))
    return value


def clean_meeting(store: Store, values: dict[str, Any]) -> dict[str, Any]:
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


def clean_action(store: Store, values: dict[str, Any]) -> dict[str, Any]:
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
            result[name] = check_reference(store, table, name, result[name])
    return result


def clean_agenda(values: dict[str, Any]) -> dict[str, Any]:
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
    return meeting_text(row[0]["date"], row[0]["code"])


def meeting_text(iso_date: str | None, code: str) -> Text:
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


def meeting_of(store: Store, table: str, record_id: str) -> str:
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
