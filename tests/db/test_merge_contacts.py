"""Merging a duplicate contact: memberships, attendance and owned actions follow; one undoable action."""

from __future__ import annotations

import pytest

from g4b_desktop.db import history, meetings, partners, queries
from g4b_desktop.db.errors import ValidationError


def test_a_duplicate_contact_is_merged_with_what_points_at_it(store):
    objective = queries.objective_by_code(store, "2.1")["id"]
    other = queries.objective_by_code(store, "1.2")["id"]
    keep, _ = partners.add_person(store, "Zoë Martin", email=None, function="Secretaris")
    duplicate, _ = partners.add_person(store, "Zoe Martin", email="zoe.martin@example.be", phone="02 555 01 01")
    partners.add_membership(store, objective, "committee_member", person_id=keep)
    partners.add_membership(store, objective, "committee_member", person_id=duplicate)  # the same seat twice
    partners.add_membership(store, other, "committee_member", person_id=duplicate)
    meeting, _ = meetings.plan_meeting(store, objective, "2027-03-12")
    attendee, _ = meetings.add_attendee(store, meeting, person_id=duplicate)
    action, _ = meetings.add_action(store, meeting, "Cijfers opvragen", owner_person_id=duplicate)

    changes = partners.merge_persons(store, keep, duplicate)

    assert not store.exists("person", duplicate)
    kept = store.get("person", keep)
    assert kept["email"] == "zoe.martin@example.be" and kept["phone"] == "02 555 01 01"
    assert kept["function"] == "Secretaris"  # a field the kept contact has stays
    seats = store.rows("SELECT objective_id, role FROM membership WHERE person_id = ? ORDER BY objective_id", [keep])
    assert sorted((s["objective_id"], s["role"]) for s in seats) == sorted(
        [(objective, "committee_member"), (other, "committee_member")])  # no seat twice
    assert store.scalar("SELECT person_id FROM attendance WHERE id = ?", [attendee]) == keep
    assert store.scalar("SELECT owner_person_id FROM meeting_action WHERE id = ?", [action]) == keep
    # one action: undone as one step, everything back as it was
    history.revert_change_set(store, changes.change_set_id)
    assert store.exists("person", duplicate)
    assert store.scalar("SELECT count(*) FROM membership WHERE person_id = ?", [duplicate]) == 2
    assert store.scalar("SELECT person_id FROM attendance WHERE id = ?", [attendee]) == duplicate
    assert store.scalar("SELECT owner_person_id FROM meeting_action WHERE id = ?", [action]) == duplicate
    assert store.get("person", keep)["email"] is None


def test_a_contact_is_not_merged_with_itself(store):
    person, _ = partners.add_person(store, "Jan Peeters")
    with pytest.raises(ValidationError):
        partners.merge_persons(store, person, person)
    assert store.exists("person", person)
