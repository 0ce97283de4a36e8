"""Applying an import (#19): the preview the user saw is written as it is while the database has not
changed since; planned again when it has; a cancel before the commit leaves the database unchanged."""

from __future__ import annotations

import sqlite3

import pytest

from g4b_desktop.db.errors import Cancelled
from g4b_desktop.exchange import partner_import

from test_exchange_preview_bulk import mixed  # noqa: F401  (the fixture)


def dump(path) -> list:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_the_preview_shown_is_applied_when_nothing_changed(store, mixed, monkeypatch):  # noqa: F811
    path, first, _, _ = mixed
    loaded = partner_import.load(store, path)
    shown = partner_import.preview(store, loaded)
    planned_again = []
    monkeypatch.setattr(partner_import.Planner, "plan",
                        lambda self, plan=partner_import.Planner.plan: planned_again.append(1) or plan(self))
    result, changes = partner_import.apply(store, loaded, planned=shown)
    assert result is shown and not planned_again
    new_ids = {op[2] for row in shown.rows for op in row.ops if op[0] == "insert"}
    assert new_ids and new_ids <= changes.inserted["commitment"]   # the ids shown are the ids written
    assert store.get("commitment", first)["status"] == "realised"


def test_a_change_since_the_preview_plans_again(store, mixed):  # noqa: F811
    path, first, _, _ = mixed
    loaded = partner_import.load(store, path)
    shown = partner_import.preview(store, loaded)
    with store.action("edit elsewhere") as act:   # e.g. the user edits while the preview is open
        act.delete("commitment", first)
    result, changes = partner_import.apply(store, loaded, planned=shown)
    assert result is not shown
    assert first not in changes.updated.get("commitment", set())
    # the row that matched the deleted commitment now updates the other one of the same title
    shown_row, row = ([r for r in preview.rows if r.row == 4][0] for preview in (shown, result))
    assert shown_row.changes[0].record_id == first
    assert row.state == "updated" and row.changes[0].record_id not in (first, None)
    assert row.changes[0].record_id in changes.updated["commitment"]


def test_cancel_leaves_the_database_unchanged(store, mixed):  # noqa: F811
    path, _, _, _ = mixed
    loaded = partner_import.load(store, path)
    shown = partner_import.preview(store, loaded)
    before = dump(store.path)
    asked = []

    def cancelled() -> bool:   # the user presses Cancel while the rows are being written
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(Cancelled):
        partner_import.apply(store, loaded, planned=shown, cancelled=cancelled)
    assert dump(store.path) == before and not store.db.conn.in_transaction
    result, changes = partner_import.apply(store, loaded, planned=shown)   # and it can be applied afterwards
    assert changes.inserted["commitment"]
