"""The exchange in the window: menu entries, the import wizard (mapping, preview, one undo step),
export and consolidation through background jobs."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from exchange_helpers import REPO, SAMPLES

from g4b_desktop.db import commitments
from g4b_desktop.db.store import Store
from g4b_desktop.db.strategy import load_strategy
from g4b_desktop.exchange import partner_import
from g4b_desktop.exchange.workbook_export import export_workbook
from g4b_desktop.ui.shell import i18n


@pytest.fixture
def window(qtbot, store, jobs):
    from g4b_desktop.ui.shell.main_window import MainWindow

    i18n.install("en")
    main = MainWindow(store)
    main.quiet = True
    main.show()
    yield main
    jobs.stop(main, 5000)
    # close the window while its database is still open (the store fixture closes it next)
    main.close()
    for timer in main.findChildren(QTimer):  # no delayed view refresh after the database is closed
        timer.stop()


def test_file_menu_has_the_exchange_entries(window):
    names = {a.objectName() for a in window.menu("file").actions()}
    assert {"exportExcel", "importSpreadsheet", "consolidateWorkbooks", "returnWorkbook"} <= names


def test_import_wizard_preview_apply_and_undo(window, qtbot, jobs):
    store = window.store
    wizard = window.exchange_actions.import_spreadsheet(SAMPLES / "actiris-opvolging-2026.nl.xlsx")
    qtbot.waitExposed(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["worksite", "title", "status", "progress", "due_date", "notes"]
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    table = page.table
    assert table.rowCount() == 4
    assert [table.item(r, 1).text() for r in range(4)] == ["new"] * 4
    assert "4 new, 0 updated, 0 unchanged, 0 in error" in page.summary.text()
    assert store.scalar("SELECT count(*) FROM commitment") == 0  # nothing written before Finish
    wizard.accept()   # written on a worker thread (#19)
    jobs.finish(window, timeout=20000)
    assert store.scalar("SELECT count(*) FROM commitment") == 4
    assert window.undo_stack.undoText() == "Import actiris-opvolging-2026.nl.xlsx"
    window.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM commitment") == 0
    window.undo_stack.redo()
    assert store.scalar("SELECT count(*) FROM commitment") == 4


def test_corrected_mapping_is_remembered(window, qtbot, tmp_path, jobs):
    def partner_file(name, rows):
        workbook = openpyxl.Workbook()
        workbook.active.append(["Beleidswerf", "Engagement", "Stand van het dossier"])
        for row in rows:
            workbook.active.append(row)
        workbook.save(tmp_path / name)
        return tmp_path / name

    first = partner_file("maart.xlsx", [["2.1.1", "Campagne", "Loopt goed"]])
    wizard = window.exchange_actions.import_spreadsheet(first)
    wizard.next()
    combos = wizard.mapping_page.combos
    assert combos[2].currentData() == ""          # unknown header: not imported
    combos[2].setCurrentIndex(combos[2].findData("notes"))
    wizard.next()
    assert "Loopt goed" in wizard.preview_page.table.item(0, 3).text()
    wizard.accept()   # written on a worker thread (#19)
    jobs.finish(window, timeout=20000)
    second = partner_file("april.xlsx", [["2.1.1", "Campagne", "Afgerond in april"]])
    loaded = partner_import.load(window.store, second)
    assert loaded.remembered and loaded.mapping[2] == "notes"
    result = partner_import.preview(window.store, loaded)
    assert result.rows[0].changes[0].fields == {"notes": ("Loopt goed", "Afgerond in april")}


def test_wizard_shows_a_refused_file(window, qtbot, tmp_path):
    bad = tmp_path / "oud.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = window.exchange_actions.import_spreadsheet(bad)
    wizard.next()
    assert wizard.currentPage() is wizard.choose_page
    assert wizard.choose_page.error.text() == "oud.xls: the file cannot be read; it is damaged or is not a spreadsheet."


def test_export_and_consolidate_from_the_window(window, qtbot, tmp_path):
    target = tmp_path / "export.xlsx"
    window.exchange_actions.export_to(target, "fr")
    qtbot.waitUntil(target.exists, timeout=10000)
    assert openpyxl.load_workbook(target, read_only=True).sheetnames[0] == "Engagements"

    other = Store.create(tmp_path / "other-committee.g4b", author="committee")
    load_strategy(other)
    worksite = other.scalar("SELECT id FROM worksite WHERE code = '1.1.1'")
    x = commitments.add(other, worksite, "Nieuw engagement")[0]
    export_workbook(other, tmp_path / "committee-1.xlsx")
    actions = window.exchange_actions
    actions.consolidate_paths([tmp_path / "committee-1.xlsx"])
    qtbot.waitUntil(lambda: bool(actions.last_reports), timeout=10000)
    assert window.store.exists("commitment", x)
    # a conflicting edit: the dialog is asked, "take theirs" applied
    commitments.update(other, x, {"progress": 70})
    commitments.update(window.store, x, {"progress": 20})
    export_workbook(other, tmp_path / "committee-2.xlsx")
    other.close()
    actions.last_reports = []
    seen = []

    def ask(dialog):
        seen.append(dialog.table.rowCount())
        dialog.choose_all("theirs")
        return True

    actions.consolidate_paths([tmp_path / "committee-2.xlsx"], ask=ask)
    qtbot.waitUntil(lambda: bool(actions.last_reports), timeout=10000)
    assert seen == [1]
    assert window.store.get("commitment", x)["progress"] == 70
    window.undo_stack.undo()
    assert window.store.get("commitment", x)["progress"] == 20


def test_preview_lists_new_updated_unchanged_and_errors(window, qtbot, tmp_path, jobs):
    """With G4B_SCREENSHOTS=1 it also writes docs/screenshots/import-preview.png."""
    store = window.store
    partner_import.apply(store, partner_import.load(store, SAMPLES / "actiris-opvolging-2026.nl.xlsx"))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Actiris – opvolging engagementen Go4Brussels 2030"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"])
    sheet.append(["2.1.1", "Informatiecampagne Jongerengarantie in de 19 gemeenten", "In uitvoering", "75 %",
                  "31/12/2026", "Campagne loopt, 16 gemeenten bereikt"])
    sheet.append(["2.1.4", "Stages in bedrijven uitbreiden", "Gerealiseerd", 100, "30/06/2026", None])
    sheet.append(["2.2.4", "Discriminatietests bij werkgevers", "Niet gestart", 0, "31/03/2027",
                  "Wacht op ordonnantie"])
    sheet.append(["2.3.6", "Opleidingscheques voor werkzoekenden", "In uitvoering", "30", "2027-06-30", None])
    sheet.append(["2.3.5", "Reconversiecellen bij collectief ontslag", "Misschien", 20, "31/12/2027", None])
    sheet.append(["9.9.9", "Onbekende beleidswerf", "Uitgesteld", 10, "31/12/2027", None])
    path = tmp_path / "actiris-opvolging-2026-q4.nl.xlsx"
    workbook.save(path)
    wizard = window.exchange_actions.import_spreadsheet(path)
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()
    table = wizard.preview_page.table
    states = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert states == ["updated", "unchanged", "unchanged", "new", "error", "error"]
    assert "Progress (%): 60 → 75" in table.item(0, 3).text()
    assert "row 8, column C (Status): 'Misschien' is not a known status" in table.item(4, 3).text()
    assert "row 9, column A (Beleidswerf): there is no worksite 9.9.9" in table.item(5, 3).text()
    if os.environ.get("G4B_SCREENSHOTS") == "1":
        wizard.grab().save(str(REPO / "docs" / "screenshots" / "import-preview.png"))
    before = store.scalar("SELECT count(*) FROM commitment")
    wizard.accept()   # written on a worker thread (#19)
    jobs.finish(window, timeout=20000)
    assert store.scalar("SELECT count(*) FROM commitment") == before + 1


def sheets_and_ambiguous_dates(path) -> None:
    """A workbook whose first sheet is an explanation and two sheets hold data; dates written 04/11/2027."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "Uitleg"
    workbook.active.append(["Vul het blad van uw organisatie in."])
    for name, title, due in (("Actiris", "Van Actiris", "03/05/2027"), ("VDAB", "Van VDAB", "04/11/2027")):
        sheet = workbook.create_sheet(name)
        sheet.append(["Beleidswerf", "Engagement", "Status", "Deadline", "Intern"])
        sheet.append(["2.1.1", title, "Open", due, "x"])
    workbook.save(path)


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_the_wizard_asks_for_the_sheet_and_the_date_order_once(window, qtbot, tmp_path, lang, jobs):
    """With G4B_SCREENSHOTS=1 it also writes docs/screenshots/import-date-order-<lang>.png."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    i18n.install(lang)
    window.language = lang   # the window's language for the data layer's texts (notes, reasons)
    path = tmp_path / "twee-organisaties.xlsx"
    sheets_and_ambiguous_dates(path)
    wizard = window.exchange_actions.import_spreadsheet(path)
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.choose_page
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and page.sheet.isVisible()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Uitleg", "Actiris", "VDAB"]
    page.sheet.setFocus()
    qtbot.keyClicks(page.sheet, "V")
    assert page.sheet.currentText() == "VDAB"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert "'VDAB'" in mapping.info.text() or "« VDAB »" in mapping.info.text()
    assert mapping.date_order.isVisible() and "D (Deadline)" in mapping.date_question.text()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)   # not answered: the question stays
    assert wizard.currentPage() is mapping and mapping.error.text()
    mapping.date_order.setFocus()
    qtbot.keyClicks(mapping.date_order, {"en": "M", "fr": "M", "nl": "M"}[lang])
    assert mapping.date_order.currentData() == "mdy"
    if os.environ.get("G4B_SCREENSHOTS") == "1":
        wizard.grab().save(str(REPO / "docs" / "screenshots" / f"import-date-order-{lang}.png"))
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.table.rowCount() == 1 and "2027-04-11" in preview.table.item(0, 3).text()
    assert "E (Intern)" in preview.notes.text()
    assert {"en": "sheet 'VDAB', header on row 1", "fr": "feuille « VDAB », en-tête sur la ligne 1",
            "nl": "blad 'VDAB', kopregel op rij 1"}[lang] in preview.notes.text()
    if os.environ.get("G4B_SCREENSHOTS") == "1":
        wizard.grab().save(str(REPO / "docs" / "screenshots" / f"import-notes-{lang}.png"))
    wizard.accept()   # written on a worker thread (#19)
    jobs.finish(window, timeout=20000)
    assert window.store.rows("SELECT title, due_date FROM commitment") == [
        {"title": "Van VDAB", "due_date": "2027-04-11"}]
    i18n.install("en")
