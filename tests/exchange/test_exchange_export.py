"""The export workbook: conventions, safe text, atomic save, and the round trip through a spreadsheet."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime

import openpyxl
import pytest

from g4b_desktop import cli
from g4b_desktop.db import commitments
from g4b_desktop.exchange import partner_import
from g4b_desktop.exchange.workbook_export import ExportFailed, export_workbook

HOSTILE = ["=cmd|' /C calc'!A0", "#N/A", "#REF!", "@SUM(A1:A2)", "+32 2 000 00 01", "-1", "=> à discuter"]


def add_commitments(store):
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '1.2.1'")
    other = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    lead = store.scalar("SELECT id FROM organisation WHERE name = 'hub.brussels'")
    ids = []
    with store.action("test data") as act:
        ids.append(commitments.insert(act, worksite, {"title": "Evaluatie SBA", "status": "in_progress",
                                                     "progress": 40, "due_date": "2026-12-31",
                                                     "lead_organisation_id": lead, "notes": "Loopt"}))
        ids.append(commitments.insert(act, worksite, {"title": "E-commerce", "status": "not_started"}))
        ids.append(commitments.insert(act, other, {"title": "Stages", "status": "realised", "notes": "OK"}))
    return ids


def test_export_follows_spreadsheet_conventions(store, tmp_path):
    add_commitments(store)
    target = tmp_path / "export.xlsx"
    report = export_workbook(store, target, lang="nl")
    assert report.counts["commitments"] == 3 and report.counts["worksites"] == 100
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:7] == ["Engagementen", "Beleidswerven", "Doelstellingen", "Organisaties",
                                       "Contactpersonen", "Lidmaatschappen", "Indicatoren"]
    assert "Over deze export" in workbook.sheetnames
    sheet = workbook["Engagementen"]
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["Beleidswerf", "Code engagement", "Engagement", "Beschrijving", "Status",
                           "Vooruitgang (%)"]
    assert headers[-1] == "Record-id"
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L4"
    assert sheet.column_dimensions["C"].width == 50
    first = {h: c for h, c in zip(headers, sheet[2])}
    assert first["Beleidswerf"].value == "1.2.1" and first["Beleidswerf"].data_type == "s"
    assert first["Vooruitgang (%)"].value == 40 and first["Vooruitgang (%)"].data_type == "n"
    assert first["Deadline"].value == datetime(2026, 12, 31) and first["Deadline"].is_date
    assert first["Deadline"].number_format == "dd/mm/yyyy"
    assert first["Status"].value == "In uitvoering"
    assert first["Trekker"].value == "hub.brussels"
    validations = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["E2"] == '"Niet gestart,In uitvoering,Gerealiseerd,Uitgesteld,Stopgezet"'
    about = {row[2]: row[1] for row in workbook["Over deze export"].iter_rows(min_row=2, values_only=True)}
    assert about["database_id"] == store.meta("database_id")
    assert about["schema_version"] == str(store.schema_version())
    assert about["author"] == "tester" and about["program_version"]
    indicators = workbook["Indicatoren"]
    assert [c.value for c in indicators[1]][4:6] == ["2014", "2015"]
    assert isinstance(indicators["E2"].value, float)
    worksites = workbook["Beleidswerven"]
    assert all(c.data_type == "s" for c in worksites["A"][1:])  # codes stay text (1.10 stays 1.10)


def test_export_in_french_for_one_objective(store, tmp_path):
    add_commitments(store)
    target = tmp_path / "objectif.xlsx"
    assert cli.main(["export", "xlsx", "--db", str(store.path), "--out", str(target), "--objective", "1.2",
                     "--lang", "fr"]) == 0
    workbook = openpyxl.load_workbook(target, read_only=True)
    rows = list(workbook["Engagements"].iter_rows(values_only=True))
    worksites = list(workbook["Chantiers"].iter_rows(values_only=True))
    workbook.close()
    assert rows[0][:6] == ("Chantier", "Code engagement", "Engagement", "Description", "État", "Avancement (%)")
    assert [r[0] for r in rows[1:]] == ["1.2.1", "1.2.1"]
    assert {r[4] for r in rows[1:]} == {"En cours", "Non entamé"}
    assert {r[0] for r in worksites[1:]} <= {
        f"1.2.{n}" for n in range(1, 20)}


def test_user_text_is_never_a_formula_or_error(store, tmp_path):
    ids = add_commitments(store)
    long_text = "lang " * 8000  # 40,000 characters
    with store.action("hostile text") as act:
        act.update("commitment", ids[0], {"notes": HOSTILE[0], "description": "bel\x07letje"})
        act.update("commitment", ids[1], {"notes": HOSTILE[1], "description": long_text})
        act.update("commitment", ids[2], {"notes": HOSTILE[2], "title": HOSTILE[3]})
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.2.1'")
    with store.action("more") as act:
        for text in HOSTILE[4:]:
            commitments.insert(act, worksite, {"title": text, "notes": text})
    target = tmp_path / "veilig.xlsx"
    report = export_workbook(store, target)
    xml = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b't="e"' not in xml
    sheet = openpyxl.load_workbook(target)["Engagementen"]
    by_id = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    notes = {by_id[i][9].value for i in by_id}
    assert set(HOSTILE) <= notes | {by_id[i][2].value for i in by_id}
    for row in by_id.values():
        for cell in row:
            assert cell.data_type in ("s", "n", "d") or cell.value is None
    assert by_id[ids[0]][3].value == "bel letje"
    assert len(by_id[ids[1]][3].value) == 32_767 and by_id[ids[1]][3].value.endswith("[…]")
    assert any("control characters" in w and ids[0] in w for w in report.warnings)
    assert any("shortened" in w and ids[1] in w for w in report.warnings)
    # importing the workbook back changes nothing: the shortened copy does not overwrite the full text
    result = partner_import.preview(store, partner_import.load(store, target))
    assert {r.state for r in result.rows} == {"unchanged"}, [r.describe() for r in result.rows]


def test_round_trip_changes_exactly_the_edited_fields(store, tmp_path):
    ids = add_commitments(store)
    target = tmp_path / "rondje.xlsx"
    export_workbook(store, target, lang="fr")
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Engagements"]
    rows = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    rows[ids[0]][4].value = "Réalisé"          # status
    rows[ids[0]][5].value = 100                # progress
    rows[ids[1]][9].value = "Nouveau commentaire"
    rows[ids[2]][8].value = datetime(2027, 1, 15)
    workbook.save(target)
    before = {r["id"]: r for r in store.rows("SELECT * FROM commitment")}
    result, changes = partner_import.apply(store, partner_import.load(store, target))
    assert [r.state for r in result.rows] == ["updated", "updated", "updated"]
    logged = store.rows("SELECT record_id, field, old_value, new_value FROM change_log "
                        "WHERE change_set_id = ? AND table_name = 'commitment' AND field IS NOT NULL",
                        [changes.change_set_id])
    assert sorted((r["record_id"], r["field"], r["old_value"], r["new_value"]) for r in logged) == sorted([
        (ids[0], "status", "in_progress", "realised"), (ids[0], "progress", 40, 100),
        (ids[1], "notes", None, "Nouveau commentaire"), (ids[2], "due_date", None, "2027-01-15")])
    after = {r["id"]: r for r in store.rows("SELECT * FROM commitment")}
    for record_id, row in after.items():
        untouched = {k for k in row if k not in ("status", "progress", "notes", "due_date", "updated_at")}
        assert {k: row[k] for k in untouched} == {k: before[record_id][k] for k in untouched}


def test_locked_target_keeps_the_old_file(store, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "open-in-excel.xlsx"
    target.write_bytes(b"the previous export")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportFailed, match="open in Excel"):
        export_workbook(store, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["open-in-excel.xlsx"]


def test_export_cli_refuses_a_missing_folder(db_path, tmp_path, capsys):
    assert cli.main(["export", "xlsx", "--db", str(db_path), "--out", str(tmp_path / "nope" / "x.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_meetings_decisions_and_actions_sheets(store, tmp_path):
    from g4b_desktop.db import meetings

    objective = store.scalar("SELECT id FROM objective WHERE code = '1.2'")
    with store.action("meeting") as act:
        meeting = meetings.insert_meeting(act, objective, "2026-03-12", state="held", carry_over=False,
                                          title="Stuurcomité maart")
        item = meetings.insert_agenda_item(act, meeting, "Stand van zaken")
        meetings.insert_outcome(act, item, "decision", "=Budget goedgekeurd")
        meetings.insert_action(act, meeting, "Nota opstellen", due_date="2026-04-30", owner_name="Jan")
    target = tmp_path / "vergaderingen.xlsx"
    report = export_workbook(store, target, lang="nl")
    assert (report.counts["meetings"], report.counts["decisions"], report.counts["action items"]) == (1, 1, 1)
    workbook = openpyxl.load_workbook(target)
    assert [c.value for c in workbook["Beslissingen"][2]][:4] == ["1.2", datetime(2026, 3, 12), "Stand van zaken",
                                                                  "=Budget goedgekeurd"]
    assert workbook["Beslissingen"]["D2"].data_type == "s"
    actions = [c.value for c in workbook["Actiepunten"][2]]
    assert actions[:6] == ["1.2", datetime(2026, 3, 12), "Nota opstellen", "Jan", datetime(2026, 4, 30), "Open"]
