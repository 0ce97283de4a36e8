"""The per-worksite figures kept by triggers (step 0013) always equal a count over the commitments."""

from __future__ import annotations

import pytest

from g4b_desktop.db import browse, commitments, dashboard, history
from g4b_desktop.db.schema.worksite_figures import STATUSES, rebuild_worksite_figures

COLUMNS = ("commitments", *STATUSES, "progress_sum")


def kept(store) -> dict:
    return {r["worksite_id"]: tuple(r[c] for c in COLUMNS)
            for r in store.rows("SELECT * FROM worksite_figures") if r["commitments"]}


def counted(store) -> dict:
    sums = ", ".join(f"sum(status = '{s}')" for s in STATUSES)
    return {r[0]: tuple(r[1:]) for r in store.db.execute(
        f"SELECT worksite_id, count(*), {sums}, total(progress) FROM commitment GROUP BY worksite_id")}


def worksite(store, code: str) -> str:
    return store.scalar("SELECT id FROM worksite WHERE code = ?", [code])


def test_figures_follow_inserts_edits_moves_deletes_restores_and_reverts(store):
    assert kept(store) == counted(store)
    a, _ = commitments.add(store, worksite(store, "2.1.4"), "Een", status="in_progress", progress=40)
    b, _ = commitments.add(store, worksite(store, "2.1.4"), "Twee", progress=10)
    c, _ = commitments.add(store, worksite(store, "1.2.1"), "Drie", status="realised", progress=100)
    assert kept(store) == counted(store)
    assert kept(store)[worksite(store, "2.1.4")] == (2, 0, 1, 1, 0, 0, 50.0)
    commitments.update(store, a, {"status": "realised", "progress": 100})
    changes = commitments.update(store, b, {"worksite_id": worksite(store, "1.2.1"), "status": "postponed"})
    assert kept(store) == counted(store)
    history.revert_change_set(store, changes.change_set_id)
    assert kept(store) == counted(store)
    commitments.delete(store, c)
    assert kept(store) == counted(store)
    trash_id = history.trash(store)[0]["id"]
    history.restore(store, trash_id)
    assert kept(store) == counted(store)
    assert kept(store)[worksite(store, "1.2.1")] == (1, 1, 0, 0, 0, 0, 100.0)


def test_a_failed_action_leaves_the_figures_as_they_were(store):
    target = worksite(store, "2.1.4")
    commitments.add(store, target, "Een", progress=30)
    before = kept(store)
    with pytest.raises(RuntimeError):
        with store.action("fails halfway") as act:
            commitments.insert(act, target, {"title": "Weg", "progress": 70})
            raise RuntimeError("stop")
    assert kept(store) == before == counted(store)


def test_readers_give_what_a_count_over_the_commitments_gives(store):
    for i in range(12):
        commitments.add(store, worksite(store, "2.1.4" if i % 3 else "1.1.1"), f"C{i}",
                        status=STATUSES[i % len(STATUSES)], progress=i * 7)
    tree = browse.strategy_tree(store)
    objectives = {o["code"]: o for p in tree for o in p["objectives"]}
    rows = {r["code"]: r for r in dashboard.status_per_objective(store)}
    for code in ("1.1", "2.1", "1.2"):
        expected = store.rows(
            f"SELECT {browse.STATUS_COUNTS} FROM objective o JOIN worksite w ON w.objective_id = o.id "
            "LEFT JOIN commitment c ON c.worksite_id = w.id WHERE o.code = ?", [code])[0]
        for key, value in expected.items():
            assert objectives[code][key] == pytest.approx(value), (code, key)
            assert rows[code][key] == pytest.approx(value), (code, key)
    rebuilt_before = kept(store)
    rebuild_worksite_figures(store.db)
    assert kept(store) == rebuilt_before
