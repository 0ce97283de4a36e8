"""The Social Summit cycle in the data layer and on the command line."""

from __future__ import annotations

import json

import pytest

from g4b_desktop import cli
from g4b_desktop.db import commitments, summits
from g4b_desktop.db.errors import StoreError, ValidationError
from g4b_desktop.db.store import Store


def worksites(store, n=3):
    return store.rows("SELECT id, code FROM worksite ORDER BY position, code LIMIT ?", [n])


def test_create_choose_priorities_and_report(store):
    summit_id, changes = summits.create(store, 2025, "2025-03-10", "ESRBHG")
    assert changes.inserted == {"summit": {summit_id}}
    with pytest.raises(summits.DuplicateSummit, match="already a Social Summit 2025"):
        summits.create(store, 2025)
    w = worksites(store)
    changes = summits.set_priorities(store, summit_id, [w[0]["id"], w[1]["id"]])
    assert len(changes.inserted["summit_priority"]) == 2
    changes = summits.set_priorities(store, summit_id, [w[1]["id"], w[2]["id"]])
    assert len(changes.inserted["summit_priority"]) == 1 and len(changes.deleted["summit_priority"]) == 1
    rows = summits.priorities(store, summit_id)
    assert [r["worksite_code"] for r in rows] == [w[1]["code"], w[2]["code"]]
    changes = summits.update_priority(store, rows[0]["id"], {"expected_result": "Plan adopted",
                                                             "verdict": "partly"})
    assert changes.updated == {"summit_priority": {rows[0]["id"]}}
    with pytest.raises(ValidationError, match="verdict"):
        summits.update_priority(store, rows[0]["id"], {"verdict": "maybe"})
    assert store.get("summit_priority", rows[0]["id"])["verdict"] == "partly"


def test_priority_counts_are_todays_commitments(store):
    summit_id, _ = summits.create(store, 2025)
    w = worksites(store, 1)[0]
    summits.add_priority(store, summit_id, w["id"], "Expected")
    commitments.add(store, w["id"], "One", status="realised")
    commitments.add(store, w["id"], "Two", status="in_progress", progress=40)
    row = summits.priorities(store, summit_id)[0]
    assert (row["commitments"], row["realised"], row["in_progress"], row["progress"]) == (2, 1, 1, 70)


def test_closing_keeps_a_snapshot_and_fixes_priorities(store):
    summit_id, _ = summits.create(store, 2025)
    w = worksites(store, 2)
    before, _ = commitments.add(store, w[0]["id"], "Realised before the summit", status="realised")
    later, _ = commitments.add(store, w[0]["id"], "Realised after the summit")
    undone, _ = commitments.add(store, w[1]["id"], "Realised then reopened")
    delayed, _ = commitments.add(store, w[1]["id"], "Postponed after")
    priority_id, _ = summits.add_priority(store, summit_id, w[0]["id"], "Expected")
    changes = summits.close(store, summit_id)
    assert changes.updated == {"summit": {summit_id}}
    summit = store.get("summit", summit_id)
    snapshot = json.loads(summit["snapshot"])
    assert summit["closed_at"] == snapshot["taken_at"]
    assert snapshot["commitments"][before][1] == "realised"
    assert len(snapshot["commitments"]) == store.scalar("SELECT count(*) FROM commitment")

    with pytest.raises(summits.SummitClosed):
        summits.add_priority(store, summit_id, w[1]["id"])
    with pytest.raises(summits.SummitClosed):
        summits.update_priority(store, priority_id, {"expected_result": "Something else"})
    with pytest.raises(StoreError):
        summits.close(store, summit_id)
    # the progress statement is written at the next summit, after closing
    summits.update_priority(store, priority_id, {"progress_statement": "Half done", "verdict": "partly"})

    commitments.update(store, later, {"status": "realised", "progress": 100})
    commitments.update(store, later, {"title": "Realised after the summit (renamed)"})
    commitments.update(store, undone, {"status": "realised"})
    commitments.update(store, undone, {"status": "in_progress"})
    commitments.update(store, delayed, {"status": "postponed"})
    added, _ = commitments.add(store, w[1]["id"], "Added after")
    gone = commitments.add(store, w[1]["id"], "Deleted after")[0]
    commitments.delete(store, before)

    result = summits.changes_since(store, store.get("summit", summit_id))
    assert [r["id"] for r in result["realised"]] == [later]
    assert result["realised"][0]["title"] == "Realised after the summit (renamed)"
    assert result["realised"][0]["before_status"] == "not_started"
    assert [r["id"] for r in result["postponed"]] == [delayed]
    assert {r["id"] for r in result["added"]} == {added, gone}
    assert [r["id"] for r in result["removed"]] == [before]

    objective_id = store.scalar("SELECT objective_id FROM worksite WHERE id = ?", [w[0]["id"]])
    other = store.scalar("SELECT id FROM objective WHERE id <> ? LIMIT 1", [objective_id])
    assert all(not rows for rows in summits.changes_since(store, store.get("summit", summit_id), other).values())


def test_open_summit_reads_the_change_log(store):
    summit_id, _ = summits.create(store, 2026, "2000-01-01")
    w = worksites(store, 1)[0]
    cid, _ = commitments.add(store, w["id"], "New")
    commitments.update(store, cid, {"status": "realised"})
    result = summits.changes_since(store, store.get("summit", summit_id))
    assert [r["id"] for r in result["realised"]] == [cid]
    assert [r["id"] for r in result["added"]] == [cid]


def test_reopen_and_delete(store):
    summit_id, _ = summits.create(store, 2025)
    summits.close(store, summit_id)
    summits.reopen(store, summit_id)
    assert store.get("summit", summit_id)["snapshot"] is None
    summits.add_priority(store, summit_id, worksites(store, 1)[0]["id"])
    changes = summits.delete(store, summit_id)
    assert summit_id in changes.deleted["summit"] and changes.deleted["summit_priority"]
    assert store.scalar("SELECT count(*) FROM summit_priority") == 0


def test_invalid_year_changes_nothing(store):
    count = store.scalar("SELECT count(*) FROM change_set")
    with pytest.raises(ValidationError, match="year"):
        summits.create(store, "twenty")
    with pytest.raises(ValidationError, match="date"):
        summits.create(store, 2025, "10/03/2025")
    assert store.scalar("SELECT count(*) FROM change_set") == count


def test_command_line_cycle(db_path, capsys):
    db = str(db_path)
    assert cli.main(["summit", "add", "--db", db, "--year", "2025", "--date", "2025-03-10"]) == 0
    assert cli.main(["summit", "priority", "--db", db, "--year", "2025", "--worksite", "1.1.1",
                     "--expected", "A plan"]) == 0
    assert cli.main(["summit", "close", "--db", db, "--year", "2025"]) == 0
    assert cli.main(["summit", "priority", "--db", db, "--year", "2025", "--worksite", "1.1.2"]) == 1
    assert "closed" in capsys.readouterr().err
    assert cli.main(["summit", "priority", "--db", db, "--year", "2025", "--worksite", "1.1.1",
                     "--statement", "Done", "--verdict", "achieved"]) == 0
    assert cli.main(["summits", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "2025\t2025-03-10\tclosed" in out and "1 priorities, 1 verdicts" in out
    assert cli.main(["summit", "close", "--db", db, "--year", "2024"]) == 1
    assert "no Social Summit 2024" in capsys.readouterr().err
    with Store.open(db_path) as store:
        row = store.rows("SELECT p.progress_statement, p.verdict FROM summit_priority p")[0]
    assert row == {"progress_statement": "Done", "verdict": "achieved"}


@pytest.mark.parametrize("first", ["g4b_desktop.db.summits", "g4b_desktop.reports.progress_note",
                                   "g4b_desktop.reports.note_data", "g4b_desktop.ui.summit.summit_view",
                                   "g4b_desktop.commands.reports"])
def test_importing_the_summit_modules_first_keeps_the_schema_order(first):
    import subprocess
    import sys

    code = (f"import {first}\nfrom g4b_desktop.db import schema\n"
            "names = schema.step_names()\n"
            "assert schema.SCHEMA_VERSION == len(names), (schema.SCHEMA_VERSION, names)\n"
            "assert names == sorted(names), names\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
