"""The strategy texts workbook: exported one row per text, read back; loading an official French workbook
replaces exactly the texts it names, as one action that is undone whole, with a backup first; unknown
codes refuse the file with the row named and leave the database as it was. Command line and window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from exchange_helpers import checksum  # noqa: E402

from g4b_desktop.db import strategy_texts  # noqa: E402
from g4b_desktop.db.errors import StoreError  # noqa: E402
from g4b_desktop.db.history import revert_change_set  # noqa: E402
from g4b_desktop.exchange import strategy_texts_workbook as workbook  # noqa: E402

NEW_TITLE = "Stages en entreprise (texte officiel)"
NEW_DESCRIPTION = "Description officielle du chantier 1.1.1."


def snapshot(store) -> dict:
    return {text.key: (text.nl, text.fr, text.origin_fr) for text in strategy_texts.all_texts(store)}


def rows_of(path: Path) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def official(path_in: Path, path_out: Path, changes: dict[tuple[str, str], str], extra: list | None = None) -> None:
    """The exported workbook with the French of some texts (by code and field) replaced, and only the rows
    named kept (an official workbook names the texts it holds)."""
    book = openpyxl.load_workbook(path_in)
    sheet = book.worksheets[0]
    for number in range(sheet.max_row, 1, -1):
        code, field = sheet.cell(number, 2).value, sheet.cell(number, 3).value
        if (code, field) in changes:
            sheet.cell(number, 5).value = changes[(code, field)]
        else:
            sheet.delete_rows(number)
    for row in extra or []:
        sheet.append(row)
    book.save(path_out)


def test_export_writes_one_row_per_text(store, tmp_path):
    path = tmp_path / "textes.xlsx"
    count = workbook.export_texts(store, path, lang="fr")
    rows = rows_of(path)
    assert rows[0] == ("Type", "Code", "Champ", "Néerlandais", "Français", "Provenance")
    assert len(rows) - 1 == count == len(strategy_texts.all_texts(store))
    by_key = {(r[0], r[1], r[2]): r for r in rows[1:]}
    assert by_key[("worksite", "2.1.4", "title")][3:] == ("Stages in de onderneming", "Stages en entreprise",
                                                         "traduction de travail")
    kinds = {r[0] for r in rows[1:]}
    assert kinds == {"pillar", "objective", "minister", "worksite", "indicator", "organisation", "partner_text"}
    assert sum(1 for r in rows[1:] if r[0] == "worksite" and r[2] == "title") == 100
    assert sum(1 for r in rows[1:] if r[0] == "objective" and r[2] == "title") == 17
    about = openpyxl.load_workbook(path, read_only=True).worksheets[1]
    assert any("traduction de travail" in (r[0] or "") for r in about.iter_rows(values_only=True))
    nl = tmp_path / "teksten.xlsx"
    workbook.export_texts(store, nl, lang="nl")
    assert rows_of(nl)[0] == ("Soort", "Code", "Veld", "Nederlands", "Frans", "Herkomst")


def test_loading_an_official_workbook_replaces_exactly_the_texts_it_names_undoably(store, tmp_path, data_dir):
    exported, path = tmp_path / "all.xlsx", tmp_path / "officiel.xlsx"
    workbook.export_texts(store, exported, lang="fr")
    # two new wordings and one text with the same wording: three texts named
    same = store.scalar("SELECT title_fr FROM objective WHERE code = '1.2'")
    official(exported, path, {("2.1.4", "title"): NEW_TITLE, ("1.1.1", "description"): NEW_DESCRIPTION,
                              ("1.2", "title"): same})
    before = snapshot(store)
    plan = workbook.load(store, path)
    assert [(i.text.code, i.text.field, i.changed) for i in plan.items] == [
        ("1.2", "title", False), ("1.1.1", "description", True), ("2.1.4", "title", True)]
    assert snapshot(store) == before  # planning writes nothing
    changes = workbook.apply(store, plan, origin="official")
    after = snapshot(store)
    named = {("objective", "1.2", "title"), ("worksite", "1.1.1", "description"), ("worksite", "2.1.4", "title")}
    assert {key for key in after if after[key] != before[key]} == named
    assert after[("worksite", "2.1.4", "title")] == ("Stages in de onderneming", NEW_TITLE, "official")
    assert after[("worksite", "1.1.1", "description")][1:] == (NEW_DESCRIPTION, "official")
    assert after[("objective", "1.2", "title")][1:] == (same, "official")
    assert len(list((data_dir / "backups").glob("committee-before-strategy*.g4b"))) == 1
    # the reader sees it, search finds it
    from g4b_desktop.db import browse, queries
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    page = browse.worksite_page(store, worksite, "fr")
    assert page["title"] == NEW_TITLE
    assert strategy_texts.working_translation_shown(store, "worksite", page) == {"description", "steering_bodies"}
    assert queries.search(store, "texte officiel", lang="fr")[0]["code"] == "2.1.4"
    # one action, undone whole
    revert_change_set(store, changes.change_set_id)
    assert snapshot(store) == before


def test_edited_provenance_and_names_without_code(store, tmp_path):
    exported, path = tmp_path / "all.xlsx", tmp_path / "corrige.xlsx"
    workbook.export_texts(store, exported, lang="fr")
    book = openpyxl.load_workbook(exported)
    sheet = book.worksheets[0]
    kept = None
    for number in range(sheet.max_row, 1, -1):
        if sheet.cell(number, 1).value == "minister" and sheet.cell(number, 4).value == "Minister-President":
            sheet.cell(number, 5).value = "Ministre-Président du Gouvernement"
            kept = number
    for number in range(sheet.max_row, 1, -1):
        if number != kept:
            sheet.delete_rows(number)
    book.save(path)
    workbook.apply(store, workbook.load(store, path), origin="edited")
    assert store.scalar("SELECT name_fr FROM minister WHERE name = 'Minister-President'") == \
        "Ministre-Président du Gouvernement"
    text = next(t for t in strategy_texts.all_texts(store) if t.kind == "minister" and t.nl == "Minister-President")
    assert text.origin_fr == "edited"


@pytest.mark.parametrize("extra, message", [
    (["worksite", "9.9.9", "title", "x", "y", ""], "row 3: unknown code '9.9.9' (worksite)"),
    (["chapter", "1.1", "title", "x", "y", ""], "row 3: unknown kind 'chapter'"),
    (["worksite", "1.1.1", "colour", "x", "y", ""], "row 3: worksite has no field 'colour'"),
    (["minister", "", "title", "Minister van Niets", "Ministre de Rien", ""], "row 3: no minister reads"),
    (["worksite", "2.1.4", "title", "", "Encore", ""], "row 3: the same text as row 2"),
])
def test_an_unknown_text_refuses_the_file_and_changes_nothing(store, db_path, tmp_path, extra, message):
    exported, path = tmp_path / "all.xlsx", tmp_path / "faux.xlsx"
    workbook.export_texts(store, exported, lang="fr")
    official(exported, path, {("2.1.4", "title"): NEW_TITLE}, extra=[extra])
    before = checksum(db_path)
    with pytest.raises(StoreError) as refused:
        workbook.load(store, path)
    assert str(refused.value).startswith("faux.xlsx, ") and message in str(refused.value)
    assert "nothing was loaded" in str(refused.value)
    assert checksum(db_path) == before


def g4b(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "g4b_desktop.cli", *args], capture_output=True, text=True,
                          timeout=60)


def test_command_line_export_dry_run_import_and_refusal(db_path, tmp_path, data_dir):
    out = tmp_path / "textes.xlsx"
    done = g4b("strategy", "texts", "export", "--lang", "fr", "--out", str(out), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert len(rows_of(out)) > 600
    path = tmp_path / "officiel.xlsx"
    official(out, path, {("2.1.4", "title"): NEW_TITLE})
    before = checksum(db_path)
    done = g4b("strategy", "texts", "import", str(path), "--dry-run", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert "2.1.4 title: 'Stages en entreprise' -> 'Stages en entreprise (texte officiel)'" in done.stdout
    assert "1 text(s) named, 1 with a new wording" in done.stdout and "(would load)" in done.stdout
    assert checksum(db_path) == before
    done = g4b("strategy", "texts", "import", str(path), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    import sqlite3
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT title_fr FROM worksite WHERE code = '2.1.4'").fetchone()[0] == NEW_TITLE
        assert conn.execute("SELECT origin FROM text_origin o JOIN worksite w ON w.id = o.record_id "
                            "WHERE w.code = '2.1.4' AND o.field = 'title' AND o.lang = 'fr'").fetchone()[0] == "official"
    bad = tmp_path / "faux.xlsx"
    official(out, bad, {("2.1.4", "title"): "x"}, extra=[["worksite", "7.7.7", "title", "", "z", ""]])
    before = checksum(db_path)
    done = g4b("strategy", "texts", "import", str(bad), "--db", str(db_path))
    assert done.returncode == 1
    assert done.stderr.strip() == "g4b: faux.xlsx, row 3: unknown code '7.7.7' (worksite); nothing was loaded."
    assert checksum(db_path) == before
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    done = g4b("strategy", "texts", "import", str(text_file), "--db", str(db_path))
    assert done.returncode == 1 and "notes.txt: not an Excel workbook" in done.stderr and "Traceback" not in done.stderr


def test_window_loads_official_texts_with_a_preview_and_undo(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    store = window.store
    actions = window.strategy_texts_actions
    names = [a.objectName() for a in window.menu("tools").actions()]
    assert "exportStrategyTexts" in names and "loadStrategyTexts" in names
    exported = actions.export_texts(tmp_path / "textes.xlsx")
    path = tmp_path / "officiel.xlsx"
    official(exported, path, {("2.1.4", "title"): NEW_TITLE, ("1.2", "title"): "Soutenir les TPE et les PME"})
    dialog = actions.load_texts(path)
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert dialog.table.item(1, 4).text() == NEW_TITLE and dialog.table.item(1, 3).text() == "Stages en entreprise"
    assert "2 text(s) named" in dialog.summary.text()
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert dialog.applied and not dialog.isVisible()
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == NEW_TITLE
    assert "Load strategy texts from officiel.xlsx" in window.undo_action.text()
    window.undo_action.trigger()
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == "Stages en entreprise"
    assert store.scalar("SELECT title_fr FROM objective WHERE code = '1.2'") != "Soutenir les TPE et les PME"
    window.redo_action.trigger()
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == NEW_TITLE
