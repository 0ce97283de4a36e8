"""The export's per-cell shortcuts (#9): one styled date cell per column serves every row, rows are
streamed from the query, text is checked inline. Every cell read back must still be the database's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl

from g4b_desktop.db import commitments
from g4b_desktop.exchange.workbook_export import export_workbook


def test_every_row_keeps_its_own_dates_and_text(store, tmp_path):
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite ORDER BY code LIMIT 3")]
    titles = ["=1+1", "#N/A", "gewoon", "#REF!", "@SUM(A1)", "x" * 40_000, "tab\tok", "bel\x07weg"]
    with store.action("test data") as act:
        for n in range(60):
            commitments.insert(act, worksites[n % 3], {
                "title": titles[n % len(titles)] + f" {n}" if n % len(titles) != 5 else titles[5],
                "status": "in_progress", "progress": n % 100,
                "due_date": None if n % 7 == 0 else (date(2026, 1, 1) + timedelta(days=11 * n)).isoformat(),
                "notes": None if n % 2 else f"opmerking {n}"})
    target = tmp_path / "export.xlsx"
    report = export_workbook(store, target, lang="nl")
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Engagementen"]
    headers = [c.value for c in sheet[1]]
    column = {h: i for i, h in enumerate(headers)}
    expected = {r["id"]: r for r in store.rows("SELECT * FROM commitment")}
    seen = 0
    for row in sheet.iter_rows(min_row=2):
        record = expected[row[column["Record-id"]].value]
        due = row[column["Deadline"]]
        if record["due_date"] is None:
            assert due.value is None
        else:
            assert due.value == datetime.fromisoformat(record["due_date"]) and due.number_format == "dd/mm/yyyy"
        title = row[column["Engagement"]]
        if len(record["title"]) > 32_767:
            assert title.value.endswith(" […]") and len(title.value) == 32_767
        else:
            assert title.value == record["title"].replace("\x07", " ")
            assert title.data_type == "s"
            assert title.quotePrefix == record["title"].startswith(("=", "#"))
        assert row[column["Opmerkingen"]].value == record["notes"]
        assert row[column["Vooruitgang (%)"]].value == record["progress"]
        seen += 1
    assert seen == report.counts["commitments"] == len(expected)
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(headers))}{seen + 1}"
    assert any("control characters" in w for w in report.warnings)
    assert any("32,767" in w for w in report.warnings)


def test_an_empty_sheet_still_has_its_header_and_filter(empty_store, tmp_path):
    target = tmp_path / "leeg.xlsx"
    report = export_workbook(empty_store, target, lang="fr")
    assert report.counts["commitments"] == 0
    sheet = openpyxl.load_workbook(target)["Engagements"]
    assert sheet.max_row == 1 and sheet["A1"].font.b
    assert sheet.auto_filter.ref.endswith("2")


def test_vetted_rows_write_the_same_xml_as_openpyxls_own_checks(store, tmp_path, monkeypatch):
    """write_sheet hands its checked strings and numbers to the sheet directly; the file must be byte for
    byte the one openpyxl writes when it checks every value itself (the about sheet's time aside)."""
    import zipfile

    from g4b_desktop.exchange import workbook_export

    worksite = store.scalar("SELECT id FROM worksite ORDER BY code LIMIT 1")
    with store.action("test data") as act:
        for n, title in enumerate(["=1+1", "#N/A", "tab\there", "bel\x07", "x" * 33_000, "gewoon", "  spaties  "]):
            commitments.insert(act, worksite, {"title": title, "progress": n * 7.5, "notes": f"#{n}",
                                               "due_date": f"2027-0{n + 1}-15"})
    paths = {}
    for vetted in (True, False):
        if not vetted:
            monkeypatch.setattr(workbook_export, "_vetted_rows", lambda worksheet: None)
        paths[vetted] = tmp_path / f"export-{vetted}.xlsx"
        export_workbook(store, paths[vetted], lang="fr")
    with zipfile.ZipFile(paths[True]) as fast, zipfile.ZipFile(paths[False]) as checked:
        names = [n for n in fast.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(names) >= 10 and names == [n for n in checked.namelist() if n.startswith("xl/worksheets/sheet")]
        about = names[-1]
        for name in names[:-1] + ["xl/styles.xml"]:
            assert fast.read(name) == checked.read(name), name
        assert b"tab\there" in fast.read(names[0]) and fast.read(about).count(b"<row") == \
            checked.read(about).count(b"<row")
