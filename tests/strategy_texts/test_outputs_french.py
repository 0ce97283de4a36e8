"""The French outputs carry the French strategy texts, read back from the files: the Excel export, the
progress note and the minutes PDFs, the invitation .ics; each says once that the French is a working
translation. The Dutch outputs keep the printed Dutch."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import openpyxl
import pypdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "meetings"))
from meeting_helpers import committee_1_2  # noqa: E402

from g4b_desktop import calendar_ics  # noqa: E402
from g4b_desktop.db import meetings, queries  # noqa: E402
from g4b_desktop.exchange.workbook_export import export_workbook  # noqa: E402
from g4b_desktop.reports.minutes import write_minutes  # noqa: E402
from g4b_desktop.reports.progress_note import render_progress_note  # noqa: E402

LINE_FR = "Les textes de la stratégie en français sont une traduction de travail, pas le texte officiel."


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_words(source) -> str:
    reader = pypdf.PdfReader(source)
    return words(" ".join(page.extract_text() for page in reader.pages))


def test_french_excel_export_carries_french_texts(store, tmp_path):
    export_workbook(store, tmp_path / "fr.xlsx", lang="fr")
    export_workbook(store, tmp_path / "nl.xlsx", lang="nl")
    french = openpyxl.load_workbook(tmp_path / "fr.xlsx", read_only=True)
    dutch = openpyxl.load_workbook(tmp_path / "nl.xlsx", read_only=True)
    worksites = {r[0]: r for r in french["Chantiers"].iter_rows(min_row=2, values_only=True)}
    assert len(worksites) == 100
    for row in store.rows("SELECT code, title_fr, description_fr FROM worksite"):
        assert worksites[row["code"]][2] == row["title_fr"]
        assert worksites[row["code"]][4] == row["description_fr"]
    objectives = {r[0]: r for r in french["Objectifs"].iter_rows(min_row=2, values_only=True)}
    assert objectives["2.1"][2] == store.scalar("SELECT title_fr FROM objective WHERE code = '2.1'")
    assert "Garantie pour la Jeunesse" in objectives["2.1"][2]
    indicators = {r[0]: r for r in french["Indicateurs"].iter_rows(min_row=2, values_only=True)}
    assert indicators["KC01"][1] == store.scalar("SELECT title_fr FROM indicator WHERE code = 'KC01'")
    about = [r for r in french["À propos"].iter_rows(values_only=True)]
    assert ("Textes de la stratégie", LINE_FR, "strategy_texts") in about
    # the Dutch export: as printed, and no line about a translation
    dutch_worksites = {r[0]: r for r in dutch["Beleidswerven"].iter_rows(min_row=2, values_only=True)}
    assert dutch_worksites["2.1.4"][2] == "Stages in de onderneming"
    assert not any(r[2] == "strategy_texts" for r in dutch[dutch.sheetnames[-1]].iter_rows(values_only=True))


def test_french_export_consolidated_keeps_the_dutch_and_brings_french_edits_back(store, tmp_path):
    from g4b_desktop.db.store import Store
    from g4b_desktop.db.strategy import load_strategy
    from g4b_desktop.exchange.consolidate import consolidate_file

    committee = Store.create(tmp_path / "other.g4b", author="committee")
    load_strategy(committee)
    worksite = committee.rows("SELECT id FROM worksite WHERE code = '2.1.4'")[0]["id"]
    committee.db.execute("UPDATE worksite SET id = ? WHERE id = ?",  # the same records, as in practice
                         [store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'"), worksite])
    export_workbook(committee, tmp_path / "fr.xlsx", lang="fr")
    committee.close()
    report = consolidate_file(store, tmp_path / "fr.xlsx")
    assert report.conflicts == [] and report.updated == []
    assert store.scalar("SELECT title FROM worksite WHERE code = '2.1.4'") == "Stages in de onderneming"
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == "Stages en entreprise"
    # the committee corrects the French title in the workbook: it comes back to the French column only
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx")
    sheet = book["Chantiers"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "2.1.4":
            row[2].value = "Stages en entreprise (corrigé)"
    book.save(tmp_path / "fr2.xlsx")
    report = consolidate_file(store, tmp_path / "fr2.xlsx")
    assert report.conflicts == [] and len(report.updated) == 1
    assert store.scalar("SELECT title FROM worksite WHERE code = '2.1.4'") == "Stages in de onderneming"
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == "Stages en entreprise (corrigé)"
    assert store.scalar("SELECT o.origin FROM text_origin o JOIN worksite w ON w.id = o.record_id WHERE "
                        "w.code = '2.1.4' AND o.field = 'title' AND o.lang = 'fr'") == "edited"


def test_french_progress_note_carries_french_titles(store):
    buffer = io.BytesIO()
    render_progress_note(store, buffer, objective_code="2.1", lang="fr")
    text = pdf_words(io.BytesIO(buffer.getvalue()))
    objective = store.rows("SELECT * FROM objective WHERE code = '2.1'")[0]
    assert words(objective["title_fr"])[:60] in text
    assert words(objective["title"])[:40] not in text
    for worksite in store.rows("SELECT code, title, title_fr FROM worksite WHERE objective_id = ?", [objective["id"]]):
        assert words(worksite["title_fr"])[:25] in text, worksite["code"]
    assert "Stages in de onderneming" not in text
    minister = store.scalar("SELECT m.name_fr FROM objective_minister om JOIN minister m ON m.id = om.minister_id "
                            "WHERE om.objective_id = ? AND om.role = 'initiating' ORDER BY om.position",
                            [objective["id"]])
    assert words(minister)[:30] in text
    assert LINE_FR in text
    dutch = io.BytesIO()
    render_progress_note(store, dutch, objective_code="2.1", lang="nl")
    dutch_text = pdf_words(io.BytesIO(dutch.getvalue()))
    assert "Stages in de onderneming" in dutch_text and "traduction de travail" not in dutch_text


def test_french_minutes_and_invitation_carry_french_titles(store, tmp_path):
    c = committee_1_2(store)
    meeting_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-03-12", start_time="9:30",
                                          end_time="11:00")
    item_id, _ = meetings.add_agenda_item(store, meeting_id, "Stand van zaken")
    worksite = queries.worksite_by_code(store, "1.2.1")
    meetings.link_agenda_item(store, item_id, worksite_id=worksite["id"])
    objective_fr = store.scalar("SELECT title_fr FROM objective WHERE code = '1.2'")
    objective_nl = store.scalar("SELECT title FROM objective WHERE code = '1.2'")
    text = pdf_words(str(write_minutes(store, meeting_id, tmp_path / "pv.pdf", lang="fr")))
    assert words(objective_fr)[:50] in text and words(objective_nl)[:40] not in text
    assert words(worksite["title_fr"])[:30] in text and words(worksite["title"])[:30] not in text
    assert LINE_FR in text
    dutch = pdf_words(str(write_minutes(store, meeting_id, tmp_path / "notulen.pdf", lang="nl")))
    assert words(objective_nl)[:40] in dutch and "traduction" not in dutch
    ics = calendar_ics.invitation(store, meeting_id, lang="fr")
    unfolded = re.sub(r"\r\n[ \t]", "", ics)
    assert words(objective_fr)[:40].replace(",", "\\,") in unfolded
    assert words(objective_nl)[:30] not in unfolded
    assert words(objective_nl)[:30] in re.sub(r"\r\n[ \t]", "", calendar_ics.invitation(store, meeting_id, lang="nl"))
