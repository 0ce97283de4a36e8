"""The views of the main window driven with real widgets: filters, forms, partners, indicators, trash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from g4b_desktop.db import commitments, indicators, queries
from g4b_desktop.ui.commitments.commitment_form import CommitmentForm
from g4b_desktop.ui.widgets.commitment_model import STATUS, TITLE
from g4b_desktop.ui.widgets.record_form import RecordForm


def add(store, code, title, **values):
    worksite = queries.worksite_by_code(store, code)
    return commitments.add(store, worksite["id"], title, **values)[0]


def test_commitments_view_filters(window, qtbot):
    store = window.store
    add(store, "2.1.4", "Stages werven", status="realised", due_date="2020-01-01")
    add(store, "2.1.4", "Overdue stages", status="in_progress", due_date="2020-06-30", health="at_risk")
    add(store, "1.1.1", "Bedrijfszones", status="in_progress", due_date="2099-01-01")
    view = window.commitments_view
    view.model.reload()
    assert view.model.rowCount() == 3
    view.status.setCurrentIndex(view.status.findData("in_progress"))
    assert view.model.rowCount() == 2
    view.due.setCurrentIndex(view.due.findData("overdue"))
    assert [view.model.index(r, TITLE).data() for r in range(view.model.rowCount())] == ["Overdue stages"]
    view.clear_filters()
    objective = queries.objective_by_code(store, "1.1")
    view.objective.setCurrentIndex(view.objective.findData(objective["id"]))
    assert view.model.rowCount() == 1
    assert view.worksite.count() == 1 + len(store.rows("SELECT id FROM worksite WHERE objective_id = ?",
                                                       [objective["id"]]))
    view.clear_filters()
    qtbot.keyClicks(view.text, "overdue")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.count.text() == "1 commitments"


def test_commitment_form_checks_fields_where_typed(window, qtbot):
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    form = CommitmentForm(window, worksite_id=worksite["id"])
    qtbot.addWidget(form)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and form.errors["title"].text() == "⚠ A title is required."
    qtbot.keyClicks(form.title, "Een titel")
    assert form.errors["title"].isHidden()
    form.progress.setText("140")
    assert form.errors["progress"].text() == "⚠ Progress is a whole number from 0 to 100."
    assert not save.isEnabled()
    form.progress.setText("40")
    assert form.due.iso() is None and form.due.text() == "no date"  # optional: empty until typed
    form.due.setFocus()
    qtbot.keyClicks(form.due, "31/12/2027")
    assert form.due.text() == "31/12/2027"
    assert save.isEnabled()
    save.click()
    stored = window.store.rows("SELECT title, progress, due_date FROM commitment")
    assert stored == [{"title": "Een titel", "progress": 40, "due_date": "2027-12-31"}]


def test_delete_and_undo_restores_the_same_commitment(window):
    commitment_id = add(window.store, "2.1.4", "Te verwijderen")
    page = window.strategy_view.worksite_page
    window.open_record("commitment", commitment_id)
    assert page.table.selected_ids() == [commitment_id]
    page.delete_button.click()
    assert not window.store.exists("commitment", commitment_id)
    assert page.model.rowCount() == 0
    assert window.undo_action.text() == "Undo: Delete commitment 2.1.4-01"
    window.undo_action.trigger()
    assert window.store.exists("commitment", commitment_id)
    assert page.model.rowCount() == 1


def test_trash_restore(window):
    commitment_id = add(window.store, "2.1.4", "Weg en terug")
    window.apply_changes(commitments.delete(window.store, commitment_id))
    trash = window.trash_view
    assert trash.model.rowCount() == 1
    trash.table.selectRow(0)
    trash.restore_button.click()
    assert window.store.exists("commitment", commitment_id)
    assert trash.model.rowCount() == 0
    window.undo_action.trigger()  # undoing the restore deletes it again
    assert not window.store.exists("commitment", commitment_id)


def test_worksite_cross_reference_opens_the_referenced_worksite(window):
    source, target = window.store.rows(
        "SELECT from_worksite_id, to_worksite_id FROM worksite_reference LIMIT 1")[0].values()
    window.open_record("worksite", source)
    page = window.strategy_view.worksite_page
    assert f'href="worksite:{target}"' in page.details.text()
    page.details.linkActivated.emit(f"worksite:{target}")
    assert window.strategy_view.current_key() == ("worksite", target)


def test_objective_page_shows_every_field(window):
    objective = queries.objective_by_code(window.store, "1.9")
    window.open_record("objective", objective["id"])
    page = window.strategy_view.objective_page
    text = page.details.text()
    assert "Notes on the source document" in text and "free text" in text
    for caption in ("General objectives", "Status relative to the Strategy 2025", "Priority type",
                    "Initiating minister(s)", "Partners"):
        assert caption in text
    worksites = window.store.scalar("SELECT count(*) FROM worksite WHERE objective_id = ?", [objective["id"]])
    assert page.worksites.topLevelItemCount() == worksites


def test_record_form_edits_a_worksite_title_and_undo(window, qtbot):
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    window.open_record("worksite", worksite["id"])
    form = RecordForm(window, "worksite", worksite["id"])
    qtbot.addWidget(form)
    form.editors["title"].setText("")
    assert form.title_error.text() == "⚠ A title is required."
    assert not form.save()
    form.editors["title"].setText("Stages in bedrijven")
    assert form.save()
    assert window.store.get("worksite", worksite["id"])["title"] == "Stages in bedrijven"
    item = window.strategy_view.item_of("worksite", worksite["id"])
    assert item.text(1) == "Stages in bedrijven"
    assert window.strategy_view.worksite_page.heading.text() == "2.1.4  Stages in bedrijven"
    window.undo_action.trigger()
    assert item.text(1) == "Stages in de onderneming"


def test_partners_add_edit_membership_merge_and_undo(window, qtbot):
    store = window.store
    view = window.partners_view
    window.show_view("partners")
    duplicate = view.add("organisation", "Actiris vzw")
    keep = store.scalar("SELECT id FROM organisation WHERE name = 'Actiris'")
    assert view.record_id == duplicate
    view.fields["short_name"].setText("ACT")
    assert view.save()
    assert store.get("organisation", duplicate)["short_name"] == "ACT"
    view.fields["name"].setText("  ")
    assert view.name_error.text() == "⚠ A name is required."
    assert not view.save()
    objective = queries.objective_by_code(store, "2.1")
    view.select("organisation", duplicate)
    assert view.add_to_objective(objective["id"], "partner")
    assert view.memberships.rowCount() == 1
    before = store.scalar("SELECT count(*) FROM membership WHERE organisation_id = ?", [keep])
    view.select("organisation", keep)
    assert view.merge(duplicate)
    assert not store.exists("organisation", duplicate)
    assert store.scalar("SELECT count(*) FROM membership WHERE organisation_id = ?", [keep]) == before + 1
    assert view.organisations.row_of(duplicate) is None
    window.undo_action.trigger()
    assert store.exists("organisation", duplicate)
    assert store.scalar("SELECT count(*) FROM membership WHERE organisation_id = ?", [duplicate]) == 1
    assert view.organisations.row_of(duplicate) is not None


def test_indicator_value_edit_in_the_table(window, qtbot):
    indicator = window.store.scalar("SELECT id FROM indicator WHERE code = 'KC01'")
    assert window.open_record("indicator", indicator)
    view = window.indicators_view
    assert view.values.rowCount() == 5
    index = view.values.index(4, 2)
    assert view.values.setData(index, "15,5")
    assert view.values.index(4, 2).data() == "15.5"
    assert [r["target"] for r in indicators.values(window.store, indicator)][-1] == 15.5
    assert view.add_year(2019)
    assert view.values.rowCount() == 6
    window.undo_action.trigger()
    assert view.values.rowCount() == 5
    objective = queries.objective_by_code(window.store, "2.1")
    assert view.link_objective(objective["id"])
    assert "2.1" in view.served.text()
    assert view.list_model.index(0, 3).data() == "2.1"
    x, y = view.chart.points()
    assert len(x) == 5 and y == [(2018, 15.5)]


def test_home_dashboard_lists_overdue_and_recent(window, qtbot):
    commitment_id = add(window.store, "2.1.4", "Te laat", due_date="2020-01-01")
    window.apply_changes(commitments.update(window.store, commitment_id, {"status": "in_progress"}))
    home = window.home_view
    home.reload()
    assert home.overdue.topLevelItem(0).text(0) == "2.1.4-01"
    assert "2.1.4-01" in home.recent.topLevelItem(0).text(1)
    row = [r for r in range(home.model.rowCount()) if home.model.index(r, 0).data() == "2.1"][0]
    assert home.model.index(row, 2).data() == "1"
    home.overdue.setCurrentItem(home.overdue.topLevelItem(0))
    qtbot.keyClick(home.overdue, Qt.Key.Key_Return)  # Enter opens the commitment where it lives
    assert window.strategy_view.worksite_page.table.selected_ids() == [commitment_id]


def test_search_shows_results_while_typing_and_opens_an_organisation(window, qtbot):
    search = window.search_box
    qtbot.keyClicks(search, "actir")
    qtbot.waitUntil(lambda: search.results.rowCount() > 0, timeout=2000)
    rows = [search.results.item(r).text() for r in range(search.results.rowCount())]
    assert any(text.startswith("Organisation") and "Actiris" in text for text in rows)
    row = [r for r, text in enumerate(rows) if text.startswith("Organisation")][0]
    assert search.open_row(row)
    assert window.current_view() == "partners"
    assert "Actiris" in window.partners_view.heading.text()


def test_status_edit_from_the_strategy_wide_table(window):
    commitment_id = add(window.store, "2.1.4", "Overal")
    window.apply_changes(commitments.update(window.store, commitment_id, {"notes": "x"}))
    view = window.commitments_view
    view.model.reload()
    row = view.model.row_of(commitment_id)
    assert view.model.setData(view.model.index(row, STATUS), "postponed")
    assert window.store.get("commitment", commitment_id)["status"] == "postponed"
    page = window.strategy_view.worksite_page
    window.open_record("commitment", commitment_id)
    assert page.model.index(page.model.row_of(commitment_id), STATUS).data() == "Postponed"


def test_commitments_view_buttons_open_and_delete(window):
    commitment_id = add(window.store, "2.1.4", "Vanuit het overzicht")
    view = window.commitments_view
    view.model.reload()
    window.show_view("commitments")
    view.table.selectRow(view.model.row_of(commitment_id))
    view.show_button.click()
    assert window.current_view() == "strategy"
    assert window.strategy_view.worksite_page.table.selected_ids() == [commitment_id]
    window.show_view("commitments")
    view.table.selectRow(view.model.row_of(commitment_id))
    view.delete_button.click()
    assert not window.store.exists("commitment", commitment_id)
    assert view.model.rowCount() == 0


def test_an_empty_title_typed_in_the_table_is_refused_with_a_translated_reason(window):
    from g4b_desktop.ui.shell import i18n

    commitment_id = add(window.store, "2.1.4", "Met titel")
    window.set_language("nl")
    dutch = window.latest()
    try:
        model = dutch.commitments_view.model
        model.reload()
        assert not model.setData(model.index(model.row_of(commitment_id), TITLE), "   ")
        assert dutch.last_error == "Een titel is verplicht."
        assert dutch.store.get("commitment", commitment_id)["title"] == "Met titel"
    finally:
        i18n.install("en")
