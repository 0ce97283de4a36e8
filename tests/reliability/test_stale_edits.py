"""Lost updates (reliability #17): a form of the window saved from a stale view never overwrites a
value another program wrote meanwhile, for every kind of record the window edits in a form.

Each test opens a form in the window, changes the same record through a second connection to the
file (as a `g4b` command or another window would), then types and clicks Save in the window: the
newer value is kept, the window says so in a sentence naming the field, the current value and what
was typed, and the form shows the current values. A field changed elsewhere that the user did not
touch is never written back either.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from g4b_desktop.db import indicators, meetings, partners, queries, strategy_edits, summits
from g4b_desktop.db.store import Store

from .conftest import make_window


@pytest.fixture
def two(qtbot, db_path):
    """Anna's window and Bart's connection (the command line) on one file."""
    anna = Store.open(db_path, author="anna")
    bart = Store.open(db_path, author="bart")
    window = make_window(qtbot, anna)
    yield window, bart
    bart.close()


def retype(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def refused(window, *words: str) -> None:
    assert window.last_error and "changed elsewhere" in window.last_error, window.last_error
    for word in words:
        assert word in window.last_error, (word, window.last_error)


def test_an_organisation_saved_from_a_stale_form(two, qtbot):
    window, bart = two
    organisation, _ = partners.add_organisation(window.store, "Actiris")
    partners.update_organisation(window.store, organisation, {"phone": "02 505 14 11"})
    view = window.show_view("partners")
    assert view.select("organisation", organisation)
    assert view.fields["phone"].text() == "02 505 14 11"
    # Bart changes the phone and the website; Anna's form still shows the old ones
    partners.update_organisation(bart, organisation, {"phone": "02 800 42 42", "website": "https://actiris.brussels"})
    retype(qtbot, view.fields["phone"], "02 000 00 00")
    retype(qtbot, view.fields["notes"], "Partenaire principal")
    click(qtbot, view.save_button)
    record = window.store.get("organisation", organisation)
    assert record["phone"] == "02 800 42 42" and record["notes"] is None  # nothing of Anna's save written
    assert record["website"] == "https://actiris.brussels"
    refused(window, "Actiris", "phone", "02 800 42 42", "02 505 14 11", "02 000 00 00", "Partenaire principal")
    assert view.fields["phone"].text() == "02 800 42 42"  # the form shows the record as it is now
    assert view.fields["website"].text() == "https://actiris.brussels"
    # saved again from the current values: only what Anna changed is written
    partners.update_organisation(bart, organisation, {"website": "https://www.actiris.brussels"})
    window.last_error = None
    retype(qtbot, view.fields["notes"], "Partenaire principal")
    click(qtbot, view.save_button)
    record = window.store.get("organisation", organisation)
    assert window.last_error is None
    assert record["notes"] == "Partenaire principal" and record["website"] == "https://www.actiris.brussels"


def test_a_contact_saved_from_a_stale_form(two, qtbot):
    window, bart = two
    person, _ = partners.add_person(window.store, "Anne Dupont")
    view = window.show_view("partners")
    view.tabs.setCurrentIndex(1)
    assert view.select("person", person)
    partners.update_person(bart, person, {"function": "Directrice"})
    retype(qtbot, view.fields["function"], "Conseillere")
    click(qtbot, view.save_button)
    assert window.store.get("person", person)["function"] == "Directrice"
    refused(window, "Anne Dupont", "Directrice", "Conseillere")
    assert view.fields["function"].text() == "Directrice"


def test_an_indicator_value_typed_over_a_newer_one(two, qtbot):
    window, bart = two
    indicator = window.store.scalar("SELECT id FROM indicator WHERE code = 'KC01'")
    assert window.open_record("indicator", indicator)
    view = window.indicators_view
    model, table = view.values, view.values_table
    row = model.rowCount() - 1
    year = model.index(row, 0).data()
    shown = model.index(row, 1).data()
    indicators.set_year(bart, indicator, int(year), {"value": 70})
    index = model.index(row, 1)
    table.scrollTo(index)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the editor opens on the value the table shows
    editor = QApplication.focusWidget()
    assert editor is not table and editor.text() == shown
    retype(qtbot, editor, "50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not table.isPersistentEditorOpen(index) and bool(window.last_error), timeout=3000)
    stored = [r for r in indicators.values(window.store, indicator) if r["year"] == int(year)][0]
    assert stored["value"] == 70
    refused(window, year, "70", "50")
    assert model.index(row, 1).data() == "70"


def test_a_worksite_form_saved_from_a_stale_view(two, qtbot):
    from g4b_desktop.ui.widgets.record_form import RecordForm

    window, bart = two
    worksite = queries.worksite_by_code(window.store, "2.1.4")["id"]
    form = RecordForm(window, "worksite", worksite)
    qtbot.addWidget(form)
    form.show()
    before = form.editors["title"].text()
    strategy_edits.update_worksite(bart, worksite, {"title": "Titre changé ailleurs"})
    retype(qtbot, form.editors["title"], "Mon titre")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert window.store.get("worksite", worksite)["title"] == "Titre changé ailleurs"
    refused(window, "2.1.4", "Titre changé ailleurs", "Mon titre", before)
    assert form.isVisible() and form.editors["title"].text() == "Titre changé ailleurs"


def test_a_summit_priority_saved_from_a_stale_view(two, qtbot):
    window, bart = two
    summit, _ = summits.create(window.store, 2031, "2031-11-20")
    worksite = queries.worksite_by_code(window.store, "2.1.4")["id"]
    priority, _ = summits.add_priority(window.store, summit, worksite, "Un résultat")
    view = window.show_view("summit")
    view.reload()
    table = view.priorities
    assert table.rowCount() == 1
    click_cell(qtbot, table, 0, 0)
    assert view.expected_edit.toPlainText() == "Un résultat"
    summits.update_priority(bart, priority, {"expected_result": "Le résultat de Bart"})
    retype(qtbot, view.expected_edit, "Le resultat d'Anna")
    click(qtbot, view.save_button)
    assert window.store.get("summit_priority", priority)["expected_result"] == "Le résultat de Bart"
    refused(window, "2.1.4", "Le résultat de Bart", "Le resultat d'Anna")
    assert view.expected_edit.toPlainText() == "Le résultat de Bart"


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_meeting(window, store):
    objective = queries.objective_by_code(store, "2.1")["id"]
    meeting, _ = meetings.plan_meeting(store, objective, "2031-03-10", place="Salle 1")
    item, _ = meetings.add_agenda_item(store, meeting, "Stages")
    view = window.show_view("meetings")
    view.reload()
    row = [m["id"] for m in view.rows].index(meeting)
    view.list.selectRow(row)
    assert view.editor.meeting["id"] == meeting
    return view.editor, meeting, item


def test_a_meeting_saved_from_a_stale_form(two, qtbot):
    window, bart = two
    editor, meeting, _item = open_meeting(window, window.store)
    assert editor.place.text() == "Salle 1"
    meetings.update_meeting(bart, meeting, {"place": "Salle 2"})
    retype(qtbot, editor.place, "Salle 3")
    retype(qtbot, editor.title, "Comite de suivi")
    click(qtbot, editor.save_button)
    record = window.store.get("meeting", meeting)
    assert record["place"] == "Salle 2" and record["title"] is None
    refused(window, "Salle 2", "Salle 1", "Salle 3", "Comite de suivi")
    assert editor.place.text() == "Salle 2" and editor.title.text() == ""


def test_typed_text_kept_over_a_refresh_is_still_checked_at_save(two, qtbot):
    """The meetings screen keeps what was typed when it refreshes: Save still compares with what the
    form showed before, so a refresh in between never turns into an overwrite."""
    window, bart = two
    editor, meeting, item = open_meeting(window, window.store)
    agenda = editor.agenda
    assert agenda.title.text() == "Stages"
    retype(qtbot, agenda.minutes, "Texte d'Anna")
    meetings.update_agenda_item(bart, item, {"minutes": "Texte de Bart"})
    window.apply_changes(meetings.update_meeting(window.store, meeting, {"place": "Salle 9"}))  # a refresh
    assert agenda.minutes.toPlainText() == "Texte d'Anna"  # kept over the refresh
    click(qtbot, agenda.save_button)
    assert window.store.get("agenda_item", item)["minutes"] == "Texte de Bart"
    refused(window, "Stages", "Texte de Bart", "Texte d'Anna")
    assert agenda.minutes.toPlainText() == "Texte de Bart"


def open_action(qtbot, window, store):
    """The meetings screen showing a meeting with one action item, its row clicked in the actions tab."""
    editor, meeting, _item = open_meeting(window, store)
    action, _ = meetings.add_action(store, meeting, "Cijfers opvragen", owner_name="Actiris", due_date="2031-04-30")
    editor.reload()
    editor.tabs.setCurrentWidget(editor.actions)
    click_cell(qtbot, editor.actions.table, 0, 0)
    assert editor.actions.table.item(0, 0).text() == "Cijfers opvragen"
    return editor, action


def test_an_action_edited_from_a_stale_dialog(two, qtbot):
    """Edit action…: Bart rewrote the action's text after Anna's list showed it; her text is refused."""
    window, bart = two
    editor, action = open_action(qtbot, window, window.store)
    click(qtbot, editor.actions.edit_button)
    dialog = editor.actions.dialog
    assert dialog.what.text() == "Cijfers opvragen"
    meetings.update_action(bart, action, {"what": "Cijfers opvragen bij view.brussels"})
    retype(qtbot, dialog.what, "Cijfers opvragen bij Actiris")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    row = window.store.get("meeting_action", action)
    assert (row["what"], row["owner_name"], row["due_date"]) == ("Cijfers opvragen bij view.brussels", "Actiris", "2031-04-30")
    refused(window, "Cijfers opvragen bij view.brussels", "Cijfers opvragen bij Actiris")
    assert editor.actions.table.item(0, 0).text() == "Cijfers opvragen bij view.brussels"


def test_an_action_marked_done_after_it_was_dropped_elsewhere(two, qtbot):
    """Mark done on a row that still says Open, while Bart dropped the action meanwhile: it stays dropped."""
    window, bart = two
    editor, action = open_action(qtbot, window, window.store)
    assert editor.actions.table.item(0, 3).text() == "Open"
    meetings.update_action(bart, action, {"state": "dropped"})
    click(qtbot, editor.actions.done_button)
    assert window.store.get("meeting_action", action)["state"] == "dropped"
    refused(window)
    assert editor.actions.table.item(0, 3).text() == "Dropped"
    # the text changed elsewhere does not stop Drop on a row whose state is still as shown
    meetings.update_action(bart, action, {"state": "open", "what": "Cijfers opvragen (Bart)"})
    window.apply_changes(meetings.update_meeting(window.store, editor.meeting["id"], {"place": "Salle 9"}))
    click_cell(qtbot, editor.actions.table, 0, 0)
    click(qtbot, editor.actions.drop_button)
    row = window.store.get("meeting_action", action)
    assert (row["state"], row["what"]) == ("dropped", "Cijfers opvragen (Bart)")


def test_the_partners_and_indicators_screens_show_writes_by_another_program(two, qtbot):
    """No manual refresh: the watcher of writes by others (PRAGMA data_version) refreshes both screens."""
    from g4b_desktop.ui.shell.application import OutsideWrites

    window, bart = two
    organisation, _ = partners.add_organisation(window.store, "Actiris")
    view = window.show_view("partners")
    assert view.select("organisation", organisation)
    watcher = OutsideWrites(lambda: window, interval_ms=100)
    try:
        watcher.check()  # the data version as the window opened the file
        partners.update_organisation(bart, organisation, {"phone": "02 800 42 42"})
        qtbot.waitUntil(lambda: view.fields["phone"].text() == "02 800 42 42", timeout=2000)
        indicator = window.store.scalar("SELECT id FROM indicator WHERE code = 'KC01'")
        assert window.open_record("indicator", indicator)
        model = window.indicators_view.values
        row = model.rowCount() - 1
        indicators.set_year(bart, indicator, int(model.index(row, 0).data()), {"value": 71})
        qtbot.waitUntil(lambda: model.index(row, 1).data() == "71", timeout=2000)
    finally:
        watcher.timer.stop()


def test_an_attendance_changed_from_a_stale_list(two, qtbot):
    """Anna's list shows a guest as invited; Bart marked him excused meanwhile. Anna's 'present' is
    refused, the list shows 'excused' again; her next change, from the fresh list, is written."""
    window, bart = two
    editor, meeting, _item = open_meeting(window, window.store)
    guest, _ = meetings.add_attendee(window.store, meeting, "Jan Peeters")
    editor.reload()
    editor.tabs.setCurrentWidget(editor.attendance)
    table = editor.attendance.table
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Jan Peeters")
    combo = table.cellWidget(row, 2)
    assert combo.currentData() == "invited"
    meetings.set_attendance(bart, guest, "excused")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)   # invited -> the next state
    assert window.store.get("attendance", guest)["state"] == "excused"
    refused(window, "Jan Peeters", "Excused", "Invited")
    combo = table.cellWidget(row, 2)
    assert combo.currentData() == "excused"   # the list shows the current state again
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)      # from the fresh list: written
    assert combo.currentData() != "excused"
    assert window.store.get("attendance", guest)["state"] == combo.currentData()
