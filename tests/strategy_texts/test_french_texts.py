"""The strategy's texts in French: every objective and worksite has its own French title, every text its
origin; an existing file gets the French when upgraded; Dutch is the fallback, English reads Dutch."""

from __future__ import annotations

import json

import pytest

from g4b_desktop.db import browse, connection, schema, strategy_texts
from g4b_desktop.db.schema.search_keys_and_indexes import keyed_triggers
from g4b_desktop.db.store import Store
from g4b_desktop.db.strategy import read_strategy

# Names printed the same in both languages: a French title may equal the Dutch one only for these.
SAME_IN_BOTH: dict[str, set[str]] = {"objective": set(), "worksite": set()}


def test_every_objective_and_worksite_has_its_own_french_title(store):
    for table, count in (("objective", 17), ("worksite", 100)):
        rows = store.rows(f"SELECT code, title, title_fr FROM {table} ORDER BY position")
        assert len(rows) == count
        missing = [r["code"] for r in rows if not (r["title_fr"] or "").strip()]
        assert missing == [], f"{table}s without a French title: {missing}"
        same = [r["code"] for r in rows if r["title_fr"].strip() == r["title"].strip()
                and r["code"] not in SAME_IN_BOTH[table]]
        assert same == [], f"{table}s whose French title is the Dutch one: {same}"


def test_every_printed_text_has_french(store):
    """General objectives, relation to 2025, priority type, descriptions, steering bodies, key figures,
    ministers and organisations: wherever the document prints a text, the working translation has it."""
    checks = {
        "objective": ("general_objectives", "status_2025", "priority_type_text"),
        "worksite": ("description", "steering_bodies"),
        "indicator": ("title", "source"),
        "minister": ("name",),
        "organisation": ("name",),
    }
    for table, columns in checks.items():
        for column in columns:
            french = strategy_texts.french_column(table, column)
            missing = store.rows(f"SELECT * FROM {table} WHERE nullif(trim({column}), '') IS NOT NULL "
                                 f"AND nullif(trim({french}), '') IS NULL")
            assert missing == [], f"{table}.{column} without French: {[r.get('code') or r.get('name') for r in missing]}"


def test_the_translation_files_match_the_document(store):
    """Every entry of resources/strategy/fr carries the Dutch text of strategy.json (none is stale), and
    the French uses the administration's names."""
    data = read_strategy()
    dutch = {("objective", o["code"], f): o.get(f) for o in data["objectives"]
             for f in strategy_texts.KINDS["objective"].fields}
    dutch.update({("worksite", w["code"], f): w.get(f) for w in data["worksites"] for f in ("title", "description")})
    dutch.update({("indicator", i["code"], f): i.get(f) for i in data["indicators"] for f in ("title", "unit", "source")})
    dutch.update({("organisation", o["key"], "name"): o["name"] for o in data["organisations"]})
    folder = strategy_texts.translation_folder()
    files = sorted(folder.glob("*.fr.json"))
    assert [f.name for f in files] == ["objectives.fr.json", "worksites-1.fr.json", "worksites-2.fr.json"]
    entries = [e for f in files for e in json.loads(f.read_text(encoding="utf-8"))["entries"]]
    for entry in entries:
        key = (entry["kind"], entry["code"], entry["field"])
        if key in dutch:
            assert entry["nl"] == dutch[key], key
    french = {(e["kind"], e["code"], e["field"]): e["fr"] for e in entries}
    assert french[("objective", "2.1", "title")].count("Garantie pour la Jeunesse") == 1
    assert french[("organisation", "leefmilieu-brussel", "name")] == "Bruxelles Environnement"
    assert store.scalar("SELECT name_fr FROM organisation WHERE name = 'Leefmilieu Brussel'") == "Bruxelles Environnement"


def test_every_french_text_records_its_origin(store):
    """The shipped texts have their default origin (the document for Dutch, the working translation for
    French) and take no room in text_origin; a text loaded or edited has its own row."""
    assert store.scalar("SELECT count(*) FROM text_origin") == 0
    texts = strategy_texts.all_texts(store)
    assert len(texts) > 600
    for text in texts:
        assert text.origin_nl == "document"
        assert text.origin_fr == ("working_translation" if text.fr else None), text.key
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    assert strategy_texts.origins(store, "worksite", worksite)[("title", "fr")] == "working_translation"
    assert strategy_texts.uses_working_translation(store)


def test_reader_language_with_dutch_fallback(store):
    worksite = store.rows("SELECT id, title, title_fr FROM worksite WHERE code = '2.1.4'")[0]
    assert worksite["title"] == "Stages in de onderneming"
    page = browse.worksite_page(store, worksite["id"], "fr")
    assert page["title"] == worksite["title_fr"] == "Stages en entreprise"
    assert page["title_nl"] == "Stages in de onderneming"
    assert "title" in strategy_texts.working_translation_shown(store, "worksite", page)
    assert browse.worksite_page(store, worksite["id"], "nl")["title"] == "Stages in de onderneming"
    # English reads the Dutch document
    tree = browse.strategy_tree(store, "en")
    assert tree[1]["objectives"][0]["worksites"][3]["title"] == "Stages in de onderneming"
    # a missing French text: the Dutch one
    store.db.execute("UPDATE worksite SET title_fr = NULL WHERE id = ?", [worksite["id"]])
    assert browse.worksite_page(store, worksite["id"], "fr")["title"] == "Stages in de onderneming"
    titles = {w["code"]: w["title"] for p in browse.strategy_tree(store, "fr") for o in p["objectives"]
              for w in o["worksites"]}
    assert titles["2.1.4"] == "Stages in de onderneming" and titles["2.1.3"] != store.scalar(
        "SELECT title FROM worksite WHERE code = '2.1.3'")


def _downgrade_before_0050(db) -> None:
    """Undo step 0050 (#19: bulk writes), which comes after 0041: a file before 0041 did not have it."""
    from g4b_desktop.db.schema import commitment_text_index as trigram

    db.execute("DROP TABLE bulk_write")
    for index, column in (("commitment_worksite", "worksite_id"), ("commitment_status", "status"),
                          ("commitment_due", "due_date")):
        db.execute(f"CREATE INDEX {index} ON commitment({column})")
    db.execute("DROP INDEX change_log_record")
    db.execute("CREATE INDEX change_log_record ON change_log(table_name, record_id)")
    db.execute("DROP TRIGGER commitment_text_au")
    db.execute(f"CREATE TRIGGER commitment_text_au AFTER UPDATE OF {', '.join(trigram.COLUMNS)} ON commitment "
               f"BEGIN {trigram.delete_entry()} {trigram.insert_entry()} END")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0050_bulk_writes'")


def _downgrade_before_0041(path) -> None:
    """The file as the program before step 0041 left it (strategy loaded, no French, no origins)."""
    db = connection.connect(path)
    _downgrade_before_0050(db)
    old_search = {
        "objective": "new.code, new.title, coalesce(new.general_objectives, '')",
        "worksite": "new.code, new.title, coalesce(new.description, '') || ' ' || coalesce(new.steering_bodies, '')",
        "commitment": "new.code, new.title, coalesce(new.description, '') || ' ' || coalesce(new.notes, '')",
        "organisation": "coalesce(new.short_name, ''), new.name, coalesce(new.notes, '')",
    }
    for table, values in old_search.items():
        for kind in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER search_{table}_{kind}")
        for statement in keyed_triggers(table, values).split("END;"):
            if statement.strip():
                db.execute(statement + "END;")
    db.execute("DROP INDEX organisation_strategy_key")
    db.execute("DROP TABLE text_origin")
    for table, columns in (("objective", "title_fr general_objectives_fr status_2025_fr priority_type_text_fr"),
                           ("worksite", "title_fr description_fr steering_bodies_fr"),
                           ("indicator", "title_fr unit_fr source_fr"), ("organisation", "name_fr strategy_key"),
                           ("minister", "name_fr"), ("membership", "name_as_printed_fr"),
                           ("commitment", "title_alt title_alt_lang")):
        for column in columns.split():
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    # the rows of the search index as the old triggers wrote them
    for table, values in old_search.items():
        db.execute(f"DELETE FROM search_index WHERE table_name = '{table}'")
        db.execute(f"INSERT INTO search_index(rowid, table_name, record_id, code, title, body) "
                   f"SELECT k.entry, '{table}', new.id, {values} FROM {table} AS new "
                   f"JOIN search_key k ON k.table_name = '{table}' AND k.record_id = new.id")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0041_strategy_texts'")
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 2}")
    db.conn.commit()
    db.close()


def test_an_existing_file_gets_the_french_when_upgraded(db_path, data_dir):
    from g4b_desktop.db import commitments, queries

    with Store.open(db_path, author="tester") as store:
        worksite = queries.worksite_by_code(store, "2.1.4")
        commitments.add(store, worksite["id"], "Stageplaatsen werven")
    _downgrade_before_0041(db_path)
    with Store.open(db_path, author="tester") as store:
        assert store.pending_steps() == []
        assert "0041_strategy_texts" in schema.step_names()
        assert store.scalar("SELECT count(*) FROM worksite WHERE title_fr IS NULL") == 0
        assert store.scalar("SELECT count(*) FROM objective WHERE general_objectives_fr IS NULL") == 0
        assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == "Stages en entreprise"
        assert store.scalar("SELECT name_fr FROM organisation WHERE strategy_key = 'leefmilieu-brussel'") \
            == "Bruxelles Environnement"
        assert {t.origin_fr for t in strategy_texts.all_texts(store) if t.fr} == {"working_translation"}
        # the commitment stays as typed; search finds French words
        assert store.scalar("SELECT title FROM commitment") == "Stageplaatsen werven"
        assert queries.search(store, "stages entreprises", lang="fr")[0]["code"] == "2.1.4"
        assert queries.search(store, "stageplaatsen")[0]["code"] == "2.1.4-01"
    backups = list((data_dir / "backups").glob("committee-before-upgrade-*.g4b"))
    assert len(backups) == 1


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_colophon_line(store, lang):
    line = strategy_texts.colophon_line(store, lang)
    if lang == "nl":
        assert line is None
    elif lang == "fr":
        assert line == "Les textes de la stratégie en français sont une traduction de travail, pas le texte officiel."
    else:
        assert "no English version" in line
