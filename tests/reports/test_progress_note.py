"""The progress note PDF, read back with pypdf."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from g4b_desktop import cli
from g4b_desktop.reports import base
from g4b_desktop.reports.progress_note import Cancelled, render_progress_note

NASTY = '<b>AT&T</b> <img src="x.png"/> € ł'


def words(text: str) -> str:
    return " ".join(text.split())


def render(store, **kwargs) -> pypdf.PdfReader:
    buffer = io.BytesIO()
    render_progress_note(store, buffer, **kwargs)
    return pypdf.PdfReader(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("lang, contents, page_word", [("nl", "Inhoud", "pagina"), ("fr", "Table des matières", "page"),
                                                      ("en", "Contents", "page")])
def test_whole_strategy_has_every_objective(note_store, lang, contents, page_word):
    reader = render(note_store, lang=lang)
    pages = [page.extract_text() for page in reader.pages]
    text = words(" ".join(pages))
    # the objectives' titles in the note's language: French in French, the printed Dutch otherwise (#15)
    objectives = note_store.rows("SELECT code, CASE WHEN ? = 'fr' THEN title_fr ELSE title END AS title, "
                                 "title AS dutch FROM objective", [lang])
    assert len(objectives) == 17
    for objective in objectives:
        assert words(f"{objective['code']} {objective['title']}") in text, objective["code"]
        if lang == "fr":
            assert words(objective["dutch"]) not in text, objective["code"]
    # cover, then the table of contents
    assert base.t("progress_note", lang) in pages[0]
    assert contents in pages[1]
    total = len(pages)
    assert f"{page_word} 1 " in pages[0] and f" {total}" in pages[0]
    # every objective is in the outline, and the contents give the page its heading is on
    outline = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert len(outline) >= 17
    numbers = []
    for entry in outline:
        number = reader.get_destination_page_number(entry) + 1
        assert number > 2 and words(entry.title)[:30] in words(pages[number - 1]), entry.title
        numbers.append(number)
    assert numbers == sorted(numbers)
    # the contents (page 2) give each entry the page of its heading, on a line of its own
    contents_lines = pages[1].split(contents, 1)[1].splitlines()
    listed = [int(line) for line in contents_lines if line.strip().isdigit()]
    assert listed == numbers


def test_markup_in_user_text_prints_as_written(note_store):
    buffer = io.BytesIO()
    render_progress_note(note_store, buffer, objective_code="1.1", lang="fr")
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert NASTY in text
    assert "Een akkoord & een plan" in text
    for page in reader.pages:  # the <img> never became an image
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources or not any(
            obj.get_object().get("/Subtype") == "/Image" for obj in resources["/XObject"].get_object().values())
    assert b"x.png" not in buffer.getvalue().split(b"stream")[0]


def test_one_objective_sections_and_changes(note_store):
    reader = render(note_store, objective_code="1.1", lang="en")
    text = words(" ".join(page.extract_text() for page in reader.pages))
    assert "Progress note" not in reader.pages[0].extract_text()[:40]  # no cover for one objective
    for section in ("Commitments by status", "Worksites: status and progress",
                    "Priorities of the Social Summit 2025", "Changes since the Social Summit 2025",
                    "Open action items", "Indicators", "List of commitments", "Initiating minister(s)"):
        assert section in text, section
    assert "Goed op weg" in text and "Partly achieved" in text
    assert "Added (1)" not in text or "Toegevoegd na de Top" in text
    assert "Objective 1.1" in reader.pages[1].extract_text()  # page header


def test_long_tables_repeat_their_header(note_store):
    reader = render(note_store, objective_code="1.1", lang="nl")
    pages = [page.extract_text() for page in reader.pages]
    listing = [i for i, page in enumerate(pages) if "Lang engagement nummer" in page]
    assert len(listing) >= 2
    for index in listing[1:]:
        lines = [line.strip() for line in pages[index].splitlines() if line.strip()]
        header_at = next(i for i, line in enumerate(lines) if line.startswith("Code"))
        first_row = next(i for i, line in enumerate(lines) if "Lang engagement nummer" in line)
        assert header_at < first_row and "Engagement" in lines[header_at + 1] + lines[header_at]


def test_french_numbers_use_a_narrow_no_break_space():
    assert base.format_number(1234567.5, "fr", 1) == "1\u202f234\u202f567,5"
    assert base.format_number(1234567.5, "nl", 1) == "1.234.567,5"
    assert base.format_number(1234567.5, "en", 1) == "1,234,567.5"
    assert base.format_percent(45, "fr") == "45\u202f%"
    buffer = io.BytesIO()
    doc = base.NoteDocument(buffer, lang="fr", title="Stratégie")
    doc.build_story([base.para(base.format_number(12345, "fr"))])
    text = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert re.search(r"12\s345", text) and "page 1 sur 1" in text
    # the bundled font has a real narrow glyph for U+202F (not .notdef, narrower than a space)
    font = pdfmetrics.getFont(base.FONT)
    assert 0x202F in font.face.charToGlyph
    assert 0 < pdfmetrics.stringWidth("\u202f", base.FONT, 10) < pdfmetrics.stringWidth(" ", base.FONT, 10)


def test_confidential_line_and_unknown_objective(note_store):
    reader = render(note_store, objective_code="2.1", confidential="Vertrouwelijk – intern")
    assert all("Vertrouwelijk – intern" in page.extract_text() for page in reader.pages)
    with pytest.raises(Exception, match="no objective 9.9"):
        render(note_store, objective_code="9.9")


def test_cancel_stops_the_note(note_store):
    with pytest.raises(Cancelled):
        render(note_store, cancelled=lambda: True)


def test_export_pdf_command(note_template, tmp_path, capsys):
    out = tmp_path / "note.pdf"
    code = cli.main(["export", "pdf", "--db", str(note_template), "--out", str(out), "--objective", "2.3",
                     "--lang", "fr", "--summit", "2025"])
    assert code == 0, capsys.readouterr().err
    assert f"{out} écrit : la note de progrès de l'objectif 2.3, " in capsys.readouterr().out
    text = pypdf.PdfReader(str(out)).pages[0].extract_text()
    assert "2.3" in text and "Objectif 2.3" in text
    assert cli.main(["export", "pdf", "--db", str(note_template), "--out", str(tmp_path / "x.pdf"),
                     "--summit", "1999"]) == 1
    assert "no Social Summit 1999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.pdf.partial").exists()


def test_meetings_decisions_and_actions_since_the_summit(note_store):
    meetings = pytest.importorskip("g4b_desktop.db.meetings")
    objective_id = note_store.scalar("SELECT id FROM objective WHERE code = '1.2'")
    with note_store.action("Seed a meeting") as act:
        meeting_id = meetings.insert_meeting(act, objective_id, "2099-01-15", state="held",
                                             title="Stuurcomité <januari>")
        item = meetings.insert_agenda_item(act, meeting_id, "Stand van zaken")
        meetings.insert_outcome(act, item, "decision", "Het plan & de timing worden goedgekeurd")
        meetings.insert_action(act, meeting_id, "Nota voorbereiden", due_date="2000-01-31", owner_name="Actiris")
        meetings.insert_action(act, meeting_id, "Later werk", due_date="2099-12-31", owner_name="BISA")
        old = meetings.insert_meeting(act, objective_id, "2001-01-15", state="held", title="Oude vergadering")
        meetings.insert_outcome(act, meetings.insert_agenda_item(act, old, "Oud"), "decision", "Oude beslissing")
    reader = render(note_store, objective_code="1.2", lang="nl")
    text = words(" ".join(page.extract_text() for page in reader.pages))
    assert "Stuurcomité <januari>" in text
    assert "Het plan & de timing worden goedgekeurd" in text
    assert "Oude beslissing" not in text and "Oude vergadering" not in text  # before the summit
    assert "Nota voorbereiden" in text and "Later werk" in text
    assert "2 open, waarvan 1 te laat." in text


def test_note_without_summit_or_commitments(store):
    reader = render(store, objective_code="2.8", lang="fr")
    text = words(" ".join(page.extract_text() for page in reader.pages))
    assert "Aucun Sommet social n'est encore enregistré." in text
    assert "Réalisé : 0 % de 0 engagements" in text.replace("\u202f", " ")


def test_meetings_count_only_their_own_decisions_through_the_meeting_indexes(note_store):
    meetings = pytest.importorskip("g4b_desktop.db.meetings")
    import datetime as dt

    from g4b_desktop.reports import note_data

    objective_id = note_store.scalar("SELECT id FROM objective WHERE code = '1.3'")
    other_id = note_store.scalar("SELECT id FROM objective WHERE code = '2.1'")
    with note_store.action("Seed meetings") as act:
        first = meetings.insert_meeting(act, objective_id, "2099-02-01", state="held", title="Eerste")
        item = meetings.insert_agenda_item(act, first, "Punt 1")
        meetings.insert_outcome(act, item, "decision", "Beslissing A")
        meetings.insert_outcome(act, item, "information", "Ter info")
        meetings.insert_outcome(act, meetings.insert_agenda_item(act, first, "Punt 2"), "decision", "Beslissing B")
        second = meetings.insert_meeting(act, objective_id, "2099-03-01", state="held", title="Tweede")
        meetings.insert_outcome(act, meetings.insert_agenda_item(act, second, "Punt"), "information", "Niets")
        elsewhere = meetings.insert_meeting(act, other_id, "2099-03-02", state="held", title="Elders")
        meetings.insert_outcome(act, meetings.insert_agenda_item(act, elsewhere, "Punt"), "decision", "Elders beslist")
    data = note_data.NoteData(note_store, "1.3", None, "nl", dt.date(2099, 12, 31))
    assert [(m["title"], m["decisions"]) for m in data.meetings[objective_id]] == [("Eerste", 2), ("Tweede", 0)]
    # the count goes meeting -> agenda items -> outcomes by their indexes, never through every outcome of
    # a kind (that plan read all 8,000 decisions for each of 4,456 meetings at 50,000 commitments: 50-70 s)
    plan = " | ".join(row["detail"] for row in note_store.rows(
        "EXPLAIN QUERY PLAN " + note_data.MEETINGS_SQL.format(filter=""), ["2000-01-01"]))
    assert "agenda_item_meeting" in plan and "outcome_item" in plan and "outcome_kind" not in plan, plan


def test_wrap_text_breaks_at_spaces_only_and_keeps_every_character():
    base.register_fonts()
    width = pdfmetrics.stringWidth
    text = ("Een lange titel met 12\u202f345\u202f678 engagementen en <b>AT&T</b> € ł die niet op één regel past, "
            "met een heel lang woord: Arbeidsmarktintegratiebegeleidingsprogrammaverantwoordelijke\nen een tweede regel")
    room = 120
    lines = base.wrap_text(text, room).split("\n")
    assert len(lines) > 4
    assert all(width(line, base.FONT, 8) <= room * 1.01 for line in lines), lines
    assert any("12\u202f345\u202f678" in line for line in lines)  # a French number is never broken
    assert lines[-1] == "en een tweede regel"  # the text's own line break is kept
    long_word = "Arbeidsmarktintegratiebegeleidingsprogrammaverantwoordelijke"  # cut, as it is wider than room
    assert lines[-2] != long_word and long_word.endswith(lines[-2]) and long_word[:8] in "".join(lines[-4:-2])
    assert "".join("".join(lines).split()) == "".join(text.split())  # every character, in order
    assert base.wrap_text("kort  en\tgoed", 300) == "kort en goed"


def test_long_table_cells_wrap_inside_their_column_as_plain_text():
    long_cell = "Het plan van " + NASTY + " voor 12\u202f345 werkzoekenden " + "en nog veel meer woorden " * 6
    buffer = io.BytesIO()
    doc = base.NoteDocument(buffer, lang="fr", title="Stratégie")
    doc.build_story([base.table(["Code", "Titel", "Aantal"], [["1.1.1-01", long_cell, base.format_number(12345, "fr")]],
                                [1, 4, 1], ["left", "left", "right"])])
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    text = reader.pages[0].extract_text()
    lines = [line for line in text.splitlines() if line.strip()]
    assert NASTY in text and "<b>" in text  # markup-like text printed, not interpreted
    body = [line for line in lines if "woorden" in line]
    assert len(body) >= 3  # the long cell took several lines of its column
    assert not any("1.1.1-01" in line and "woorden" in line for line in body[1:])
    resources = reader.pages[0].get("/Resources") or {}
    assert "/XObject" not in resources  # the <img> never became an image


def test_key_figures_keep_codes_and_numbers_on_one_line(note_store):
    figures = note_store.rows("SELECT id, code FROM indicator ORDER BY position LIMIT 3")
    assert figures
    with note_store.action("Seed key figures") as act:
        for index, figure in enumerate(figures):
            for year, value in ((2023, 101435.3 + index), (2024, 2105389.2 + index)):
                act.insert("indicator_value", {"indicator_id": figure["id"], "year": year, "value": value,
                                               "target": 12345678.9 if year == 2024 else None})
    reader = render(note_store, lang="nl")
    last = [page.extract_text() for page in reader.pages if "Kerncijfers" in page.extract_text()][-1]
    lines = [line.strip() for line in last.splitlines()]
    for index, figure in enumerate(figures):
        for value in (101435.3 + index, 2105389.2 + index, 12345678.9):
            number = base.format_number(value, "nl", 1)
            assert any(number in line for line in lines), number  # never broken over two lines
        assert any(line.startswith(figure["code"]) for line in lines), figure["code"]
