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
