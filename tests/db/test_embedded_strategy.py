"""The embedded strategy as loaded into a database: every record of the JSON is there, once."""

from __future__ import annotations

import json

from g4b_desktop.db import queries
from g4b_desktop.db.strategy_data import strategy_file

DATA = json.loads(strategy_file().read_text(encoding="utf-8"))


def test_counts_match_the_document(store):
    count = queries.counts(store)
    assert count["pillar"] == 2
    assert count["objective"] == 17
    assert count["worksite"] == len(DATA["worksites"]) == 100
    assert count["indicator"] == 15
    assert count["organisation"] == len(DATA["organisations"])


def test_every_worksite_code_and_title_is_stored_as_printed(store):
    stored = {r["code"]: r for r in store.rows(
        "SELECT w.code, w.title, o.code AS objective FROM worksite w JOIN objective o ON o.id = w.objective_id")}
    for worksite in DATA["worksites"]:
        row = stored[worksite["code"]]
        assert row["title"] == worksite["title"]
        assert row["objective"] == worksite["objective"]
    # Irregular code kept as printed, with a visible note (never renumbered).
    irregular = store.rows("SELECT source_notes FROM worksite WHERE code = '3.2.4'")[0]
    assert irregular["source_notes"]


def test_objective_fields_and_memberships(store):
    objective = queries.objective_by_code(store, "1.1")
    assert objective["priority_type"] == "shared"
    ministers = store.rows(
        "SELECT m.name, om.role FROM objective_minister om JOIN minister m ON m.id = om.minister_id "
        "WHERE om.objective_id = ? ORDER BY om.role, om.position", [objective["id"]])
    assert ("Minister-President", "associated") in {(m["name"], m["role"]) for m in ministers}
    free_text = queries.objective_by_code(store, "1.9")
    assert free_text["priority_type"] is None and free_text["priority_type_text"].startswith("Het Gewestelijk")
    roles = store.rows("SELECT role, count(*) AS n FROM membership GROUP BY role")
    assert {r["role"] for r in roles} == {"partner", "committee_member", "steering_body"}


def test_an_organisation_named_in_several_objectives_is_one_record(store):
    rows = store.rows(
        "SELECT o.name, count(DISTINCT m.objective_id) AS objectives FROM organisation o "
        "JOIN membership m ON m.organisation_id = o.id GROUP BY o.id ORDER BY objectives DESC LIMIT 1")
    assert rows[0]["objectives"] >= 5
    names = [r["name"].lower() for r in store.rows("SELECT name FROM organisation")]
    assert len(names) == len(set(names))


def test_key_figures_have_yearly_values(store):
    values = store.rows(
        "SELECT i.code, v.year, v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
        "WHERE i.code = 'KC01' ORDER BY v.year")
    assert [(v["year"], v["value"]) for v in values] == [
        (2014, 18.5), (2015, 17.5), (2016, 16.9), (2017, 15.0), (2018, 13.4)]


def test_cross_references_link_worksites(store):
    rows = store.rows(
        "SELECT f.code AS source, t.code AS target FROM worksite_reference r "
        "JOIN worksite f ON f.id = r.from_worksite_id JOIN worksite t ON t.id = r.to_worksite_id")
    assert ("1.4.1", "1.8.1") in {(r["source"], r["target"]) for r in rows}


def test_loading_is_logged_as_one_change_set(store):
    sets = store.rows("SELECT label, author FROM change_set")
    assert sets == [{"label": "Load the embedded strategy", "author": "template"}]
