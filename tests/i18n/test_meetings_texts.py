"""Meetings' data-layer texts (change-set labels, refusals, g4b meeting errors) in the user's language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from g4b_desktop import texts
from g4b_desktop.db import commitments, history, meetings, queries
from g4b_desktop.db.errors import NotFound, ValidationError
from g4b_desktop.db.meetings import MinutesLocked
from g4b_desktop.db.store import Store
from g4b_desktop.texts import Text


def approved_meeting(store: Store) -> tuple[str, str, str]:
    """A meeting of objective 1.2 on 12/03/2027 with one agenda item and a commitment; held, minutes approved."""
    objective = queries.objective_by_code(store, "1.2")
    worksite = store.scalar("SELECT id FROM worksite WHERE objective_id = ? ORDER BY position LIMIT 1",
                            [objective["id"]])
    commitment_id, _ = commitments.add(store, worksite, "Jongerengarantie", status="in_progress", progress=40)
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12", start_time="9:30")
    item_id, _ = meetings.add_agenda_item(store, meeting_id, "Stand van de engagementen")
    meetings.mark_held(store, meeting_id)
    decision_id, _ = meetings.record_decision(store, item_id, "Gerealiseerd.",
                                              {commitment_id: {"status": "realised"}})
    meetings.approve_minutes(store, meeting_id, on="2027-04-01")
    return meeting_id, item_id, commitment_id


def test_a_locked_minutes_refusal_in_french_and_dutch(store):
    meeting_id, item_id, _ = approved_meeting(store)
    with pytest.raises(MinutesLocked) as caught:
        meetings.add_agenda_item(store, meeting_id, "Te laat")
    english = ("The minutes of the meeting of 12/03/2027 (objective 1.2) are approved and locked; "
               "re-open them to change anything.")
    assert str(caught.value) == english  # the data layer's own sentence stays English
    assert isinstance(caught.value.args[0], Text)
    assert texts.message(caught.value, "fr") == (
        "Le procès-verbal de la réunion du 12/03/2027 (objectif 1.2) est approuvé et verrouillé ; "
        "rouvrez-le pour y modifier quoi que ce soit.")
    assert texts.message(caught.value, "nl") == (
        "De notulen van de vergadering van 12/03/2027 (doelstelling 1.2) zijn goedgekeurd en vergrendeld; "
        "heropen ze om iets te wijzigen.")
    assert texts.message(caught.value, "en") == english
    # a second approval is refused in the same way, and nothing was written
    before = store.scalar("SELECT count(*) FROM change_set")
    with pytest.raises(MinutesLocked) as caught:
        meetings.approve_minutes(store, meeting_id)
    assert texts.render(caught.value.args[0], "fr") == \
        "Le procès-verbal de la réunion du 12/03/2027 (objectif 1.2) est déjà approuvé."
    assert store.scalar("SELECT count(*) FROM change_set") == before


def test_other_meeting_refusals_name_fields_and_records_in_the_language(store):
    objective = queries.objective_by_code(store, "1.2")
    with pytest.raises(ValidationError) as caught:
        meetings.plan_meeting(store, objective["id"], "2027-05-01", start_time="25:00")
    assert str(caught.value) == "start_time: '25:00' is not a time (HH:MM)."
    assert texts.message(caught.value, "fr") == "heure de début : « 25:00 » n'est pas une heure (HH:MM)."
    assert texts.message(caught.value, "nl") == "beginuur: '25:00' is geen tijdstip (UU:MM)."
    with pytest.raises(NotFound) as caught:
        meetings.update_agenda_item(store, "nope", {"title": "x"})
    assert str(caught.value) == "No agenda item with id nope."
    assert texts.message(caught.value, "fr") == "Aucun enregistrement point de l'ordre du jour avec l'id nope."
    with pytest.raises(NotFound) as caught:
        meetings.resolve_meeting(store, "zzz")
    assert texts.message(caught.value, "nl") == "Geen vergadering met id 'zzz'."


def test_meeting_actions_show_in_french_in_the_history(store):
    meeting_id, item_id, commitment_id = approved_meeting(store)
    label = meetings.meeting_label(store, meeting_id)
    assert isinstance(label, Text) and label == "meeting of 12/03/2027 (objective 1.2)"
    assert label.render("fr") == "réunion du 12/03/2027 (objectif 1.2)"

    changes = meetings.reopen_minutes(store, meeting_id, "typfout")
    assert changes.label == "Re-open minutes of the meeting of 12/03/2027 (objective 1.2): typfout"
    recent = history.recent_changes(store, 1)[0]
    assert recent["label"] == changes.label
    assert texts.render(history.label_text(recent), "fr") == \
        "Rouvrir le procès-verbal de la réunion du 12/03/2027 (objectif 1.2) : typfout"
    assert texts.render(history.label_text(recent), "nl") == \
        "Notulen van de vergadering van 12/03/2027 (doelstelling 1.2) heropenen: typfout"

    # the meeting's own history: planned, held, approved, re-opened, each in French
    labels = {texts.render(history.label_text(row), "fr")
              for row in history.record_history(store, "meeting", meeting_id)}
    assert {"Planifier la réunion du 12/03/2027 (objectif 1.2)", "Tenue : réunion du 12/03/2027 (objectif 1.2)",
            "Approuver le procès-verbal de la réunion du 12/03/2027 (objectif 1.2)"} <= labels

    # the commitment's history names the decision that changed it, in French
    rows = [row for row in history.record_history(store, "commitment", commitment_id) if row["field"] == "status"]
    assert rows[0]["label"] == "Changed by the decision of the meeting of 12/03/2027"
    assert texts.render(history.label_text(rows[0]), "fr") == "Modifié par la décision de la réunion du 12/03/2027"

    # an outcome's label nests the outcome kind and the meeting; undoing it nests once more
    _, added = meetings.add_outcome(store, item_id, "action", "Cijfers bezorgen")
    assert added.label == "Action item at the meeting of 12/03/2027 (objective 1.2)"
    undo = history.revert_change_set(store, added.change_set_id)
    assert undo.change_set_id == history.recent_changes(store, 1)[0]["id"]
    assert texts.render(history.label_text(history.recent_changes(store, 1)[0]), "fr") == \
        "Annuler : Point d'action à la réunion du 12/03/2027 (objectif 1.2)"


def test_a_deleted_meeting_shows_in_french_in_the_trash(store):
    objective = queries.objective_by_code(store, "2.1")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-06-03")
    meetings.delete_meeting(store, meeting_id)
    entry = history.trash(store)[0]
    assert entry["label"] == "meeting of 03/06/2027 (objective 2.1)"
    assert texts.render(history.label_text(entry), "fr") == "réunion du 03/06/2027 (objectif 2.1)"
    deleted = history.recent_changes(store, 1)[0]
    assert texts.render(history.label_text(deleted), "nl") == \
        "De vergadering van 03/06/2027 (doelstelling 2.1) verwijderen"


def g4b_french(*args: str, data_dir) -> subprocess.CompletedProcess:
    """`g4b` as a French-speaking user runs it: LANG=fr_BE.UTF-8, no language chosen in preferences."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="fr_BE.UTF-8", G4B_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "g4b_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_g4b_meeting_errors_are_in_french(db_path, data_dir):
    with Store.open(db_path, author="tester") as store:
        meeting_id, _, _ = approved_meeting(store)
        before = store.scalar("SELECT count(*) FROM change_set")
    assert not (data_dir / "preferences.json").exists()  # no language chosen: the system's is used
    result = g4b_french("meeting", "agenda", "--db", str(db_path), "--meeting", meeting_id[:8], "--title", "Te laat",
                        data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == ("g4b: Le procès-verbal de la réunion du 12/03/2027 (objectif 1.2) est approuvé et "
                             "verrouillé ; rouvrez-le pour y modifier quoi que ce soit.\n")
    result = g4b_french("meeting", "decision", "--db", str(db_path), "--meeting", meeting_id, "--item", "5",
                        "--text", "x", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == "g4b: La réunion a 1 point(s) à l'ordre du jour ; il n'y a pas de point 5.\n"
    with Store.open(db_path, author="tester") as store:
        assert store.scalar("SELECT count(*) FROM change_set") == before
