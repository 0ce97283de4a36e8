"""The kept expected schema is the one the current steps make (reliability #17)."""

from __future__ import annotations

import sqlite3

from g4b_desktop.db import schema_expected, schema_guard
from g4b_desktop.db.schema import step_names
from g4b_desktop.db.schema.steps import applied_steps


def test_the_kept_schema_is_up_to_date():
    """Fails after a new schema step: run `python -m g4b_desktop.db.schema_guard` and commit the file."""
    steps = tuple(step_names())
    assert schema_expected.STEPS_KEY == schema_guard.steps_key(steps)
    assert schema_guard.build(steps) == schema_expected.OBJECTS


def test_a_database_of_this_program_matches_and_a_changed_one_does_not(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert schema_guard.differences(conn, applied_steps(conn)) == []
        conn.execute("CREATE TRIGGER t AFTER DELETE ON pillar BEGIN SELECT 1; END")
        conn.execute("DROP INDEX " + conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL LIMIT 1").fetchone()[0])
        found = schema_guard.differences(conn, applied_steps(conn))
        assert [(d.how, d.kind) for d in found] == [("foreign", "trigger"), ("missing", "index")]
        assert schema_guard.summary(found).render("fr").startswith("déclencheur t en trop, absence de index ")
        assert schema_guard.summary(found).render("nl").startswith("trigger t hoort er niet bij, index ")
    finally:
        conn.close()
