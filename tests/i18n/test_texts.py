"""Texts of the data layer in nl/fr/en: Text stays a str, the catalogue covers every template."""

from __future__ import annotations

import ast
import json
import pickle
import re
import sqlite3
from pathlib import Path

import pytest

from g4b_desktop import texts
from g4b_desktop.db import commitments, history, partners, summits
from g4b_desktop.db.errors import ConflictError, NotFound, StoreError, ValidationError
from g4b_desktop.db.store import Store
from g4b_desktop.texts import Text, render, t, term
from g4b_desktop.texts import catalogue

CATALOGUE, TERMS = catalogue()

PACKAGE = Path(__file__).resolve().parents[2] / "g4b_desktop"


def test_text_is_the_english_str():
    text = t("Edit commitment {code}", code="2.1.4-01")
    assert isinstance(text, str)
    assert text == "Edit commitment 2.1.4-01"
    assert hash(text) == hash("Edit commitment 2.1.4-01")
    assert f"{text}!" == "Edit commitment 2.1.4-01!"
    assert text.startswith("Edit") and "2.1.4-01" in text
    assert json.dumps(text) == json.dumps("Edit commitment 2.1.4-01")
    assert sqlite3.connect(":memory:").execute("SELECT ?", [text]).fetchone()[0] == "Edit commitment 2.1.4-01"
    assert str(StoreError(text)) == "Edit commitment 2.1.4-01"
    copy = pickle.loads(pickle.dumps(text))
    assert copy == text and copy.render("fr") == "Modifier l'engagement 2.1.4-01"


def test_render_in_each_language_and_nested_texts():
    label = t("Undo {label}", label=t("Edit commitment {code}", code="2.1.4-01"))
    assert render(label, "fr") == "Annuler : Modifier l'engagement 2.1.4-01"
    assert render(label, "nl") == "Ongedaan maken: Engagement 2.1.4-01 bewerken"
    assert render(label, "en") == "Undo Edit commitment 2.1.4-01"
    assert render("plain text", "fr") == "plain text"
    # a stored label comes back with its template and parameters
    again = Text.stored(label.template, label.params_json())
    assert again.render("nl") == label.render("nl") and again == label
    # a row written before labels had templates shows its English label, braces and all
    assert Text.stored(None, None, "Old {label}").render("fr") == "Old {label}"


def test_unknown_template_falls_back_to_english_with_translated_parameters():
    text = Text("Something new about {field}", {"field": term("FIELD", "due_date")})
    assert text == "Something new about due_date"
    assert text.render("fr") == "Something new about échéance"


def test_field_names_keep_their_english_key_and_are_translated():
    with pytest.raises(ValidationError) as caught:
        from g4b_desktop.db import validation
        validation.iso_date("due_date", "tomorrow")
    assert str(caught.value) == "due_date: 'tomorrow' is not a date (YYYY-MM-DD)."
    assert texts.message(caught.value, "fr") == "échéance : « tomorrow » n'est pas une date (AAAA-MM-JJ)."
    assert texts.message(caught.value, "nl") == "deadline: 'tomorrow' is geen datum (JJJJ-MM-DD)."
    conflict = ConflictError("commitment", "c1", "status", "a", "b")
    assert texts.message(conflict, "nl").startswith("engagement c1: status werd elders gewijzigd: nu is het ‘b’ (het was ‘a’)")


def _template_calls():
    """Every t("...") of modules that import t from texts: (template or None, where)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_t = any(isinstance(node, ast.ImportFrom) and (node.module or "").endswith("texts")
                        and any(alias.name == "t" for alias in node.names) for node in ast.walk(tree))
        if not imports_t:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
                first = node.args[0] if node.args else None
                literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                yield literal, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node


def test_every_template_in_the_code_has_dutch_and_french():
    calls = list(_template_calls())
    assert len(calls) > 100  # the scan finds the converted call sites
    problems = []
    for template, where, node in calls:
        if template is None:
            problems.append(f"{where}: t() needs a literal template")
            continue
        entry = CATALOGUE.get(template)
        if not entry or not entry.get("nl") or not entry.get("fr"):
            problems.append(f"{where}: no nl/fr for {template!r}")
            continue
        wanted = texts.placeholders(template)
        given = {k.arg for k in node.keywords}
        if wanted - given:
            problems.append(f"{where}: {template!r} is not given {sorted(wanted - given)}")
        for lang in ("nl", "fr"):
            if texts.placeholders(entry[lang]) != wanted:
                problems.append(f"{where}: the {lang} of {template!r} has other placeholders")
    assert problems == []


def test_catalogue_translations_format_and_terms_are_complete():
    for template, entry in CATALOGUE.items():
        sample = {name: 12345 for name in texts.placeholders(template)}  # a number takes every format
        for lang in ("nl", "fr"):
            assert entry[lang].format(**sample)
        words = [w for w in re.sub(r"\{[^}]*\}", " ", template).split() if w.isalpha()]
        if len(words) >= 3:  # a sentence copied untranslated would pass unnoticed otherwise
            assert entry["nl"] != template and entry["fr"] != template, template
    for name, words in TERMS.items():
        for key, labels in words.items():
            assert labels["nl"] and labels["fr"] and labels["en"], (name, key)


def test_labels_are_stored_with_their_template_and_history_shows_them_in_french(store: Store):
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    cid, _ = commitments.add(store, worksite, "Stages voor jongeren")
    code = store.get("commitment", cid)["code"]
    assert code == "2.1.4-01"
    changes = commitments.update(store, cid, {"progress": 40, "health": "at_risk"})
    assert changes.label == f"Edit commitment {code}"
    rows = history.record_history(store, "commitment", cid)
    assert rows[0]["label"] == f"Edit commitment {code}"
    assert history.label_text(rows[0]).render("fr") == f"Modifier l'engagement {code}"
    undo = history.revert_change_set(store, changes.change_set_id)
    recent = history.recent_changes(store, 1)[0]
    assert recent["label"] == f"Undo Edit commitment {code}"
    assert history.label_text(recent).render("nl") == f"Ongedaan maken: Engagement {code} bewerken"
    assert undo.change_set_id == recent["id"]


def test_trash_labels_and_restore_in_french(store: Store):
    summit_id, _ = summits.create(store, 2027)
    summits.delete(store, summit_id)
    entry = history.trash(store)[0]
    assert entry["label"] == "Social Summit 2027"
    assert history.label_text(entry).render("fr") == "Sommet social 2027"
    history.restore(store, entry["id"])
    restored = history.recent_changes(store, 1)[0]
    assert history.label_text(restored).render("fr") == "Restaurer : Sommet social 2027"


def test_plain_string_labels_still_work(store: Store):
    oid, _ = partners.add_organisation(store, "Actiris")
    with store.action("A label of an older caller") as act:
        act.update("organisation", oid, {"phone": "02 505 14 11"})
    row = history.recent_changes(store, 1)[0]
    assert row["label_template"] is None
    assert history.label_text(row).render("fr") == "A label of an older caller"


def test_not_found_names_the_table_in_the_language(store: Store):
    with pytest.raises(NotFound) as caught:
        store.get("commitment", "nope")
    assert str(caught.value) == "No commitment with id nope."
    assert texts.message(caught.value, "fr") == "Aucun enregistrement engagement avec l'id nope."


def test_enum_keys_as_parameters_show_their_labels():
    text = t("{field}: {value}", field=term("FIELD", "status"), value=term("COMMITMENT_STATUS", "in_progress"))
    assert text == "status: In progress" and text.render("fr") == "statut: En cours"
    assert text.render("nl") == "status: In uitvoering"
    stored = Text.stored(text.template, text.params_json())
    assert stored.render("fr") == "statut: En cours"


def test_an_older_database_gets_the_label_columns_and_keeps_its_english_labels(tmp_path, data_dir):
    from g4b_desktop.db import connection, schema

    path = tmp_path / "old.g4b"
    db = connection.connect(path)
    schema.migrations.migrations().apply(db.utils, stop_before="0010_change_set_text")
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO change_set (id, at, author, label) VALUES ('cs1', '2026-01-01T00:00:00Z', 'x', "
               "'Edit commitment 1.1.1-01')")
    db.execute("INSERT INTO change_log (change_set_id, at, author, op, table_name, record_id, field, new_value) "
               "VALUES ('cs1', '2026-01-01T00:00:00Z', 'x', 'update', 'commitment', 'c1', 'progress', '5')")
    db.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {len(schema.step_names()) - 1}")
    db.close()
    with Store.open(path, author="tester") as store:
        assert store.pending_steps() == []
        row = history.record_history(store, "commitment", "c1")[0]
        assert row["label_template"] is None
        assert history.label_text(row).render("fr") == "Edit commitment 1.1.1-01"  # as it was written


def language_entries(value, where: str):
    """Every {"nl", "fr", "en"} entry of a words table, with where it is."""
    if isinstance(value, dict) and set(value) & {"nl", "fr", "en"} and not any(isinstance(v, dict) for v in value.values()):
        yield where, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from language_entries(inner, f"{where}/{key}")


def test_every_words_table_has_dutch_french_and_english_with_the_same_placeholders():
    folder = texts.texts_dir() / "tables"
    tables = sorted(folder.glob("*.json"))
    assert len(tables) >= 8  # reports, minutes, progress note, calendar, integrity, workbooks, import preview
    problems = []
    for path in tables:
        for where, entry in language_entries(json.loads(path.read_text(encoding="utf-8")), path.stem):
            missing = [lang for lang in ("nl", "fr", "en") if not entry.get(lang)]
            if missing:
                problems.append(f"{where}: no {missing}")
            elif isinstance(entry["en"], str) and len({frozenset(texts.placeholders(entry[lang]))
                                                       for lang in ("nl", "fr", "en")}) > 1:
                problems.append(f"{where}: the languages have other placeholders")
    assert problems == []


def test_a_words_table_entry_without_french_is_found(tmp_path):
    bad = {"LABELS": {"title": {"nl": "Titel", "en": "Title"}}}
    assert [where for where, entry in language_entries(bad, "x") if not entry.get("fr")] == ["x/LABELS/title"]
