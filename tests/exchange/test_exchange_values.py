"""Values as people write them, indicator values and action lists."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from g4b_desktop.exchange import headers, partner_import
from g4b_desktop.exchange import values as val


@pytest.mark.parametrize("written, expected", [
    (45, 45), ("45", 45), ("45 %", 45), ("45%", 45), ("45,5 %", 45.5), ("45.5", 45.5), ("45\u00a0%", 45),
    (100, 100), ("100 %", 100), (0, 0), ("0 %", 0), (None, None), ("", None)])
def test_progress_as_people_write_it(written, expected):
    assert val.progress(written) == expected


@pytest.mark.parametrize("written, expected", [(0.45, 45), ("0,45", 45), ("0.25", 25), (1, 100), (0, 0),
                                               ("45 %", 45)])
def test_progress_in_a_column_of_fractions(written, expected):
    assert val.progress(written, fraction=True) == expected


@pytest.mark.parametrize("written, decimal, expected", [
    ("1 000", None, 1000), ("1\u00a0000", None, 1000), ("1\u202f000,5", None, 1000.5), ("1.000,5", None, 1000.5),
    ("1,000.5", None, 1000.5), ("1.000", ",", 1000), ("1.000", ".", 1), ("1,000", ".", 1000), ("1,5", None, 1.5),
    ("1.234.567", None, 1234567), ("-3,25", None, -3.25), (12, None, 12)])
def test_numbers_as_french_dutch_and_english_people_write_them(written, decimal, expected):
    assert val.number(written, decimal) == expected


def test_a_number_the_column_cannot_decide_is_an_error_not_a_guess():
    with pytest.raises(val.ValueProblem, match="thousands separator"):
        val.number("1.000")


@pytest.mark.parametrize("written", ["veel", "120 %", "-5", True])
def test_progress_refused(written):
    with pytest.raises(val.ValueProblem):
        val.progress(written)


@pytest.mark.parametrize("written, expected", [
    ("In uitvoering", "in_progress"), ("en cours", "in_progress"), ("IN PROGRESS", "in_progress"),
    ("Réalisé", "realised"), ("realise", "realised"), ("Gerealiseerd", "realised"), ("Non entamé", "not_started"),
    ("Niet gestart", "not_started"), ("Uitgesteld", "postponed"), ("Reporté", "postponed"),
    ("Stopgezet", "abandoned"), ("Abandonné", "abandoned"), ("not_started", "not_started")])
def test_status_in_three_languages(written, expected):
    assert val.status(written) == expected


@pytest.mark.parametrize("written, expected", [
    ("31/12/2026", "2026-12-31"), ("2026-12-31", "2026-12-31"), ("1/2/2027", "2027-02-01"),
    ("31.12.2026", "2026-12-31"), (datetime(2026, 12, 31), "2026-12-31"), (46387, "2026-12-31"),
    ("46387", "2026-12-31")])
def test_dates(written, expected):
    assert val.a_date(written) == expected


def test_1904_workbook_serial_dates(tmp_path, store):
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["Chantier", "Engagement", "Échéance"])
    sheet.append(["1.2.1", "Date réelle", datetime(2026, 12, 31)])
    sheet.append(["1.2.1", "Numéro de série", 44925])  # 2026-12-31 counted from 1904-01-01
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    partner_import.apply(store, partner_import.load(store, path))
    assert {r["title"]: r["due_date"] for r in store.rows("SELECT title, due_date FROM commitment")} == {
        "Date réelle": "2026-12-31", "Numéro de série": "2026-12-31"}


def test_percent_formatted_cells(tmp_path, store):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Worksite", "Commitment", "Progress"])
    sheet.append(["1.2.1", "Half", 0.5])
    sheet["C2"].number_format = "0%"
    sheet.append(["1.2.1", "Heel", 1])
    sheet["C3"].number_format = "0%"
    path = tmp_path / "percent.xlsx"
    workbook.save(path)
    partner_import.apply(store, partner_import.load(store, path))
    assert {r["title"]: r["progress"] for r in store.rows("SELECT title, progress FROM commitment")} == {
        "Half": 50, "Heel": 100}


def test_headers_ignore_case_accents_and_spacing():
    kind, mapping = headers.guess_kind(["  BELEIDSWERF ", "engagement", "ETAT", "Vooruitgang  ( % )", "echeance"])
    assert kind == "commitment"
    assert mapping == {0: "worksite", 1: "title", 2: "status", 3: "progress", 4: "due_date"}


def test_indicator_values(tmp_path, store):
    path = tmp_path / "bisa.csv"
    path.write_text("Indicateur;Année;Valeur\nKC01;2019;15,9\nKC01;2014;18,5\nKC99;2019;1\n", encoding="utf-8")
    result = partner_import.preview(store, partner_import.load(store, path))
    assert [r.state for r in result.rows] == ["new", "unchanged", "error"]
    partner_import.apply(store, partner_import.load(store, path))
    assert store.rows("SELECT v.value, v.value_text FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                      "WHERE i.code = 'KC01' AND v.year = 2019") == [{"value": 15.9, "value_text": "15,9"}]


def test_action_list_creates_the_meeting_once(tmp_path, store):
    path = tmp_path / "acties.csv"
    path.write_text("Doelstelling;Vergaderdatum;Actiepunt;Verantwoordelijke;Deadline;Stand\n"
                    "1.2;12/03/2026;Nota opstellen;hub.brussels;30/04/2026;Open\n"
                    "1.2;12/03/2026;Budget nakijken;Jan Peeters;;Uitgevoerd\n"
                    "1.2;12/03/2026;Zonder stand;;;\n", encoding="utf-8")
    result, changes = partner_import.apply(store, partner_import.load(store, path))
    assert [r.state for r in result.rows] == ["new", "new", "new"], [r.problems for r in result.rows]
    objective = store.scalar("SELECT id FROM objective WHERE code = '1.2'")
    assert store.rows("SELECT date FROM meeting WHERE objective_id = ?", [objective]) == [{"date": "2026-03-12"}]
    actions = store.rows("SELECT what, owner_organisation_id IS NOT NULL AS organisation, owner_name, due_date, state "
                         "FROM meeting_action ORDER BY position")
    assert actions == [
        {"what": "Nota opstellen", "organisation": 1, "owner_name": None, "due_date": "2026-04-30", "state": "open"},
        {"what": "Budget nakijken", "organisation": 0, "owner_name": "Jan Peeters", "due_date": None,
         "state": "done"},
        {"what": "Zonder stand", "organisation": 0, "owner_name": None, "due_date": None, "state": "open"}]
    again, nothing = partner_import.apply(store, partner_import.load(store, path))
    assert [r.state for r in again.rows] == ["unchanged"] * 3 and not nothing
    path.write_text("Doelstelling;Vergaderdatum;Actiepunt;Verantwoordelijke;Deadline;Stand\n"
                    "1.2;12/03/2026;Nota opstellen;hub.brussels;30/04/2026;Fait\n", encoding="utf-8")
    updated, _ = partner_import.apply(store, partner_import.load(store, path))
    assert updated.rows[0].changes[0].fields == {"state": ("open", "done")}


def test_preview_words_in_the_users_language(store):
    from exchange_helpers import SAMPLES

    result = partner_import.preview(store, partner_import.load(store, SAMPLES / "hub-suivi-2026.fr.xlsx"))
    assert result.rows[0].describe("fr").startswith("nouveau : engagement sous 1.2.1: Évaluer le Small Business Act")
    assert "status: En cours" in result.rows[0].describe("fr")
    assert result.rows[0].describe("nl").startswith("nieuw: engagement onder 1.2.1")
    assert result.rows[0].describe("en").startswith("new commitment under 1.2.1")
