"""The store on real files: connection settings, actions, change log, trash, conflicts."""

from __future__ import annotations

import sqlite3

import pytest

from g4b_desktop.db import commitments, history, partners, queries
from g4b_desktop.db.connection import APPLICATION_ID
from g4b_desktop.db.errors import ConflictError, DatabaseExists, ReadOnlyDatabase, ValidationError
from g4b_desktop.db.store import Store


def worksite_id(store, code):
    return queries.worksite_by_code(store, code)["id"]


def test_connection_is_configured(store):
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("busy_timeout") == 5000
    assert pragma("synchronous") == 2  # FULL
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == store.schema_version() > 0


def test_create_refuses_existing_file(db_path):
    before = db_path.read_bytes()
    with pytest.raises(DatabaseExists):
        Store.create(db_path)
    assert db_path.read_bytes() == before


def test_every_record_has_uuid_and_timestamps(store):
    row = store.rows("SELECT * FROM worksite LIMIT 1")[0]
    assert len(row["id"]) == 36 and row["id"].count("-") == 4
    assert row["created_at"].endswith("Z") and row["updated_at"].endswith("Z")


def test_add_commitment_logs_every_field(store):
    ws = worksite_id(store, "2.1.4")
    commitment_id, changes = commitments.add(store, ws, "Stages uitbreiden", status="in_progress",
                                             progress=40, due_date="2026-12-31")
    assert changes.inserted == {"commitment": {commitment_id}}
    row = store.get("commitment", commitment_id)
    assert row["code"] == "2.1.4-01" and row["status"] == "in_progress" and row["progress"] == 40
    logged = {r["field"]: r["new_value"] for r in history.record_history(store, "commitment", commitment_id)}
    assert logged["title"] == "Stages uitbreiden" and logged["progress"] == 40
    assert {r["author"] for r in history.record_history(store, "commitment", commitment_id)} == {"tester"}


def test_update_returns_only_changed_fields_and_logs_old_and_new(store):
    commitment_id, _ = commitments.add(store, worksite_id(store, "2.1.4"), "Stages")
    changes = commitments.update(store, commitment_id, {"status": "realised", "title": "Stages"})
    assert changes.updated == {"commitment": {commitment_id}}
    rows = [r for r in history.record_history(store, "commitment", commitment_id) if r["op"] == "update"]
    assert [(r["field"], r["old_value"], r["new_value"]) for r in rows] == [("status", "not_started", "realised")]
    assert not commitments.update(store, commitment_id, {"status": "realised"})  # nothing changed


def test_invalid_values_are_refused_and_nothing_is_written(store):
    ws = worksite_id(store, "1.1.1")
    before = store.scalar("SELECT count(*) FROM change_log")
    for bad in ({"progress": 120}, {"status": "done"}, {"due_date": "31/12/2026"}, {"health": "fine"}):
        with pytest.raises(ValidationError):
            commitments.add(store, ws, "x", **bad)
    with pytest.raises(ValidationError) as error:
        commitments.add(store, ws, "   ")
    assert error.value.field == "title"
    assert store.scalar("SELECT count(*) FROM commitment") == 0
    assert store.scalar("SELECT count(*) FROM change_log") == before


def test_action_is_all_or_nothing(store):
    ws = worksite_id(store, "1.1.1")
    with pytest.raises(sqlite3.IntegrityError):
        with store.action("two inserts") as act:
            commitments.insert(act, ws, {"title": "first"})
            act.insert("commitment", {"code": "x", "worksite_id": ws, "title": "bad", "progress": 101})
    assert store.scalar("SELECT count(*) FROM commitment") == 0
    assert store.scalar("SELECT count(*) FROM change_set WHERE label = 'two inserts'") == 0


def test_conflict_is_detected_instead_of_overwriting(store):
    commitment_id, _ = commitments.add(store, worksite_id(store, "1.1.1"), "Plan")
    commitments.update(store, commitment_id, {"progress": 30})  # another window saved first
    with pytest.raises(ConflictError):
        commitments.update(store, commitment_id, {"progress": 50}, expected={"progress": 0})
    assert store.get("commitment", commitment_id)["progress"] == 30


def test_delete_goes_to_trash_with_cascade_and_restores(store):
    organisation_id, _ = partners.add_organisation(store, "Actiris")
    objective_id = queries.objective_by_code(store, "2.1")["id"]
    membership_id, _ = partners.add_membership(store, objective_id, "partner", organisation_id=organisation_id)
    commitment_id, _ = commitments.add(store, worksite_id(store, "2.1.1"), "Campagne",
                                       lead_organisation_id=organisation_id)
    changes = partners.delete_organisation(store, organisation_id)
    assert changes.deleted == {"organisation": {organisation_id}, "membership": {membership_id}}
    assert changes.updated == {"commitment": {commitment_id}}
    assert store.get("commitment", commitment_id)["lead_organisation_id"] is None
    [entry] = history.trash(store)
    history.restore(store, entry["id"])
    assert store.get("organisation", organisation_id)["name"] == "Actiris"
    assert store.exists("membership", membership_id)
    assert store.get("commitment", commitment_id)["lead_organisation_id"] == organisation_id
    assert history.trash(store) == []


def test_merge_organisations_moves_memberships(store):
    keep, _ = partners.add_organisation(store, "hub.brussels")
    duplicate, _ = partners.add_organisation(store, "Hub Brussels", website="https://hub.brussels")
    objective_id = queries.objective_by_code(store, "1.2")["id"]
    membership_id, _ = partners.add_membership(store, objective_id, "committee_member", organisation_id=duplicate)
    person_id, _ = partners.add_person(store, "Élise Dupré", organisation_id=duplicate)
    partners.merge_organisations(store, keep, duplicate)
    assert not store.exists("organisation", duplicate)
    assert store.get("membership", membership_id)["organisation_id"] == keep
    assert store.get("person", person_id)["organisation_id"] == keep
    assert store.get("organisation", keep)["website"] == "https://hub.brussels"


def test_revert_change_set_undoes_a_whole_action(store):
    ws = worksite_id(store, "1.2.1")
    first, _ = commitments.add(store, ws, "Bestaand")
    with store.action("Import partner.xlsx", source="partner.xlsx") as act:
        commitments.insert(act, ws, {"title": "Nieuw"})
        act.update("commitment", first, {"status": "realised", "progress": 100})
    history.revert_change_set(store, act.changes.change_set_id)
    assert store.scalar("SELECT count(*) FROM commitment") == 1
    assert store.get("commitment", first)["status"] == "not_started"


def test_search_finds_worksites_and_commitments_without_accents(store):
    commitments.add(store, worksite_id(store, "2.1.1"), "Informatiecampagne Jongerengarantie", notes="État des lieux")
    hits = queries.search(store, "jongerengarantie")
    assert {"commitment", "objective"} <= {h["table_name"] for h in hits}
    assert any(h["table_name"] == "commitment" for h in queries.search(store, "etat"))


def test_readonly_store_refuses_writes(db_path):
    with Store.open(db_path, readonly=True) as store:
        with pytest.raises(ReadOnlyDatabase):
            commitments.add(store, worksite_id(store, "1.1.1"), "x")
