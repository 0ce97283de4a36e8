"""An edit refreshes only what it touched (#9), and what the views then show equals a fresh full read.

Real strategy database, real main window offscreen. The strategy tree re-reads the figures of the
worksites of the changed commitments only; hidden views (home, partners, an objective page behind a
worksite page) are refreshed when shown.
"""

from __future__ import annotations

import pytest

from g4b_desktop.db import browse, commitments, dashboard, partners_read, queries
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.strategy import objective_page, strategy_view
from g4b_desktop.ui.operations import commitments as commitment_operations
from g4b_desktop.ui.strategy.home_view import STATUSES, StatusModel
from g4b_desktop.ui.strategy.strategy_view import COUNTED, PROGRESS, progress_text


FULL_TREE = browse.strategy_tree  # the tests' own full aggregation (the fixture below counts the view's)


def worksite(store, code):
    return queries.worksite_by_code(store, code)["id"]


def add(window, code, title, **values):
    commitment_id, changes = commitments.add(window.store, worksite(window.store, code), title, **values)
    window.apply_changes(changes)
    return commitment_id


def fresh_tree(store) -> dict:
    """Every objective's and worksite's figures, aggregated afresh over all commitments."""
    result = {}
    for pillar in FULL_TREE(store):
        for objective in pillar["objectives"]:
            result[("objective", objective["id"])] = objective
            for row in objective["worksites"]:
                result[("worksite", row["id"])] = row
    return result


def assert_tree_is_fresh(view) -> None:
    """The tree shows, for every objective and worksite, what a full aggregation gives."""
    for key, row in fresh_tree(view.session.store).items():
        shown = view.figures_of(*key)
        assert {k: shown[k] for k in COUNTED} == {k: row[k] for k in COUNTED}, (key, row["code"])
        assert shown["progress"] == pytest.approx(row["progress"]), (key, row["code"])
        item = view.item_of(*key)
        assert item.text(PROGRESS) == progress_text(row, view.session.language), row["code"]
        expected = view.tr("{realised} of {total} commitments realised; average progress {progress}").format(
            realised=row["realised"], total=row["commitments"],
            progress=i18n.show_percent(row["progress"], view.session.language))
        assert item.toolTip(PROGRESS) == expected, row["code"]


@pytest.fixture
def full_reads(monkeypatch):
    """Counts the strategy tree's reads of every commitment."""
    calls = []

    def counted(store, *args):
        calls.append(1)
        return FULL_TREE(store, *args)

    monkeypatch.setattr(strategy_view.browse, "strategy_tree", counted)
    return calls


@pytest.fixture
def seeded(window):
    """A few commitments in two objectives (2.1 and 1.1), the strategy view showing worksite 2.1.4."""
    ids = {
        "a": add(window, "2.1.4", "Stages", status="in_progress", progress=40),
        "b": add(window, "2.1.4", "Coaching", status="realised", progress=100),
        "c": add(window, "2.1.3", "Taalcursussen", status="not_started", progress=0),
        "d": add(window, "1.1.1", "Bedrijfszones", status="postponed", progress=10),
    }
    window.open_record("worksite", worksite(window.store, "2.1.4"))
    return ids


def test_a_status_edit_re_reads_only_its_worksite_and_matches_a_full_aggregation(window, seeded, full_reads):
    view = window.strategy_view
    assert_tree_is_fresh(view)
    before = view.figures_of("objective", queries.objective_by_code(window.store, "2.1")["id"])
    assert commitment_operations.set_fields(window.session, seeded["a"], {"status": "realised", "progress": 100})
    assert full_reads == []  # the targeted path, not a re-read of every commitment
    after = view.figures_of("objective", queries.objective_by_code(window.store, "2.1")["id"])
    assert (after["realised"], after["in_progress"]) == (before["realised"] + 1, before["in_progress"] - 1)
    assert_tree_is_fresh(view)
    window.undo_action.trigger()
    assert_tree_is_fresh(view)
    assert view.figures_of("objective", queries.objective_by_code(window.store, "2.1")["id"]) == before
    window.redo_action.trigger()
    assert_tree_is_fresh(view)
    assert full_reads == []


def test_moving_a_commitment_refreshes_the_worksite_it_left(window, seeded, full_reads):
    view = window.strategy_view
    target = worksite(window.store, "1.1.1")
    assert commitment_operations.set_fields(window.session, seeded["b"], {"worksite_id": target})
    assert full_reads == []
    assert view.figures_of("worksite", worksite(window.store, "2.1.4"))["commitments"] == 1
    assert view.figures_of("worksite", target)["commitments"] == 2
    assert_tree_is_fresh(view)
    window.undo_action.trigger()
    assert view.figures_of("worksite", worksite(window.store, "2.1.4"))["commitments"] == 2
    assert_tree_is_fresh(view)


def test_delete_undo_and_redo_keep_the_tree_fresh(window, seeded, full_reads):
    view = window.strategy_view
    assert commitment_operations.delete(window.session, [seeded["a"], seeded["d"]])
    assert full_reads == []  # the worksites of deleted commitments come from the trash
    assert view.figures_of("worksite", worksite(window.store, "1.1.1"))["commitments"] == 0
    assert view.item_of("worksite", worksite(window.store, "1.1.1")).text(PROGRESS) == "—"
    assert_tree_is_fresh(view)
    window.undo_action.trigger()
    assert view.figures_of("worksite", worksite(window.store, "1.1.1"))["commitments"] == 1
    assert_tree_is_fresh(view)
    window.redo_action.trigger()
    assert_tree_is_fresh(view)


def test_an_action_changing_many_commitments_refreshes_everything(window, seeded, full_reads):
    ids = [worksite(window.store, code) for code in ("2.1.4", "1.1.1", "2.1.3")]
    with window.store.action("Import") as act:
        for n in range(queries.TOUCHED_LIMIT + 1):
            commitments.insert(act, ids[n % 3], {"title": f"Geïmporteerd {n}", "status": "in_progress",
                                                 "progress": n % 101})
    window.apply_changes(act.changes)
    assert full_reads == [1]
    assert_tree_is_fresh(window.strategy_view)


def test_the_tree_is_right_after_an_edit_and_a_language_switch(window, seeded):
    assert commitment_operations.set_fields(window.session, seeded["c"], {"status": "realised", "progress": 100})
    french = window.set_language("fr")
    assert_tree_is_fresh(french.strategy_view)
    french.undo_action.trigger()
    assert_tree_is_fresh(french.strategy_view)


def test_hidden_home_view_is_refreshed_when_shown(window, seeded):
    home = window.home_view
    assert window.current_view() == "strategy" and not home.isVisible()
    objective = queries.objective_by_code(window.store, "2.1")["id"]

    def shown_row():
        row = [r for r in range(home.model.rowCount()) if home.model.index(r, 0).data() == "2.1"][0]
        return [home.model.index(row, column).data() for column in range(home.model.columnCount())]

    def fresh_row():
        fresh = StatusModel(window.session)  # what a model read afresh shows
        row = [r for r in range(fresh.rowCount()) if fresh.index(r, 0).data() == "2.1"][0]
        return [fresh.index(row, column).data() for column in range(fresh.columnCount())]

    window.show_view("home")
    window.open_record("worksite", worksite(window.store, "2.1.4"))
    before = shown_row()
    resets = []
    home.model.modelReset.connect(lambda: resets.append(1))
    late = add(window, "2.1.4", "Te laat", status="in_progress", due_date="2020-01-01")
    assert commitment_operations.set_fields(window.session, seeded["a"], {"status": "abandoned"})
    assert shown_row() == before  # hidden: not read at every edit
    window.show_view("home")
    assert resets == []  # the objective's row replaced in place
    shown = shown_row()
    assert shown != before
    assert shown[2] == str(window.store.scalar(
        "SELECT count(*) FROM commitment c JOIN worksite w ON w.id = c.worksite_id WHERE w.objective_id = ?",
        [objective]))
    assert shown == fresh_row()
    overdue = [home.overdue.topLevelItem(n).data(0, 256) for n in range(home.overdue.topLevelItemCount())]
    assert ("commitment", late) in overdue
    assert "2.1.4" in home.recent.topLevelItem(0).text(1)


def test_shown_home_view_reads_the_touched_objective_after_its_pause(window, seeded, qtbot):
    window.show_view("home")
    home = window.home_view
    resets = []
    home.model.modelReset.connect(lambda: resets.append(1))
    assert commitment_operations.set_fields(window.session, seeded["d"], {"status": "realised"})  # 1.1.1
    assert commitment_operations.set_fields(window.session, seeded["b"], {"worksite_id": worksite(window.store, "1.1.1")})
    qtbot.waitUntil(lambda: not home.timer.isActive(), timeout=3000)
    assert resets == []
    fresh = {row["code"]: row for row in dashboard.status_per_objective(window.store)}
    for n in range(home.model.rowCount()):
        code = home.model.index(n, 0).data()
        assert home.model.index(n, 2).data() == str(fresh[code]["commitments"]), code
        assert home.model.index(n, 3 + STATUSES.index("realised")).data() == \
            str(fresh[code]["realised"]), code
    assert home.model.index([n for n in range(home.model.rowCount())
                             if home.model.index(n, 0).data() == "1.1"][0], 2).data() == "2"
    # a renamed worksite: everything read again
    window.apply_changes(_rename(window.store, worksite(window.store, "2.1.4")))
    qtbot.waitUntil(lambda: not home.timer.isActive(), timeout=3000)
    assert resets == [1]


def _rename(store, worksite_id):
    with store.action("Rename") as act:
        act.update("worksite", worksite_id, {"title": "Stages"})
    return act.changes


def test_hidden_partners_view_shows_the_new_lead_count_when_shown(window, seeded):
    store = window.store
    actiris = store.scalar("SELECT id FROM organisation WHERE name = 'Actiris'")
    view = window.partners_view
    leads = [n for n, column in enumerate(view.organisations.columns) if column.key == "commitments"][0]

    def shown_leads():
        return view.organisations.index(view.organisations.row_of(actiris), leads).data()

    def fresh_leads():
        return str(partners_read.organisation_rows(store, ids=[actiris])[0]["commitments"] or 0)

    assert shown_leads() == fresh_leads() == "0"
    assert commitment_operations.set_fields(window.session, seeded["a"], {"lead_organisation_id": actiris})
    assert commitment_operations.set_fields(window.session, seeded["c"], {"lead_organisation_id": actiris})
    assert not view.isVisible()
    window.show_view("partners")
    assert shown_leads() == fresh_leads() == "2"
    # shown: an edit updates the organisation it leaves at once (the old lead, from the change log)
    window.undo_action.trigger()
    assert shown_leads() == fresh_leads() == "1"
    assert commitment_operations.delete(window.session, [seeded["a"]])
    assert shown_leads() == fresh_leads() == "0"


def objective_row(page, code):
    for n in range(page.worksites.topLevelItemCount()):
        item = page.worksites.topLevelItem(n)
        if item.text(0) == code:
            return [item.text(column) for column in range(page.worksites.columnCount())]
    raise AssertionError(code)


def fresh_objective_row(store, objective_id, code):
    row = [w for w in browse.objective_page(store, objective_id)["worksites"] if w["code"] == code][0]
    return [row["code"], row["title"], str(row["commitments"])]


def test_hidden_objective_page_is_filled_again_when_shown(window, seeded):
    objective = queries.objective_by_code(window.store, "2.1")["id"]
    window.open_record("objective", objective)
    page = window.strategy_view.objective_page
    assert objective_row(page, "2.1.4")[:3] == fresh_objective_row(window.store, objective, "2.1.4")
    window.show_view("home")
    assert not page.isVisible()
    add(window, "2.1.4", "Nieuw", status="realised", progress=100)
    assert objective_row(page, "2.1.4")[2] == "2"  # not filled again while hidden
    window.show_view("strategy")
    assert objective_row(page, "2.1.4")[:3] == fresh_objective_row(window.store, objective, "2.1.4")
    assert objective_row(page, "2.1.4")[2] == "3"


def test_shown_objective_page_ignores_commitments_of_other_objectives(window, seeded, monkeypatch):
    objective = queries.objective_by_code(window.store, "2.1")["id"]
    window.open_record("objective", objective)
    page = window.strategy_view.objective_page
    fills = []
    read = objective_page.browse.objective_page  # the page's one read of what it shows
    monkeypatch.setattr(objective_page.browse, "objective_page", lambda *a: (fills.append(1), read(*a))[1])
    assert commitment_operations.set_fields(window.session, seeded["d"], {"status": "realised"})  # objective 1.1
    assert fills == []
    assert commitment_operations.set_fields(window.session, seeded["b"], {"status": "postponed"})  # objective 2.1
    assert fills == [1]
    row = objective_row(page, "2.1.4")
    postponed = 3 + STATUSES.index("postponed")
    assert row[postponed] == "1"
    # moving a commitment out of the objective changes the page too (the worksite it left)
    assert commitment_operations.set_fields(window.session, seeded["b"], {"worksite_id": worksite(window.store, "1.1.1")})
    assert fills == [1, 1]
    assert objective_row(page, "2.1.4")[:3] == fresh_objective_row(window.store, objective, "2.1.4")


# ---- the data layer's answer (no window) -------------------------------------------------------

def test_values_touched_before_and_after(store):
    first, second = worksite(store, "2.1.4"), worksite(store, "1.1.1")
    commitment_id, changes = commitments.add(store, first, "Een")
    assert queries.values_touched(store, changes, "commitment", "worksite_id") == {first}
    moved = commitments.update(store, commitment_id, {"worksite_id": second})
    assert queries.values_touched(store, moved, "commitment", "worksite_id") == {first, second}
    status = commitments.update(store, commitment_id, {"status": "realised"})
    assert queries.values_touched(store, status, "commitment", "worksite_id") == {second}
    assert queries.values_touched(store, status, "organisation", "id") == set()
    deleted = commitments.delete(store, commitment_id)
    assert queries.values_touched(store, deleted, "commitment", "worksite_id") == {second}
    assert queries.values_touched(store, deleted, "commitment", "worksite_id", limit=0) is None
    deleted.change_set_id = None  # merged or unknown: cannot be told
    assert queries.values_touched(store, deleted, "commitment", "worksite_id") is None


def test_worksite_figures_equal_the_full_tree(store):
    for n, status in enumerate(("realised", "in_progress", "in_progress", "abandoned")):
        commitments.add(store, worksite(store, "2.1.4"), f"C{n}", status=status, progress=25 * n)
    ids = [worksite(store, "2.1.4"), worksite(store, "1.1.1")]
    fresh = fresh_tree(store)
    for row in dashboard.worksite_figures(store, ids):
        full = fresh[("worksite", row["id"])]
        assert {k: row[k] for k in (*COUNTED, "progress")} == {k: full[k] for k in (*COUNTED, "progress")}
    assert dashboard.worksite_figures(store, []) == []
