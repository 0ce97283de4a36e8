"""The commitment table reads a count and pages of rows, not every id: at 3,000 commitments (15 pages) it
shows the same rows in the same order as a plain SQL query, scrolls to the last row, and an edit refreshes
the row, moves it in a sorted list and takes it out of a filter."""

from __future__ import annotations

import random
import shutil

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from g4b_desktop.db import browse, commitments, queries
from g4b_desktop.db.store import Store
from g4b_desktop.ui.widgets import commitment_model
from g4b_desktop.ui.widgets.commitment_model import (
    CODE, DUE, HEALTH, LEAD, NOTES, PROGRESS, STATUS, TITLE, WORKSITE, CommitmentTableModel,
)
from g4b_desktop.ui.shell.undo import Session

N = 3000
STATUSES = ["not_started", "in_progress", "realised", "postponed", "abandoned"]


@pytest.fixture(scope="module")
def big_template(tmp_path_factory, strategy_template):
    """The strategy with 3,000 commitments over every worksite, mixed-case titles, some without a due
    date, a lead or a health (made once, copied by each test)."""
    path = tmp_path_factory.mktemp("paging") / "big.g4b"
    shutil.copyfile(strategy_template, path)
    r = random.Random(9)
    with Store.open(path, author="tester") as store:
        worksites = [row["id"] for row in store.rows("SELECT id FROM worksite")]
        organisations = [row["id"] for row in store.rows("SELECT id FROM organisation")]
        words = ["stage", "Stage", "jobs", "Zorg", "anders", "école", "Emploi", "buurt", "circulair", "Digitaal"]
        with store.action("Many commitments") as act:
            for n in range(N):
                status = r.choice(STATUSES)
                values = {"title": f"{r.choice(words)} {r.choice(words)} {n % 97}", "status": status,
                          "progress": 100 if status == "realised" else r.choice([0, 10, 50, 90]),
                          "due_date": None if r.random() < 0.2 else f"20{r.randint(22, 30)}-0{r.randint(1, 9)}-15",
                          "health": None if r.random() < 0.3 else r.choice(["on_track", "at_risk", "off_track"]),
                          "lead_organisation_id": None if r.random() < 0.3 or not organisations
                          else r.choice(organisations),
                          "notes": None if r.random() < 0.5 else r.choice(words)}
                commitments.insert(act, r.choice(worksites), values)
    return path


@pytest.fixture
def db_path(tmp_path, big_template):
    path = tmp_path / "big.g4b"
    shutil.copyfile(big_template, path)
    return path


@pytest.fixture
def session(qapp, store):
    return Session(store, "en")


# a plain SQL query per column: the order the table must show (sort column, then code; NULLs first going up)
PLAIN_ORDER = {CODE: "c.code", TITLE: "c.title COLLATE NOCASE", STATUS: "c.status", PROGRESS: "c.progress",
               HEALTH: "c.health", LEAD: "org.name COLLATE NOCASE", DUE: "c.due_date", WORKSITE: "w.code",
               NOTES: "c.notes COLLATE NOCASE"}


def plain_ids(store, column: int, descending: bool, where: str = "", params=()) -> list[str]:
    direction = "DESC" if descending else "ASC"
    order = PLAIN_ORDER[column]
    order_sql = f"{order} {direction}" if column == CODE else f"{order} {direction}, c.code {direction}"
    return [row[0] for row in store.db.execute(
        "SELECT c.id FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
        f"LEFT JOIN organisation org ON org.id = c.lead_organisation_id {where} ORDER BY {order_sql}", list(params))]


def shown_ids(model) -> list[str]:
    return [model.index(r, CODE).data(commitment_model.ID_ROLE) for r in range(model.rowCount())]


def test_the_first_screen_reads_one_page_not_every_row(session):
    model = CommitmentTableModel(session)
    assert model.rowCount() == N
    assert model.paged and model.cached_row_count() == 0
    assert model.index(0, TITLE).data()
    assert model.cached_row_count() == commitment_model.PAGE
    # the last row is read by its own page
    last = model.index(N - 1, CODE).data(commitment_model.ID_ROLE)
    assert last == plain_ids(session.store, CODE, False)[-1]
    assert model.cached_row_count() == 2 * commitment_model.PAGE


@pytest.mark.parametrize("column", [CODE, TITLE, STATUS, PROGRESS, HEALTH, LEAD, DUE, WORKSITE, NOTES])
def test_every_sort_gives_the_rows_of_a_plain_query(session, column):
    model = CommitmentTableModel(session)
    for descending in (False, True):
        model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        expected = plain_ids(session.store, column, descending)
        assert shown_ids(model) == expected
        # a row is found where it is (the current row after a sort, "show in its worksite")
        for record_id in (expected[0], expected[N // 3], expected[-1]):
            assert model.row_of(record_id) == expected.index(record_id)
        assert model.cached_row_count() <= commitment_model.CACHED_ROWS
    if column != LEAD:  # an org's name is in another table: SQLite sorts those, the model reads the ids once
        assert model.paged


def test_filters_give_the_rows_of_a_plain_query(session):
    store = session.store
    worksite = store.scalar("SELECT worksite_id FROM commitment GROUP BY worksite_id ORDER BY count(*) DESC")
    objective = store.scalar("SELECT objective_id FROM worksite WHERE id = ?", [worksite])
    lead = store.scalar("SELECT lead_organisation_id FROM commitment WHERE lead_organisation_id IS NOT NULL "
                        "GROUP BY 1 ORDER BY count(*) DESC")
    today = "2026-06-01"
    cases = [
        (browse.CommitmentFilter(status="in_progress", today=today), "WHERE c.status = ?", ["in_progress"]),
        (browse.CommitmentFilter(health="at_risk", today=today), "WHERE c.health = ?", ["at_risk"]),
        (browse.CommitmentFilter(worksite_id=worksite, today=today), "WHERE c.worksite_id = ?", [worksite]),
        (browse.CommitmentFilter(objective_id=objective, today=today), "WHERE w.objective_id = ?", [objective]),
        (browse.CommitmentFilter(lead_organisation_id=lead, today=today), "WHERE c.lead_organisation_id = ?", [lead]),
        (browse.CommitmentFilter(due="overdue", today=today),
         "WHERE c.due_date < ? AND c.status NOT IN ('realised', 'abandoned')", [today]),
        (browse.CommitmentFilter(due="this_year", today=today), "WHERE substr(c.due_date, 1, 4) = '2026'", []),
        (browse.CommitmentFilter(text="stage zorg", today=today),
         "WHERE (c.code LIKE '%stage%' OR c.title LIKE '%stage%' OR c.description LIKE '%stage%' OR "
         "c.notes LIKE '%stage%' OR org.name LIKE '%stage%') AND (c.code LIKE '%zorg%' OR c.title LIKE '%zorg%' "
         "OR c.description LIKE '%zorg%' OR c.notes LIKE '%zorg%' OR org.name LIKE '%zorg%')", []),
    ]
    model = CommitmentTableModel(session)
    for where, sql, params in cases:
        model.set_filter(where)
        for column, descending in ((CODE, False), (TITLE, True), (DUE, False), (WORKSITE, True)):
            model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            expected = plain_ids(store, column, descending, sql, params)
            assert expected, sql
            assert model.rowCount() == len(expected)
            assert shown_ids(model) == expected, (sql, column, descending)


def test_an_edit_refreshes_its_row_and_moves_it_where_the_order_puts_it(qtmodeltester, session):
    store = session.store
    model = CommitmentTableModel(session)
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)  # stays attached: every signal below is checked too
    changed, resets = [], []
    model.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), first.column())))
    model.modelReset.connect(lambda: resets.append(1))
    # a change that cannot move the row (its title, sorted by status): exactly that cell
    row = 5
    record_id = model.commitment_id(row)
    assert model.setData(model.index(row, TITLE), "Een nieuwe titel")
    assert changed == [(row, TITLE)] and resets == []
    assert model.index(row, TITLE).data() == "Een nieuwe titel"
    # a change of the sort column: the row goes where a plain query puts it, the current row follows it
    current = QPersistentModelIndex(model.index(row, STATUS))
    new_status = "realised" if model.index(row, STATUS).data(commitment_model.SORT_ROLE) != "realised" else "abandoned"
    assert model.setData(model.index(row, STATUS), new_status)
    expected = plain_ids(store, STATUS, False)
    assert shown_ids(model) == expected
    assert current.row() == expected.index(record_id)
    assert model.index(current.row(), STATUS).data() == new_status.capitalize()
    assert resets == []
    # undo puts it back
    session.undo_stack.undo()
    assert shown_ids(model) == plain_ids(store, STATUS, False)
    assert current.row() == row


def test_an_edit_takes_a_row_out_of_a_filter_and_a_new_one_in(window, qtbot):
    store = window.store
    view = window.commitments_view
    window.show_view("commitments")
    view.status.setCurrentIndex(view.status.findData("in_progress"))
    count = store.scalar("SELECT count(*) FROM commitment WHERE status = 'in_progress'")
    assert view.model.rowCount() == count and view.model.paged
    assert view.count.text() == f"{count} commitments"
    # scrolling to the end reads the last row
    view.table.scrollToBottom()
    qtbot.wait(10)
    last = plain_ids(store, CODE, False, "WHERE c.status = 'in_progress'")[-1]
    assert view.model.index(count - 1, CODE).data(commitment_model.ID_ROLE) == last
    assert view.model.is_cached(count - 1)
    # mark the last one realised: it leaves the list and the count shown
    assert view.table.select_id(last)
    assert view.model.setData(view.model.index(count - 1, STATUS), "realised")
    assert view.model.rowCount() == count - 1
    assert view.count.text() == f"{count - 1} commitments"
    assert view.model.row_of(last) is None
    # a new commitment under way comes in at its place in the order
    worksite = queries.worksite_by_code(store, "1.1.1")
    new_id, changes = commitments.add(store, worksite["id"], "Nieuw", status="in_progress")
    window.apply_changes(changes)
    assert view.model.rowCount() == count
    assert shown_ids(view.model) == plain_ids(store, CODE, False, "WHERE c.status = 'in_progress'")
    assert view.count.text() == f"{count} commitments"
    # undo (of the status change, after the new commitment) brings the last one back, at the end
    window.undo_stack.undo()
    assert view.model.rowCount() == count + 1
    assert view.model.row_of(last) == count
    assert view.model.index(count, CODE).data(commitment_model.ID_ROLE) == last
