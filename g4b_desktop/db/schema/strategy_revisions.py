"""Strategy revisions (issue 21): the structure of the strategy changes over time without losing the past.

A revision is a dated record ("Strategie 2030 — 16 January 2020", "Update February 2021"). The
embedded document is the first one. A revision in the `draft` state holds its planned changes as
JSON (`plan`); applying it is one action that adds, closes, reopens, renames, moves or renumbers
objectives and worksites, and stores the change set that did it (`change_set_id`), so the history
of each changed record and "what changed since" come from the change log.

Objectives and worksites get a `state` (open or closed: a closed one is kept with its commitments
and history, hidden from the daily views unless asked). A code a record had before a renumbering
stays findable through `former_code` (the commitments of a renumbered worksite too).
Summits record the revision they were held under.
"""

from __future__ import annotations

# Import `db.schema` (or `db.store`) before this module: schema.py imports this module at its bottom.
from .steps import STAMPS, migrations
from .sqlscript import run_script

FIRST_REVISION_ID = "00000000-0000-4000-8000-000000002020"
FIRST_REVISION_NAME = "Strategie Go4Brussels 2030"
FIRST_REVISION_DATE = "2020-01-16"


@migrations(name="0040_strategy_revisions")
def strategy_revisions(db) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE strategy_revision (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            date TEXT NOT NULL CHECK (date(date) = date),
            state TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('draft', 'applied')),
            plan TEXT,
            change_set_id TEXT,
            applied_at TEXT,
            notes TEXT,
            {STAMPS},
            CHECK ((state = 'applied') = (applied_at IS NOT NULL))
        );
        CREATE INDEX strategy_revision_date ON strategy_revision(state, date);

        ALTER TABLE objective ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed'));
        ALTER TABLE worksite ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed'));

        CREATE TABLE former_code (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL CHECK (table_name IN ('objective', 'worksite', 'commitment')),
            record_id TEXT NOT NULL,
            code TEXT NOT NULL,
            revision_id TEXT NOT NULL REFERENCES strategy_revision(id) ON DELETE CASCADE,
            {STAMPS}
        );
        CREATE INDEX former_code_code ON former_code(code);
        CREATE INDEX former_code_record ON former_code(table_name, record_id);

        ALTER TABLE summit ADD COLUMN revision_id TEXT REFERENCES strategy_revision(id) ON DELETE SET NULL;
        """,
    )
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    db.execute(
        "INSERT INTO strategy_revision (id, name, date, state, applied_at, notes, created_at, updated_at) "
        f"VALUES (?, ?, ?, 'applied', ?, ?, {stamp}, {stamp})",
        [FIRST_REVISION_ID, FIRST_REVISION_NAME, FIRST_REVISION_DATE, FIRST_REVISION_DATE + "T00:00:00.000000Z",
         "The strategy document as printed (16 January 2020), with its irregularities as they are."])
    db.execute("UPDATE summit SET revision_id = ?", [FIRST_REVISION_ID])
