"""Action lists in partner spreadsheets: objective, meeting date, action, owner, due date, state.

Each row is an action item of the meeting of that objective's committee on that date; the meeting is
created when it does not exist yet (through the meetings data layer, `db/meetings.py`). An action
already there (same meeting, same text) is updated instead, so importing a file twice changes
nothing the second time.
"""

from __future__ import annotations

from ..db import meetings
from ..db.enums import ACTION_STATE
from ..texts import t
from . import values as val
from .headers import normalise
from .import_preview import Change, Problem, RowPreview

STATE_WORDS = val.enum_words(ACTION_STATE, {
    "open": ["Open", "Lopend", "In uitvoering", "En cours", "Ouvert", "To do", "Todo", "A faire", "À faire"],
    "done": ["Uitgevoerd", "Gedaan", "Afgerond", "Klaar", "Réalisé", "Fait", "Terminé", "Done", "Closed", "Gesloten"],
    "dropped": ["Geschrapt", "Vervallen", "Abandonné", "Annulé", "Dropped", "Cancelled", "Canceled"],
})


def state(value) -> str | None:
    return val.enum_value(value, STATE_WORDS, "action state", ACTION_STATE)


def plan(planner, cells, preview: RowPreview) -> str | None:
    """Plan one row of an action list into `preview`; `planner` is the partner import's `Planner`."""
    store = planner.store
    what = val.text(cells.get("action", (None,))[0])
    objective_code = val.text(cells.get("objective", (None,))[0]) or planner.objective_code
    if not what:
        if not any(v[0] not in (None, "") for v in cells.values()):
            return "skip"
        preview.problems.append(Problem(preview.row, cells["action"][1], t("the action is empty")))
        return None
    preview.summary = what
    objective_id = planner.objectives.get(objective_code) if objective_code else None
    if objective_id is None:
        column = cells["objective"][1] if "objective" in cells else None
        message = (t("there is no objective {code}", code=objective_code) if objective_code
                   else t("an action needs the objective whose committee it belongs to (column or --objective)"))
        preview.problems.append(Problem(preview.row, column, message))
    meeting_date = planner.parse(cells, "meeting_date", val.a_date, preview, planner.loaded.sheet.epoch,
                                 planner.rules.date_order.get("meeting_date", "dmy")) \
        if "meeting_date" in cells else None
    if meeting_date is None and not preview.problems:
        column = cells["meeting_date"][1] if "meeting_date" in cells else None
        preview.problems.append(Problem(preview.row, column, t("an action needs the date of its meeting")))
    due = planner.parse(cells, "due_date", val.a_date, preview, planner.loaded.sheet.epoch,
                        planner.rules.date_order.get("due_date", "dmy")) \
        if "due_date" in cells else None
    action_state = (planner.parse(cells, "state", state, preview) if "state" in cells else None) or "open"
    if preview.problems:
        return None
    owner = val.text(cells.get("owner", (None,))[0])
    owner_fields = {"owner_organisation_id": None, "owner_person_id": None, "owner_name": None}
    if owner:
        organisation = planner.organisations.get(normalise(owner))
        person = None
        if organisation is None:
            people = [p for p in store.rows("SELECT id, full_name FROM person")
                      if normalise(p["full_name"]) == normalise(owner)]
            person = people[0]["id"] if people else None
        if organisation:
            owner_fields["owner_organisation_id"] = organisation
        elif person:
            owner_fields["owner_person_id"] = person
        else:
            owner_fields["owner_name"] = owner
    wanted = {**owner_fields, "due_date": due, "state": action_state}

    key = (objective_id, meeting_date)
    meeting = meetings.find_meeting(store, objective_id, meeting_date)
    pending = planner.__dict__.setdefault("pending_meetings", {})
    label = f"action item of {objective_code} {meeting_date}"
    if meeting is not None:
        if meetings.is_locked(store, meeting["id"]):
            existing = _existing(store, meeting["id"], what)
            if existing is None or any(existing.get(k) != v for k, v in wanted.items()):
                preview.problems.append(Problem(preview.row, None, t(
                    "the minutes of the meeting of {date} are approved; its actions cannot change here",
                    date=meeting_date)))
            return None
        existing = _existing(store, meeting["id"], what)
        if existing is not None:
            planner.propose_update(preview, "meeting_action", existing, wanted, label)
            return None
    seen = planner.__dict__.setdefault("new_actions", {})
    if (key, normalise(what)) in seen:
        preview.problems.append(Problem(preview.row, cells["action"][1],
                                        t("the same action as row {row}", row=seen[(key, normalise(what))])))
        return None
    seen[(key, normalise(what))] = preview.row
    if meeting is None and key not in pending:
        pending[key] = None
        preview.changes.append(Change("meeting", "", f"meeting of {objective_code} {meeting_date}", "new",
                                      {"date": (None, meeting_date)}))

        def create_meeting(act, key=key):
            found = meetings.find_meeting(act.store, key[0], key[1])
            pending[key] = found["id"] if found else meetings.insert_meeting(act, key[0], key[1], state="held",
                                                                             carry_over=False)
        preview.ops.append(("call", "meeting", None, create_meeting))

    def add_action(act, key=key, meeting=meeting):
        meeting_id = meeting["id"] if meeting is not None else pending[key]
        meetings.insert_action(act, meeting_id, what, owner_fields["owner_organisation_id"],
                               owner_fields["owner_person_id"], due, action_state, owner_name=owner_fields["owner_name"])
    preview.changes.append(Change("meeting_action", "", label, "new",
                                  {"what": (None, what), "owner": (None, owner), "due_date": (None, due),
                                   "state": (None, action_state)}))
    preview.ops.append(("call", "meeting_action", None, add_action))
    return None


def _existing(store, meeting_id: str, what: str) -> dict | None:
    for row in store.rows("SELECT * FROM meeting_action WHERE meeting_id = ?", [meeting_id]):
        if normalise(row["what"]) == normalise(what):
            return row
    return None
