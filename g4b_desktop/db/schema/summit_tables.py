"""The annual Social Summit (issue 6): summits and the priority worksites chosen at each.

A summit (one per year) chooses priority worksites for the coming year, each with its expected
result; at the next summit each priority gets a progress statement and a verdict. Priorities are
owned by their summit (CASCADE) and by their worksite (CASCADE: a priority without its worksite
means nothing; a deletion keeps both in the trash together). Closing a summit stores `closed_at`
and `snapshot`, a JSON of every commitment's code, status and progress at that moment, so
"changes since the last summit" stays right after later edits.
"""

from __future__ import annotations

from ..enums import SUMMIT_VERDICT, sql_check
from .steps import STAMPS, migrations
from .sqlscript import run_script

@migrations(name="0004_summits")
def summits(db) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE summit (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
            date TEXT CHECK (date IS NULL OR date(date) = date),
            notes TEXT,
            closed_at TEXT,
            snapshot TEXT,
            {STAMPS},
            CHECK ((closed_at IS NULL) = (snapshot IS NULL))
        );

        CREATE TABLE summit_priority (
            id TEXT PRIMARY KEY,
            summit_id TEXT NOT NULL REFERENCES summit(id) ON DELETE CASCADE,
            worksite_id TEXT NOT NULL REFERENCES worksite(id) ON DELETE CASCADE,
            expected_result TEXT,
            progress_statement TEXT,
            verdict TEXT CHECK {sql_check("verdict", SUMMIT_VERDICT, nullable=True)},
            position INTEGER NOT NULL DEFAULT 0,
            {STAMPS},
            UNIQUE (summit_id, worksite_id)
        );
        CREATE INDEX summit_priority_worksite ON summit_priority(worksite_id);
        """,
    )
