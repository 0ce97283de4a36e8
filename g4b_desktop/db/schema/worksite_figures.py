"""Schema step 0013 (issue 9): each worksite's commitment figures, kept up to date by triggers.

The home dashboard and the strategy tree show, per worksite and objective, how many commitments are
in each status and their average progress. Counting them over every commitment took 25-40 ms at
50,000 commitments, on every start and every refresh. `worksite_figures` holds the counts and the sum
of progress per worksite; triggers on `commitment` add and subtract as commitments are inserted,
changed (status, progress, worksite) and deleted, in the same transaction as the change itself. It is
derived data: not a record of anyone's, not in the change log, rebuilt from the commitments by
`rebuild_worksite_figures` (and checked against them by the integrity check's tests).
"""

from __future__ import annotations

from .sqlscript import run_script
from .steps import migrations

STATUSES = ("realised", "in_progress", "not_started", "postponed", "abandoned")


def _delta(row: str, sign: str) -> str:
    """The upsert adding (sign '+') or subtracting ('-') commitment `row` (NEW or OLD) to its worksite."""
    counts = ", ".join(f"{sign}({row}.status = '{s}')" for s in STATUSES)
    updates = ", ".join(f"{s} = {s} {sign} ({row}.status = '{s}')" for s in STATUSES)
    return (
        f"INSERT INTO worksite_figures (worksite_id, commitments, {', '.join(STATUSES)}, progress_sum) "
        f"VALUES ({row}.worksite_id, {sign}1, {counts}, {sign}{row}.progress) "
        f"ON CONFLICT (worksite_id) DO UPDATE SET commitments = commitments {sign} 1, {updates}, "
        f"progress_sum = progress_sum {sign} {row}.progress;"
    )


def rebuild_worksite_figures(db) -> None:
    """Recount every worksite's figures from the commitments."""
    counts = ", ".join(f"coalesce(sum(c.status = '{s}'), 0)" for s in STATUSES)
    db.execute("DELETE FROM worksite_figures")
    db.execute(
        f"INSERT INTO worksite_figures (worksite_id, commitments, {', '.join(STATUSES)}, progress_sum) "
        f"SELECT w.id, count(c.id), {counts}, total(c.progress) FROM worksite w "
        "LEFT JOIN commitment c ON c.worksite_id = w.id GROUP BY w.id")


@migrations(name="0013_worksite_figures")
def worksite_figures(db) -> None:
    columns = ", ".join(f"{s} INTEGER NOT NULL DEFAULT 0" for s in STATUSES)
    run_script(db, f"""
        CREATE TABLE worksite_figures (
            worksite_id TEXT PRIMARY KEY REFERENCES worksite(id) ON DELETE CASCADE,
            commitments INTEGER NOT NULL DEFAULT 0,
            {columns},
            progress_sum REAL NOT NULL DEFAULT 0
        );
        CREATE TRIGGER worksite_figures_insert AFTER INSERT ON commitment BEGIN
            {_delta("NEW", "+")}
        END;
        CREATE TRIGGER worksite_figures_delete AFTER DELETE ON commitment BEGIN
            {_delta("OLD", "-")}
        END;
        CREATE TRIGGER worksite_figures_update AFTER UPDATE OF worksite_id, status, progress ON commitment BEGIN
            {_delta("OLD", "-")}
            {_delta("NEW", "+")}
        END;
    """)
    rebuild_worksite_figures(db)
