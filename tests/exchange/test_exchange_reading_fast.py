"""The sheet reader (expat, #9) gives exactly the rows openpyxl's read-only sheet gave before it.

The oracle below is the reading the program used until #9 (openpyxl `load_workbook(read_only=True)`
and its cells); each workbook here is read both ways and the rows must be equal, type for type.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from g4b_desktop.exchange import reading
from g4b_desktop.exchange.reading import MAX_COLUMNS, MAX_ROWS, UnreadableFile, cell_text


def oracle(path) -> tuple[list, list[str], str]:
    """(rows, notes, sheet name) as the openpyxl cell-by-cell reading gave them."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    worksheet = workbook.worksheets[0]
    rows, formulas = [], 0
    worksheet.reset_dimensions()
    for cells in worksheet.iter_rows(min_row=1, max_row=MAX_ROWS):
        cells = cells[:MAX_COLUMNS]
        values, number = [], None
        for cell in cells:
            if getattr(cell, "row", None) is not None:
                number = cell.row
            value = cell.value
            if getattr(cell, "data_type", None) == "f":
                formulas += 1
                value = cell_text(value)
                if not isinstance(value, str):
                    value = str(value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and "%" in (getattr(cell, "number_format", None) or ""):
                value = round(value * 100, 10)
            values.append(cell_text(value))
        while values and values[-1] in (None, ""):
            values.pop()
        if values and number is not None:
            rows.append((number, values))
    title = worksheet.title
    workbook.close()
    return rows, formulas, title


def same_as_oracle(path) -> reading.Sheet:
    sheet = reading.read(path)
    rows, formulas, title = oracle(path)
    assert sheet.name == title
    assert [(n, [(type(v), v) for v in values]) for n, values in sheet.rows] == \
           [(n, [(type(v), v) for v in values]) for n, values in rows]
    assert bool(sheet.notes) == bool(formulas)
    if formulas:
        assert f"{formulas} formula cell(s)" in str(sheet.notes[0])
    return sheet


def rewrite(path, member: str, change) -> None:
    data = path.read_bytes()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                content = change(content)
            target.writestr(info.filename, content)
    path.write_bytes(out.getvalue())


def test_every_kind_of_value_reads_as_before(tmp_path):
    """Shared strings (normal mode), numbers, percents, dates, times, booleans, errors, formulas,
    gaps, a title row, long rows cut at MAX_COLUMNS, accents and control-free unicode."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Opvolging 2026"
    sheet.append(["Partner – opvolging"])
    sheet.append([])
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"])
    sheet.append(["2.1.1", "Évaluer « le » SBA", "En cours", 0.455, datetime(2026, 12, 31), "=> à discuter"])
    sheet.append(["2.1.4", "Stages", "Gerealiseerd", 1, date(2026, 6, 30), None, None, "far"])
    sheet.append(["2.2.4", 42, True, False, time(13, 30), "#N/A", 3.25, -7, 10**15])
    sheet.append([None, None, "=SUM(D4:D5)", "=1+1", "text"])
    sheet["D4"].number_format = "0.0%"
    sheet["D5"].number_format = "0%"
    sheet["G6"].number_format = "0.00%"
    sheet["E4"].number_format = "dd/mm/yyyy"
    sheet["A10"] = "after a gap"
    sheet["C10"] = 1.5
    sheet["C10"].number_format = "[h]:mm"
    sheet["B11"] = "#DIV/0!"
    sheet["B11"].data_type = "e"
    path = tmp_path / "kinds.xlsx"
    workbook.save(path)
    read = same_as_oracle(path)
    assert read.rows[2][1][3] == 45.5 and read.rows[3][1][3] == 100
    assert read.rows[3][1][4] == datetime(2026, 6, 30)
    assert read.rows[4][1][2:4] == ["TRUE", "FALSE"]
    assert read.rows[5][1][2:4] == ["=SUM(D4:D5)", "=1+1"]


def test_write_only_inline_strings_and_1904_dates_read_as_before(tmp_path):
    workbook = openpyxl.Workbook(write_only=True)
    workbook.epoch = openpyxl.utils.datetime.MAC_EPOCH
    sheet = workbook.create_sheet("Suivi")
    sheet.append(["Chantier", "Engagement", "Échéance", "Avancement"])
    for n in range(50):
        sheet.append([f"1.2.{n % 5}", f"Engagement n° {n} – ‘test’ &amp; <b>", datetime(2027, 1 + n % 12, 28),
                      n * 1.5, None if n % 3 else "", "  espaces  "])
    sheet.append(["x"] * (MAX_COLUMNS + 15))   # write-only files declare no size: cut while reading
    path = tmp_path / "inline.xlsx"
    workbook.save(path)
    assert b"inlineStr" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    read = same_as_oracle(path)
    assert read.epoch.year == 1904 and read.rows[1][1][1] == "Engagement n° 0 – ‘test’ &amp; <b>"
    assert len(read.rows[-1][1]) == MAX_COLUMNS


def test_rich_text_shared_formulas_array_formulas_and_odd_xml_read_as_before(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Vooruitgang"])
    sheet.append(["2.1.1", CellRichText(["Stages ", TextBlock(InlineFont(b=True), "uitbreiden")]), 5])
    sheet.append(["2.1.2", "tweede", 6])
    sheet.append(["2.1.3", "derde", 7])
    sheet.append(["2.1.4", "vierde", 8])
    path = tmp_path / "odd.xlsx"
    workbook.save(path)

    def change(xml: bytes) -> bytes:
        text = xml.decode()
        # a shared formula over D2:D4, an array formula, an inline rich string with a phonetic run,
        # a cell without a reference, and a row written twice (openpyxl keeps the first)
        text = text.replace('<c r="C2" t="n"><v>5</v></c>',
                            '<c r="C2"><v>5</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">C2*2</f><v>10</v></c>')
        text = text.replace('<c r="C3" t="n"><v>6</v></c>',
                            '<c r="C3"><v>6</v></c><c r="D3"><f t="shared" si="0"/><v>12</v></c>'
                            '<c><f t="array" ref="E3">SUM(C2:C3*2)</f><v>22</v></c>')
        text = text.replace('<c r="C4" t="n"><v>7</v></c>',
                            '<c r="C4"><v>7</v></c><c r="D4"><f t="shared" si="0"/></c>'
                            '<c r="E4" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r>'
                            '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>'
                            '<c r="F4" t="inlineStr"><is><t xml:space="preserve"> plain </t></is></c>'
                            '<c r="G4" t="str"><v>cached text</v></c><c r="H4" t="e"><v>#REF!</v></c>'
                            '<c r="I4" t="b"><v>1</v></c><c r="J4" t="inlineStr"><is/></c><c r="K4"><v></v></c>')
        text = re.sub(r'(<row r="5".*?</row>)', r'\1<row r="5"><c r="A5" t="inlineStr"><is><t>again</t></is></c></row>',
                      text, flags=re.S)
        return text.encode()

    rewrite(path, "xl/worksheets/sheet1.xml", change)
    read = same_as_oracle(path)
    assert read.rows[2][1][3] == "=C3*2" and read.rows[3][1][3] == "=C4*2"
    assert read.rows[2][1][4] == "=SUM(C2:C3*2)"
    assert read.rows[3][1][4:7] == ["rich text", " plain ", "cached text"]
    assert [n for n, _ in read.rows] == [1, 2, 3, 4, 5]
    assert read.rows[1][1][1] == "Stages uitbreiden"


def test_the_samples_read_as_before():
    from exchange_helpers import SAMPLES

    for path in sorted(SAMPLES.glob("*.xlsx")):
        same_as_oracle(path)


def test_a_document_type_deep_in_a_sheet_is_refused(tmp_path):
    """check_zip looks at the first 4 KB of each part; the sheet reader refuses a DOCTYPE further on."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Beleidswerf", "Engagement"])
    path = tmp_path / "deep.xlsx"
    workbook.save(path)
    padding = b"<!--" + b" " * 8000 + b"-->"
    rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: padding + b'<!DOCTYPE worksheet [<!ENTITY e "boom">]>'
            + xml.replace(b">Engagement<", b">&e;<"))
    with pytest.raises(UnreadableFile) as refused:
        reading.read(path)
    assert "deep.xlsx" in str(refused.value) and "entities" in str(refused.value)


def test_rows_past_the_limit_are_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    workbook = openpyxl.Workbook(write_only=True)   # declares no size: the reader stops by itself
    sheet = workbook.create_sheet("long")
    for n in range(10):
        sheet.append([f"row {n + 1}"])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    assert [n for n, _ in reading.read(path).rows] == [1, 2, 3, 4, 5]
