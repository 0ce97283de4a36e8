"""A secretary's day from first start to the summit note, in French and in Dutch, driven by clicks and keys.

Nothing here calls the window's methods to act: buttons are clicked, text is typed, shortcuts pressed;
modal dialogs are answered the same way (a file dialog is the one thing answered by a stand-in that
returns the path a user would pick). Each step is checked against the database file and the PDFs
written. With G4B_SCREENSHOTS=1 a screenshot per step goes to docs/screenshots/e2e/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QPushButton,
)

from g4b_desktop import paths, settings
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.shell.preferences import IdentityDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "e2e"

WORDS = {  # what the secretary types, and a few texts the test expects to see, per language
    "fr": {"title": "Élargir les stages dans les PME", "place": "Mont des Arts 1", "item": "Stages en entreprise",
           "minutes": "Actiris présente les chiffres des stages.", "decision": "Le comité constate que "
           "l'engagement est réalisé.", "action": "Envoyer le rapport final", "new_summit": "Nouveau Sommet…",
           "priorities": "Priorités du Sommet social 2026", "approved": "Procès-verbal approuvé",
           "worksites": ("2.1.1 Informer", "2.1.4 Stages en")},  # the strategy's texts in French (#15)
    "nl": {"title": "Stages in kmo's uitbreiden", "place": "Kunstberg 1", "item": "Stages in de onderneming",
           "minutes": "Actiris stelt de cijfers van de stages voor.", "decision": "Het stuurcomité stelt vast "
           "dat het engagement gerealiseerd is.", "action": "Eindrapport bezorgen", "new_summit": "Nieuwe Top…",
           "priorities": "Prioriteiten van de Sociale Top 2026", "approved": "Notulen goedgekeurd",
           "worksites": ("2.1.1 Informeren", "2.1.4 Stages in de")},
}


class Day:
    """The window of the day, with the helpers that click, type and take the screenshots."""

    def __init__(self, qtbot, window, language: str, jobs):
        self.qtbot, self.window, self.language, self.jobs = qtbot, window, language, jobs
        self.store = window.store
        self.step = 0

    def shot(self, name: str, widget=None, settle_ms: int = 0) -> None:
        self.step += 1
        if os.environ.get("G4B_SCREENSHOTS") != "1":
            return
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.qtbot.wait(settle_ms)  # e.g. a PDF view draws its pages in the background
        QApplication.processEvents()
        (widget or self.window).grab().save(str(SCREENSHOTS / f"{self.language}-{self.step:02d}-{name}.png"))

    def click(self, widget, pos: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def type(self, widget, text: str, replace: bool = True) -> None:
        """Type `text` into `widget` key by key (a letter such as é arrives as a key event with its text, as
        from a Belgian keyboard; QTest only knows the ASCII keys)."""
        widget.setFocus()
        if replace and hasattr(widget, "selectAll"):
            widget.selectAll()
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)

    def shortcut(self, sequence: str) -> None:
        """Press a shortcut in the window (its QActions hear it as a user's keys)."""
        self.window.activateWindow()
        focus = QApplication.focusWidget() or self.window
        key = sequence.split("+")[-1]
        modifiers = Qt.KeyboardModifier.NoModifier
        for name in sequence.split("+")[:-1]:
            modifiers |= {"Ctrl": Qt.KeyboardModifier.ControlModifier,
                          "Shift": Qt.KeyboardModifier.ShiftModifier}[name]
        self.qtbot.keyClick(focus, getattr(Qt.Key, f"Key_{key}"), modifiers)

    def go(self, key: str) -> None:
        """Click the view's name in the navigation list."""
        navigation = self.window.navigation
        row = list(self.window.view_keys()).index(key)
        item = navigation.item(row)
        self.click(navigation.viewport(), navigation.visualItemRect(item).center())
        assert self.window.stack.currentWidget() is self.window.view(key)

    def modal(self):
        self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
        return QApplication.activeModalWidget()

    def answer(self, kind, act) -> dict:
        """Answer the next modal dialog of class `kind` (one opened with exec(), which blocks) by `act`."""
        seen: dict = {}

        def poll():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                seen["dialog"] = dialog
                act(dialog)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        return seen

    def ok(self, dialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(QDialogButtonBox.StandardButton.Save)
        self.click(button)
        self.back_to_window()

    def back_to_window(self) -> None:
        """The window is active again once a dialog closed (the offscreen platform does not do it itself)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=2000)

    def table_click(self, table, row: int, column: int, double: bool = False) -> None:
        index = table.model().index(row, column)
        table.scrollTo(index)
        center = table.visualRect(index).center()
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        if double:
            self.qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)

    def tab(self, tabs, index: int) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(index).center())
        assert tabs.currentIndex() == index


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


@pytest.fixture
def first_start(data_dir, qtbot, request, jobs):
    """The program's first start on this computer, in the language asked: a new database is made from the
    embedded strategy, the window opens on it."""
    from g4b_desktop.ui.shell.application import open_database
    from g4b_desktop.ui.shell.main_window import MainWindow

    language = request.param
    settings.save({**settings.load(), "language": language})
    i18n.install(settings.language())
    path = paths.default_database()
    assert not path.exists()
    store = open_database(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield Day(qtbot, window, language, jobs)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    jobs.stop(window, 5000)
    window.undo_stack.clear()
    window.close()
    store.close()
    i18n.install("en")


@pytest.mark.parametrize("first_start", ["fr", "nl"], indirect=True)
def test_a_secretary_day_from_first_start_to_the_summit_note(first_start, tmp_path, monkeypatch):
    day = first_start
    window, store, words, language = day.window, day.store, WORDS[day.language], day.language
    assert window.language == language and store.scalar("SELECT count(*) FROM worksite") >= 100
    day.shot("first-start")

    # find the worksite "Stages in de onderneming" with Ctrl+F; Return opens the first hit
    day.shortcut("Ctrl+F")
    assert window.search_box.hasFocus()
    day.type(window.search_box, "Stages")
    day.key(window.search_box, Qt.Key.Key_Return)
    page = window.strategy_view.worksite_page
    assert window.stack.currentWidget() is window.strategy_view and page.heading.text().startswith("2.1.4")
    day.shot("worksite-found")

    # add a commitment with the form: title, progress, a due date typed the user's way
    day.click(page.add_button)
    form = day.modal()
    day.type(form.title, words["title"])
    day.type(form.progress, "10")
    day.type(form.due, "31/12/2027")
    assert form.due.text() == ("31/12/2027")
    day.shot("commitment-form", form)
    day.ok(form)
    commitment = store.rows("SELECT * FROM commitment")
    assert [(c["code"], c["title"], c["progress"], c["due_date"]) for c in commitment] == [
        ("2.1.4-01", words["title"], 10, "2027-12-31")]
    commitment_id = commitment[0]["id"]

    # edit its status and progress in the table: F2 opens the cell's editor, Return keeps the value
    from g4b_desktop.ui.widgets.commitment_model import PROGRESS, STATUS

    table = page.table
    day.table_click(table, 0, STATUS)
    day.key(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.model().index(0, STATUS))
    assert editor is QApplication.focusWidget()
    day.key(editor, Qt.Key.Key_Down)  # not started → in progress
    day.key(editor, Qt.Key.Key_Return)
    day.qtbot.wait(50)  # a person's pause between two edits: the table shows the first one
    day.table_click(table, 0, PROGRESS)
    day.key(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.model().index(0, PROGRESS))
    assert editor is QApplication.focusWidget()
    day.type(editor, "60")
    day.key(editor, Qt.Key.Key_Return)  # the view commits the editor's value when the event loop runs
    day.qtbot.waitUntil(lambda: store.get("commitment", commitment_id)["progress"] == 60, timeout=2000)
    assert store.get("commitment", commitment_id)["status"] == "in_progress"
    day.shot("commitment-edited")

    # a contact of Actiris sits on committee 2.1: added in the partners view, her e-mail checked as typed
    day.go("partners")
    partners_view = window.partners_view
    day.tab(partners_view.tabs, 1)
    day.answer(QInputDialog, lambda dialog: (day.type(dialog.findChild(QLineEdit), "Anne Dupont"),
                                             day.key(dialog.findChild(QLineEdit), Qt.Key.Key_Return)))
    day.click(partners_view.new_button)
    day.back_to_window()
    person = store.rows("SELECT id, full_name FROM person")
    assert [p["full_name"] for p in person] == ["Anne Dupont"]
    person_id = person[0]["id"]
    day.type(partners_view.organisation_box, "Actiris")
    day.type(partners_view.fields["email"], "pas-un-email")
    assert partners_view.email_error.isVisible() and not partners_view.save_button.isEnabled()
    day.shot("contact-email-refused")
    day.type(partners_view.fields["email"], "anne.dupont@actiris.brussels")
    day.click(partners_view.save_button)
    actiris = store.scalar("SELECT id FROM organisation WHERE name = 'Actiris'")
    assert store.rows("SELECT organisation_id, email FROM person") == [
        {"organisation_id": actiris, "email": "anne.dupont@actiris.brussels"}]
    day.click(partners_view.add_membership_button)
    membership = day.modal()
    objective_box, role_box = membership.findChildren(type(partners_view.organisation_box))
    day.type(objective_box, "2.1")
    day.key(role_box, Qt.Key.Key_Down)  # partner → member of the steering committee
    day.ok(membership)
    objective_21 = store.scalar("SELECT id FROM objective WHERE code = '2.1'")
    assert store.rows("SELECT objective_id, role FROM membership WHERE person_id = ?", [person_id]) == [
        {"objective_id": objective_21, "role": "committee_member"}]

    # plan a meeting of committee 2.1, then invite the committee from the meeting
    day.go("meetings")
    view = window.meetings_view
    editor = view.editor
    day.click(view.plan_button)
    plan = day.modal()
    day.type(plan.objective, "2.1")
    assert plan.objective.currentData() == objective_21
    day.type(plan.date, "3/12/2026")
    day.type(plan.start, "09:30")
    day.type(plan.end, "11:30")
    day.type(plan.place, words["place"])
    day.click(plan.invite, QPoint(6, plan.invite.height() // 2))
    assert not plan.invite.isChecked()
    day.shot("plan-meeting", plan)
    day.ok(plan)
    meeting = store.rows("SELECT id, date, start_time, end_time, place, state FROM meeting")
    assert [{k: v for k, v in m.items() if k != "id"} for m in meeting] == [
        {"date": "2026-12-03", "start_time": "09:30", "end_time": "11:30", "place": words["place"],
         "state": "planned"}]
    meeting_id = meeting[0]["id"]
    assert editor.attendance.table.rowCount() == 0
    day.click(editor.attendance.invite_button)
    members = store.scalar("SELECT count(*) FROM membership WHERE objective_id = ? AND role = 'committee_member' "
                           "AND organisation_id IS NOT NULL", [objective_21])
    # Actiris is represented by its member contact; the other member organisations are invited themselves
    assert editor.attendance.table.rowCount() == members
    names = [editor.attendance.table.item(r, 0).text() for r in range(members)]
    organisations = [editor.attendance.table.item(r, 1).text() for r in range(members)]
    anne_row = names.index("Anne Dupont")
    assert organisations[anne_row] == "Actiris" and organisations.count("Actiris") == 1
    assert all(organisations) and names.count("—") == members - 1  # organisations without a member contact
    day.shot("committee-invited")

    # hold it: Anne present, an agenda item with its minutes, a decision and an action item
    day.click(editor.held_button)
    combo = editor.attendance.table.cellWidget(anne_row, 2)
    day.key(combo, Qt.Key.Key_Down)  # invited → present
    assert store.scalar("SELECT state FROM attendance WHERE person_id = ?", [person_id]) == "present"
    day.tab(editor.tabs, 1)
    agenda = editor.agenda
    day.answer(QInputDialog, lambda dialog: (day.type(dialog.findChild(QLineEdit), words["item"]),
                                             day.key(dialog.findChild(QLineEdit), Qt.Key.Key_Return)))
    day.click(agenda.add_button)
    day.back_to_window()
    day.type(agenda.minutes, words["minutes"])
    day.click(agenda.save_button)
    assert [(i["title"], i["minutes"]) for i in store.rows(
        "SELECT title, minutes FROM agenda_item WHERE meeting_id = ? AND title = ?", [meeting_id, words["item"]])] == [
        (words["item"], words["minutes"])]
    day.click(agenda.add_outcome_button)
    outcome = day.modal()
    assert outcome.kind.currentData() == "decision"
    assert not outcome.action.owner.isVisible() and outcome.status.isVisible()  # only a decision's fields
    day.key(outcome.kind, Qt.Key.Key_Up)  # information: its text only
    assert not outcome.action.owner.isVisible() and not outcome.status.isVisible()
    day.key(outcome.kind, Qt.Key.Key_Down)
    assert outcome.kind.currentData() == "decision" and outcome.status.isVisible()
    day.type(outcome.text, words["decision"])
    day.key(outcome.commitment, Qt.Key.Key_Down)
    for _ in range(3):  # (unchanged) → not started → in progress → realised
        day.key(outcome.status, Qt.Key.Key_Down)
    day.shot("decision", outcome)
    day.ok(outcome)
    row = store.get("commitment", commitment_id)
    assert (row["status"], row["progress"]) == ("realised", 100)
    day.shot("agenda-and-minutes")
    day.tab(editor.tabs, 2)
    day.click(editor.actions.add_button)
    action = day.modal()
    day.type(action.what, words["action"])
    day.type(action.fields.owner, "dupont")  # the committee's contacts and organisations are proposed
    proposals = action.fields.owner.completer().popup()
    day.qtbot.waitUntil(proposals.isVisible, timeout=2000)
    day.key(proposals, Qt.Key.Key_Down)
    day.key(proposals, Qt.Key.Key_Return)
    assert action.fields.owner.currentText() == "Anne Dupont (Actiris)"
    day.type(action.fields.due, "15/01/2027")
    day.key(action.fields.commitment, Qt.Key.Key_Down)
    day.shot("action", action)
    day.ok(action)
    assert store.rows("SELECT what, owner_person_id, owner_name, due_date, commitment_id FROM meeting_action") == [
        {"what": words["action"], "owner_person_id": person_id, "owner_name": None, "due_date": "2027-01-15",
         "commitment_id": commitment_id}]

    # approve the minutes: the meeting's fields are shown read-only
    day.click(editor.approve_button)
    assert store.get("meeting", meeting_id)["state"] == "approved"
    assert editor.lock_banner.isVisible()
    assert not any(w.isEnabled() for w in (editor.date, editor.start, editor.end, editor.place, editor.title))
    assert view.list.item(0, 2).toolTip() == words["approved"]  # the list says "Approuvé", the tooltip in full
    day.shot("minutes-approved")

    # the minutes as PDF, to the file the user picks
    minutes_pdf = tmp_path / "pv.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(minutes_pdf), "")))
    day.click(editor.pdf_button)
    identity = editor.findChild(IdentityDialog)  # the first PDF asks once for its author's name (#18)
    day.type(identity.name, "Marie Peeters")
    day.ok(identity)  # the PDF job starts once the dialog has closed
    day.qtbot.waitUntil(lambda: minutes_pdf.exists() and not window.running_jobs(), timeout=20000)
    assert PdfReader(str(minutes_pdf)).metadata.author == "Marie Peeters"
    text = pdf_text(minutes_pdf)
    for expected in (words["item"], words["action"], "Anne Dupont", "Actiris", "Bruxelles Formation"):
        assert expected in text, expected

    # the Social Summit: a new one, its priority worksites ticked, the progress note from its view
    day.go("summit")
    summit_view = window.summit_view
    assert summit_view.new_button.text() == words["new_summit"]

    def new_summit(dialog):
        day.type(dialog.date, "10/12/2026")
        day.shot("new-summit", dialog)
        day.ok(dialog)

    day.answer(QDialog, new_summit)
    day.click(summit_view.new_button)
    day.back_to_window()
    summit = store.rows("SELECT id, year, date FROM summit")
    assert [(s["year"], s["date"]) for s in summit] == [(2026, "2026-12-10")]
    tree = summit_view.tree
    for code in ("2.1.4", "2.1.1"):
        flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
        item = next(i for i in tree.findItems(code + " ", flags) if i.parent() is not None)
        tree.expandItem(item.parent())
        tree.scrollToItem(item)
        day.qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
        day.key(tree, Qt.Key.Key_Space)
        assert item.checkState(0) == Qt.CheckState.Checked
    priorities = lambda: [r["code"] for r in store.rows(  # noqa: E731
        "SELECT w.code FROM summit_priority p JOIN worksite w ON w.id = p.worksite_id ORDER BY w.code")]
    assert priorities() == ["2.1.1", "2.1.4"]
    day.shot("summit-priorities")

    def note_options(dialog):
        objective = dialog.objective
        day.type(objective, "2.1")
        assert objective.currentData() == "2.1"
        day.ok(dialog)

    day.answer(QDialog, note_options)
    day.click(summit_view.note_button)
    day.qtbot.waitUntil(lambda: getattr(summit_view, "preview", None) is not None and summit_view.preview.isVisible(),
                        timeout=30000)
    preview = summit_view.preview
    day.shot("progress-note", preview, settle_ms=1500)
    note_pdf = tmp_path / "note.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(note_pdf), "")))
    day.click(preview.save_button)
    text = pdf_text(note_pdf)
    for expected in (words["priorities"], *words["worksites"], words["title"],
                     words["action"], "Anne Dupont", "15/01/2027"):
        assert expected in text, expected
    day.click(preview.findChild(QDialogButtonBox).buttons()[0])
    day.back_to_window()

    # undo the last priority with Ctrl+Z, redo it with Ctrl+Y
    day.shortcut("Ctrl+Z")
    assert priorities() == ["2.1.4"]
    day.shortcut("Ctrl+Y")
    assert priorities() == ["2.1.1", "2.1.4"]
    day.shot("undo-redo")
