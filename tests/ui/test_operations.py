"""ui/operations: one change-set command per user action, labelled from the change set, undone by
reverting it (refused when the record was changed again), relabelled on a language switch."""

from __future__ import annotations

from g4b_desktop.db import commitments, queries
from g4b_desktop.ui.operations import commitments as commitment_operations
from g4b_desktop.ui.shell.undo import Session


def test_an_edit_is_one_labelled_step_undone_and_redone(qtbot, store):
    session = Session(store, "en")
    worksite = queries.worksite_by_code(store, "2.1.4")["id"]
    commitment_id = commitment_operations.add(session, worksite, {"title": "Stages"})
    assert commitment_operations.set_fields(session, commitment_id, {"status": "in_progress"})
    assert session.undo_stack.count() == 2
    assert session.undo_stack.undoText() == "Change status of 2.1.4-01"
    session.language = "fr"
    session.retranslate()
    assert session.undo_stack.undoText() == commitments.change_label("2.1.4-01", "status").render("fr")
    assert session.undo_stack.undoText() != "Change status of 2.1.4-01"
    session.undo_stack.undo()
    assert store.get("commitment", commitment_id)["status"] == "not_started"
    session.undo_stack.redo()
    assert store.get("commitment", commitment_id)["status"] == "in_progress"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert not store.exists("commitment", commitment_id)
    session.undo_stack.redo()
    assert store.get("commitment", commitment_id)["title"] == "Stages"  # the same record back


def test_undo_refuses_to_overwrite_a_later_change(qtbot, store):
    session = Session(store, "en")
    errors = []
    session.error.connect(errors.append)
    worksite = queries.worksite_by_code(store, "2.1.4")["id"]
    commitment_id, _ = commitments.add(store, worksite, "Stages")
    assert commitment_operations.set_fields(session, commitment_id, {"status": "in_progress"})
    commitments.update(store, commitment_id, {"status": "realised"})  # another window, the command line
    session.undo_stack.undo()
    assert store.get("commitment", commitment_id)["status"] == "realised"
    assert errors and "changed elsewhere" in str(errors[0])
    assert session.undo_stack.count() == 0  # the step is dropped, not left to fail again


def test_an_action_that_changes_nothing_is_not_stacked(qtbot, store):
    session = Session(store, "en")
    worksite = queries.worksite_by_code(store, "2.1.4")["id"]
    commitment_id, _ = commitments.add(store, worksite, "Stages")
    assert commitment_operations.set_fields(session, commitment_id, {"status": "not_started"})
    assert session.undo_stack.count() == 0


def test_a_status_edit_in_the_window_reads_little(window, qtbot):
    """The views refresh from what the write returned (issue 14: 21 statements, 13 SELECT before)."""
    from PySide6.QtWidgets import QApplication

    store = window.store
    worksite = queries.worksite_by_code(store, "2.1.4")["id"]
    commitment_id, _ = commitments.add(store, worksite, "Stages")
    for key in ("home", "commitments"):
        window.show_view(key)
        QApplication.processEvents()
    window.open_record("worksite", worksite)
    QApplication.processEvents()
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        assert commitment_operations.set_fields(window.session, commitment_id, {"status": "in_progress"})
        for _ in range(5):
            QApplication.processEvents()
    finally:
        store.db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 4, selects
    assert not any("change_log" in s for s in selects)  # nothing read back from the log
    assert window.commitments_view.table.model().rowCount() >= 1
