"""Reverting an action sets a record's fields back together, so CHECK constraints hold at every step."""

from __future__ import annotations

from g4b_desktop.db import history, meetings, queries


def held_meeting(store) -> str:
    objective = queries.objective_by_code(store, "1.2")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12")
    meetings.mark_held(store, meeting_id)
    return meeting_id


def fields(store, meeting_id):
    row = store.get("meeting", meeting_id)
    return row["state"], row["approved_at"], row["approved_by"]


def test_undo_and_redo_of_approving_minutes(store):
    meeting_id = held_meeting(store)
    approved = meetings.approve_minutes(store, meeting_id, on="2027-03-20")
    assert fields(store, meeting_id) == ("approved", "2027-03-20", "tester")

    undone = history.revert_change_set(store, approved.change_set_id)
    assert fields(store, meeting_id) == ("held", None, None)
    # the three fields went back in one statement: one update of the meeting in the log
    logged = store.rows("SELECT field FROM change_log WHERE change_set_id = ? AND op = 'update' ORDER BY seq",
                        [undone.change_set_id])
    assert sorted(r["field"] for r in logged) == ["approved_at", "approved_by", "state"]

    history.revert_change_set(store, undone.change_set_id)
    assert fields(store, meeting_id) == ("approved", "2027-03-20", "tester")


def test_undo_of_reopening_approved_minutes(store):
    meeting_id = held_meeting(store)
    meetings.approve_minutes(store, meeting_id, on="2027-03-20")
    reopened = meetings.reopen_minutes(store, meeting_id, "Typo in the decision")
    assert fields(store, meeting_id) == ("held", None, None)
    history.revert_change_set(store, reopened.change_set_id)
    assert fields(store, meeting_id) == ("approved", "2027-03-20", "tester")


def test_a_field_changed_twice_in_one_action_gets_its_first_value_back(store):
    objective = queries.objective_by_code(store, "1.2")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12")
    with store.action("two edits of the place") as act:
        act.update("meeting", meeting_id, {"place": "Kunstberg 1"})
        act.update("meeting", meeting_id, {"place": "Zuidstation"})
    history.revert_change_set(store, act.changes.change_set_id)
    assert store.get("meeting", meeting_id)["place"] is None
