"""Restoring, from the window, a backup made from another database (reliability #17): the window warns
in words with "Restore anyway" and "Cancel"; Cancel leaves everything as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from g4b_desktop.db import partners
from g4b_desktop.db.store import Store
from g4b_desktop.ui.backups import restore_dialog

from .test_file_conditions import digest


def another_database(tmp_path) -> Store:
    other = tmp_path / "other-committee.g4b"
    with Store.create(other, author="bart") as store:
        partners.add_organisation(store, "Only in the other database")
    return other


def answer(qtbot, window, button: str) -> list[str]:
    """Click `button` ("anyway" or "cancel") in the window's warning as soon as it shows; its text is kept."""
    seen: list[str] = []
    tries = [0]

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is window]
        box = next((b for b in boxes if b.objectName() == "restoreOtherDatabase"), None)
        if box is None and boxes:  # another question instead of the warning: refused, the test fails
            seen.append(f"another question: {boxes[0].text()}")
            boxes[0].reject()
            return
        if box is None:
            tries[0] += 1
            if tries[0] < 1500:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        target = (box.findChild(QPushButton, "restoreAnyway") if button == "anyway"
                  else box.button(QMessageBox.StandardButton.Cancel))
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, click)
    return seen


def test_cancel_leaves_the_database_and_the_window_as_they_were(window, store, qtbot, tmp_path):
    other = another_database(tmp_path)
    before = digest(store.path)
    seen = answer(qtbot, window, "cancel")
    assert restore_dialog.restore_backup(window, other, confirm=True) is None
    assert seen and "made from another database (other-committee.g4b)" in seen[0] and "Restore it anyway?" in seen[0]
    assert "Restore anyway" in seen and "Cancel" in seen
    assert window.latest() is window
    assert digest(store.path) == before
    assert partners.add_organisation(window.store, "Still working")[0]


def test_restore_anyway_puts_the_other_database_in_place(window, store, qtbot, tmp_path):
    other = another_database(tmp_path)
    with Store.open(other, readonly=True) as opened:
        other_id = opened.meta("database_id")
    seen = answer(qtbot, window, "anyway")
    new_window = restore_dialog.restore_backup(window, other, confirm=True)
    assert seen, "no warning was shown"
    assert new_window is not None and window.latest() is new_window
    assert new_window.store.meta("database_id") == other_id
    assert new_window.store.scalar("SELECT name FROM organisation") == "Only in the other database"
