"""Undo everything, redo everything: a secretary's working day through the window's undo stack (every
kind of action), then Ctrl+Z until nothing is left to undo — the database holds what it held in the
morning — then Ctrl+Y until nothing is left to redo — it holds the evening's content again.

What the comparison leaves out, and why:
- `change_log`, `change_set`: the history. An undo is itself a recorded action (history shows it and
  the exchange sends it on), so the history grows; that is its job.
- `updated_at` columns: an undone field was written again, at the time of the undo; the exchange's
  "changed since" relies on it to send the old value back out.
- the full-text index tables (`search_index*`, `commitment_text*`): SQLite's own storage of an index
  derived from the records by triggers; their segments depend on the order of writes, not on content.
  `search_key`, its map from record to index row, is compared. `_sqlite_migrations`, `meta` and
  `sqlite_sequence`: the file's bookkeeping, not written by actions.
- `worksite_figures` rows of zeros: derived counts (kept by triggers) read with a LEFT JOIN; a worksite
  whose last commitment went keeps a row of zeros, which says what no row says.
- `trash`: undoing an addition moves the record to the trash so that redo brings it back with the same
  id, and an undone restore deletes the record into a new entry; so the trash must hold the morning's
  records (same record, same label), and its other entries only records that do not exist.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from g4b_desktop.db import commitments, meetings, queries
from g4b_desktop.ui.operations import commitments as commitment_operations
from g4b_desktop.ui.operations import partners as partner_operations
from g4b_desktop.ui.indicators.indicators_view import set_indicator_year

from press_helpers import DialogAnswerer, crash_logs

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
LEFT_OUT = ("change_log", "change_set", "_sqlite_migrations", "meta", "sqlite_sequence", "trash")
LEFT_OUT_PREFIXES = ("search_index", "commitment_text")


def dump(store) -> dict[str, list[tuple]]:
    tables = [r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    content = {}
    for table in tables:
        if table in LEFT_OUT or table.startswith(LEFT_OUT_PREFIXES):
            continue
        rows = store.rows(f'SELECT * FROM "{table}"')
        if table == "worksite_figures":  # derived; read with a LEFT JOIN, so a row of zeros is no row
            rows = [row for row in rows if row["commitments"]]
        content[table] = sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k != "updated_at"))
                                for row in rows)
    return content


def trash_rows(store) -> set[tuple]:
    """What the trash holds: which record, under which label (an entry's id and time are its deletion's)."""
    return {(r["table_name"], r["record_id"], r["label"]) for r in store.rows("SELECT * FROM trash")}


def differences(before: dict, after: dict) -> list[str]:
    found = []
    for table in sorted(set(before) | set(after)):
        gone = set(before.get(table, [])) - set(after.get(table, []))
        new = set(after.get(table, [])) - set(before.get(table, []))
        found += [f"{table}: missing {row}" for row in sorted(gone)[:3]]
        found += [f"{table}: extra {row}" for row in sorted(new)[:3]]
    return found


def working_day(window, qtbot, store, in_trash: str, answerer=None) -> int:
    """Every kind of action, each through the window's undo stack; returns how many steps it pushed."""
    session = window.session
    objective = queries.objective_by_code(store, "1.2")
    worksite = queries.worksite_by_code(store, "2.1.4")

    # commitments: add, edit one field and several, delete
    first = commitment_operations.add(session, worksite["id"], {"title": "Stageplaatsen werven"})
    second = commitment_operations.add(session, worksite["id"], {"title": "Jobbeurs organiseren"})
    assert commitment_operations.set_fields(session, first, {"status": "in_progress"})
    assert commitment_operations.set_fields(session, first, {"progress": 40, "due_date": "2027-06-30"})
    assert commitment_operations.delete(session, [second])

    # partners: add, edit, a duplicate merged, a membership
    partners_view = window.show_view("partners")
    keep = partners_view.add("organisation", "Brussels Jobcentrum")
    duplicate = partners_view.add("organisation", "Brussels Jobcentrum vzw")
    assert partner_operations.update_organisation(session, keep, {"website": "https://jobcentrum.example.brussels"})
    partners_view.select("organisation", keep)
    assert partners_view.merge(duplicate)
    assert partners_view.add_to_objective(objective["id"], "committee_member")
    person = partners_view.add("person", "Jan Peeters")
    assert partner_operations.update_person(session, person, {"email": "jan.peeters@example.brussels"})

    # indicators: a value changed, a year added, a link to an objective
    indicator = store.scalar("SELECT id FROM indicator ORDER BY code LIMIT 1")
    assert set_indicator_year(session, indicator, 2024, {"value": 12.5})
    indicators_view = window.show_view("indicators")
    indicators_view.select(indicator)
    assert indicators_view.add_year(2031)
    assert indicators_view.link_objective(objective["id"])

    # a meeting through approval
    meetings_view = window.show_view("meetings")
    meeting = meetings_view.plan(objective["id"], "2027-03-12")
    assert meeting and meetings_view.select_meeting(meeting)
    editor = meetings_view.editor
    editor.agenda.add_item("Jongerengarantie")
    qtbot.mouseClick(editor.held_button, Qt.MouseButton.LeftButton)
    editor.actions.add_action("Eindrapport bezorgen", "Actiris", "2027-04-15")
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    assert store.get("meeting", meeting)["state"] == "approved"

    # an import
    if answerer is not None:   # the wizard reads on a worker while events run (#19): not a dialog to cancel
        answerer.stop()
    wizard = window.exchange_actions.import_spreadsheet(SAMPLES / "actiris-opvolging-2026.nl.xlsx")
    wizard.next()
    wizard.next()
    if answerer is not None:
        answerer.timer.start()
    wizard.accept()   # written on a worker thread (#19)
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=20000)
    assert wizard.applied

    # a summit with priorities, closed
    summit_view = window.show_view("summit")
    assert summit_view.new_summit(2031, "2031-11-20")
    for code in ("2.1.4", "1.2.1"):
        flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
        item = next(i for i in summit_view.tree.findItems(code + " ", flags) if i.parent() is not None)
        item.setCheckState(0, Qt.CheckState.Checked)
    assert summit_view.close_summit()

    # something back from the trash: what was deleted before the day began
    trash_view = window.show_view("trash")
    rows = [r for r in range(trash_view.model.rowCount()) if trash_view.model.trash_id(r) == in_trash]
    trash_view.table.selectRow(rows[0])
    assert trash_view.restore_selected()
    return window.undo_stack.count()


def press_until(qtbot, window, key: Qt.Key, modifiers, can) -> int:
    presses = 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setFocus()  # not in a text field, where Ctrl+Z undoes typing
    while can() and presses < 200:
        qtbot.keyClick(window.navigation, key, modifiers)
        presses += 1
        qtbot.wait(20)  # an error box would show up (and be answered) here
        qtbot.waitUntil(lambda: not window.running_jobs(), timeout=10000)
    return presses


def test_undo_everything_then_redo_everything(window, qtbot, store):
    worksite = queries.worksite_by_code(store, "1.2.1")
    gone, _ = commitments.add(store, worksite["id"], "Per vergissing toegevoegd")
    window.apply_changes(commitments.delete(store, gone))
    in_trash = store.scalar("SELECT id FROM trash WHERE record_id = ?", [gone])
    morning, morning_trash = dump(store), trash_rows(store)
    logs = crash_logs()
    answerer = DialogAnswerer()  # an error box would be kept here
    try:
        steps = working_day(window, qtbot, store, in_trash, answerer)
        assert steps >= 25
        evening = dump(store)
        assert differences(morning, evening)  # the day changed things

        undone = press_until(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier,
                             window.undo_stack.canUndo)
        assert undone == steps and window.undo_stack.index() == 0
        assert differences(morning, dump(store)) == [], "\n".join(differences(morning, dump(store)))
        trash = trash_rows(store)
        assert morning_trash and morning_trash <= trash  # what was restored is back in the trash
        for table, record_id, _label in trash - morning_trash:  # undone additions, kept for their redo
            assert not store.exists(table, record_id)

        redone = press_until(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier,
                             window.undo_stack.canRedo)
        assert redone == steps
        assert differences(evening, dump(store)) == [], "\n".join(differences(evening, dump(store)))
        assert store.get("meeting", meetings.find_meeting(store, queries.objective_by_code(store, "1.2")["id"],
                                                          "2027-03-12")["id"])["state"] == "approved"
    finally:
        answerer.stop()
    assert answerer.errors == [] and window.last_error == ""
    assert crash_logs() == logs
