"""Files as partners' own programs write them (issue 16): each is imported right, value by value, or refused
with its one sentence and the database exactly as it was (compared row by row)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from exchange_helpers import checksum

from g4b_desktop import cli
from g4b_desktop.db.store import Store

HEADER_NL = ["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"]


def g4b(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def stored(db_path, order="c.rowid") -> list[dict]:
    store = Store.open(db_path, author="test", readonly=True)
    try:
        return store.rows("SELECT w.code AS worksite, c.title, c.status, c.progress, c.due_date, c.notes "
                          f"FROM commitment c JOIN worksite w ON w.id = c.worksite_id ORDER BY {order}")
    finally:
        store.close()


def dry_run_then_import(capsys, db_path, path) -> str:
    """The dry run's output (exit 0), then the import for real (exit 0)."""
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0, err
    assert g4b(capsys, "import", str(path), "--db", str(db_path))[0] == 0
    return out


def refused(capsys, db_path, path, *options) -> str:
    """Import (dry run, then for real): exit 1 both times, one message, no Python in it, nothing written."""
    before = checksum(db_path)
    messages = []
    for dry in (["--dry-run"], []):
        code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path), *dry, *options)
        assert code == 1, (out, err)
        for word in ("Traceback", "Error", "Exception", "site-packages", "0x", ".py"):
            assert word not in err, err
        messages.append(err)
    assert checksum(db_path) == before
    assert messages[0].splitlines()[0] == messages[1].splitlines()[0]   # the dry run and the import agree
    return messages[1]


# ---- dates: judged per column -----------------------------------------------------------------

US_ROWS = [("2.1.1", "Youth guarantee campaign", "In progress", "45%", "4/11/2027"),
           ("2.1.4", "More internships", "Completed", "100%", "12/31/2026"),
           ("2.2.4", "Discrimination tests", "Not started", "0%", "1/15/2028")]


def us_csv(path, rows) -> None:
    """As a US-locale Excel saves 'CSV (Comma delimited)': commas, m/d/yyyy, no BOM, CRLF."""
    lines = ["Worksite,Commitment,Status,Progress,Due date"] + [",".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def test_us_dates_are_read_month_first_when_a_day_over_12_says_so(tmp_path, db_path, capsys):
    path = tmp_path / "us-partner.csv"
    us_csv(path, US_ROWS)
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [(r["worksite"], r["due_date"], r["progress"], r["status"]) for r in stored(db_path)] == [
        ("2.1.1", "2027-04-11", 45, "in_progress"), ("2.1.4", "2026-12-31", 100, "realised"),
        ("2.2.4", "2028-01-15", 0, "not_started")]


def test_ambiguous_us_dates_are_asked_for_then_read_in_the_order_given(tmp_path, db_path, capsys):
    path = tmp_path / "us-ambiguous.csv"
    us_csv(path, [("2.1.1", "Campaign", "In progress", "45%", "4/11/2027"),
                  ("2.1.4", "Internships", "In progress", "10%", "3/5/2028")])
    message = refused(capsys, db_path, path)
    assert message.strip() == ("g4b: us-ambiguous.csv, column E (Due date): the dates can be read day first (31/12) "
                               "or month first (12/31); say which order the file uses (--date-order dmy or "
                               "--date-order mdy on the command line).")
    code, _, err = g4b(capsys, "import", str(path), "--db", str(db_path), "--date-order", "mdy")
    assert code == 0, err
    assert [r["due_date"] for r in stored(db_path)] == ["2027-04-11", "2028-03-05"]


def test_a_date_column_that_contradicts_itself_is_refused_naming_the_rows(tmp_path, db_path, capsys):
    path = tmp_path / "gemengd.csv"
    path.write_text("Beleidswerf;Engagement;Deadline\n2.1.1;Een;31/12/2026\n2.1.4;Twee;12/31/2026\n"
                    "2.2.4;Drie;15/01/2027\n", encoding="utf-8")
    message = refused(capsys, db_path, path)
    assert "gemengd.csv, column C (Deadline): the dates contradict each other: day first in rows 2, 4, month " \
           "first in rows 3" in message


# ---- progress: fractions judged per column ---------------------------------------------------

def test_progress_written_as_fractions_is_read_as_percentages(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER_NL)
    for n, fraction in enumerate((0.25, 0.5, 0.75, 1)):
        sheet.append(["2.1.1", f"Engagement {n}", "In uitvoering", fraction, datetime(2027, 6, 30), None])
    path = tmp_path / "breuken.xlsx"
    workbook.save(path)
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [r["progress"] for r in stored(db_path)] == [25, 50, 75, 100]
    assert "every progress value lies between 0 and 1; they are read as fractions" in out


def test_a_fraction_among_percentages_is_an_error_naming_its_row(tmp_path, db_path, capsys):
    path = tmp_path / "gemengd.csv"
    path.write_text("Beleidswerf;Engagement;Vooruitgang\n2.1.1;Een;40\n2.1.4;Twee;0,5\n2.2.4;Drie;75\n",
                    encoding="utf-8")
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0
    assert "gemengd.csv, row 3, column C (Vooruitgang): 0,5 is a fraction while the column's other values are " \
           "percentages; write it as a percentage (e.g. 30 or 30 %)." in err
    assert [(r["title"], r["progress"]) for r in stored(db_path)] == [("Een", 40), ("Drie", 75)]


# ---- which sheet, which header ------------------------------------------------------------------

def test_a_hidden_first_sheet_is_skipped_and_the_sheet_read_is_named(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    old = workbook.active
    old.title = "2025"
    old.append(HEADER_NL)
    old.append(["2.1.1", "Vorig jaar", "Gerealiseerd", 100, datetime(2025, 12, 31), None])
    old.sheet_state = "hidden"
    current = workbook.create_sheet("2026")
    current.append(HEADER_NL)
    current.append(["2.1.4", "Dit jaar", "In uitvoering", 30, datetime(2026, 12, 31), "ok"])
    path = tmp_path / "jaren.xlsx"
    workbook.save(path)
    out = dry_run_then_import(capsys, db_path, path)
    assert "note: jaren.xlsx: sheet '2026', header on row 1." in out
    assert "note: jaren.xlsx: hidden sheet(s) not read: 2025." in out
    assert stored(db_path) == [{"worksite": "2.1.4", "title": "Dit jaar", "status": "in_progress", "progress": 30,
                                "due_date": "2026-12-31", "notes": "ok"}]


def test_several_data_sheets_need_a_choice(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Toelichting"
    workbook.active.append(["Vul het blad van uw organisatie in."])
    for name, title in (("Actiris", "Van Actiris"), ("VDAB", "Van VDAB")):
        sheet = workbook.create_sheet(name)
        sheet.append(HEADER_NL)
        sheet.append(["2.1.1", title, "Open", 10, None, None])
    path = tmp_path / "twee.xlsx"
    workbook.save(path)
    message = refused(capsys, db_path, path)
    assert message.strip() == ("g4b: twee.xlsx: the workbook has several sheets (Toelichting, Actiris, VDAB); "
                               "choose the one to import (--sheet NAME on the command line).")
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path), "--sheet", "VDAB")
    assert code == 0, err
    assert [r["title"] for r in stored(db_path)] == ["Van VDAB"]
    assert "sheet 'VDAB'" in out
    assert "there is no sheet 'Vdab2'" in refused(capsys, db_path, path, "--sheet", "Vdab2")


def test_a_merged_two_row_header_is_combined_and_nothing_is_dropped(tmp_path, db_path, capsys):
    """As Excel users build them: Beleidswerf and Engagement merged over two rows, 'Opvolging' merged over the
    three columns under it, an internal column nobody maps."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Opvolging", None, None, "Intern"])
    sheet.append([None, None, "Status", "Vooruitgang", "Deadline", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:E1")
    sheet.merge_cells("F1:F2")
    sheet.append(["2.1.1", "Informatiecampagne", "In uitvoering", 40, datetime(2027, 3, 31), "niet doorgeven"])
    path = tmp_path / "twee-rijen.xlsx"
    workbook.save(path)
    out = dry_run_then_import(capsys, db_path, path)
    assert "note: twee-rijen.xlsx: sheet 'Sheet', header on rows 1 and 2 (combined per column)." in out
    assert "note: twee-rijen.xlsx: column(s) not imported (they match no field): F (Intern)." in out
    assert stored(db_path) == [{"worksite": "2.1.1", "title": "Informatiecampagne", "status": "in_progress",
                                "progress": 40, "due_date": "2027-03-31", "notes": None}]


# ---- CSV as people save it -----------------------------------------------------------------------

def test_a_semicolon_csv_whose_texts_hold_commas(tmp_path, db_path, capsys):
    path = tmp_path / "puntkomma.csv"
    path.write_bytes("\ufeffBeleidswerf;Engagement;Status;Opmerkingen\r\n"
                     "2.1.1;Stages, opleidingen, en coaching;In uitvoering;Loopt, traag, maar loopt\r\n"
                     "2.1.4;\"Jobs; ook voor 55+\";Open;a, b, c, d, e, f\r\n".encode("utf-8"))
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [(r["title"], r["notes"]) for r in stored(db_path)] == [
        ("Stages, opleidingen, en coaching", "Loopt, traag, maar loopt"), ("Jobs; ook voor 55+", "a, b, c, d, e, f")]


def test_french_and_dutch_thousands_in_a_csv(tmp_path, db_path, capsys):
    store = Store.open(db_path, author="test")
    codes = [r["code"] for r in store.rows("SELECT code FROM indicator ORDER BY code LIMIT 4")]
    store.close()
    path = tmp_path / "chiffres.csv"
    # "1 000" with a space, "1.000,5" (Dutch), a French U+202F and a U+00A0 as LibreOffice and Excel put them
    path.write_text("Indicateur;Année;Valeur\n"
                    f"{codes[0]};2020;1 000\n{codes[1]};2020;1.000,5\n{codes[2]};2020;2\u202f500,25\n"
                    f"{codes[3]};2020;3\u00a0000\n", encoding="utf-8")
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    store = Store.open(db_path, author="test", readonly=True)
    values = {r["code"]: r["value"] for r in store.rows(
        "SELECT i.code, v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE v.year = 2020")}
    store.close()
    assert values == {codes[0]: 1000, codes[1]: 1000.5, codes[2]: 2500.25, codes[3]: 3000}


def test_a_latin1_csv_with_a_byte_cp1252_does_not_know(tmp_path, db_path, capsys):
    path = tmp_path / "latin.csv"
    path.write_bytes("Beleidswerf;Engagement;Opmerkingen\n2.1.1;Économie sociale;voir \x81 note\n".encode("latin-1"))
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert stored(db_path)[0]["title"] == "Économie sociale"


# ---- the formats partners use ---------------------------------------------------------------------

def test_an_ods_written_like_libreoffice(tmp_path, db_path, capsys):
    """A hidden first sheet, a group heading spanning two columns (LibreOffice's covered cells, no merge
    information for the reader), a percentage cell, a date cell and repeated empty cells, as LibreOffice
    saves them."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    hidden = Style(name="ta2", family="table")
    hidden.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(hidden)

    def row(table, *cells):
        element = TableRow()
        for cell in cells:
            if cell is None:
                element.addElement(TableCell())
            elif cell == "covered":
                element.addElement(CoveredTableCell())
            elif isinstance(cell, tuple) and cell[0] == "span":
                made = TableCell(valuetype="string", numbercolumnsspanned=cell[2])
                made.addElement(P(text=cell[1]))
                element.addElement(made)
            elif isinstance(cell, float):
                made = TableCell(valuetype="percentage", value=cell)
                made.addElement(P(text=f"{cell:.0%}"))
                element.addElement(made)
            elif isinstance(cell, date):
                made = TableCell(valuetype="date", datevalue=cell.isoformat())
                made.addElement(P(text=cell.strftime("%d/%m/%Y")))
                element.addElement(made)
            else:
                made = TableCell(valuetype="string")
                made.addElement(P(text=cell))
                element.addElement(made)
        element.addElement(TableCell(numbercolumnsrepeated=1017))
        table.addElement(element)

    old = Table(name="Archief", stylename=hidden)
    row(old, "Chantier", "Engagement")
    row(old, "1.2.1", "Ancien")
    document.spreadsheet.addElement(old)
    table = Table(name="Suivi 2026")
    row(table, "Chantier", "Engagement", ("span", "Suivi", 2), "covered", "Échéance")
    row(table, None, None, "État", "Avancement", None)
    row(table, "1.2.1", "Évaluer le SBA", "En cours", 0.45, date(2026, 12, 31))
    row(table, "1.2.2", "Stratégie e-commerce", "Réalisé", 1.0, date(2026, 6, 30))
    rest = TableRow(numberrowsrepeated=1048570)   # LibreOffice's empty rows down to the end of the grid
    rest.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(rest)
    document.spreadsheet.addElement(table)
    path = tmp_path / "suivi.ods"
    document.save(str(path))
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [(r["worksite"], r["title"], r["status"], r["progress"], r["due_date"]) for r in stored(db_path)] == [
        ("1.2.1", "Évaluer le SBA", "in_progress", 45, "2026-12-31"),
        ("1.2.2", "Stratégie e-commerce", "realised", 100, "2026-06-30")]
    assert "hidden sheet(s) not read: Archief" in out


def test_an_xls_written_like_excel_97(tmp_path, db_path, capsys):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Opvolging")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for column, text in enumerate(HEADER_NL):
        sheet.write(0, column, text)
    sheet.write(1, 0, "2.1.1")
    sheet.write(1, 1, "Jongerengarantie – campagne")
    sheet.write(1, 2, "In uitvoering")
    sheet.write(1, 3, 60)
    sheet.write(1, 4, datetime(2026, 12, 31), dates)
    sheet.write(1, 5, "Loopt")
    path = tmp_path / "oud-formaat.xls"
    book.save(str(path))
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert stored(db_path) == [{"worksite": "2.1.1", "title": "Jongerengarantie – campagne", "status": "in_progress",
                                "progress": 60, "due_date": "2026-12-31", "notes": "Loopt"}]


def test_an_xlsm_is_read_for_its_values_only(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER_NL)
    workbook.active.append(["2.1.1", "Met macro's", "Open", 5, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro code that is never run")
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [r["title"] for r in stored(db_path)] == ["Met macro's"]


def test_strict_open_xml_is_read(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER_NL)
    workbook.active.append(["2.1.4", "Strikt", "Open", 5, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            content = content.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                      b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            content = content.replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                      b"http://purl.oclc.org/ooxml/officeDocument/relationships")
            target.writestr(info.filename, content)
    assert b"purl.oclc.org" in zipfile.ZipFile(path).read("xl/workbook.xml")
    code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0, err
    assert [r["title"] for r in stored(db_path)] == ["Strikt"]


# ---- clear refusals ---------------------------------------------------------------------------------

def test_a_password_protected_workbook(tmp_path, db_path, capsys):
    from msoffcrypto.format.ooxml import OOXMLFile

    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER_NL)
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    path = tmp_path / "geheim.xlsx"
    with open(plain, "rb") as source, open(path, "wb") as target:
        OOXMLFile(source).encrypt("Go4Brussels", target)
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    assert refused(capsys, db_path, path).strip() == (
        "g4b: geheim.xlsx: the workbook is protected by a password; open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and import it again.")


def test_excels_lock_file(tmp_path, db_path, capsys):
    path = tmp_path / "~$opvolging.xlsx"
    path.write_bytes(b"\x0bJan Peeters" + b"\x20" * 43 + b"\x0b\x00J\x00a\x00n" + b"\x00" * 100)
    assert refused(capsys, db_path, path).strip() == (
        "g4b: ~$opvolging.xlsx: this is Excel's lock file (Excel writes it while the workbook is open); "
        "choose the workbook itself.")


@pytest.mark.parametrize("content", [b"PK\x03\x04 cut short", b"just text, not a workbook", b""])
def test_a_damaged_or_false_workbook(tmp_path, db_path, capsys, content):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(content)
    assert refused(capsys, db_path, path).strip() == (
        "g4b: kapot.xlsx: the file cannot be read; it is damaged or is not a spreadsheet.")


@pytest.mark.parametrize("lang, expected", [
    ("fr", "~$suivi.xlsx : c'est le fichier de verrouillage d'Excel (Excel l'écrit tant que le classeur est ouvert) ; "
           "choisissez le classeur lui-même."),
    ("nl", "~$suivi.xlsx: dit is het vergrendelingsbestand van Excel (Excel schrijft het zolang de werkmap open is); "
           "kies de werkmap zelf.")])
def test_the_refusals_are_in_the_users_language(tmp_path, lang, expected):
    from g4b_desktop.exchange import reading
    from g4b_desktop.texts import message

    path = tmp_path / "~$suivi.xlsx"
    path.write_bytes(b"\x00" * 165)
    with pytest.raises(reading.UnreadableFile) as caught:
        reading.read(path)
    assert message(caught.value, lang) == expected
    damaged = tmp_path / "kapot.ods"
    damaged.write_bytes(b"PK\x03\x04")
    with pytest.raises(reading.UnreadableFile) as caught:
        reading.read(damaged)
    assert message(caught.value, lang).startswith("kapot.ods")
    assert message(caught.value, lang) != str(caught.value)   # translated, not the English sentence


def test_at_most_20_errors_are_listed_and_lines_are_never_broken(tmp_path, db_path, capsys):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Status"])
    for n in range(50):
        sheet.append(["2.1.1", f"Fout {n}", "Mis\nschien"])
    path = tmp_path / "veel-fouten.xlsx"
    workbook.save(path)
    for dry in (["--dry-run"], []):
        code, out, err = g4b(capsys, "import", str(path), "--db", str(db_path), *dry)
        assert code == 1
        errors = err.splitlines()
        assert len(errors) == 22   # 20 rows, "… and 30 more errors.", the refusal
        assert errors[0].startswith("error: veel-fouten.xlsx, row 2, column C (Status): 'Mis schien' is not a known "
                                    "status (")
        assert errors[20] == "error: … and 30 more errors."
        assert errors[-1] == "veel-fouten.xlsx: no row can be imported; nothing was changed."


def test_an_ods_whose_repeated_cells_would_expand_to_a_billion_is_refused(tmp_path, db_path, capsys):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Bom")
    header = TableRow()
    for text in ("Chantier", "Engagement"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=text))
        header.addElement(cell)
    table.addElement(header)
    bomb = TableRow(numberrowsrepeated=1_000_000)
    bomb.addElement(TableCell(valuetype="float", value=1, numbercolumnsrepeated=1000))
    table.addElement(bomb)
    document.spreadsheet.addElement(table)
    path = tmp_path / "bom.ods"
    document.save(str(path))
    assert path.stat().st_size < 20_000
    assert refused(capsys, db_path, path).strip() == (
        "g4b: bom.ods: the sheets' repeated cells expand to 1,000,000,002 cells; the file is refused as unsafe.")


def test_a_first_data_row_holding_a_header_word_is_not_taken_for_a_second_header_row(tmp_path, db_path, capsys):
    path = tmp_path / "gewoon.csv"
    path.write_text("Beleidswerf;Engagement;;Status\n2.1.1;Stages uitbreiden;Opmerkingen;In uitvoering\n",
                    encoding="utf-8")
    out = dry_run_then_import(capsys, db_path, path)
    assert "header on row 1." in out
    assert [(r["title"], r["status"]) for r in stored(db_path)] == [("Stages uitbreiden", "in_progress")]
