"""Strategy revisions (issue 21): each kind of change, undo, old codes, the workbook round trip, the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook

from g4b_desktop.db import commitments, history, revisions, summits
from g4b_desktop.db.revisions import Change, Plan, RevisionError
from g4b_desktop.db.store import Store
from g4b_desktop.exchange import revision_workbook


def code_of(store, table, record_id):
    return store.get(table, record_id)["code"]


def worksite(store, code):
    return store.rows("SELECT * FROM worksite WHERE code = ?", [code])[0]


def dump(store):
    """The content of the strategy's tables; `updated_at` aside (an undo is itself a write)."""
    tables = ("objective", "worksite", "commitment", "former_code")
    content = {table: [{k: v for k, v in row.items() if k != "updated_at"}
                       for row in store.rows(f'SELECT * FROM "{table}" ORDER BY id')] for table in tables}
    return content | {
        "revisions": store.rows("SELECT id, name, state FROM strategy_revision ORDER BY id")}


def test_first_revision_is_the_document(store):
    current = revisions.current_revision(store)
    assert (current["name"], current["date"]) == ("Strategie Go4Brussels 2030", "2020-01-16")
    assert store.scalar("SELECT count(*) FROM worksite WHERE state = 'open'") == 100
    # the document's irregularities stay: 3.2.4 printed under objective 2.6, 1.4.4 missing
    assert worksite(store, "3.2.4")["objective_id"] == store.rows("SELECT id FROM objective WHERE code='2.6'")[0]["id"]
    assert not store.rows("SELECT 1 FROM worksite WHERE code = '1.4.4'")


def test_each_kind_of_change_then_undo_returns_everything(store):
    cid, _ = commitments.add(store, worksite(store, "2.6.1")["id"], "Een engagement van 2.6.1")
    objective_1_2 = store.rows("SELECT * FROM objective WHERE code = '1.2'")[0]
    before = dump(store)
    plan = Plan([
        Change("add_worksite", "worksite", code="2.1.7", parent="2.1", title="Nieuwe werf", title_fr="Nouveau chantier"),
        Change("add_objective", "objective", code="2.9", parent="2", title="Nieuwe doelstelling"),
        Change("close", "worksite", worksite(store, "1.4.9")["id"]),
        Change("move", "worksite", worksite(store, "2.6.1")["id"], parent="2.1"),
        Change("rename", "objective", objective_1_2["id"], title="Een nieuwe titel voor 1.2"),
        Change("renumber", "worksite", worksite(store, "1.1.2")["id"], code="1.1.9"),
    ])
    changes = revisions.apply_revision(store, "Update February 2021", "2021-02-15", plan)
    assert revisions.current_revision(store)["name"] == "Update February 2021"
    assert worksite(store, "2.1.7")["title"] == "Nieuwe werf"
    assert store.rows("SELECT title FROM objective WHERE code = '2.9'")[0]["title"] == "Nieuwe doelstelling"
    assert worksite(store, "1.4.9")["state"] == "closed"
    moved = worksite(store, "2.1.8")       # numbered after the new 2.1.7
    assert moved["objective_id"] == store.rows("SELECT id FROM objective WHERE code='2.1'")[0]["id"]
    assert code_of(store, "commitment", cid) == "2.1.8-01"   # its commitments follow
    assert store.get("objective", objective_1_2["id"])["title"] == "Een nieuwe titel voor 1.2"
    assert worksite(store, "1.1.9")["title"]
    # old codes stay findable, the commitment's too
    record, former = revisions.resolve_code(store, "worksite", "2.6.1")
    assert former and record["code"] == "2.1.8"
    record, former = revisions.resolve_code(store, "commitment", "2.6.1-01")
    assert former and record["id"] == cid
    # the history of a changed record shows the revision
    labels = [row["label"] for row in history.record_history(store, "worksite", moved["id"])]
    assert any("Update February 2021" in label for label in labels)
    # one action: undone in one step, back to the content before
    history.revert_change_set(store, changes.change_set_id)
    after_undo = dump(store)
    assert after_undo["worksite"] == before["worksite"]
    assert after_undo["objective"] == before["objective"]
    assert after_undo["commitment"] == before["commitment"]
    assert after_undo["former_code"] == []
    assert revisions.current_revision(store)["name"] == "Strategie Go4Brussels 2030"


def test_closing_an_objective_with_open_worksites_is_refused(store):
    rows = [{"row": 2, "kind": "objective", "code": "1.4", "parent": "1", "title": "", "state": "closed",
             "id": store.rows("SELECT id FROM objective WHERE code='1.4'")[0]["id"]}]
    plan = revisions.plan_from_rows(store, rows, "rev.xlsx")
    assert not plan.changes
    assert "1.4.1" in plan.refused[0] and "row 2" in plan.refused[0]


def test_a_refused_plan_changes_nothing(store):
    before = dump(store)
    plan = revisions.plan_from_rows(store, [
        {"row": 5, "code": "2.1.7", "parent": "2.1", "title": "Nieuw", "state": "open", "id": ""},
        {"row": 6, "code": "9.9.9.9", "parent": "", "title": "Fout", "state": "open", "id": ""},
        {"row": 7, "code": "2.1.3", "parent": "2.1", "title": "Bestaat al", "state": "open", "id": ""},
        {"row": 8, "code": "2.1.8", "parent": "2.1", "title": "Nieuw", "state": "half", "id": ""},
    ], "rev.xlsx")
    refused = " | ".join(plan.refused)
    assert "row 6, column code" in refused and "row 7, column code" in refused and "row 8, column state" in refused
    with pytest.raises(RevisionError):
        revisions.apply_revision(store, "X", "2021-01-01", plan)
    assert dump(store) == before


def test_revision_dated_before_the_current_one_is_refused(store):
    plan = Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])])
    with pytest.raises(RevisionError, match="before the current revision"):
        revisions.apply_revision(store, "Oud", "2019-12-31", plan)


def test_draft_then_apply(store):
    plan = Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])])
    draft_id, _ = revisions.save_draft(store, "Voorbereiding 2021", "2021-02-15", plan)
    assert worksite(store, "1.4.9")["state"] == "open"
    assert revisions.current_revision(store)["name"] != "Voorbereiding 2021"
    revisions.apply_draft(store, draft_id)
    assert worksite(store, "1.4.9")["state"] == "closed"
    assert revisions.current_revision(store)["id"] == draft_id


def test_summit_records_its_revision_and_sees_structural_changes(store):
    summit_id, _ = summits.create(store, 2021, date="2021-01-10")
    first = revisions.current_revision(store)
    assert store.get("summit", summit_id)["revision_id"] == first["id"]
    revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                             Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])]))
    since = revisions.structural_changes_since(store, store.get("summit", summit_id))
    assert [r["name"] for r in since] == ["Update February 2021"]
    assert since[0]["changes"] == ["close 1.4.9"]


def test_workbook_round_trip(store, tmp_path):
    out = tmp_path / "structuur.xlsx"
    assert revision_workbook.write(store, out, lang="nl") == 117
    book = load_workbook(out)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Soort", "Code")
    by_code = {row[1]: row for row in rows[1:]}
    assert by_code["2.6.1"][2] == "2.6" and by_code["2.6.1"][5] == "open"
    for cells in sheet.iter_rows(min_row=2):
        if cells[1].value == "1.4.9":
            cells[5].value = "closed"
        if cells[1].value == "2.6.1":
            cells[2].value = "2.1"
        if cells[1].value == "1.2":
            cells[3].value = "Hernoemde doelstelling"
    sheet.append(["beleidswerf", "2.1.7", "2.1", "Een nieuwe beleidswerf", "Un nouveau chantier", "open", None])
    book.save(out)
    rows, name = revision_workbook.read_rows(out)
    plan = revisions.plan_from_rows(store, rows, name)
    assert not plan.refused
    assert sorted(c.kind for c in plan.changes) == ["add_worksite", "close", "move", "rename"]
    revisions.apply_revision(store, "Update February 2021", "2021-02-15", plan)
    assert worksite(store, "2.1.7")["title"] == "Een nieuwe beleidswerf"
    assert worksite(store, "2.1.8")["title"] == by_code["2.6.1"][3]
    assert store.rows("SELECT title FROM objective WHERE code='1.2'")[0]["title"] == "Hernoemde doelstelling"


def g4b(*args, env_dir):
    import os

    env = dict(os.environ, G4B_DATA_DIR=str(env_dir), LANG="en_US.UTF-8")
    return subprocess.run([sys.executable, "-m", "g4b_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_command_line(db_path, tmp_path, data_dir):
    out = tmp_path / "rev.xlsx"
    result = g4b("strategy", "revision", "export", "--db", str(db_path), "--out", str(out), env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    sheet = book.worksheets[0]
    for cells in sheet.iter_rows(min_row=2):
        if cells[1].value == "1.4.9":
            cells[5].value = "closed"
    sheet.append(["worksite", "1.1.x", "1.1", "Fout", None, "open", None])
    book.save(out)
    before = db_path.read_bytes()
    result = g4b("strategy", "revision", "import", str(out), "--db", str(db_path), "--name", "Update",
                 env_dir=data_dir)
    assert result.returncode == 1
    assert f"{out.name}, row 119, column code" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    sheet.delete_rows(119)
    book.save(out)
    result = g4b("strategy", "revision", "import", str(out), "--db", str(db_path), "--name", "Update",
                 "--date", "2021-02-15", "--dry-run", env_dir=data_dir)
    assert result.returncode == 0 and "close 1.4.9" in result.stdout and "would apply" in result.stdout
    result = g4b("strategy", "revision", "import", str(out), "--db", str(db_path), "--name", "Update February 2021",
                 "--date", "2021-02-15", env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    result = g4b("strategy", "revisions", "--db", str(db_path), env_dir=data_dir)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("  2020-01-16  Go4Brussels 2030 strategy")
    assert lines[1].startswith("* 2021-02-15  Update February 2021")


def test_summit_show_names_the_revision_and_the_structural_changes(db_path, data_dir):
    assert g4b("summit", "add", "--year", "2021", "--db", str(db_path), env_dir=data_dir).returncode == 0
    with Store.open(db_path, author="tester") as store:
        revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                                 Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])]))
    result = g4b("summit", "show", "--year", "2021", "--db", str(db_path), env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Strategy revision: Go4Brussels 2030 strategy (2020-01-16)" in result.stdout
    assert "structure since: 2021-02-15 Update February 2021: close 1.4.9" in result.stdout


def test_partner_import_with_old_codes_maps_them_with_a_note(store, tmp_path, data_dir):
    from g4b_desktop.exchange import partner_import

    cid, _ = commitments.add(store, worksite(store, "2.6.1")["id"], "Grootstedelijke samenwerking", progress=10)
    revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                             Plan([Change("move", "worksite", worksite(store, "2.6.1")["id"], parent="2.1")]))
    sheet = tmp_path / "partner.csv"
    sheet.write_text("Beleidswerf;Code;Titel;Vooruitgang\n"
                     "2.6.1;2.6.1-01;Grootstedelijke samenwerking;60\n"
                     "2.6.1;;Een nieuw engagement;0\n", encoding="utf-8")
    loaded = partner_import.load(store, sheet)
    result, _changes = partner_import.apply(store, loaded)
    assert store.get("commitment", cid)["progress"] == 60
    assert store.get("commitment", cid)["code"] == "2.1.7-01"
    added = store.rows("SELECT code, worksite_id FROM commitment WHERE title = 'Een nieuw engagement'")
    assert added == [{"code": "2.1.7-02", "worksite_id": worksite(store, "2.1.7")["id"]}]
    notes = [note for row in result.rows for note in row.notes]
    assert "2.6.1-01 is now 2.1.7-01 (a strategy revision renumbered it); read as 2.1.7-01" in notes
    assert "2.6.1 is now 2.1.7 (a strategy revision renumbered it); read as 2.1.7" in notes


def test_the_note_and_the_workbook_name_the_revision(db_path, tmp_path, data_dir):
    from openpyxl import load_workbook as load
    from pypdf import PdfReader

    with Store.open(db_path, author="tester") as store:
        revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                                 Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])]))
    note, book = tmp_path / "note.pdf", tmp_path / "export.xlsx"
    assert g4b("export", "pdf", "--db", str(db_path), "--objective", "1.4", "--out", str(note), "--lang", "fr",
               env_dir=data_dir).returncode == 0
    text = " ".join(page.extract_text() for page in PdfReader(note).pages)
    assert "Révision de la stratégie : Update February 2021 (2021-02-15)" in " ".join(text.split())
    assert g4b("export", "xlsx", "--db", str(db_path), "--out", str(book), env_dir=data_dir).returncode == 0
    about = {row[2]: row[1] for row in load(book).worksheets[-1].iter_rows(values_only=True)}
    assert (about["revision"], about["revision_date"]) == ("Update February 2021", "2021-02-15")


def test_the_note_lists_structural_changes_since_the_summit(db_path, tmp_path, data_dir):
    from pypdf import PdfReader

    with Store.open(db_path, author="tester") as store:
        summit_id, _ = summits.create(store, 2020, date="2020-11-20")
        summits.close(store, summit_id)
        revisions.apply_revision(store, "Update February 2021", "2021-02-15",
                                 Plan([Change("close", "worksite", worksite(store, "1.4.9")["id"])]))
    note = tmp_path / "note.pdf"
    result = g4b("export", "pdf", "--db", str(db_path), "--objective", "1.4", "--summit", "2020", "--out", str(note),
                 "--lang", "nl", env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(note).pages).split())
    assert "Structuur van de strategie (1)" in text and "1.4.9 afgesloten" in text
