"""Every table model of the window passes qtmodeltester; edits refresh exactly the changed cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from g4b_desktop.db import browse, commitments, indicators, partners_read, queries
from g4b_desktop.ui.widgets.commitment_model import (
    CODE, DUE, LEAD, PROGRESS, RECORD_ROLE, SORT_ROLE, STATUS, TITLE, CommitmentTableModel,
)
from g4b_desktop.ui.widgets.history_panel import HistoryModel
from g4b_desktop.ui.strategy.home_view import StatusModel
from g4b_desktop.ui.indicators.indicators_view import ValuesModel
from g4b_desktop.ui.widgets.rows_model import Column, RowsModel
from g4b_desktop.ui.backups.trash_view import TrashModel
from g4b_desktop.ui.shell.undo import Session


@pytest.fixture
def session(qapp, store):
    return Session(store, "en")


@pytest.fixture
def worksite(store):
    return queries.worksite_by_code(store, "2.1.4")


def add_three(store, worksite_id):
    ids = []
    for title, due in (("Beta", "2027-01-31"), ("Alpha", None), ("Gamma", "2025-05-01")):
        new_id, _ = commitments.add(store, worksite_id, title, due_date=due)
        ids.append(new_id)
    return ids


def test_commitment_model_passes_modeltester(qtmodeltester, session, worksite):
    add_three(session.store, worksite["id"])
    model = CommitmentTableModel(session)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_commitment_model_sorts_in_sql_with_raw_sort_role(session, worksite):
    add_three(session.store, worksite["id"])
    model = CommitmentTableModel(session)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, TITLE).data() for r in range(3)] == ["Alpha", "Beta", "Gamma"]
    model.sort(DUE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, DUE).data(SORT_ROLE) for r in range(3)] == ["2027-01-31", "2025-05-01", None]
    assert model.index(0, DUE).data() == "31/01/2027"
    assert model.index(0, PROGRESS).data(SORT_ROLE) == 0
    assert model.index(0, CODE).data(RECORD_ROLE)["title"] == "Beta"


def test_an_edit_emits_data_changed_for_exactly_the_changed_cells(qtbot, session, worksite):
    ids = add_three(session.store, worksite["id"])
    model = CommitmentTableModel(session)
    changed = []
    model.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), first.column(),
                                                                            last.row(), last.column())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    row = model.row_of(ids[1])
    assert model.index(row, STATUS).data() == "Not started"  # a view has read the row
    assert model.setData(model.index(row, STATUS), "realised")
    assert changed == [(row, STATUS, row, STATUS)]
    assert model.index(row, STATUS).data() == "Realised"
    assert resets == []
    # undo goes back and again names only that cell
    changed.clear()
    session.undo_stack.undo()
    assert changed == [(row, STATUS, row, STATUS)]
    assert session.store.get("commitment", ids[1])["status"] == "not_started"


def test_lead_organisation_rename_refreshes_the_lead_cell(session, worksite):
    from g4b_desktop.db import partners

    organisation = session.store.scalar("SELECT id FROM organisation ORDER BY name LIMIT 1")
    new_id, _ = commitments.add(session.store, worksite["id"], "Led", lead_organisation_id=organisation)
    model = CommitmentTableModel(session)
    assert model.index(model.row_of(new_id), LEAD).data() != "Renamed org"  # a view has read the row
    changed = []
    model.dataChanged.connect(lambda first, last, roles=(): changed.append(first.column()))
    session.apply_changes(partners.update_organisation(session.store, organisation, {"name": "Renamed org"}))
    assert changed == [LEAD]
    assert model.index(model.row_of(new_id), LEAD).data() == "Renamed org"


def test_filtered_model_takes_new_rows_only_when_they_match(session, worksite):
    model = CommitmentTableModel(session, browse.CommitmentFilter(worksite_id=worksite["id"]))
    other = queries.worksite_by_code(session.store, "1.1.1")
    _id, changes = commitments.add(session.store, other["id"], "Elsewhere")
    session.apply_changes(changes)
    assert model.rowCount() == 0
    _id, changes = commitments.add(session.store, worksite["id"], "Here")
    session.apply_changes(changes)
    assert model.rowCount() == 1
    session.apply_changes(commitments.delete(session.store, _id))
    assert model.rowCount() == 0


def test_invalid_edit_is_refused_and_reported(qtbot, session, worksite):
    new_id = add_three(session.store, worksite["id"])[0]
    model = CommitmentTableModel(session)
    errors = []
    session.error.connect(errors.append)
    assert not model.setData(model.index(model.row_of(new_id), PROGRESS), 140)
    assert errors and "0–100" in str(errors[0])
    assert session.store.get("commitment", new_id)["progress"] == 0
    assert session.undo_stack.count() == 0


def test_history_model_passes_modeltester(qtmodeltester, session, worksite):
    new_id = add_three(session.store, worksite["id"])[0]
    commitments.update(session.store, new_id, {"status": "realised"})
    model = HistoryModel(session)
    model.show_record("commitment", new_id)
    assert model.rowCount() >= 3
    qtmodeltester.check(model)
    # newest first, enum values shown as labels, field names in words
    assert model.index(0, 3).data() == "status"
    assert model.index(0, 4).data() == "Not started"
    assert model.index(0, 5).data() == "Realised"


def test_trash_model_passes_modeltester(qtmodeltester, session, worksite):
    new_id = add_three(session.store, worksite["id"])[0]
    commitments.delete(session.store, new_id)
    model = TrashModel(session)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_status_model_passes_modeltester(qtmodeltester, session, worksite):
    add_three(session.store, worksite["id"])
    model = StatusModel(session)
    assert model.rowCount() == 17
    qtmodeltester.check(model)


def test_rows_model_passes_modeltester_and_updates_cells(qtmodeltester, session):
    model = RowsModel([Column("name", "Name"), Column("objectives", "Objectives")])
    model.set_rows(partners_read.organisation_rows(session.store))
    qtmodeltester.check(model)
    changed = []
    model.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), first.column())))
    first = dict(model.record(0))
    model.update_records([{**first, "objectives": 99}])
    assert changed == [(0, 1)]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 0).data().casefold() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    qtmodeltester.check(model)


def test_values_model_passes_modeltester_and_edits(qtmodeltester, session):
    indicator = session.store.scalar("SELECT id FROM indicator WHERE code = 'KC01'")
    model = ValuesModel(session)
    model.show_indicator(indicator)
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    session.changed.connect(lambda _c: model.refresh())
    assert model.setData(model.index(0, 2), "12,5")  # a target typed the Belgian way
    assert indicators.values(session.store, indicator)[0]["target"] == 12.5
    session.undo_stack.undo()
    assert indicators.values(session.store, indicator)[0]["target"] is None
    assert not model.setData(model.index(0, 1), "twelve")


def test_rows_are_read_in_pages(session, worksite):
    from g4b_desktop.ui.widgets import commitment_model

    ids = [commitments.add(session.store, worksite["id"], f"Commitment {n}")[0] for n in range(30)]
    model = CommitmentTableModel(session)
    assert model.rowCount() == 30 and model.cached_row_count() == 0
    model.index(0, TITLE).data()
    assert 0 < model.cached_row_count() <= commitment_model.PAGE
    assert model.commitment_id(29) == ids[29]
