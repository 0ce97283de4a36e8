"""Texts that try to be something else (reliability #17): .ics injection, long titles, bidi overrides."""

from __future__ import annotations

from g4b_desktop import calendar_ics, cli
from g4b_desktop.db import commitments, meetings

LINK = "https://meet.example/x\r\nATTENDEE;CN=Spy:mailto:spy@evil.example\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Fake"


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_an_online_link_and_e_mails_cannot_add_attendees_or_events(store):
    objective = store.scalar("SELECT id FROM objective ORDER BY code LIMIT 1")
    with store.action("Plan") as act:
        meeting = meetings.insert_meeting(act, objective, "2027-01-10", start_time="10:00")
        bad = meetings.insert_attendance(act, meeting, name="Bad")
        quoted = meetings.insert_attendance(act, meeting, name="Quote")
        meetings.insert_attendance(act, meeting, name="Jan Peeters", email="jan.peeters+g4b@actiris.brussels")
    # as a received file may hold them (values typed in are checked when entered)
    store.db.execute("UPDATE meeting SET online_link = ? WHERE id = ?", [LINK, meeting])
    store.db.execute("UPDATE attendance SET email = ? WHERE id = ?", ["bad@x.example\nATTENDEE:mailto:b@evil.example", bad])
    store.db.execute("UPDATE attendance SET email = ? WHERE id = ?", ['"quoted"@x.example', quoted])
    text = calendar_ics.invitation(store, meeting, lang="fr", organiser_email="secretariat@go4.brussels")
    lines = unfolded(text)
    assert sum(line == "BEGIN:VEVENT" for line in lines) == 1
    assert sum(line == "END:VEVENT" for line in lines) == 1
    attendees = [line for line in lines if line.startswith("ATTENDEE")]
    assert attendees == ["ATTENDEE;CN=\"Jan Peeters\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                         "mailto:jan.peeters+g4b@actiris.brussels"]
    assert not any("evil" in line for line in lines if not line.startswith(("DESCRIPTION", "LOCATION")))
    assert not any(line.startswith("URL") for line in lines)  # a link with a line break is no URI
    assert all("\r" not in line and "\n" not in line for line in lines)
    assert "\\nATTENDEE\\;CN=Spy:mailto:spy@evil.example" in next(line for line in lines if line.startswith("LOCATION"))


def test_a_clean_link_is_kept_and_encoded():
    assert calendar_ics.uri_value(" https://teams.example/l/meetup join?a=1&b=2 ") == \
        "https://teams.example/l/meetup%20join?a=1&b=2"
    assert calendar_ics.uri_value("javascript:alert(1)") is None
    assert calendar_ics.mailto("ann@ex.example") == "mailto:ann@ex.example"
    # an address is checked before it is written (#18's valid_email); a bad one is left out
    assert not calendar_ics.valid_email("ann@ex.example;x=y")
    assert not calendar_ics.valid_email("ann @ex.example")


def test_the_progress_note_with_a_title_of_thousands_of_characters(capsys, db_path, tmp_path):
    """Point 8: a commitment title of 6,000 characters (the import takes up to 32,767) exited 70."""
    from pypdf import PdfReader

    from g4b_desktop.db.store import Store

    with Store.open(db_path, author="tester") as store:
        worksite = store.scalar("SELECT id FROM worksite ORDER BY code LIMIT 1")
        with store.action("Add") as act:
            commitments.insert(act, worksite, {"title": "Begeleiding naar werk " * 300})
            commitments.insert(act, worksite, {"title": "Facture \u202eFDP.exe"})
    target = tmp_path / "note.pdf"
    assert cli.main(["export", "pdf", "--db", str(db_path), "--out", str(target), "--lang", "fr"]) == 0, \
        capsys.readouterr().err
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    # the cell is bounded: at most 3 lines of the title (cut with "…", #18's layout) instead of 6,000 characters
    assert text.count("Begeleiding naar werk") < 40
    assert "\u202e" not in text and "FDP.exe" in text
