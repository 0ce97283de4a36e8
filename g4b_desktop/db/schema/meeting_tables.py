"""Steering-committee meetings: agenda, attendance, minutes, outcomes (decisions), actions (issue 4).

A meeting belongs to one objective (its committee). Agenda items, attendance and outcomes are owned
by their meeting (ON DELETE CASCADE); references to organisations, people, commitments and
worksites are SET NULL (attendance and owners keep the name as it was written, so approved minutes
still read the same after a contact is deleted). Actions belong to the meeting they came from and
may be carried onto later agendas (`agenda_item_action`). A decision that changes a commitment does
it in an action whose change set has context ("outcome", decision_id): no column here, the change
log is the link.
"""

from __future__ import annotations

from ..enums import ACTION_STATE, ATTENDANCE_STATE, MEETING_KIND, MEETING_STATE, OUTCOME_KIND, sql_check
from .steps import STAMPS, migrations
from .search_index import search_triggers
from .sqlscript import run_script

TIME_CHECK = "({col} IS NULL OR ({col} GLOB '[0-2][0-9]:[0-5][0-9]' AND {col} < '24:00'))"

SEARCHED = {
    "meeting": ("new.date", "coalesce(new.title, '')",
                "coalesce(new.place, '') || ' ' || coalesce(new.notes, '')"),
    "agenda_item": ("''", "new.title",
                    "coalesce(new.presenter, '') || ' ' || coalesce(new.minutes, '')"),
    "outcome": ("''", "''", "new.text"),
    "meeting_action": ("''", "new.what", "coalesce(new.owner_name, '') || ' ' || coalesce(new.notes, '')"),
}


@migrations(name="0003_meetings")
def meetings(db) -> None:
    script = f"""
    CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date(date) = date),
        start_time TEXT CHECK {TIME_CHECK.format(col="start_time")},
        end_time TEXT CHECK {TIME_CHECK.format(col="end_time")},
        title TEXT,
        place TEXT,
        online_link TEXT,
        kind TEXT NOT NULL DEFAULT 'committee' CHECK {sql_check("kind", MEETING_KIND)},
        state TEXT NOT NULL DEFAULT 'planned' CHECK {sql_check("state", MEETING_STATE)},
        approved_at TEXT,
        approved_by TEXT,
        organiser_name TEXT,
        organiser_email TEXT,
        notes TEXT,
        {STAMPS},
        CHECK (state <> 'approved' OR approved_at IS NOT NULL),
        CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time)
    );
    CREATE INDEX meeting_objective_date ON meeting(objective_id, date);
    CREATE INDEX meeting_date ON meeting(date);

    CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
        person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email TEXT,
        state TEXT NOT NULL DEFAULT 'invited' CHECK {sql_check("state", ATTENDANCE_STATE)},
        position INTEGER NOT NULL DEFAULT 0,
        {STAMPS}
    );
    CREATE INDEX attendance_meeting ON attendance(meeting_id);
    CREATE INDEX attendance_organisation ON attendance(organisation_id);
    CREATE INDEX attendance_person ON attendance(person_id);

    CREATE TABLE agenda_item (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        presenter TEXT,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440),
        minutes TEXT,
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        is_action_review INTEGER NOT NULL DEFAULT 0 CHECK (is_action_review IN (0, 1)),
        {STAMPS}
    );
    CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

    CREATE TABLE agenda_link (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        worksite_id TEXT REFERENCES worksite(id) ON DELETE CASCADE,
        commitment_id TEXT REFERENCES commitment(id) ON DELETE CASCADE,
        {STAMPS},
        CHECK ((worksite_id IS NULL) <> (commitment_id IS NULL))
    );
    CREATE INDEX agenda_link_item ON agenda_link(agenda_item_id);
    CREATE INDEX agenda_link_worksite ON agenda_link(worksite_id);
    CREATE INDEX agenda_link_commitment ON agenda_link(commitment_id);

    CREATE TABLE outcome (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK {sql_check("kind", OUTCOME_KIND)},
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position INTEGER NOT NULL DEFAULT 0,
        {STAMPS}
    );
    CREATE INDEX outcome_item ON outcome(agenda_item_id, position);
    CREATE INDEX outcome_kind ON outcome(kind);

    CREATE TABLE meeting_action (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        outcome_id TEXT REFERENCES outcome(id) ON DELETE SET NULL,
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        owner_organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
        owner_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
        owner_name TEXT,
        due_date TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
        state TEXT NOT NULL DEFAULT 'open' CHECK {sql_check("state", ACTION_STATE)},
        closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
        commitment_id TEXT REFERENCES commitment(id) ON DELETE SET NULL,
        notes TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        {STAMPS}
    );
    CREATE INDEX meeting_action_meeting ON meeting_action(meeting_id);
    CREATE INDEX meeting_action_state_due ON meeting_action(state, due_date);
    CREATE INDEX meeting_action_commitment ON meeting_action(commitment_id);
    CREATE INDEX meeting_action_outcome ON meeting_action(outcome_id);

    CREATE TABLE agenda_item_action (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        action_id TEXT NOT NULL REFERENCES meeting_action(id) ON DELETE CASCADE,
        note TEXT,
        {STAMPS},
        UNIQUE (agenda_item_id, action_id)
    );
    CREATE INDEX agenda_item_action_action ON agenda_item_action(action_id);

    CREATE TABLE agenda_template (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        objective_id TEXT REFERENCES objective(id) ON DELETE SET NULL,
        {STAMPS}
    );
    CREATE TABLE agenda_template_item (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL REFERENCES agenda_template(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        presenter TEXT,
        duration_minutes INTEGER,
        {STAMPS}
    );
    CREATE INDEX agenda_template_item_template ON agenda_template_item(template_id, position);

    -- what a decision changed: the change sets whose context is that decision
    CREATE INDEX IF NOT EXISTS change_set_context ON change_set(context_table, context_id);
    """
    for table, (code, title, body) in SEARCHED.items():
        script += search_triggers(table, code, title, body)
    run_script(db, script)
