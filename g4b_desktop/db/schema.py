"""The schema, created and upgraded by migrations (sqlite-utils `Migrations`).

Each step is a function receiving the database, run in a transaction with its bookkeeping row.
`user_version` holds the number of steps applied, so a file from a newer program is recognised
from its header alone and refused without being touched. Steps are never edited once released;
a change to the schema is a new step appended at the end of `STEPS` (feature modules register
theirs in `schema_*.py` modules imported at the bottom of this file, in order).

Every record has a UUID text primary key (`id`), so files from different machines can be merged,
besides its human code where it has one, and `created_at` / `updated_at` (UTC, ISO 8601).
"""

from __future__ import annotations

from .sqlscript import run_script

from .enums import (
    COMMITMENT_HEALTH,
    COMMITMENT_STATUS,
    MEMBERSHIP_ROLE,
    MINISTER_ROLE,
    PRIORITY_TYPE,
    sql_check,
)

from .steps import STAMPS, migrations


@migrations(name="0001_core")
def core(db) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

        CREATE TABLE change_set (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            label TEXT NOT NULL,
            source TEXT,
            context_table TEXT,
            context_id TEXT
        );
        CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_set_id TEXT NOT NULL REFERENCES change_set(id),
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT,
            old_value,
            new_value
        );
        CREATE INDEX change_log_record ON change_log(table_name, record_id);
        CREATE INDEX change_log_set ON change_log(change_set_id);
        CREATE INDEX change_log_at ON change_log(at);

        CREATE TABLE trash (
            id TEXT PRIMARY KEY,
            change_set_id TEXT NOT NULL REFERENCES change_set(id),
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            label TEXT NOT NULL,
            rows TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            author TEXT NOT NULL
        );

        CREATE TABLE pillar (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            title_nl TEXT NOT NULL,
            title_fr TEXT,
            title_en TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );

        CREATE TABLE objective (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            pillar_id TEXT NOT NULL REFERENCES pillar(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            general_objectives TEXT,
            status_2025 TEXT,
            priority_type TEXT CHECK {sql_check("priority_type", PRIORITY_TYPE, nullable=True)},
            priority_type_text TEXT,
            source_notes TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE INDEX objective_pillar ON objective(pillar_id);

        CREATE TABLE minister (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            {STAMPS}
        );
        CREATE TABLE objective_minister (
            id TEXT PRIMARY KEY,
            objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            minister_id TEXT NOT NULL REFERENCES minister(id),
            role TEXT NOT NULL CHECK {sql_check("role", MINISTER_ROLE)},
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS},
            UNIQUE (objective_id, minister_id, role)
        );

        CREATE TABLE worksite (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            objective_id TEXT NOT NULL REFERENCES objective(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            steering_bodies TEXT,
            description TEXT,
            source_notes TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE INDEX worksite_objective ON worksite(objective_id);

        CREATE TABLE worksite_reference (
            id TEXT PRIMARY KEY,
            from_worksite_id TEXT NOT NULL REFERENCES worksite(id) ON DELETE CASCADE,
            to_worksite_id TEXT NOT NULL REFERENCES worksite(id) ON DELETE CASCADE,
            note TEXT,
            {STAMPS},
            UNIQUE (from_worksite_id, to_worksite_id)
        );

        CREATE TABLE organisation (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            short_name TEXT,
            kind TEXT,
            website TEXT,
            email TEXT,
            phone TEXT,
            notes TEXT,
            {STAMPS}
        );
        CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE);

        CREATE TABLE person (
            id TEXT PRIMARY KEY,
            full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
            organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
            function TEXT,
            email TEXT,
            phone TEXT,
            notes TEXT,
            {STAMPS}
        );
        CREATE INDEX person_organisation ON person(organisation_id);

        CREATE TABLE membership (
            id TEXT PRIMARY KEY,
            objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            organisation_id TEXT REFERENCES organisation(id) ON DELETE CASCADE,
            person_id TEXT REFERENCES person(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK {sql_check("role", MEMBERSHIP_ROLE)},
            name_as_printed TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS},
            CHECK ((organisation_id IS NULL) <> (person_id IS NULL))
        );
        CREATE INDEX membership_objective ON membership(objective_id);
        CREATE INDEX membership_organisation ON membership(organisation_id);
        CREATE INDEX membership_person ON membership(person_id);

        CREATE TABLE commitment (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            worksite_id TEXT NOT NULL REFERENCES worksite(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT,
            status TEXT NOT NULL DEFAULT 'not_started' CHECK {sql_check("status", COMMITMENT_STATUS)},
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            health TEXT CHECK {sql_check("health", COMMITMENT_HEALTH, nullable=True)},
            lead_organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
            due_date TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
            notes TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE INDEX commitment_worksite ON commitment(worksite_id);
        CREATE INDEX commitment_status ON commitment(status);
        CREATE INDEX commitment_lead ON commitment(lead_organisation_id);
        CREATE INDEX commitment_due ON commitment(due_date);

        CREATE TABLE indicator (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            unit TEXT,
            source TEXT,
            notes TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS}
        );
        CREATE TABLE indicator_value (
            id TEXT PRIMARY KEY,
            indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
            value REAL,
            value_text TEXT,
            target REAL,
            note TEXT,
            {STAMPS},
            UNIQUE (indicator_id, year)
        );
        CREATE TABLE indicator_objective (
            id TEXT PRIMARY KEY,
            indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            {STAMPS},
            UNIQUE (indicator_id, objective_id)
        );
        """
    )


# Every feature's schema module; a step's number orders it (never renumber a released step).
from . import schema_search  # noqa: E402,F401  0002
from . import schema_meetings  # noqa: E402,F401  0003 (meetings, issue 4)
from . import schema_summits  # noqa: E402,F401  0004 (summits, issue 6)
from . import schema_exchange  # noqa: E402,F401  0005 (import mappings, issue 5)
from . import schema_performance  # noqa: E402,F401  0007-0009, 0011 (search index by rowid, indexes; issue 9)
from . import schema_texts  # noqa: E402,F401  0010 (labels in nl/fr/en)
from . import schema_commitment_paging  # noqa: E402,F401  0012 (overdue commitments by index; issue 9)
from . import schema_worksite_figures  # noqa: E402,F401  0013 (per-worksite figures kept by triggers; issue 9)
from . import schema_commitment_text  # noqa: E402,F401  0014 (trigram index of the commitments' texts; issue 9)
from . import schema_invitations  # noqa: E402,F401  0030 (invitation sequence and cancellation; issue 18)
from . import schema_revisions  # noqa: E402,F401  0040 (strategy revisions, issue 21)
from . import schema_strategy_texts  # noqa: E402,F401  0041 (the strategy's texts in French; issue 15)


def step_names() -> list[str]:
    """Steps run in the order of their numbered names, whatever order the modules were imported in."""
    return migrations.names()


SCHEMA_VERSION = len(step_names())
