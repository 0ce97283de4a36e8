"""Bulk writes (#19, step 0050): the text indexes of a batch of commitments written per batch, not per row.

`Action.insert_many` writes a batch with one statement (the triggers write the entries, FTS5 flushes
once); `update_many` silences the commitments' search and trigram update triggers for the one
statement writing a batch and writes the batch's entries set by set. The entries must be those the
triggers write one by one, the search box and the commitments view's filter must find the batch, and
undo must give every record and index entry back.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from g4b_desktop.db import browse, queries
from g4b_desktop.db.history import revert_change_set
from g4b_desktop.db.store import Store


def batch(worksites: list[str]) -> list[dict]:
    return [{"id": f"00000000-0000-4000-8000-{n:012d}", "worksite_id": worksites[n % 2], "code": f"9.9.{n}-01",
             "title": f"Kwartiercontract Zuidwijk {n}", "position": n, "status": "in_progress", "progress": n,
             "description": f"Buurtherwaardering {n}" if n % 2 else None,
             "notes": "Loopt volgens plan" if n % 3 else None}
            for n in range(30)]


def changes(existing: list[str]) -> list[tuple[str, dict]]:
    """Notes on every record, a title on some, a status only (no indexed column) on others."""
    found = []
    for n, record_id in enumerate(existing):
        values = {"status": "realised"} if n % 4 == 0 else {"notes": f"Budget 2027 tranche{n}"}
        if n % 5 == 1:
            values["title"] = f"Stadsvernieuwing Noordwijk {n}"
        found.append((record_id, values))
    return found


def entries(path) -> dict:
    """Per commitment: its search entry and trigram entry (what they hold, not their numbers)."""
    conn = sqlite3.connect(str(path))
    try:
        search = {row[0]: row[1:] for row in conn.execute(
            "SELECT k.record_id, i.code, i.title, i.body FROM search_key k JOIN search_index i ON i.rowid = k.entry "
            "WHERE k.table_name = 'commitment'")}
        trigram = {row[0]: row[1:] for row in conn.execute(
            "SELECT k.record_id, t.record_id, t.code, t.title, t.description, t.notes FROM commitment_text_key k "
            "JOIN commitment_text t ON t.rowid = k.entry")}
        keys = conn.execute("SELECT count(*), count(DISTINCT entry) FROM search_key").fetchone()
        columns = [row[1] for row in conn.execute("PRAGMA table_info(commitment)") if row[1] != "updated_at"]
        records = conn.execute(f"SELECT {', '.join(columns)} FROM commitment ORDER BY id").fetchall()   # value by value
        for table in ("search_index", "commitment_text"):   # FTS5's own check: the index matches the rows
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM bulk_write").fetchone()[0] == 0
    finally:
        conn.close()
    return {"search": search, "trigram": trigram, "keys": keys, "records": records}


@pytest.fixture
def copies(store, tmp_path):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    with store.action("Earlier commitments") as act:   # written one by one, by the triggers
        existing = [act.insert("commitment", {"worksite_id": worksites[n % 2], "code": f"9.8.{n}-01",
                                              "title": f"Bestaand engagement {n}", "position": 100 + n,
                                              "status": "not_started", "progress": 0,
                                              "description": f"Beschrijving {n}", "notes": f"Nota {n}"})
                    for n in range(20)]
    store.close()
    one, many = tmp_path / "one.g4b", tmp_path / "many.g4b"
    shutil.copyfile(store.path, one)
    shutil.copyfile(store.path, many)
    return one, many, worksites, existing


def write(path, worksites, existing, bulk: bool) -> str:
    with Store.open(path, author="tester") as opened:
        with opened.action("Import partner.xlsx") as act:
            act.at = "2026-01-01T00:00:00.000000Z"
            if bulk:
                act.insert_many("commitment", batch(worksites))
                act.update_many("commitment", changes(existing))
            else:
                for values in batch(worksites):
                    act.insert("commitment", values)
                for record_id, values in changes(existing):
                    act.update("commitment", record_id, values)
        return act.changes.change_set_id


def test_bulk_entries_are_those_the_triggers_write(copies):
    one, many, worksites, existing = copies
    before = entries(one)
    write(one, worksites, existing, bulk=False)
    write(many, worksites, existing, bulk=True)
    by_row, by_batch = entries(one), entries(many)
    assert by_batch == by_row
    assert len(by_batch["search"]) == len(before["search"]) + 30
    changed = next(record_id for record_id, values in changes(existing) if "title" in values)
    assert by_batch["search"][changed] != before["search"][changed]
    assert "tranche1" in by_batch["trigram"][changed][4]


def test_search_and_filter_find_the_batch_and_undo_gives_everything_back(copies):
    _, many, worksites, existing = copies
    before = entries(many)
    change_set = write(many, worksites, existing, bulk=True)
    with Store.open(many, author="tester") as opened:
        new_ids = {values["id"] for values in batch(worksites)}
        found = {hit["record_id"] for hit in queries.search(opened, "Kwartiercontract", limit=100)}
        assert found == new_ids   # a title word
        assert set(browse.commitment_ids(opened, browse.CommitmentFilter(text="tiercontr"))) == new_ids
        assert len(browse.commitment_ids(opened, browse.CommitmentFilter(text="tranche"))) == 15
        assert {hit["record_id"] for hit in queries.search(opened, "Buurtherwaardering", limit=100)} == {
            values["id"] for values in batch(worksites) if values["description"]}
        revert_change_set(opened, change_set)
        assert not queries.search(opened, "Kwartiercontract")
        assert not browse.commitment_ids(opened, browse.CommitmentFilter(text="tranche"))
        # after the batch the triggers write again: an ordinary edit is found at once
        with opened.action("Edit") as act:
            act.update("commitment", existing[0], {"title": "Zonnepanelen Oostwijk"})
        assert [hit["record_id"] for hit in queries.search(opened, "Zonnepanelen")] == [existing[0]]
        assert browse.commitment_ids(opened, browse.CommitmentFilter(text="panelen oost")) == [existing[0]]
        revert_change_set(opened, act.changes.change_set_id)
    after = entries(many)
    assert after["records"] == before["records"]
    assert after["search"] == before["search"] and after["trigram"] == before["trigram"]


def test_a_failing_batch_leaves_no_silent_triggers(store):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    with store.action("Import partner.xlsx") as act:
        ids = act.insert_many("commitment", batch(worksites))
    bad = [(record_id, {"notes": "Budget 2028", "progress": 150 if n == 7 else 10})   # refused by the CHECK
           for n, record_id in enumerate(ids)]
    with pytest.raises(sqlite3.IntegrityError):
        with store.action("Import bad.xlsx") as act:
            act.update_many("commitment", bad)
    assert store.scalar("SELECT count(*) FROM bulk_write") == 0
    assert not queries.search(store, "2028")
    with store.action("Edit") as act:   # the update triggers write again
        act.update("commitment", ids[0], {"title": "Zonnepanelen Oostwijk"})
    assert [hit["record_id"] for hit in queries.search(store, "Zonnepanelen")] == [ids[0]]
