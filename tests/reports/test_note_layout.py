"""The progress note's layout (issue 18): widths from the content, no orphan rows, grouped commitments."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from reportlab.platypus import Spacer

from g4b_desktop.db import commitments
from g4b_desktop.reports import base, progress_note
from g4b_desktop.reports.note_data import NoteData

from test_progress_note import render

FRAME_HEIGHT = base.PAGE_HEIGHT - base.MARGIN_TOP - base.MARGIN_BOTTOM


def pages_of(story: list) -> list[str]:
    buffer = io.BytesIO()
    base.NoteDocument(buffer, lang="nl", title="Test").build_story(story)
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages]


def rows_table(count: int):
    return base.table(["Code", "Titel"], [[f"R{n:02d}", f"Rij nummer {n}"] for n in range(count)], [1, 5])


def row_counts(pages: list[str]) -> list[int]:
    return [text.count("Rij nummer") for text in pages]


def test_a_table_never_leaves_fewer_than_three_rows_on_a_page():
    # room for about one row at the bottom of the first page: the table starts on the next page
    counts = row_counts(pages_of([Spacer(1, FRAME_HEIGHT - 40), rows_table(12)]))
    assert counts == [0, 12]
    # a table that would end with one or two rows on the last page gives it three
    row = rows_table(1).wrap(base.FRAME_WIDTH, FRAME_HEIGHT)[1] - rows_table(0).wrap(base.FRAME_WIDTH, FRAME_HEIGHT)[1]
    for leftover in (1, 2):
        fitting = int((FRAME_HEIGHT - 30) / row)
        counts = row_counts(pages_of([Spacer(1, 30), rows_table(fitting + leftover)]))
        assert len(counts) == 2 and counts[1] >= base.MIN_ROWS and sum(counts) == fitting + leftover


def test_a_heading_goes_with_the_start_of_its_table_not_the_whole_table():
    heading = base.para("Lijst van de engagementen", "h2")
    # half a page left and a table of a page: heading and first rows stay here, the rest follows
    pages = pages_of([Spacer(1, FRAME_HEIGHT / 2), heading, rows_table(40)])
    assert "Lijst van de engagementen" in pages[0] and row_counts(pages)[0] >= base.MIN_ROWS
    # a few lines left: the heading does not stay alone at the bottom
    pages = pages_of([Spacer(1, FRAME_HEIGHT - 45), base.para("Lijst van de engagementen", "h2"), rows_table(40)])
    assert "Lijst" not in pages[0] and pages[1].index("Lijst") < pages[1].index("Rij nummer 0")


def test_titles_wrap_to_at_most_three_lines_and_numbers_get_only_their_width(note_store):
    data = NoteData(note_store, "1.1", None, "fr", dt.date(2026, 12, 7))
    rows = data.worksites[data.objectives[0]["id"]]
    rows[0]["title"] = "Un titre de chantier très long " * 12
    result = progress_note._worksite_table(rows, "fr")
    widths = result._colWidths
    assert widths[1] > 0.5 * base.FRAME_WIDTH  # the title has most of the width, the counts what they need
    assert all(w < 40 for w in widths[2:])
    title = result._cellvalues[1][1]
    assert title.count("\n") == 2 and title.endswith(" …")


def test_commitments_grouped_under_their_worksite_overdue_marked(note_store):
    first = note_store.rows("SELECT c.id, c.code, w.code AS worksite FROM commitment c JOIN worksite w "
                            "ON w.id = c.worksite_id WHERE w.code LIKE '1.1.%' ORDER BY w.position, c.position")
    commitments.update(note_store, first[0]["id"], {"status": "in_progress", "due_date": "2026-06-30"})
    commitments.update(note_store, first[1]["id"], {"status": "realised", "due_date": "2026-06-30"})
    reader = render(note_store, objective_code="1.1", lang="nl", today=dt.date(2026, 12, 7))
    text = "\n".join(page.extract_text() for page in reader.pages)
    listing = text[text.index("Lijst van de engagementen"):]
    lines = listing.splitlines()
    group = next(i for i, line in enumerate(lines) if line.startswith(f"Beleidswerf {first[0]['worksite']} "))
    row = next(i for i, line in enumerate(lines) if line.startswith(first[0]["code"]))
    assert group < row
    def cells(code: str) -> str:  # pypdf gives a row's cells one per line, up to the next row's code
        start = next(i for i, line in enumerate(lines) if line.startswith(code))
        end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(("1.1.", "Beleidswerf")))
        return " ".join(lines[start:end])

    assert f"In uitvoering 100% 30/06/2026 {base.MARK}" in cells(first[0]["code"])  # open and past its due date
    assert "30/06/2026" in cells(first[1]["code"]) and base.MARK not in cells(first[1]["code"])  # realised
    assert f"{base.MARK} te laat: de deadline is voorbij" in listing
    first_page = reader.pages[0].extract_text()
    assert "Beleidswerven" in first_page and "Te laat" in first_page  # the summary table, on the first page


def test_key_figures_drop_empty_columns(note_store):
    figure = note_store.rows("SELECT id, code FROM indicator ORDER BY position LIMIT 1")[0]
    key_figures = lambda: [page.extract_text() for page in render(note_store, lang="nl").pages
                           if "Kerncijfers" in page.extract_text()][-1]
    text = key_figures()
    assert "Doel" not in text  # no target anywhere: no target column
    with note_store.action("Target 2030") as act:
        act.insert("indicator_value", {"indicator_id": figure["id"], "year": 2030, "value": None, "target": 12.5})
    text = key_figures()
    header = text[text.index("Code"):text.index(figure["code"])]  # the header row, up to the first row
    assert "Doel" in header and "2030" not in header  # a year with only a target is no column of empty cells
    assert "12,5 (2030)" in text
