"""Meetings at the store level: the whole flow, carry-over, the lock, decisions and commitments."""

from __future__ import annotations

import pytest

from g4b_desktop.db import history, meetings, partners, queries
from g4b_desktop.db.errors import NotFound, ValidationError
from g4b_desktop.db.meetings import MinutesLocked

from meeting_helpers import committee_1_2


def held_meeting_with_decision(store):
    """Plan, invite, hold, decide (commitment realised), two actions: the issue's flow up to approval."""
    c = committee_1_2(store)
    meeting_id, changes = meetings.plan_meeting(store, c["objective"]["id"], "2027-03-12", start_time="9:30",
                                                end_time="11h30", place="Kunstberg 1, Brussel")
    assert meeting_id in changes.inserted["meeting"]
    meetings.invite_committee(store, meeting_id)
    item_id, _ = meetings.add_agenda_item(store, meeting_id, "Stand van de Jongerengarantie", presenter="Actiris",
                                          duration_minutes=30)
    meetings.update_agenda_item(store, item_id, {"minutes": "Het engagement is gehaald <ruim> & op tijd."})
    meetings.mark_held(store, meeting_id)
    for row in meetings.attendance(store, meeting_id):
        meetings.set_attendance(store, row["id"], "present" if row["person_id"] else "excused")
    decision_id, _ = meetings.record_decision(store, item_id, "Het stuurcomité stelt vast dat het engagement "
                                              "gerealiseerd is.", {c["commitment_id"]: {"status": "realised"}})
    meetings.add_outcome(store, item_id, "action", "Eindrapport bezorgen", owner_person_id=c["person_id"],
                         due_date="2027-04-15")
    meetings.add_action(store, meeting_id, "Cijfers 2026 opvragen bij BISA", owner_name="BISA",
                        due_date="2027-05-01", commitment_id=c["commitment_id"])
    return c, meeting_id, item_id, decision_id


def test_full_flow_plan_invite_hold_decide_act_approve(store):
    c, meeting_id, item_id, decision_id = held_meeting_with_decision(store)
    page = meetings.meeting_page(store, meeting_id)
    assert page["objective_code"] == "1.2"
    assert (page["start_time"], page["end_time"]) == ("09:30", "11:30")
    committee = store.scalar("SELECT count(*) FROM membership ms JOIN objective o ON o.id = ms.objective_id "
                             "WHERE o.code = '1.2' AND ms.role = 'committee_member'")
    # the member organisation whose contact is a member is invited through that contact
    assert len(page["attendance"]) == committee - 1 >= 2
    anne = [a for a in page["attendance"] if a["person_id"] == c["person_id"]]
    assert [(a["name"], a["organisation_name"]) for a in anne] == [("Anne Dupont-Van Damme", c["organisation"]["name"])]
    assert c["organisation"]["id"] not in {a["organisation_id"] for a in page["attendance"] if not a["person_id"]}
    assert {a["state"] for a in page["attendance"]} == {"present", "excused"}
    assert [a["what"] for a in page["actions"]] == ["Eindrapport bezorgen", "Cijfers 2026 opvragen bij BISA"]
    assert page["actions"][0]["owner"] == "Anne Dupont-Van Damme"
    commitment = store.get("commitment", c["commitment_id"])
    assert (commitment["status"], commitment["progress"]) == ("realised", 100)

    changes = meetings.approve_minutes(store, meeting_id, on="2027-04-02")
    assert meeting_id in changes.updated["meeting"]
    approved = store.get("meeting", meeting_id)
    assert (approved["state"], approved["approved_at"], approved["approved_by"]) == ("approved", "2027-04-02",
                                                                                       "tester")


def test_lock_after_approval_refuses_every_edit_and_leaves_the_file_unchanged(store):
    c, meeting_id, item_id, decision_id = held_meeting_with_decision(store)
    meetings.approve_minutes(store, meeting_id)
    attendance_id = meetings.attendance(store, meeting_id)[0]["id"]
    action_id = meetings.actions_of_meeting(store, meeting_id)[0]["id"]
    before = store.scalar("SELECT count(*) FROM change_log")
    attempts = [
        lambda: meetings.update_meeting(store, meeting_id, {"place": "elders"}),
        lambda: meetings.add_agenda_item(store, meeting_id, "Varia"),
        lambda: meetings.update_agenda_item(store, item_id, {"minutes": "herschreven"}),
        lambda: meetings.delete_agenda_item(store, item_id),
        lambda: meetings.move_agenda_item(store, item_id, 0),
        lambda: meetings.add_outcome(store, item_id, "information", "nog iets"),
        lambda: meetings.record_decision(store, item_id, "nog een beslissing"),
        lambda: meetings.apply_decision(store, decision_id, c["commitment_id"], {"progress": 50}),
        lambda: meetings.set_attendance(store, attendance_id, "absent"),
        lambda: meetings.add_attendee(store, meeting_id, "Gast"),
        lambda: meetings.invite_committee(store, meeting_id),
        lambda: meetings.add_action(store, meeting_id, "nog een actie"),
        lambda: meetings.update_action(store, action_id, {"what": "anders"}),
        lambda: meetings.delete_action(store, action_id),
        lambda: meetings.delete_meeting(store, meeting_id),
        lambda: meetings.mark_held(store, meeting_id),
        lambda: meetings.approve_minutes(store, meeting_id),
    ]
    for attempt in attempts:
        with pytest.raises(MinutesLocked, match="approved"):
            attempt()
    assert store.scalar("SELECT count(*) FROM change_log") == before
    # following up an action stays possible: that is what the action list is for
    meetings.update_action(store, action_id, {"state": "done"})
    assert store.get("meeting_action", action_id)["closed_on"] is not None

    changes = meetings.reopen_minutes(store, meeting_id, "typfout in de notulen")
    assert store.get("meeting", meeting_id)["state"] == "held"
    label = store.scalar("SELECT label FROM change_set WHERE id = ?", [changes.change_set_id])
    assert "Re-open" in label and "typfout" in label
    meetings.update_agenda_item(store, item_id, {"minutes": "verbeterd"})
    assert store.get("agenda_item", item_id)["minutes"] == "verbeterd"
    with pytest.raises(ValidationError):
        meetings.reopen_minutes(store, meeting_id, "twee keer")


def test_decision_commitment_link_both_ways(store):
    c, meeting_id, item_id, decision_id = held_meeting_with_decision(store)
    changed = meetings.decision_changes(store, decision_id)
    assert {(r["code"], r["field"], r["old_value"], r["new_value"]) for r in changed} == {
        (store.get("commitment", c["commitment_id"])["code"], "status", "in_progress", "realised"),
        (store.get("commitment", c["commitment_id"])["code"], "progress", 40, 100)}
    status_change = [h for h in history.record_history(store, "commitment", c["commitment_id"])
                     if h["field"] == "status"][0]
    assert status_change["label"] == "Changed by the decision of the meeting of 12/03/2027"
    assert meetings.describe_context(store, status_change["context_table"], status_change["context_id"], "nl") == \
        "Gewijzigd door de beslissing van de vergadering van 12/03/2027"
    assert meetings.describe_context(store, "commitment", c["commitment_id"], "fr") is None
    assert (status_change["context_table"], status_change["context_id"]) == ("outcome", decision_id)
    found = meetings.decisions_for_commitment(store, c["commitment_id"])
    assert [(d["id"], d["meeting_date"]) for d in found] == [(decision_id, "2027-03-12")]

    # a later change through the decision (due date) is listed too
    meetings.apply_decision(store, decision_id, c["commitment_id"], {"due_date": "2027-12-31"})
    assert "due_date" in [r["field"] for r in meetings.decision_changes(store, decision_id)]
    information_id, _ = meetings.add_outcome(store, item_id, "information", "ter info")
    with pytest.raises(ValidationError):
        meetings.apply_decision(store, information_id, c["commitment_id"], {"progress": 10})


def test_bad_decision_changes_nothing(store):
    c, meeting_id, item_id, _ = held_meeting_with_decision(store)
    outcomes = store.scalar("SELECT count(*) FROM outcome")
    with pytest.raises(ValidationError):
        meetings.record_decision(store, item_id, "Voortgang 140 %", {c["commitment_id"]: {"progress": 140}})
    assert store.scalar("SELECT count(*) FROM outcome") == outcomes
    assert store.get("commitment", c["commitment_id"])["progress"] == 100


def test_open_actions_carry_over_to_the_next_meeting(store):
    c, first_id, item_id, _ = held_meeting_with_decision(store)
    meetings.approve_minutes(store, first_id)
    first_actions = meetings.actions_of_meeting(store, first_id)
    meetings.update_action(store, first_actions[1]["id"], {"state": "dropped"})

    second_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-06-10", agenda_from="previous", lang="fr")
    agenda = meetings.agenda(store, second_id)
    assert agenda[0]["is_action_review"] == 1 and agenda[0]["title"] == "Suivi des points d'action"
    assert [a["what"] for a in agenda[0]["carried_actions"]] == ["Eindrapport bezorgen"]
    assert [i["title"] for i in agenda[1:]] == ["Stand van de Jongerengarantie"]
    assert agenda[1]["minutes"] is None  # the agenda is copied, not the minutes

    # an action added later to an earlier meeting comes onto the planned agenda by itself
    meetings.reopen_minutes(store, first_id, "actie vergeten")
    late_id, _ = meetings.add_action(store, first_id, "Vergeten actie", due_date="2027-05-20")
    assert late_id in [a["id"] for a in meetings.agenda(store, second_id)[0]["carried_actions"]]

    # another committee's meeting gets none of them
    other = queries.objective_by_code(store, "2.1")
    other_id, _ = meetings.plan_meeting(store, other["id"], "2027-06-11")
    assert meetings.agenda(store, other_id) == []

    # what the later meeting says about a carried action; a past meeting brought from a list gets none
    carried = meetings.agenda(store, second_id)[0]["carried_actions"][0]
    meetings.set_carried_note(store, carried["carried_id"], "Rapport in afwerking")
    assert meetings.agenda(store, second_id)[0]["carried_actions"][0]["carried_note"] == "Rapport in afwerking"
    with store.action("Import") as act:
        past_id = meetings.insert_meeting(act, c["objective"]["id"], "2027-05-01", state="held")
    assert meetings.agenda(store, past_id) == []

    overview = meetings.open_actions(store, today="2027-05-10")
    assert [(a["what"], a["overdue"]) for a in overview] == [("Eindrapport bezorgen", 1), ("Vergeten actie", 0)]


def test_agenda_reorder_templates_and_validation(store):
    c = committee_1_2(store)
    meeting_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-09-01")
    ids = [meetings.add_agenda_item(store, meeting_id, title)[0] for title in ("Opening", "Stand", "Varia")]
    meetings.move_agenda_item(store, ids[2], 0)
    assert [i["title"] for i in meetings.agenda(store, meeting_id)] == ["Varia", "Opening", "Stand"]
    assert [i["position"] for i in meetings.agenda(store, meeting_id)] == [0, 1, 2]
    with pytest.raises(ValidationError):
        meetings.reorder_agenda(store, meeting_id, ids[:2])
    template_id, _ = meetings.save_template(store, meeting_id, "Standaardagenda")
    other_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-10-01", template_id=template_id)
    assert [i["title"] for i in meetings.agenda(store, other_id)] == ["Varia", "Opening", "Stand"]
    link_id, _ = meetings.link_agenda_item(store, ids[1], commitment_id=c["commitment_id"])
    assert meetings.agenda(store, meeting_id)[2]["links"][0]["id"] == link_id
    with pytest.raises(ValidationError, match="time"):
        meetings.update_meeting(store, meeting_id, {"start_time": "25:00"})
    with pytest.raises(ValidationError, match="date"):
        meetings.plan_meeting(store, c["objective"]["id"], "31/02/2027")
    with pytest.raises(ValidationError, match="end"):
        meetings.update_meeting(store, meeting_id, {"start_time": "14:00", "end_time": "13:00"})
    assert store.get("meeting", meeting_id)["start_time"] is None
    with pytest.raises(ValidationError, match="held"):
        meetings.approve_minutes(store, meeting_id)


def test_building_blocks_for_an_import_share_one_transaction(store):
    c = committee_1_2(store)
    objective_id = c["objective"]["id"]
    with store.action("Import action list", source="acties.xlsx") as act:
        meeting_id = meetings.insert_meeting(act, objective_id, "2026-11-05", state="held")
        first = meetings.insert_action(act, meeting_id, "Nota opstellen", owner_organisation_id=c["organisation"]["id"],
                                       due_date="2026-12-01")
        meetings.insert_action(act, meeting_id, "Afgewerkt punt", state="done")
    assert meetings.find_meeting(store, objective_id, "2026-11-05")["id"] == meeting_id
    assert meetings.find_meeting(store, objective_id, "2026-11-06") is None
    assert store.get("meeting_action", first)["owner_organisation_id"] == c["organisation"]["id"]
    assert act.changes.inserted["meeting_action"] and act.changes.change_set_id
    count = store.scalar("SELECT count(*) FROM meeting")
    with pytest.raises(ValidationError):
        with store.action("Import with a bad row") as act:
            meetings.insert_meeting(act, objective_id, "2026-12-01")
            meetings.insert_action(act, meeting_id, "Slechte datum", due_date="morgen")
    assert store.scalar("SELECT count(*) FROM meeting") == count


def test_since_queries_for_progress_notes(store):
    c, meeting_id, item_id, decision_id = held_meeting_with_decision(store)
    meetings.update_agenda_item(store, item_id, {"confidential": True})
    planned_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-12-01")
    held = meetings.meetings_held_since(store, "2027-01-01", c["objective"]["id"])
    assert [m["id"] for m in held] == [meeting_id]
    assert meetings.meetings_held_since(store, "2027-03-13") == []
    assert [d["id"] for d in meetings.decisions_since(store, "2027-01-01")] == [decision_id]
    assert meetings.decisions_since(store, "2027-01-01", include_confidential=False) == []
    assert planned_id in [m["id"] for m in meetings.list_meetings(store, c["objective"]["id"])]


def test_meeting_text_is_found_by_search(store):
    c, meeting_id, item_id, _ = held_meeting_with_decision(store)
    hits = queries.search(store, "eindrapport")
    assert ("meeting_action", True) in {(h["table_name"], bool(h["record_id"])) for h in hits}
    assert any(h["table_name"] == "agenda_item" for h in queries.search(store, "jongerengarantie"))


def test_resolve_meeting_by_short_id(store):
    c = committee_1_2(store)
    meeting_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-01-20")
    assert meetings.resolve_meeting(store, meeting_id[:8])["id"] == meeting_id
    with pytest.raises(NotFound):
        meetings.resolve_meeting(store, "zzzz")



def test_inviting_the_committee_invites_people_and_organisations_without_a_member_contact(store):
    """Each committee member contact is invited with their organisation; a member organisation none of
    whose contacts is a member is invited itself; a second invitation adds only who is new."""
    c = committee_1_2(store)
    objective_id = c["objective"]["id"]
    members = store.rows("SELECT o.id, o.name FROM membership ms JOIN organisation o ON o.id = ms.organisation_id "
                         "WHERE ms.objective_id = ? AND ms.role = 'committee_member'", [objective_id])
    meeting_id, _ = meetings.plan_meeting(store, objective_id, "2027-03-12", invite=False)
    meetings.invite_committee(store, meeting_id)
    rows = meetings.attendance(store, meeting_id)
    people = [(r["name"], r["organisation_name"]) for r in rows if r["person_id"]]
    assert people == [("Anne Dupont-Van Damme", c["organisation"]["name"])]
    organisations = {r["organisation_id"] for r in rows if not r["person_id"]}
    assert organisations == {m["id"] for m in members} - {c["organisation"]["id"]}
    # a contact of another member organisation becomes a member: inviting again adds that person only
    second = next(m for m in members if m["id"] != c["organisation"]["id"])
    person_id, _ = partners.add_person(store, "Karim El Idrissi", organisation_id=second["id"])
    partners.add_membership(store, objective_id, "committee_member", person_id=person_id)
    changes = meetings.invite_committee(store, meeting_id)
    assert len(changes.inserted["attendance"]) == 1
    added = store.get("attendance", next(iter(changes.inserted["attendance"])))
    assert (added["person_id"], added["organisation_id"], added["name"]) == (person_id, second["id"],
                                                                            "Karim El Idrissi")
