"""The return workbook for one organisation: its commitments, protected ids, drop-downs; imported back."""

from __future__ import annotations

import openpyxl
import pytest

from g4b_desktop import cli
from g4b_desktop.db import commitments
from g4b_desktop.db.errors import NotFound
from g4b_desktop.exchange import partner_import
from g4b_desktop.exchange.return_workbook import write_return_workbook


def test_return_workbook_round_trip(store, tmp_path):
    hub = store.scalar("SELECT id FROM organisation WHERE name = 'hub.brussels'")
    citydev = store.scalar("SELECT id FROM organisation WHERE name = 'citydev.brussels'")
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '1.2.1'")
    ours = [commitments.add(store, worksite, f"Hub taak {n}", lead_organisation_id=hub)[0] for n in (1, 2)]
    other = commitments.add(store, worksite, "Citydev taak", lead_organisation_id=citydev)[0]
    target = tmp_path / "hub-return.xlsx"
    report = write_return_workbook(store, "Hub.Brussels", target, lang="fr")
    assert report.counts == {"commitments": 2} and report.organisation == "hub.brussels"

    workbook = openpyxl.load_workbook(target)
    sheet = workbook.worksheets[0]
    assert sheet.protection.sheet is True
    headers = [c.value for c in sheet[1]]
    by_id = {row[-1].value: row for row in sheet.iter_rows(min_row=2, max_row=3)}
    assert set(by_id) == set(ours) and other not in by_id
    status = headers.index("État")
    row = by_id[ours[0]]
    assert row[-1].protection.locked and row[1].protection.locked and row[0].protection.locked
    assert not row[status].protection.locked and not row[headers.index("Commentaire")].protection.locked
    validations = {str(v.sqref).split(":")[0][0]: v for v in sheet.data_validations.dataValidation}
    assert validations["E"].formula1.startswith('"Non entamé,En cours')
    assert validations["F"].type == "decimal"
    assert sheet.cell(row=30, column=headers.index("Pilote") + 1).value == "hub.brussels"
    assert sheet.cell(row=30, column=headers.index("Pilote") + 1).protection.locked
    # the partner fills it in
    row[status].value = "En cours"
    row[headers.index("Avancement (%)")].value = "35 %"
    by_id[ours[1]][headers.index("Commentaire")].value = "Reporté au printemps"
    sheet.cell(row=4, column=1, value="1.2.2")
    sheet.cell(row=4, column=3, value="Nouvelle action hub")
    workbook.save(target)

    result, changes = partner_import.apply(store, partner_import.load(store, target))
    assert sorted(r.state for r in result.rows) == ["new", "updated", "updated"]
    first, second = store.get("commitment", ours[0]), store.get("commitment", ours[1])
    assert (first["status"], first["progress"], first["notes"]) == ("in_progress", 35, None)
    assert (second["status"], second["notes"]) == ("not_started", "Reporté au printemps")
    assert store.rows("SELECT lead_organisation_id FROM commitment WHERE title = 'Nouvelle action hub'") == [
        {"lead_organisation_id": hub}]
    assert store.get("commitment", other)["updated_at"] < store.get("commitment", ours[0])["updated_at"]


def test_return_workbook_cli(db_path, tmp_path, capsys):
    target = tmp_path / "port.xlsx"
    assert cli.main(["return-workbook", "--db", str(db_path), "--organisation", "port.brussels",
                     "--out", str(target)]) == 0
    assert "0 commitments of port.brussels" in capsys.readouterr().out
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value == "Beleidswerf"
    assert cli.main(["return-workbook", "--db", str(db_path), "--organisation", "Nobody",
                     "--out", str(target)]) == 1
    assert "no organisation named 'Nobody'" in capsys.readouterr().err


def test_unknown_organisation(store, tmp_path):
    with pytest.raises(NotFound):
        write_return_workbook(store, "nope", tmp_path / "x.xlsx")
