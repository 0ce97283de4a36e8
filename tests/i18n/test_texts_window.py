"""Data-layer texts in the window and on the command line, in the user's language (French here)."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest
from PySide6.QtCore import QTimer

from g4b_desktop.db import commitments, summits
from g4b_desktop.exchange import partner_import
from g4b_desktop.texts import t
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.widgets.history_panel import ACTION


@pytest.fixture
def french_window(qtbot, store, jobs):
    from g4b_desktop.ui.shell.main_window import MainWindow
    from g4b_desktop.ui.shell.undo import Session

    i18n.install("fr")
    main = MainWindow(store, Session(store, "fr"))
    main.quiet = True
    main.show()
    yield main
    jobs.stop(main, 5000)
    main.close()
    for timer in main.findChildren(QTimer):
        timer.stop()
    i18n.install("en")


def _bad_workbook(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)"])
    sheet.append(["9.9.9", "Onbekende beleidswerf", "Uitgesteld", 10])
    sheet.append(["2.3.5", "Reconversiecellen bij collectief ontslag", "Misschien", 20])
    workbook.save(path)
    return path


def test_a_commitment_edit_shows_in_french_in_the_history_panel(french_window, qtbot):
    window = french_window
    store = window.store
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    cid, added = commitments.add(store, worksite, "Stageplaatsen werven")
    window.apply_changes(added)
    changes = commitments.update(store, cid, {"status": "in_progress", "progress": 30})
    window.apply_changes(changes)
    assert changes.label == "Edit commitment 2.1.4-01"  # the data layer's own text stays English

    view = window.show_view("commitments")
    view.history.show_record("commitment", cid, "2.1.4-01")
    model = view.history.model
    actions = {model.index(row, ACTION).data() for row in range(model.rowCount())}
    assert actions == {"Modifier l'engagement 2.1.4-01", "Ajouter un engagement à 2.1.4"}

    window.home_view.reload()  # the home page's "recently changed" list
    recent = window.home_view.recent
    assert recent.topLevelItem(0).text(2) == "Modifier l'engagement 2.1.4-01"


def test_trash_and_errors_in_french(french_window):
    window = french_window
    store = window.store
    summit_id, _ = summits.create(store, 2027)
    window.apply_changes(summits.delete(store, summit_id))
    from g4b_desktop.ui.backups.trash_view import WHAT, TrashModel

    model = TrashModel(window.session)
    model.reload()
    labels = [model.index(row, WHAT).data() for row in range(model.rowCount())]
    assert "Sommet social 2027" in labels

    with pytest.raises(summits.StoreError) as caught:
        summits.reopen(store, summits.create(store, 2028)[0])
    window.show_error(caught.value)
    assert window.last_error == "Le Sommet social 2028 n'est pas clôturé."
    window.show_error(partner_import.ImportRefused(t("{file}: the file is empty.", file="leeg.csv")))
    assert window.last_error == "leeg.csv : le fichier est vide."


def test_the_import_wizard_reports_in_french(french_window, qtbot, tmp_path):
    window = french_window
    wizard = window.exchange_actions.import_spreadsheet(_bad_workbook(tmp_path / "opvolging.xlsx"))
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()
    table = wizard.preview_page.table
    reasons = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert reasons[0] == "opvolging.xlsx, ligne 2, colonne A (Beleidswerf) : il n'y a pas de chantier 9.9.9."
    assert reasons[1].startswith("opvolging.xlsx, ligne 3, colonne C (Status) : « Misschien » n'est pas un(e) "
                                 "statut connu(e) (Non entamé, En cours, Réalisé")
    wizard.reject()

    refused = tmp_path / "oud.xls"
    refused.write_bytes(b"old")
    wizard = window.exchange_actions.import_spreadsheet(refused)
    wizard.next()
    assert wizard.choose_page.error.text().startswith("oud.xls : le fichier ne peut pas être lu")
    wizard.reject()


def g4b_french(*args: str, data_dir) -> subprocess.CompletedProcess:
    """`g4b` as a French-speaking user runs it: LANG=fr_BE.UTF-8, no language chosen in preferences."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="fr_BE.UTF-8", G4B_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "g4b_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_g4b_errors_are_in_french(tmp_path, data_dir):
    assert not (data_dir / "preferences.json").exists()  # no language chosen: the system's is used
    not_a_database = tmp_path / "notes.g4b"
    not_a_database.write_text("ceci n'est pas une base de données\n" * 20, encoding="utf-8")
    result = g4b_french("info", "--db", str(not_a_database), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == (f"g4b: {not_a_database} : pas une base de données SQLite (le fichier est "
                             f"endommagé ou d'un autre type).\n")
    missing = tmp_path / "absent.g4b"
    result = g4b_french("info", "--db", str(missing), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == (f"g4b: {missing} : cette base de données n'existe pas. "
                             f"Créez-la avec : g4b init --db {missing}\n")


def test_g4b_import_dry_run_of_a_bad_file_reports_in_french(tmp_path, db_path, data_dir):
    bad = _bad_workbook(tmp_path / "opvolging.xlsx")
    result = g4b_french("import", "--dry-run", str(bad), "--db", str(db_path), data_dir=data_dir)
    assert result.returncode == 1, result.stderr
    errors = result.stderr.splitlines()
    assert errors[0] == "erreur : opvolging.xlsx, ligne 2, colonne A (Beleidswerf) : il n'y a pas de chantier 9.9.9."
    assert errors[1].startswith("erreur : opvolging.xlsx, ligne 3, colonne C (Status) : « Misschien »")
    assert result.stdout.splitlines() == [
        "remarque : opvolging.xlsx : feuille « Sheet », en-tête sur la ligne 1.",
        "opvolging.xlsx : 0 nouveau(x), 0 mis à jour, 0 inchangé(s), 2 en erreur (serait importé)."]
    # and applying it is refused, in French, with the database unchanged
    result = g4b_french("import", str(bad), "--db", str(db_path), data_dir=data_dir)
    assert result.returncode == 1
    assert "opvolging.xlsx : aucune ligne ne peut être importée ; rien n'a été modifié." in result.stderr


def test_g4b_import_dry_run_describes_rows_in_french(tmp_path, db_path, data_dir):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Opmerkingen"])
    sheet.append(["2.1.4", "Stageplaatsen werven", "In uitvoering", "45 %", None])
    path = tmp_path / "nieuw.xlsx"
    workbook.save(path)
    result = g4b_french("import", "--dry-run", str(path), "--db", str(db_path), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ligne 2 : nouveau : nouveau : engagement sous 2.1.4: Stageplaatsen werven (")
    assert "En cours" in lines[0]
    assert lines[-1] == "nieuw.xlsx : 1 nouveau(x), 0 mis à jour, 0 inchangé(s), 0 en erreur (serait importé)."
