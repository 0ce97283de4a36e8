"""Merging a duplicate contact from the partners view: the dialog offers the other contacts; undo restores."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog

from g4b_desktop.db import partners, queries


def test_merge_a_duplicate_contact_in_the_window_and_undo(window, qtbot):
    store = window.store
    objective = queries.objective_by_code(store, "2.1")["id"]
    keep, _ = partners.add_person(store, "Zoë Martin")
    duplicate, _ = partners.add_person(store, "Zoe Martin", email="zoe.martin@example.be")
    partners.add_membership(store, objective, "partner", person_id=duplicate)
    view = window.show_view("partners")
    view.select("person", keep)
    assert view.merge_button.isEnabled()
    view.merge_dialog()
    dialog = next(d for d in view.findChildren(QDialog) if d.isVisible())
    combo = dialog.findChild(QComboBox)
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert duplicate in offered and keep not in offered
    combo.setCurrentIndex(combo.findData(duplicate))
    dialog.accept()
    qtbot.waitUntil(lambda: not store.exists("person", duplicate))
    assert store.get("person", keep)["email"] == "zoe.martin@example.be"
    assert store.scalar("SELECT count(*) FROM membership WHERE person_id = ?", [keep]) == 1
    assert window.undo_stack.undoText() == "Merge contact Zoe Martin into Zoë Martin"
    window.undo_action.trigger()
    assert store.exists("person", duplicate)
    assert store.scalar("SELECT count(*) FROM membership WHERE person_id = ?", [duplicate]) == 1
    assert store.get("person", keep)["email"] is None
