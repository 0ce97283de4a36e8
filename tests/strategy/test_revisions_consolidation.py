"""Consolidation across strategy revisions (issue 21): same revision merges; the ministry's newer revision maps
the old codes of a committee's workbook; a committee's revision the ministry lacks is refused with a sentence."""

from __future__ import annotations

import pytest

from g4b_desktop.db import commitments, revisions
from g4b_desktop.db.revisions import Change, Plan
from g4b_desktop.db.store import Store
from g4b_desktop.db.strategy import load_strategy
from g4b_desktop.exchange.consolidate import ConsolidationRefused, consolidate_file
from g4b_desktop.exchange.workbook_export import export_workbook


def committee(tmp_path, name) -> Store:
    store = Store.create(tmp_path / f"{name}.g4b", author=name)
    load_strategy(store)
    return store


def worksite_id(store, code):
    return store.scalar("SELECT id FROM worksite WHERE code = ?", [code])


def move_2_6_1(store):
    revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                             Plan([Change("move", "worksite", worksite_id(store, "2.6.1"), parent="2.1")]))


def test_ministry_on_a_newer_revision_maps_the_old_codes(tmp_path, store):
    committee_a = committee(tmp_path, "committee-a")
    cid, _ = commitments.add(committee_a, worksite_id(committee_a, "2.6.1"), "Grootstedelijke samenwerking",
                             progress=40)
    export_workbook(committee_a, tmp_path / "a.xlsx", lang="nl")
    move_2_6_1(store)                      # the ministry applied the update; the committee did not yet
    report = consolidate_file(store, tmp_path / "a.xlsx")
    assert report.notes and "earlier strategy revision" in report.notes[0]
    merged = store.get("commitment", cid)
    assert merged["worksite_id"] == worksite_id(store, "2.1.7")     # under the worksite's new code
    assert merged["code"] == "2.1.7-01" and merged["progress"] == 40
    committee_a.close()


def test_committee_on_a_revision_the_ministry_lacks_is_refused(tmp_path, store):
    committee_a = committee(tmp_path, "committee-a")
    move_2_6_1(committee_a)
    commitments.add(committee_a, worksite_id(committee_a, "2.1.7"), "Onder de nieuwe code")
    export_workbook(committee_a, tmp_path / "a.xlsx", lang="fr")
    before = store.scalar("SELECT count(*) FROM change_set")
    with pytest.raises(ConsolidationRefused, match="Update February 2021.*apply that revision here first"):
        consolidate_file(store, tmp_path / "a.xlsx")
    assert store.scalar("SELECT count(*) FROM change_set") == before
    # once the ministry applies the same revision, the workbook merges
    move_2_6_1(store)
    report = consolidate_file(store, tmp_path / "a.xlsx")
    assert not report.notes and len(report.added) == 1
    committee_a.close()
