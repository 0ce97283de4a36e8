"""Action.insert_many (#9, imports): the same records, change log and Changes as `insert` one by one."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from g4b_desktop.db.history import revert_change_set
from g4b_desktop.db.store import Store


def records(worksite_ids, organisation_id):
    found = []
    for n in range(25):
        values = {"id": f"00000000-0000-0000-0000-{n:012d}", "worksite_id": worksite_ids[n % 2],
                  "code": f"9.9.{n}-01", "title": f"Engagement {n}", "position": n,
                  "status": "in_progress" if n % 3 else "not_started", "progress": n}
        if n % 4 == 0:
            values["notes"] = "" if n % 8 == 0 else f"opmerking {n}"   # an empty text is not logged
        if n % 5 == 0:
            values["lead_organisation_id"] = organisation_id
            values["description"] = None
        found.append(values)
    return found


def contents(path, change_set_id):
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("SELECT * FROM commitment WHERE code LIKE '9.9.%' ORDER BY rowid").fetchall()
        log = conn.execute("SELECT op, table_name, record_id, field, old_value, new_value FROM change_log "
                           "WHERE change_set_id = ? ORDER BY seq", [change_set_id]).fetchall()
    finally:
        conn.close()
    return rows, log


def test_insert_many_is_insert_one_by_one(store, tmp_path):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    organisation = store.scalar("SELECT id FROM organisation LIMIT 1")
    store.close()
    one, many = tmp_path / "one.g4b", tmp_path / "many.g4b"
    shutil.copyfile(store.path, one)
    shutil.copyfile(store.path, many)
    results = {}
    for path, bulk in ((one, False), (many, True)):
        with Store.open(path, author="tester") as opened:
            with opened.action("Import test.xlsx") as act:
                act.at = "2026-01-01T00:00:00.000000Z"   # both runs stamp the same time
                if bulk:
                    ids = act.insert_many("commitment", records(worksites, organisation))
                else:
                    ids = [act.insert("commitment", values) for values in records(worksites, organisation)]
            results[bulk] = (ids, act.changes.inserted, contents(path, act.changes.change_set_id))
    assert results[True] == results[False]
    ids, inserted, (rows, log) = results[True]
    assert len(ids) == 25 and inserted == {"commitment": set(ids)} and len(rows) == 25
    assert ("insert", "commitment", ids[8], "notes", None, None) not in [tuple(e) for e in log]
    assert ("insert", "commitment", ids[4], "notes", None, "opmerking 4") in [tuple(e) for e in log]


def test_insert_many_is_undone_with_its_action_and_rolled_back_on_error(store):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    organisation = store.scalar("SELECT id FROM organisation LIMIT 1")
    before = store.scalar("SELECT count(*) FROM commitment")
    bad = records(worksites, organisation)
    bad[-1]["progress"] = 150   # refused by the table's CHECK: nothing of the action stays
    with pytest.raises(sqlite3.IntegrityError):
        with store.action("Import bad.xlsx") as act:
            act.insert_many("commitment", bad)
    assert store.scalar("SELECT count(*) FROM commitment") == before
    with store.action("Import good.xlsx") as act:
        act.insert_many("commitment", records(worksites, organisation))
    assert store.scalar("SELECT count(*) FROM commitment") == before + 25
    revert_change_set(store, act.changes.change_set_id)
    assert store.scalar("SELECT count(*) FROM commitment") == before
    assert act.insert_many.__self__ is act and not store.db.conn.in_transaction


def updates(ids):
    """Changes of existing commitments as an import makes them: several sets of fields, one record twice."""
    found = []
    for n, record_id in enumerate(ids[:12]):
        values = {"status": "realised", "progress": 100} if n % 3 == 0 else {"notes": f"bijgewerkt {n}"}
        if n % 4 == 1:
            values["due_date"] = "2027-06-30"
        found.append((record_id, values))
    found.append((ids[1], {"notes": "tweede wijziging", "progress": 55}))   # the same record again
    found.append((ids[2], {"notes": "bijgewerkt 2"}))                       # no change: not logged
    return found


def test_update_many_is_update_one_by_one(store, tmp_path):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    with store.action("Import first.xlsx") as act:
        ids = act.insert_many("commitment", records(worksites, None))
    store.close()
    one, many = tmp_path / "one.g4b", tmp_path / "many.g4b"
    shutil.copyfile(store.path, one)
    shutil.copyfile(store.path, many)
    results = {}
    for path, bulk in ((one, False), (many, True)):
        with Store.open(path, author="tester") as opened:
            with opened.action("Import test.xlsx") as act:
                act.at = "2026-01-01T00:00:00.000000Z"
                if bulk:
                    act.update_many("commitment", updates(ids))
                else:
                    for record_id, values in updates(ids):
                        act.update("commitment", record_id, values)
            conn = sqlite3.connect(str(path))
            rows = conn.execute("SELECT * FROM commitment ORDER BY rowid").fetchall()
            log = conn.execute("SELECT op, table_name, record_id, field, old_value, new_value FROM change_log "
                               "WHERE change_set_id = ? ORDER BY record_id, seq",
                               [act.changes.change_set_id]).fetchall()
            # the text indexes kept by triggers follow the bulk write
            found = conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                                 ['"tweede wijziging"']).fetchone()[0]
            trigram = conn.execute("SELECT count(*) FROM commitment_text WHERE commitment_text MATCH ?",
                                   ['"bijgewerkt"']).fetchone()[0]
            conn.close()
            results[bulk] = (rows, log, act.changes.updated, found, trigram)
    assert results[True] == results[False]
    rows, log, updated, found, trigram = results[True]
    assert updated == {"commitment": set(ids[:12])} and found == 1 and trigram == 7
    assert [tuple(e)[3:] for e in log if e[2] == ids[1]] == [
        ("notes", None, "bijgewerkt 1"), ("due_date", None, "2027-06-30"),
        ("notes", "bijgewerkt 1", "tweede wijziging"), ("progress", 1, 55)]
    assert not [e for e in log if e[2] == ids[2] and e[5] == "bijgewerkt 2" and e[4] == "bijgewerkt 2"]
