"""The workbook reader (python-calamine behind our own checks): every kind of cell value, workbooks
written in odd ways, limits, and a row of millions of cells read in bounded time and memory."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import date, datetime, time

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from exchange_helpers import REPO, SAMPLES, rewrite_member
from g4b_desktop.exchange import reading
from g4b_desktop.exchange.reading import MAX_COLUMNS, UnreadableFile


def rewrite(path, member: str, change) -> None:
    path.write_bytes(rewrite_member(path.read_bytes(), member, change))


def test_every_kind_of_value(tmp_path):
    """Shared strings, numbers, percent cells (their stored fraction: the column decides), dates, times,
    booleans, error values, formulas without a calculated value (their text), gaps, a title row, long rows
    cut at MAX_COLUMNS."""
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
    sheet["E4"].number_format = "dd/mm/yyyy"
    sheet["A10"] = "after a gap"
    sheet.cell(row=11, column=MAX_COLUMNS + 5, value="past the limit")
    sheet.cell(row=11, column=1, value="wide")
    path = tmp_path / "kinds.xlsx"
    workbook.save(path)
    read = reading.read(path)
    assert read.name == "Opvolging 2026"
    assert read.rows == [
        (1, ["Partner – opvolging"]),
        (3, ["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"]),
        (4, ["2.1.1", "Évaluer « le » SBA", "En cours", 0.455, date(2026, 12, 31), "=> à discuter"]),
        (5, ["2.1.4", "Stages", "Gerealiseerd", 1, date(2026, 6, 30), None, None, "far"]),
        (6, ["2.2.4", 42, "TRUE", "FALSE", "13:30:00", "#N/A", 3.25, -7, 10**15]),
        (7, [None, None, "=SUM(D4:D5)", "=1+1", "text"]),
        (10, ["after a gap"]),
        (11, ["wide"]),
    ]
    assert any("cells after column 200 were not read" in note for note in read.notes)
    assert any("3 formula cell(s)" in note for note in read.notes), read.notes  # "=> à discuter" is one too


def test_write_only_inline_strings_1904_dates_and_a_long_row(tmp_path):
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
    read = reading.read(path)
    assert read.epoch.year == 1904
    assert read.rows[1] == (2, ["1.2.0", "Engagement n° 0 – ‘test’ &amp; <b>", date(2027, 1, 28), 0, None,
                                "  espaces  "])
    assert read.rows[50][1][:4] == ["1.2.4", "Engagement n° 49 – ‘test’ &amp; <b>", date(2027, 2, 28), 73.5]
    assert len(read.rows[-1][1]) == MAX_COLUMNS


def test_rich_text_shared_formulas_array_formulas_and_odd_xml(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Beleidswerf", "Engagement", "Vooruitgang"])
    sheet.append(["2.1.1", CellRichText(["Stages ", TextBlock(InlineFont(b=True), "uitbreiden")]), 5])
    sheet.append(["2.1.2", "tweede", 6])
    sheet.append(["2.1.3", "derde", 7])
    path = tmp_path / "odd.xlsx"
    workbook.save(path)

    def change(xml: bytes) -> bytes:
        text = xml.decode()
        # a shared formula over D2:D4 with calculated values, an array formula, an inline rich string with a
        # phonetic run, a cached string, an error value, a boolean
        text = text.replace('<c r="C2" t="n"><v>5</v></c>',
                            '<c r="C2"><v>5</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">C2*2</f><v>10</v></c>')
        text = text.replace('<c r="C3" t="n"><v>6</v></c>',
                            '<c r="C3"><v>6</v></c><c r="D3"><f t="shared" si="0"/><v>12</v></c>'
                            '<c r="E3"><f t="array" ref="E3">SUM(C2:C3*2)</f><v>22</v></c>')
        text = text.replace('<c r="C4" t="n"><v>7</v></c>',
                            '<c r="C4"><v>7</v></c>'
                            '<c r="E4" t="inlineStr"><is><r><t xml:space="preserve">rich </t></r><r><rPr><b/></rPr><t>text</t></r>'
                            '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>'
                            '<c r="F4" t="inlineStr"><is><t xml:space="preserve"> plain </t></is></c>'
                            '<c r="G4" t="str"><f>"cached"&amp;" text"</f><v>cached text</v></c>'
                            '<c r="H4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="I4" t="b"><v>1</v></c>')
        return text.encode()

    rewrite(path, "xl/worksheets/sheet1.xml", change)
    read = reading.read(path)
    assert read.rows[1] == (2, ["2.1.1", "Stages uitbreiden", 5, 10])
    assert read.rows[2] == (3, ["2.1.2", "tweede", 6, 12, 22])
    assert read.rows[3][1][4:9] == ["rich text", " plain ", "cached text", "#DIV/0!", "TRUE"]


def test_the_samples_are_read_with_their_sheet_and_cells():
    actiris = reading.read(SAMPLES / "actiris-opvolging-2026.nl.xlsx")
    assert actiris.name == "Opvolging 2026" and actiris.merged == [((0, 0), (0, 5))]
    assert actiris.rows[3] == (5, ["2.1.1", "Informatiecampagne Jongerengarantie in de 19 gemeenten", "In uitvoering",
                                   60, date(2026, 12, 31), "Campagne loopt, 12 gemeenten bereikt"])
    hub = reading.read(SAMPLES / "hub-suivi-2026.fr.xlsx")
    assert hub.rows[3] == (4, ["1.2.3", "Plan industriel réorienté", "Non entamé", "0 %", "2027-06-30",
                               "=> à discuter au comité"])


def test_a_document_type_deep_in_a_sheet_is_refused(tmp_path):
    """Every piece of a sheet is searched for declarations, not only its first kilobytes."""
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


def one_huge_row(path, cells: int) -> None:
    """A workbook whose third row holds `cells` cells without references (as a generator writes them)."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Beleidswerf", "Engagement", "Status"])
    workbook.active.append(["2.1.1", "Breed", "Open"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                row = b'<row r="3">' + b"".join(b"<c><v>%d</v></c>" % (n * 7919 % 100003) for n in range(cells))
                content = re.sub(rb"<dimension [^>]*>", b"", content).replace(b"</sheetData>",
                                                                              row + b"</row></sheetData>")
            target.writestr(info.filename, content)


# peak memory of the reading process: the kernel's high-water mark of this process image (getrusage's
# ru_maxrss survives exec on Linux, so a child started from a large pytest process would report the parent's)
MEASURE = """
import json, resource, sys, time
from g4b_desktop.exchange import reading

def peak_mb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

started = time.perf_counter()
sheet = reading.read(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - started, "rows": [len(v) for _, v in sheet.rows],
                  "peak_mb": peak_mb()}))
"""


def test_one_huge_row_is_read_in_bounded_memory(tmp_path):
    """A row of 2 million cells (30 MB of XML in a 6 MB file): the cells past column 200 are skipped while
    streaming; the whole read, in a fresh process, peaks well under 200 MB (the issue's 9.6 MB file took
    1.26 GB before; benchmarks/run.py --huge-row measures that one)."""
    path = tmp_path / "breed.xlsx"
    one_huge_row(path, 2_000_000)
    assert path.stat().st_size > 4_000_000
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["rows"] == [3, 3, MAX_COLUMNS]
    assert found["peak_mb"] < 200, found
    assert found["seconds"] < 20, found
