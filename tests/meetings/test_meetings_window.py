"""The meetings view in the real main window, driven as a secretary would (qtbot, offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from g4b_desktop.db import history, meetings
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.shell.main_window import MainWindow

from meeting_helpers import committee_1_2


@pytest.fixture
def window(qtbot, store, jobs):
    i18n.install("en")
    win = MainWindow(store)
    win.resize(1400, 850)
    win.show()
    yield win
    jobs.stop(win, 5000)
    win.undo_stack.clear()
    win.close()
    win.deleteLater()  # its views' pending timers must not fire after the store is closed
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def agenda_titles(store, meeting_id):
    return [i["title"] for i in meetings.agenda(store, meeting_id)]


def test_the_whole_flow_in_the_window(window, qtbot, store, tmp_path):
    c = committee_1_2(store)
    view = window.show_view("meetings")
    assert view is window.meetings_view and not window.feature_errors

    # plan a meeting for objective 1.2 and invite its committee
    dialog = view.ask_plan()
    dialog.objective.setCurrentIndex(dialog.objective.findData(c["objective"]["id"]))
    dialog.date.setDate(dialog.date.date().fromString("2027-03-12", "yyyy-MM-dd"))
    dialog.start.set_text("09:30")
    dialog.end.set_text("11:30")
    dialog.place.setText("Kunstberg 1")
    dialog.accept()
    meeting_id = view.selected_id()
    assert meeting_id and store.get("meeting", meeting_id)["start_time"] == "09:30"
    editor = view.editor
    invited = len(meetings.attendance(store, meeting_id))
    assert invited >= 2 and editor.attendance.table.rowCount() == invited

    # the agenda: three items, reordered with Ctrl+Up and by drag and drop
    agenda = editor.agenda
    for title in ("Goedkeuring verslag", "Jongerengarantie", "Varia"):
        agenda.add_item(title)
    assert agenda.list.count() == 3 and agenda.list.currentRow() == 2
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(store, meeting_id) == ["Goedkeuring verslag", "Varia", "Jongerengarantie"]
    assert agenda.current_item()["title"] == "Varia"
    drag_row_onto(agenda.list, 2, 0)
    assert agenda_titles(store, meeting_id) == ["Jongerengarantie", "Goedkeuring verslag", "Varia"]
    window.undo_stack.undo()
    assert agenda_titles(store, meeting_id) == ["Goedkeuring verslag", "Varia", "Jongerengarantie"]
    window.undo_stack.redo()
    assert agenda_titles(store, meeting_id) == ["Jongerengarantie", "Goedkeuring verslag", "Varia"]

    # the organiser's e-mail makes the invitation a meeting request
    qtbot.keyClicks(editor.organiser_email, "secretariaat")  # checked while typed
    assert editor.organiser_error.isVisible() and not editor.save_button.isEnabled()
    assert "is not an e-mail address" in editor.organiser_error.text()
    editor.organiser_email.setText("secretariaat.12@example.brussels")
    assert not editor.organiser_error.isVisible() and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting_id)["organiser_email"] == "secretariaat.12@example.brussels"
    request = tmp_path / "verzoek.ics"
    editor.export_ics(request)
    assert "METHOD:REQUEST" in request.read_bytes().decode("utf-8")
    meetings.update_meeting(store, meeting_id, {"organiser_email": None})
    editor.reload()

    # hold it: minutes, attendance, a decision that marks the commitment realised, two actions
    agenda.list.setCurrentRow(0)
    agenda.minutes.setPlainText("Actiris meldt dat het doel gehaald is.")
    qtbot.mouseClick(agenda.save_button, Qt.MouseButton.LeftButton)
    assert meetings.agenda(store, meeting_id)[0]["minutes"] == "Actiris meldt dat het doel gehaald is."
    # text typed and not saved survives a refresh, and is saved when moving to another item
    agenda.list.setCurrentRow(1)
    agenda.minutes.setPlainText("Nog niet opgeslagen")
    editor.attendance.add_guest("Gastspreker BISA", "gast@example.brussels")
    assert agenda.minutes.toPlainText() == "Nog niet opgeslagen"
    agenda.list.setCurrentRow(2)
    assert meetings.agenda(store, meeting_id)[1]["minutes"] == "Nog niet opgeslagen"
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting_id)["state"] == "held"
    combo = editor.attendance.table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("present"))
    assert meetings.attendance(store, meeting_id)[0]["state"] == "present"

    outcome = agenda.ask_outcome("decision")
    outcome.text.setPlainText("Het engagement is gerealiseerd.")
    outcome.commitment.setCurrentIndex(outcome.commitment.findData(c["commitment_id"]))
    outcome.status.setCurrentIndex(outcome.status.findData("realised"))
    outcome.accept()
    commitment = store.get("commitment", c["commitment_id"])
    assert (commitment["status"], commitment["progress"]) == ("realised", 100)
    labels = {h["label"] for h in history.record_history(store, "commitment", c["commitment_id"])}
    assert "Changed by the decision of the meeting of 12/03/2027" in labels
    assert "1.2" in agenda.outcomes.item(0).text() or c["commitment_id"]  # shown with its changes
    assert "→" in agenda.outcomes.item(0).text()

    editor.actions.add_action("Eindrapport bezorgen", "Actiris", "2027-04-15")
    action = agenda.ask_outcome("action")
    action.text.setPlainText("Cijfers opvragen bij BISA")
    assert action.action.owner.isVisible() and not action.status.isVisible()  # only the fields of an action
    owner = action.action.owner
    owner.setCurrentIndex(owner.findData(f"person:{c['person_id']}"))  # a committee member: stored as the person
    action.action.due.set_iso("2027-05-01")
    action.action.commitment.setCurrentIndex(action.action.commitment.findData(c["commitment_id"]))
    action.accept()
    assert editor.actions.table.rowCount() == 2
    second_action = meetings.actions_of_meeting(store, meeting_id)[1]
    assert (second_action["owner_person_id"], second_action["commitment_id"]) == (c["person_id"], c["commitment_id"])
    editor.actions.add_action("Per vergissing")
    editor.actions.table.selectRow(2)
    editor.actions.delete_action()
    assert editor.actions.table.rowCount() == 2 and len(meetings.actions_of_meeting(store, meeting_id)) == 2

    # the item concerns the commitment: linked from the choices of the objective
    choice = [x for x in agenda.link_choices() if x[2] == c["commitment_id"]][0]
    agenda.link(choice[1], choice[2])
    assert store.get("commitment", c["commitment_id"])["code"] in agenda.links.text()

    # approve: the meeting is locked in the window and in the data
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting_id)["state"] == "approved"
    assert editor.lock_banner.isVisible() and not editor.save_button.isEnabled()
    assert not agenda.save_button.isEnabled() and agenda.minutes.isReadOnly()
    assert editor.reopen_button.isEnabled() and not editor.approve_button.isEnabled()
    before = store.scalar("SELECT count(*) FROM change_log")
    agenda.minutes.setPlainText("Na de goedkeuring")  # read-only for the user; set here to test the lock
    agenda.save_item()  # a direct call still meets the lock of the data layer
    assert "approved" in window.last_error
    assert store.scalar("SELECT count(*) FROM change_log") == before

    # exports: the minutes PDF (background job) and the invitation
    pdf = tmp_path / "notulen.pdf"
    editor.export_pdf(pdf)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert "Eindrapport bezorgen" in text and "Jongerengarantie" in text
    ics = tmp_path / "uitnodiging.ics"
    editor.export_ics(ics)
    invitation = ics.read_bytes().decode("utf-8")
    assert f"UID:{meeting_id}@go4brussels-desktop" in invitation and "METHOD:PUBLISH" in invitation

    # re-open is explicit and logged
    editor.reopen("Naam verkeerd gespeld")
    assert store.get("meeting", meeting_id)["state"] == "held" and not editor.lock_banner.isVisible()


def drag_row_onto(list_widget, source_row: int, target_row: int) -> None:
    """Drop one row on another, as a mouse drag ends (the real dropEvent of the list)."""
    list_widget.setCurrentRow(source_row)
    index = list_widget.model().index(source_row, 0)
    mime: QMimeData = list_widget.model().mimeData([index])
    rect = list_widget.visualItemRect(list_widget.item(target_row))
    point = rect.topLeft() + QPoint(5, 1)
    event = QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    list_widget.dropEvent(event)


def test_open_actions_overview_and_carry_over(window, store):
    c = committee_1_2(store)
    objective_id = c["objective"]["id"]
    past = (date.today() - timedelta(days=10)).isoformat()
    first_id, _ = meetings.plan_meeting(store, objective_id, (date.today() - timedelta(days=40)).isoformat())
    late_id, _ = meetings.add_action(store, first_id, "Te laat", due_date=past)
    meetings.add_action(store, first_id, "Nog tijd", due_date=(date.today() + timedelta(days=10)).isoformat())
    view = window.show_view("meetings")
    view.reload()
    panel = view.open_actions
    assert panel.table.rowCount() == 2
    overdue = [panel.table.item(r, 2).text() for r in range(2) if panel.table.item(r, 5).text()]
    assert overdue == ["Te laat"]
    assert "1 overdue" in panel.summary.text() or "1" in panel.summary.text()
    panel.table.selectRow(0)
    panel.set_state("done")
    assert store.get("meeting_action", late_id)["state"] == "done" and panel.table.rowCount() == 1

    second = view.plan(objective_id, (date.today() + timedelta(days=20)).isoformat(), invite=False)
    review = view.editor.agenda
    assert review.items[0]["is_action_review"] and review.carried.count() == 1
    assert "Nog tijd" in review.carried.item(0).text()
    assert view.selected_id() == second
    review.set_carried_note(review.carried.item(0).data(Qt.ItemDataRole.UserRole), "Bijna klaar")
    assert "Bijna klaar" in view.editor.agenda.carried.item(0).text()

    # planning is one undoable action: undo removes the meeting with its agenda, redo brings it back
    window.undo_stack.undo()  # the note
    window.undo_stack.undo()  # the planning
    assert not store.exists("meeting", second) and second not in [m["id"] for m in view.rows]
    window.undo_stack.redo()
    assert store.exists("meeting", second) and len(meetings.agenda(store, second)) == 1
