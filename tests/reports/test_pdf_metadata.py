"""Every kind of PDF says what it is: title, author, subject, keywords, date, language, outline (issue 18)."""

from __future__ import annotations

import datetime as dt
import getpass

import pypdf
import pytest

from g4b_desktop import settings
from g4b_desktop.db import meetings, queries
from g4b_desktop.reports.minutes import write_minutes
from g4b_desktop.reports.progress_note import render_progress_note

TODAY = dt.date(2026, 12, 7)


def metadata(path):
    reader = pypdf.PdfReader(str(path))
    info = reader.metadata
    return reader, {"title": info.title, "author": info.author, "subject": info.subject,
                    "keywords": info.get("/Keywords"), "created": info.creation_date,
                    "lang": reader.trailer["/Root"].get("/Lang"),
                    "outline": [item.title for item in reader.outline if not isinstance(item, list)]}


def check_common(found: dict, author: str, lang: str) -> None:
    assert found["author"] == author
    assert found["author"] not in (getpass.getuser(), "tester", "secretary")  # never a login or the log's name
    assert found["lang"] == {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[lang]
    assert abs(found["created"].replace(tzinfo=None) - dt.datetime.now()).total_seconds() < 24 * 3600
    assert found["subject"] and found["keywords"] and "Go4Brussels 2030" in found["keywords"]


@pytest.mark.parametrize("lang, title, subject", [
    ("fr", "Note de progrès — Sommet social 2025 — objectif 1.2", "Objectif 1.2 "),
    ("nl", "Voortgangsnota — Sociale Top 2025 — doelstelling 1.2", "Doelstelling 1.2 "),
])
def test_progress_note_of_one_objective(note_store, tmp_path, lang, title, subject):
    path = tmp_path / "note.pdf"
    render_progress_note(note_store, str(path), objective_code="1.2", lang=lang, today=TODAY)
    reader, found = metadata(path)
    assert found["title"] == title
    assert found["subject"].startswith(subject)
    check_common(found, "Go4Brussels Desktop", lang)  # no author in the preferences: the program's name
    assert found["outline"] and found["outline"][0].startswith("1.2 ")
    preferences = reader.trailer["/Root"]["/ViewerPreferences"]
    assert preferences["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean object, not a bool)


def test_progress_note_of_the_whole_strategy_with_an_author(note_store, tmp_path):
    settings.remember({"author": "Marie Peeters"})
    path = tmp_path / "note.pdf"
    render_progress_note(note_store, str(path), lang="en", today=TODAY)
    reader, found = metadata(path)
    assert found["title"] == "Progress note — Social Summit 2025"
    assert found["subject"] == "Report on the priorities of the Social Summit 2025"
    check_common(found, "Marie Peeters", "en")
    assert len([t for t in found["outline"] if t[:2] in ("1.", "2.")]) == 17  # every objective bookmarked
    assert "Key figures" in found["outline"]


@pytest.mark.parametrize("lang, approved, title", [
    ("fr", True, "Procès-verbal du comité de pilotage 1.2 — 21/12/2026"),
    ("nl", True, "Notulen van het stuurcomité 1.2 — 21/12/2026"),
    ("en", False, "Draft minutes of the steering committee 1.2 — 21/12/2026"),
])
def test_minutes(store, tmp_path, lang, approved, title):
    objective = queries.objective_by_code(store, "1.2")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2026-12-21", start_time="10:00")
    meetings.add_agenda_item(store, meeting_id, "Stand van zaken", minutes="Besproken.")
    meetings.mark_held(store, meeting_id)
    if approved:
        meetings.approve_minutes(store, meeting_id, on="2027-01-10")
    settings.remember({"author": "Secrétariat du comité 1.2"})
    path = tmp_path / "pv.pdf"
    write_minutes(store, meeting_id, path, lang=lang)
    reader, found = metadata(path)
    assert found["title"] == title
    assert meetings.meeting_page(store, meeting_id, lang)["objective_title"] in found["subject"]  # in its language
    check_common(found, "Secrétariat du comité 1.2", lang)
    assert found["outline"]  # the headings are still bookmarked


def test_command_line_author_and_language(note_template, tmp_path, capsys):
    from g4b_desktop import cli

    note = tmp_path / "note.pdf"
    assert cli.main(["export", "pdf", "--db", str(note_template), "--out", str(note), "--objective", "2.3",
                     "--lang", "nl", "--author", "Kabinet Werk en Economie"]) == 0
    assert "de voortgangsnota van doelstelling 2.3" in capsys.readouterr().out
    _, found = metadata(note)
    assert found["author"] == "Kabinet Werk en Economie" and found["lang"] == "nl-BE"
    assert found["title"] == "Voortgangsnota — Sociale Top 2025 — doelstelling 2.3"

    settings.remember({"author": "Secretariaat 2.3", "language": "fr"})
    assert cli.main(["export", "pdf", "--db", str(note_template), "--out", str(note), "--objective", "2.3"]) == 0
    _, found = metadata(note)  # no --lang, no --author: the preferences
    assert found["author"] == "Secretariaat 2.3" and found["lang"] == "fr-BE"
