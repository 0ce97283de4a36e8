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


def test_undoing_a_deletion_after_an_undone_restore_brings_the_record_back(store):
    """Delete (into the trash), restore it from the trash, undo the restore (deleted again), then undo
    the deletion: the record comes back from its newest trash entry."""
    from g4b_desktop.db import partners

    keep, _ = partners.add_organisation(store, "Brussels Jobcentrum")
    duplicate, _ = partners.add_organisation(store, "Brussels Jobcentrum vzw")
    merged = partners.merge_organisations(store, keep, duplicate)
    trash_id = store.scalar("SELECT id FROM trash WHERE record_id = ?", [duplicate])
    restored = history.restore(store, trash_id)
    history.revert_change_set(store, restored.change_set_id)
    assert not store.exists("organisation", duplicate)

    history.revert_change_set(store, merged.change_set_id)
    assert store.get("organisation", duplicate)["name"] == "Brussels Jobcentrum vzw"
    assert store.scalar("SELECT count(*) FROM trash WHERE record_id = ?", [duplicate]) == 0


def test_an_undone_restore_puts_the_record_back_in_the_trash_under_its_name(store):
    from g4b_desktop.db import commitments

    worksite = queries.worksite_by_code(store, "1.2.1")
    commitment_id, _ = commitments.add(store, worksite["id"], "Per vergissing toegevoegd")
    commitments.delete(store, commitment_id)
    restored = history.restore(store, store.scalar("SELECT id FROM trash"))
    history.revert_change_set(store, restored.change_set_id)
    assert [r["label"] for r in history.trash(store)] == ["1.2.1-01 Per vergissing toegevoegd"]
