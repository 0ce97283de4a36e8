"""The revision dialog in the window (issue 21): export, read an edited workbook, preview, apply, undo, redo."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QListWidget, QPushButton

from g4b_desktop.db import revisions
from g4b_desktop.ui.shell import i18n


def press(qtbot, dialog, name):
    button = dialog.findChild(QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_revision_from_the_window_then_undo_and_redo(qtbot, window, tmp_path, monkeypatch):
    structure = tmp_path / "structuur.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(structure), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(structure), ""))
    window.findChild(QAction, "strategyRevision").trigger()
    dialog = window.revision_dialog
    qtbot.waitExposed(dialog)
    press(qtbot, dialog, "exportStructure")
    book = load_workbook(structure)
    sheet = book.worksheets[0]
    for cells in sheet.iter_rows(min_row=2):
        if cells[1].value == "1.4.9":
            cells[5].value = "closed"
    sheet.append(["worksite", "2.1.7", "2.1", "Een nieuwe beleidswerf", "Un nouveau chantier", "open", None])
    book.save(structure)
    press(qtbot, dialog, "readRevisionWorkbook")
    preview = dialog.findChild(QListWidget, "revisionPreview")
    shown = [preview.item(n).text() for n in range(preview.count())]
    assert any("close 1.4.9" in line for line in shown) and any("2.1.7" in line for line in shown)
    assert not dialog.findChild(QPushButton, "applyRevision").isEnabled()   # a name is needed first
    qtbot.keyClicks(dialog.name, "Update February 2021")
    press(qtbot, dialog, "applyRevision")
    store = window.store
    assert revisions.current_revision(store)["name"] == "Update February 2021"
    assert store.scalar("SELECT state FROM worksite WHERE code = '1.4.9'") == "closed"
    assert window.undo_stack.undoText().endswith("“Update February 2021”")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo: the whole revision
    assert store.scalar("SELECT state FROM worksite WHERE code = '1.4.9'") == "open"
    assert store.scalar("SELECT count(*) FROM worksite WHERE code = '2.1.7'") == 0
    assert revisions.current_revision(store)["name"] == "Strategie Go4Brussels 2030"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)   # redo
    assert store.scalar("SELECT state FROM worksite WHERE code = '1.4.9'") == "closed"
    assert store.scalar("SELECT count(*) FROM worksite WHERE code = '2.1.7'") == 1


def test_refused_rows_are_shown_and_nothing_applies(qtbot, store, tmp_path, monkeypatch):
    from g4b_desktop.ui.shell.main_window import MainWindow
    from g4b_desktop.ui.shell.undo import Session

    i18n.install("fr")
    window = MainWindow(store, Session(store, "fr"))
    qtbot.addWidget(window)
    window.show()
    structure = tmp_path / "structure.xlsx"
    from g4b_desktop.exchange import revision_workbook

    revision_workbook.write(window.store, structure, lang="fr")
    book = load_workbook(structure)
    book.worksheets[0].append(["chantier", "2.1.x", "2.1", "Fout", None, "open", None])
    book.save(structure)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(structure), ""))
    window.findChild(QAction, "strategyRevision").trigger()
    dialog = window.revision_dialog
    press(qtbot, dialog, "readRevisionWorkbook")
    qtbot.keyClicks(dialog.name, "Mise a jour 2021")  # QTest types ASCII only
    preview = dialog.findChild(QListWidget, "revisionPreview")
    shown = [preview.item(n).text() for n in range(preview.count())]
    assert any(line.startswith("Refusé") and "ligne 119, colonne code" in line for line in shown), shown
    assert not dialog.findChild(QPushButton, "applyRevision").isEnabled()
    assert "rien n'est modifié" in dialog.summary.text()


def test_a_closed_worksite_leaves_the_tree_unless_asked_and_its_old_code_is_found(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox

    from g4b_desktop.db import queries
    from g4b_desktop.db.store import Changes
    from g4b_desktop.db.revisions import Change, Plan

    store = window.store
    closed = store.scalar("SELECT id FROM worksite WHERE code = '1.4.9'")
    moved = store.scalar("SELECT id FROM worksite WHERE code = '2.6.1'")
    window.show_view("strategy")
    tree = window.strategy_view
    assert tree.item_of("worksite", closed) is not None
    revisions.apply_revision(store, "Update February 2021", "2021-02-15", Plan([
        Change("close", "worksite", closed), Change("move", "worksite", moved, parent="2.1")]))
    window.session.apply_changes(Changes(updated={"worksite": {closed, moved}}))  # as the dialog's action does
    assert "1.4.9" not in worksite_rows(tree) and "2.6.1" not in worksite_rows(tree)
    assert "2.1.7" in worksite_rows(tree)
    box = tree.findChild(QCheckBox, "showClosed")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert box.isChecked()
    assert worksite_rows(tree)["1.4.9"].endswith("(closed)")
    # searching the old code finds the moved worksite under its new code
    hits = queries.search(store, "2.6.1")
    assert (hits[0]["table_name"], hits[0]["record_id"], hits[0]["code"]) == ("worksite", moved, "2.1.7")


def worksite_rows(view) -> dict[str, str]:
    """The worksites the strategy tree shows: code -> title as shown."""
    tree, found = view.tree, {}
    for p in range(tree.topLevelItemCount()):
        pillar = tree.topLevelItem(p)
        for o in range(pillar.childCount()):
            objective = pillar.child(o)
            for w in range(objective.childCount()):
                found[objective.child(w).text(0)] = objective.child(w).text(1)
    return found
