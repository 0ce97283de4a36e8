"""Hostile and broken files are refused or neutralised, and the database stays exactly as it was."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import openpyxl.xml
import pytest
from exchange_helpers import checksum, rewrite_member

from g4b_desktop import cli
from g4b_desktop.exchange import partner_import, reading
from g4b_desktop.exchange.reading import UnreadableFile

HEADER = ["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"]


def workbook_bytes(rows) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()




def refused(path, db_path, capsys, words: str) -> None:
    before = checksum(db_path)
    assert cli.main(["import", str(path), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert path.name in err and words in err, err
    assert "Traceback" not in err
    assert checksum(db_path) == before


def test_defusedxml_is_in_use():
    assert openpyxl.xml.DEFUSEDXML is True


def test_billion_laughs_is_refused(tmp_path, db_path, capsys):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                       for i in range(1, 10))
            + b"]>")

    def poison(content: bytes) -> bytes:
        body = content.split(b"?>", 1)[-1]
        return bomb + body.replace(b"<t>2.1.1</t>", b"<t>&lol9;</t>")

    data = rewrite_member(workbook_bytes([HEADER, ["2.1.1", "x", "Open", 1, None, None]]),
                          "xl/worksheets/sheet1.xml", poison)
    path = tmp_path / "lol.xlsx"
    path.write_bytes(data)
    refused(path, db_path, capsys, "entities")

    # the declaration hidden behind 8 KB of comment: defusedxml itself refuses it while parsing
    def hide(content: bytes) -> bytes:
        return b"<!--" + b"x" * 8192 + b"-->" + poison(content).replace(b'<?xml version="1.0"?>', b"")

    hidden = tmp_path / "lol-hidden.xlsx"
    hidden.write_bytes(rewrite_member(workbook_bytes([HEADER, ["2.1.1", "x", "Open", 1, None, None]]),
                                      "xl/worksheets/sheet1.xml", hide))
    refused(hidden, db_path, capsys, "declares XML entities")


def test_zip_bomb_is_refused_before_parsing(tmp_path, db_path, capsys):
    data = workbook_bytes([HEADER])

    def inflate(content: bytes) -> bytes:
        return content.replace(b"<sheetData>", b"<sheetData>" + b" " * 30_000_000)

    path = tmp_path / "bomb.xlsx"
    path.write_bytes(rewrite_member(data, "xl/worksheets/sheet1.xml", inflate))
    assert path.stat().st_size < 200_000
    refused(path, db_path, capsys, "unsafe")


def test_a_huge_declared_dimension_is_checked_against_the_real_cells(tmp_path, db_path, capsys):
    """Gnumeric declares the whole grid (A1:IV65536, or Excel's A1:XFD1048576) for two rows of data: the
    declaration is not trusted either way, the real cells are measured, and the file imports."""
    data = workbook_bytes([HEADER, ["2.1.1", "Groot", "Open", 1, None, None]])

    def declare(content: bytes) -> bytes:
        start = content.index(b"<dimension")
        end = content.index(b"/>", start) + 2
        return content[:start] + b'<dimension ref="A1:XFD1048576"/>' + content[end:]

    path = tmp_path / "wide.xlsx"
    path.write_bytes(rewrite_member(data, "xl/worksheets/sheet1.xml", declare))
    assert cli.main(["import", str(path), "--db", str(db_path)]) == 0
    assert "1 new" in capsys.readouterr().out


def test_corrupt_zip_is_refused(tmp_path, db_path, capsys):
    data = workbook_bytes([HEADER, ["2.1.1", "Kapot", "Open", 1, None, None]])
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, db_path, capsys, "damaged")


def test_wrong_encoding_is_refused(tmp_path, db_path, capsys):
    path = tmp_path / "utf16.csv"
    path.write_bytes("Organisation;Personne de contact\nhub.brussels;Élise\n".encode("utf-16-le"))
    refused(path, db_path, capsys, "encoding")
    garbage = tmp_path / "binary.csv"
    garbage.write_bytes(bytes(range(256)) * 4)
    refused(garbage, db_path, capsys, "encoding")


@pytest.mark.parametrize("name, words", [("binair.xlsb", ".xlsb files are not read"), ("tekst.pdf", ".ods and .csv")])
def test_other_formats_are_refused(tmp_path, db_path, capsys, name, words):
    path = tmp_path / name
    path.write_bytes(workbook_bytes([HEADER]))
    refused(path, db_path, capsys, words)


def test_rows_all_wrong_are_refused(tmp_path, db_path, capsys):
    path = tmp_path / "fout.xlsx"
    path.write_bytes(workbook_bytes([HEADER, ["9.9.9", "Bestaat niet", "Open", 1, None, None],
                                     ["2.1.1", "Slechte status", "Misschien", 1, None, None]]))
    before = checksum(db_path)
    assert cli.main(["import", str(path), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "fout.xlsx, row 2, column A (Beleidswerf): there is no worksite 9.9.9." in err
    assert "fout.xlsx, row 3, column C (Status): 'Misschien' is not a known status" in err
    assert checksum(db_path) == before


def test_formula_and_error_text_are_kept_as_text(tmp_path, store):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    rows = [("Formule", "=1+1"), ("Hyperlink", '=HYPERLINK("http://evil.example","klik")'),
            ("Plus", "+32 2 000"), ("Min", "-- zie nota"), ("At", "@SUM(A1)"), ("Fout", "#N/A")]
    for title, note in rows:
        sheet.append(["2.1.1", title, "In uitvoering", 10, None, note])
    sheet["F2"].value = "=1+1"  # a real formula cell (openpyxl writes it as <f>)
    path = tmp_path / "formules.xlsx"
    workbook.save(path)
    assert zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").count(b"<f>") == 2
    result, _ = partner_import.apply(store, partner_import.load(store, path))
    stored = {r["title"]: r["notes"] for r in store.rows("SELECT title, notes FROM commitment")}
    assert stored == dict(rows)
    assert any("formula" in n for n in result.notes)


def test_control_characters_in_import_are_removed_and_reported(tmp_path, store):
    path = tmp_path / "controle.csv"
    path.write_text("Beleidswerf;Engagement;Opmerkingen\n2.1.1;Bel\x07letje;ok\n", encoding="utf-8")
    result, _ = partner_import.apply(store, partner_import.load(store, path))
    assert store.scalar("SELECT title FROM commitment") == "Belletje"
    assert any("control characters" in n for r in result.rows for n in r.notes)


def test_reading_limits_are_checked_without_openpyxl(tmp_path):
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip archive
    with pytest.raises(UnreadableFile, match="not an Excel or LibreOffice workbook"):
        reading.read(path)
