"""The minutes PDF, the .ics invitation and the command line, read back from real files."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone

import pypdf
import pytest

from g4b_desktop import calendar_ics
from g4b_desktop.cli import main
from g4b_desktop.db import meetings
from g4b_desktop.reports.minutes import write_minutes

from meeting_helpers import committee_1_2
from test_meetings_store import held_meeting_with_decision


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def unfold(text: str) -> list[str]:
    """RFC 5545 unfolding: CRLF followed by one space or tab continues the line."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def parse_event(text: str) -> dict[str, list[str]]:
    properties: dict[str, list[str]] = {}
    for line in unfold(text):
        if not line:
            continue
        name_part, _, value = line.partition(":")
        name = name_part.split(";")[0]
        properties.setdefault(name, []).append(line)
    return properties


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


@pytest.fixture
def approved(store):
    c, meeting_id, item_id, decision_id = held_meeting_with_decision(store)
    secret_id, _ = meetings.add_agenda_item(store, meeting_id, "Begroting 2028", confidential=True,
                                            minutes="Bedrag: <b>4 miljoen</b> & meer")
    meetings.update_meeting(store, meeting_id, {
        "online_link": "https://teams.example/l/meetup;id=12,3",
        "organiser_email": "secretariaat.12@example.brussels",
        "organiser_name": "Secretariaat stuurcomité 1.2, Brussel"})
    meetings.approve_minutes(store, meeting_id, on="2027-04-02")
    return c, meeting_id


def test_minutes_pdf_in_three_languages_with_and_without_confidential(store, approved, tmp_path):
    c, meeting_id = approved
    target = write_minutes(store, meeting_id, tmp_path / "notulen.pdf", lang="nl")
    text = pdf_text(target)
    for expected in ("Notulen", "12 maart 2027", "Anne Dupont-Van Damme", "Aanwezig", "Verontschuldigd",
                     "Stand van de Jongerengarantie", "gehaald <ruim> & op tijd",
                     "gerealiseerd is", "Eindrapport bezorgen", "Cijfers 2026 opvragen bij BISA",
                     "In uitvoering → Gerealiseerd", "Goedgekeurd op 02/04/2027", "pagina 1 van"):
        assert expected in text, expected
    assert "Begroting 2028" not in text and "4 miljoen" not in text
    assert "1 vertrouwelijk(e) punt(en) weggelaten" in text
    assert not list(tmp_path.glob("*.partial"))

    french = pdf_text(write_minutes(store, meeting_id, tmp_path / "pv.pdf", lang="fr", include_confidential=True))
    for expected in ("Procès-verbal", "Présences", "Ordre du jour", "Décision", "Points d'action",
                     "Begroting 2028", "<b>4 miljoen</b> & meer", "Confidentiel", "page 1 sur"):
        assert expected in french, expected
    english = pdf_text(write_minutes(store, meeting_id, tmp_path / "minutes.pdf", lang="en"))
    assert "Minutes" in english and "Action items" in english and "Realised" in english


def test_next_minutes_list_the_carried_actions_with_their_follow_up(store, approved, tmp_path):
    c, first_id = approved
    second_id, _ = meetings.plan_meeting(store, c["objective"]["id"], "2027-06-10", lang="fr")
    carried = meetings.agenda(store, second_id)[0]["carried_actions"]
    meetings.set_carried_note(store, carried[0]["carried_id"], "En cours <chez> Actiris")
    text = " ".join(pdf_text(write_minutes(store, second_id, tmp_path / "pv2.pdf", lang="fr")).split())
    for expected in ("Suivi des points d'action", "Points d'action en cours des réunions précédentes",
                     "Eindrapport bezorgen", "En cours <chez> Actiris", "12/03/2027"):
        assert expected in text, expected


def test_draft_minutes_before_approval(store, tmp_path):
    c, meeting_id, item_id, _ = held_meeting_with_decision(store)
    text = pdf_text(write_minutes(store, meeting_id, tmp_path / "draft.pdf", lang="nl"))
    assert "Ontwerp van notulen" in text and "Nog niet goedgekeurd" in text


def test_invitation_is_valid_rfc5545(store, approved):
    c, meeting_id = approved
    now = datetime(2027, 3, 1, 8, 0, tzinfo=timezone.utc)
    text = calendar_ics.invitation(store, meeting_id, lang="nl", now=now)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert any(len(line) == 75 for line in raw.split(b"\r\n"))  # long lines really were folded
    event = parse_event(text)
    assert event["BEGIN"] == ["BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "BEGIN:DAYLIGHT", "BEGIN:STANDARD",
                              "BEGIN:VEVENT"]
    assert event["METHOD"] == ["METHOD:REQUEST"]
    assert event["UID"] == [f"UID:{meeting_id}@go4brussels-desktop"]
    assert event["DTSTAMP"] == ["DTSTAMP:20270301T080000Z"]
    assert event["DTSTART"][-1] == "DTSTART;TZID=Europe/Brussels:20270312T093000"
    assert event["DTEND"] == ["DTEND;TZID=Europe/Brussels:20270312T113000"]
    assert event["TZID"] == ["TZID:Europe/Brussels"]
    assert event["LOCATION"] == ["LOCATION:Kunstberg 1\\, Brussel"]
    description = unescape(event["DESCRIPTION"][0].split(":", 1)[1])
    assert "1. Stand van de Jongerengarantie (Actiris)" in description
    assert "https://teams.example/l/meetup;id=12,3" in description
    assert "Begroting" not in description  # confidential items stay out of the invitation
    assert event["ORGANIZER"] == ['ORGANIZER;CN="Secretariaat stuurcomité 1.2, Brussel":'
                                  'mailto:secretariaat.12@example.brussels']
    attendees = [line.rsplit("mailto:", 1)[1] for line in event["ATTENDEE"]]
    assert sorted(attendees) == ["anne.dupont@example.brussels", "secretariaat@example.brussels"]
    # a change of time raises SEQUENCE so calendars update the event they have
    first_sequence = int(event["SEQUENCE"][0].split(":")[1])
    meetings.reopen_minutes(store, meeting_id, "uur verschoven")
    meetings.update_meeting(store, meeting_id, {"start_time": "10:00"})
    again = parse_event(calendar_ics.invitation(store, meeting_id, now=now))
    assert int(again["SEQUENCE"][0].split(":")[1]) == first_sequence + 1


def test_invitation_without_time_or_organiser(store):
    c, meeting_id, *_ = held_meeting_with_decision(store)
    meetings.update_meeting(store, meeting_id, {"start_time": None, "end_time": None})
    event = parse_event(calendar_ics.invitation(store, meeting_id, lang="fr"))
    assert event["METHOD"] == ["METHOD:PUBLISH"] and "ORGANIZER" not in event and "ATTENDEE" not in event
    assert event["DTSTART"] == ["DTSTART;VALUE=DATE:20270312"] and event["DTEND"] == ["DTEND;VALUE=DATE:20270313"]
    assert event["SUMMARY"] == ["SUMMARY:Comité de pilotage objectif 1.2"]


def test_fold_never_splits_a_character():
    line = "DESCRIPTION:" + "é" * 100
    folded = calendar_ics.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_command_line(db_path, tmp_path, capsys):
    from g4b_desktop.db.store import Store

    with Store.open(db_path, author="tester") as store:
        c, meeting_id, *_ = held_meeting_with_decision(store)
    assert main(["meetings", "--db", str(db_path), "--objective", "1.2"]) == 0
    listed = capsys.readouterr().out
    assert meeting_id in listed and "2027-03-12" in listed
    assert main(["meetings", "--db", str(db_path), "--objective", "2.1"]) == 0
    assert "No meetings" in capsys.readouterr().out
    pdf, ics = tmp_path / "notulen.pdf", tmp_path / "uitnodiging.ics"
    assert main(["minutes", "--db", str(db_path), "--meeting", meeting_id[:8], "--out", str(pdf), "--lang", "fr"]) == 0
    assert "Projet de procès-verbal" in pdf_text(pdf)
    assert main(["invitation", "--db", str(db_path), "--meeting", meeting_id, "--out", str(ics)]) == 0
    assert parse_event(ics.read_bytes().decode("utf-8"))["UID"] == [f"UID:{meeting_id}@go4brussels-desktop"]
    assert main(["actions", "--db", str(db_path)]) == 0
    assert "Eindrapport bezorgen" in capsys.readouterr().out
    assert main(["minutes", "--db", str(db_path), "--meeting", "nothing", "--out", str(pdf)]) == 1
    assert "No meeting with id 'nothing'" in capsys.readouterr().err
    assert main(["invitation", "--db", str(db_path), "--meeting", meeting_id, "--out", str(tmp_path / "x.txt")]) == 1


def test_g4b_program_runs_minutes_as_a_process(db_path, tmp_path):
    """The real entry point: exit code and one line on stderr, no traceback."""
    result = subprocess.run([sys.executable, "-m", "g4b_desktop.cli", "minutes", "--db", str(db_path),
                             "--meeting", "0000", "--out", str(tmp_path / "m.pdf")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_recording_a_meeting_on_the_command_line(db_path, tmp_path, capsys):
    from g4b_desktop.db.store import Store

    with Store.open(db_path, author="tester") as store:
        c = committee_1_2(store)
        code = store.get("commitment", c["commitment_id"])["code"]
    db = ["--db", str(db_path)]
    assert main(["meeting", "plan", *db, "--objective", "1.2", "--date", "2027-03-12", "--start", "9:30",
                 "--invite"]) == 0
    meeting = capsys.readouterr().out.split()[0]
    assert main(["meeting", "agenda", *db, "--meeting", meeting[:8], "--title", "Stand", "--text", "Gehaald."]) == 0
    assert main(["meeting", "held", *db, "--meeting", meeting]) == 0
    assert main(["meeting", "attend", *db, "--meeting", meeting, "--name", "Anne Dupont-Van Damme"]) == 0
    assert main(["meeting", "decision", *db, "--meeting", meeting, "--item", "1", "--text", "Gerealiseerd.",
                 "--commitment", code, "--status", "realised"]) == 0
    assert f"{code} status: in_progress -> realised" in capsys.readouterr().out
    assert main(["meeting", "action", *db, "--meeting", meeting, "--what", "Rapport", "--owner",
                 "Anne Dupont-Van Damme", "--due", "2027-04-15"]) == 0
    action = capsys.readouterr().out.split()[0]
    assert main(["meeting", "approve", *db, "--meeting", meeting]) == 0
    assert main(["meeting", "agenda", *db, "--meeting", meeting, "--title", "Te laat"]) == 1
    assert "approved and locked" in capsys.readouterr().err
    assert main(["meeting", "decision", *db, "--meeting", meeting, "--item", "5", "--text", "x"]) == 1
    assert main(["meeting", "follow-up", *db, "--action", action[:8], "--state", "done"]) == 0
    with Store.open(db_path, author="tester") as store:
        assert store.get("commitment", c["commitment_id"])["status"] == "realised"
        assert store.get("meeting_action", action)["owner_person_id"] == c["person_id"]
        assert store.get("meeting_action", action)["state"] == "done"
        assert [a["state"] for a in meetings.attendance(store, meeting) if a["person_id"]] == ["present"]
        assert store.get("meeting", meeting)["state"] == "approved"
    assert main(["meeting", "reopen", *db, "--meeting", meeting, "--reason", "spelling"]) == 0
