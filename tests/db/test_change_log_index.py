"""A record's history with change_log_record leaving out the field entries of inserts (#19, step 0050).

The history must be what reading every entry of the record gives: inserts (single and in bulk, in the
middle of other records' entries), updates, a delete and a restore, page by page.
"""

from __future__ import annotations

from g4b_desktop.db import history

COLUMNS = ("l.seq, l.at, l.author, s.label, s.label_template, s.label_params, s.source, s.context_table, "
           "s.context_id, l.op, l.field, l.old_value, l.new_value")


def every_entry(store, table: str, record_id: str) -> list[dict]:
    """The history the slow way: every change-log entry of the record, without any index."""
    return store.rows(f"SELECT {COLUMNS} FROM change_log l NOT INDEXED JOIN change_set s ON s.id = l.change_set_id "
                      "WHERE l.table_name = ? AND l.record_id = ? AND (l.field IS NOT NULL OR l.op = 'delete') "
                      "ORDER BY l.seq DESC", [table, record_id])


def test_history_reads_insert_fields_after_the_insert_entry(store):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 2")]
    records = [{"worksite_id": worksites[n % 2], "code": f"9.9.{n}-01", "title": f"Engagement {n}",
                "position": n, "status": "in_progress", "progress": n, "notes": f"nota {n}" if n % 2 else None}
               for n in range(12)]
    with store.action("Import partner.xlsx") as act:
        ids = act.insert_many("commitment", records)
        single = act.insert("commitment", {"worksite_id": worksites[0], "code": "9.9.99-01", "title": "Los",
                                           "position": 99, "status": "not_started", "progress": 0})
    with store.action("Edit") as act:
        act.update("commitment", ids[5], {"status": "realised", "progress": 100})
    with store.action("Delete") as act:
        trash_id = act.delete("commitment", ids[5])
    history.restore(store, trash_id)
    with store.action("Edit again") as act:
        act.update("commitment", ids[5], {"title": "Engagement vijf"})

    for record_id in (ids[0], ids[5], ids[11], single):
        expected = every_entry(store, "commitment", record_id)
        assert history.record_history(store, "commitment", record_id) == expected
        pages, before = [], None   # page by page, three entries at a time
        while True:
            page = history.record_history(store, "commitment", record_id, limit=3, before_seq=before)
            if not page:
                break
            pages += page
            before = page[-1]["seq"]
        assert pages == expected
        newer = history.record_history(store, "commitment", record_id, after_seq=expected[3]["seq"])
        assert newer == expected[:3]
    fields = [(e["op"], e["field"]) for e in history.record_history(store, "commitment", ids[5])]
    assert fields.count(("insert", "title")) == 2   # the import's insert and the restore's
    assert ("update", "status") in fields and ("delete", None) in fields
    assert {e["field"] for e in history.record_history(store, "commitment", ids[0])} == {
        "worksite_id", "code", "title", "position", "status", "progress"}   # only its own, not its neighbours'


def test_history_and_decisions_read_the_index(store):
    plan = " ".join(row[3] for row in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT l.seq FROM change_log l WHERE l.table_name = 'commitment' AND l.record_id = 'x' "
        f"AND {history.INDEXED_ENTRIES}"))
    assert "change_log_record" in plan
    fields_after_insert = store.rows("SELECT count(*) AS n FROM change_log l INDEXED BY change_log_record "
                                     f"WHERE l.table_name = 'commitment' AND {history.INDEXED_ENTRIES} "
                                     "AND l.op = 'insert' AND l.field IS NOT NULL")
    assert fields_after_insert == [{"n": 0}]
