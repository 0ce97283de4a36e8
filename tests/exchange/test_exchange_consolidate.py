"""Consolidating committees' workbooks: records match by id, one-sided changes merge, two-sided ones conflict."""

from __future__ import annotations

import pytest
from exchange_helpers import checksum

from g4b_desktop import cli
from g4b_desktop.db import commitments
from g4b_desktop.db.history import revert_change_set
from g4b_desktop.db.store import Store
from g4b_desktop.db.strategy import load_strategy
from g4b_desktop.exchange.consolidate import ConsolidationRefused, consolidate_file, consolidate_files
from g4b_desktop.exchange.workbook_export import export_workbook


def committee(tmp_path, name) -> Store:
    store = Store.create(tmp_path / f"{name}.g4b", author=name)
    load_strategy(store)
    return store


def add(store, worksite_code, title, **values) -> str:
    worksite = store.scalar("SELECT id FROM worksite WHERE code = ?", [worksite_code])
    return commitments.add(store, worksite, title, **values)[0]


@pytest.fixture
def two_committees(tmp_path, store):
    a, b = committee(tmp_path, "committee-a"), committee(tmp_path, "committee-b")
    x = add(a, "1.2.1", "Evaluatie Small Business Act", status="in_progress", progress=30)
    y = add(b, "2.1.1", "Jongerengarantie informeren", status="not_started")
    export_workbook(a, tmp_path / "a1.xlsx", lang="nl")
    export_workbook(b, tmp_path / "b1.xlsx", lang="fr")
    yield store, a, b, x, y
    a.close()
    b.close()


def test_first_consolidation_adds_without_conflicts(two_committees, tmp_path):
    central, a, b, x, y = two_committees
    reports = consolidate_files(central, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"])
    assert [(len(r.added), len(r.updated), len(r.conflicts)) for r in reports] == [(1, 0, 0), (1, 0, 0)]
    assert central.get("commitment", x)["title"] == "Evaluatie Small Business Act"
    assert central.get("commitment", y)["status"] == "not_started"
    # consolidating the same workbooks again changes nothing
    again = consolidate_files(central, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"])
    assert [(r.added, r.updated, r.conflicts, r.change_set_id) for r in again] == [([], [], [], None)] * 2


def test_one_conflicting_edit_is_reported_exactly(two_committees, tmp_path, db_path):
    central, a, b, x, y = two_committees
    consolidate_files(central, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"])
    commitments.update(a, x, {"progress": 60, "notes": "Bureau aangesteld"})   # committee A edits X
    commitments.update(central, x, {"progress": 50})                           # the central staff edit X too
    commitments.update(b, y, {"status": "in_progress"})                        # only B edits Y
    z = add(a, "1.2.2", "E-commerce strategie")
    export_workbook(a, tmp_path / "a2.xlsx", lang="en")
    export_workbook(b, tmp_path / "b2.xlsx", lang="fr")
    report_a, report_b = consolidate_files(central, [tmp_path / "a2.xlsx", tmp_path / "b2.xlsx"])
    assert report_a.added == ["commitment 1.2.2-01 E-commerce strategie"]
    assert report_a.updated == []
    assert [(c.table, c.their_id, c.fields) for c in report_a.conflicts] == [
        ("commitment", x, {"progress": (30, 50, 60), "notes": (None, None, "Bureau aangesteld")})]
    assert (report_b.added, report_b.conflicts) == ([], [])
    assert report_b.updated == ["commitment 2.1.1-01 Jongerengarantie informeren"]
    assert central.get("commitment", x)["progress"] == 50                      # never overwritten silently
    assert central.get("commitment", y)["status"] == "in_progress"
    assert central.exists("commitment", z)
    # deciding per field: take their notes, keep my progress
    decided = consolidate_file(central, tmp_path / "a2.xlsx",
                               decisions={("commitment", x): {"notes": "theirs", "progress": "mine"}})
    assert decided.conflicts == [] and len(decided.resolved) == 1
    row = central.get("commitment", x)
    assert (row["progress"], row["notes"]) == (50, "Bureau aangesteld")
    # once decided, the same workbook brings no new conflict
    assert consolidate_file(central, tmp_path / "a2.xlsx").conflicts == []


def test_keep_mine_and_take_theirs(two_committees, tmp_path):
    central, a, b, x, y = two_committees
    consolidate_file(central, tmp_path / "a1.xlsx")
    commitments.update(a, x, {"title": "Evaluatie SBA (extern)"})
    commitments.update(central, x, {"title": "Evaluatie SBA (centraal)"})
    export_workbook(a, tmp_path / "a2.xlsx")
    assert len(consolidate_file(central, tmp_path / "a2.xlsx", resolve="mine").resolved) == 1
    assert central.get("commitment", x)["title"] == "Evaluatie SBA (centraal)"
    commitments.update(a, x, {"title": "Evaluatie SBA (definitief)"})
    export_workbook(a, tmp_path / "a3.xlsx")
    assert len(consolidate_file(central, tmp_path / "a3.xlsx", resolve="theirs").resolved) == 1
    assert central.get("commitment", x)["title"] == "Evaluatie SBA (definitief)"


def test_consolidation_is_undoable_and_refuses_non_exports(two_committees, tmp_path, db_path):
    central, a, b, x, y = two_committees
    report = consolidate_file(central, tmp_path / "a1.xlsx")
    revert_change_set(central, report.change_set_id)
    assert not central.exists("commitment", x)
    before = checksum(db_path)
    from exchange_helpers import SAMPLES

    with pytest.raises(ConsolidationRefused, match="not an export workbook"):
        consolidate_file(central, SAMPLES / "hub-suivi-2026.fr.xlsx")
    export_workbook(central, tmp_path / "own.xlsx")
    with pytest.raises(ConsolidationRefused, match="this database itself"):
        consolidate_file(central, tmp_path / "own.xlsx")
    assert checksum(db_path) == before


def test_cli_consolidate_reports_conflicts(two_committees, tmp_path, db_path, capsys):
    central, a, b, x, y = two_committees
    consolidate_file(central, tmp_path / "a1.xlsx")
    commitments.update(a, x, {"status": "realised"})
    commitments.update(central, x, {"status": "postponed"})
    export_workbook(a, tmp_path / "a2.xlsx")
    central.close()
    assert cli.main(["consolidate", "--db", str(db_path), str(tmp_path / "a2.xlsx"), str(tmp_path / "b1.xlsx")]) == 2
    out = capsys.readouterr().out
    assert "a2.xlsx: 0 added, 0 updated, 1 in conflict" in out
    assert "b1.xlsx: 1 added, 0 updated, 0 in conflict" in out
    assert "status: mine 'postponed', theirs 'realised'" in out
