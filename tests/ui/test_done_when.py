"""The issue's done-when, as a new user does it, with real widgets offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QTreeWidget

from g4b_desktop.db import queries
from g4b_desktop.ui.commitments.commitment_form import CommitmentForm
from g4b_desktop.ui.widgets.commitment_model import STATUS, TITLE
from g4b_desktop.ui.shell.preferences import PreferencesDialog


def click_tree_item(qtbot, tree: QTreeWidget, code: str):
    found = tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert len(found) == 1, code
    item = found[0]
    parent = item.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return item


def open_form(qtbot, window, button) -> CommitmentForm:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(CommitmentForm)), timeout=2000)
    return [f for f in window.findChildren(CommitmentForm) if f.isVisible()][0]


def set_status_in_table(qtbot, table, row: int, status_label: str) -> None:
    index = table.model().index(row, STATUS)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText(status_label))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the editor commits it


def test_done_when(window, qtbot):
    store = window.store
    # 1. find worksite 2.1.4 in the strategy tree
    window.show_view("strategy")
    click_tree_item(qtbot, window.strategy_view.tree, "2.1.4")
    page = window.strategy_view.worksite_page
    assert window.strategy_view.pages.currentWidget() is page
    assert page.heading.text() == "2.1.4  Stages in de onderneming"

    # 2. add three commitments through the form
    titles = ["Stageplaatsen werven", "Stagegids publiceren", "Evaluatie van de stages"]
    for title in titles:
        form = open_form(qtbot, window, page.add_button)
        qtbot.keyClicks(form.title, title)
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert not form.isVisible()
    assert page.model.rowCount() == 3
    assert [page.model.index(r, TITLE).data() for r in range(3)] == titles
    worksite = queries.worksite_by_code(store, "2.1.4")
    stored = store.rows("SELECT code, title, status FROM commitment WHERE worksite_id = ? ORDER BY code",
                        [worksite["id"]])
    assert [r["code"] for r in stored] == ["2.1.4-01", "2.1.4-02", "2.1.4-03"]

    # 3. set their status in the table
    for row, status in ((0, "Realised"), (1, "In progress"), (2, "Postponed")):
        set_status_in_table(qtbot, page.table, row, status)
    statuses = [r["status"] for r in store.rows("SELECT status FROM commitment ORDER BY code")]
    assert statuses == ["realised", "in_progress", "postponed"]
    assert page.model.index(0, STATUS).data() == "Realised"

    # 4. undo one change (the last): its label names it, the database goes back
    assert window.undo_action.text() == "Undo: Change status of 2.1.4-03"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    statuses = [r["status"] for r in store.rows("SELECT status FROM commitment ORDER BY code")]
    assert statuses == ["realised", "in_progress", "not_started"]
    assert page.model.index(2, STATUS).data() == "Not started"
    assert window.redo_action.text() == "Redo: Change status of 2.1.4-03"

    # 5. search a word from a description and open the hit
    window.show_view("home")
    search = window.search_box
    search.setFocus()
    qtbot.keyClicks(search, "kwaliteitsvolle begeleide")
    qtbot.waitUntil(lambda: search.results.rowCount() > 0, timeout=2000)
    popup = search.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert "2.1.4" in search.results.item(0).text()
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.current_view() == "strategy"
    assert page.heading.text().startswith("2.1.4")

    # 6. switch to French in Preferences: French labels everywhere
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    french = window.latest()
    assert french is not window and french.language == "fr"
    assert [french.navigation.item(i).text() for i in range(6)] == [
        "Accueil", "Stratégie", "Engagements", "Partenaires", "Indicateurs", "Corbeille"]
    assert [a.text() for a in french.menuBar().actions()][:2] == ["&Fichier", "&Édition"]
    french.open_record("worksite", worksite["id"])
    french_page = french.strategy_view.worksite_page
    assert french_page.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Statut"
    assert french_page.model.index(0, STATUS).data() == "Réalisé"
    assert french_page.add_button.text() == "&Nouvel engagement"
    # the undo stack survived the switch, now in French
    assert french.undo_action.text() == "Annuler : Modification de statut de 2.1.4-02"
