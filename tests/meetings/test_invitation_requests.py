"""The .ics invitation as a meeting request (issue 18), read back with a real iCalendar library."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import pytest

from g4b_desktop import calendar_ics, settings
from g4b_desktop.cli import main
from g4b_desktop.db import meetings, queries
from g4b_desktop.db.errors import StoreError
from g4b_desktop.db.invitations import cancel_meeting
from g4b_desktop.db.store import Store

NOW = datetime(2027, 3, 1, 8, 0, tzinfo=timezone.utc)
PEOPLE = [("Anne Dupont-Van Damme", "anne.dupont@example.brussels"),
          ('Jan "de Voorzitter" Peeters, BISA', "jan.peeters@example.brussels"),
          ("Élodie Lefèvre", "élodie.lefevre@exemple.brussels")]


def event_of(text: str):
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0]


def addresses(event) -> list[str]:
    found = event.get("ATTENDEE", [])
    return [str(a) for a in (found if isinstance(found, list) else [found])]


@pytest.fixture
def planned(store):
    objective = queries.objective_by_code(store, "1.2")
    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12", start_time="09:30", end_time="11:30",
                                          place="Kunstberg 1, Brussel; zaal 2")
    for name, email in PEOPLE:
        meetings.add_attendee(store, meeting_id, name, email=email)
    meetings.add_attendee(store, meeting_id, "Actiris")  # an organisation without e-mail
    with store.action("An attendee kept from before addresses were checked") as act:  # a typing error
        act.insert("attendance", {"meeting_id": meeting_id, "name": "Iemand", "email": "niet-een-adres@",
                                  "state": "invited", "position": 99})
    return meeting_id


def test_request_with_an_organiser_invites_the_three_people_with_an_email(store, planned):
    made = calendar_ics.build_invitation(store, planned, lang="fr", organiser_name="Secrétariat 1.2, Bruxelles",
                                         organiser_email="secretariat.12@example.brussels", now=NOW)
    calendar, event = event_of(made.text)
    assert str(calendar["METHOD"]) == "REQUEST" and made.method == "REQUEST"
    attendees = event["ATTENDEE"]
    assert len(attendees) == 3
    assert [str(a) for a in attendees] == ["mailto:anne.dupont@example.brussels", "mailto:jan.peeters@example.brussels",
                                           "mailto:%C3%A9lodie.lefevre@exemple.brussels"]
    for attendee, (name, _) in zip(attendees, PEOPLE):
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION" and attendee.params["RSVP"] == "TRUE"
        assert attendee.params["CN"] == name.replace('"', "'")  # a quote cannot stand in a parameter
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:secretariat.12@example.brussels"
    assert organizer.params["CN"] == "Secrétariat 1.2, Bruxelles"
    assert str(event["LOCATION"]) == "Kunstberg 1, Brussel; zaal 2"  # escaped in the file, read back whole
    assert str(event["STATUS"]) == "CONFIRMED" and event["SEQUENCE"] == 0
    assert made.skipped == ["Actiris", "Iemand"]
    assert all(len(line) <= 75 for line in made.text.encode("utf-8").split(b"\r\n"))


def test_organiser_from_the_preferences_never_the_login(store, planned):
    calendar, event = event_of(calendar_ics.invitation(store, planned, now=NOW))
    assert str(calendar["METHOD"]) == "PUBLISH" and "ORGANIZER" not in event and "ATTENDEE" not in event
    assert store.author not in calendar_ics.invitation(store, planned, now=NOW)  # "tester": the login stand-in
    settings.remember({"organiser_name": "Secretariaat stuurcomité 1.2",
                       "organiser_email": "stuur.12@example.brussels"})
    calendar, event = event_of(calendar_ics.invitation(store, planned, now=NOW))
    assert str(calendar["METHOD"]) == "REQUEST" and len(addresses(event)) == 3
    assert event["ORGANIZER"].params["CN"] == "Secretariaat stuurcomité 1.2"
    with pytest.raises(StoreError, match="organiser: 'stuur.12@' is not an e-mail address"):
        calendar_ics.invitation(store, planned, organiser_email="stuur.12@")


def test_updates_raise_the_sequence_and_a_cancellation_cancels_the_same_event(store, planned):
    request = dict(organiser_email="stuur.12@example.brussels", now=NOW)
    _, first = event_of(calendar_ics.invitation(store, planned, **request))
    meetings.update_meeting(store, planned, {"title": "Stuurcomité voorjaar"})  # no calendar needs to follow this
    _, same = event_of(calendar_ics.invitation(store, planned, **request))
    assert same["SEQUENCE"] == first["SEQUENCE"]
    meetings.update_meeting(store, planned, {"start_time": "10:00", "end_time": "12:00"})
    _, moved = event_of(calendar_ics.invitation(store, planned, **request))
    assert moved["SEQUENCE"] == first["SEQUENCE"] + 1
    assert moved.decoded("DTSTART").hour == 10

    cancel_meeting(store, planned)
    calendar, cancelled = event_of(calendar_ics.invitation(store, planned, **request))
    assert str(calendar["METHOD"]) == "CANCEL" and str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["UID"]) == str(first["UID"]) == f"{planned}@go4brussels-desktop"
    assert cancelled["SEQUENCE"] > moved["SEQUENCE"]
    assert len(addresses(cancelled)) == 3  # the cancellation reaches everyone who was invited
    with pytest.raises(StoreError, match="cancelled already"):
        cancel_meeting(store, planned)
    # the sequence is kept in the file: a new connection reads the same number
    with Store.open(store.path, author="other") as again:
        assert calendar_ics.sequence(again, planned) == cancelled["SEQUENCE"]


def test_a_held_meeting_cannot_be_cancelled(store, planned):
    meetings.mark_held(store, planned)
    with pytest.raises(StoreError, match="only a planned meeting can be cancelled"):
        cancel_meeting(store, planned)
    assert store.scalar("SELECT cancelled_at FROM meeting WHERE id = ?", [planned]) is None


def test_email_checks_and_encoding():
    assert calendar_ics.valid_email("anne.dupont@example.brussels")
    for bad in ("", "anne", "anne@", "a b@example.be", "anne@example", "<anne@example.be>", "a;b@example.be",
                "a\x01b@example.be",
                "Anne <anne@example.be>", "anne@example.be, jan@example.be"):
        assert not calendar_ics.valid_email(bad), bad
    assert calendar_ics.mailto("jan@müller.de") == "mailto:jan@xn--mller-kva.de"
    assert calendar_ics.mailto("o'brien+g4b@example.be") == "mailto:o'brien+g4b@example.be"
    assert calendar_ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_command_line_request_then_cancellation(db_path, tmp_path, capsys):
    with Store.open(db_path, author="tester") as store:
        objective = queries.objective_by_code(store, "1.2")
        meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12", start_time="09:30")
        for name, email in PEOPLE:
            meetings.add_attendee(store, meeting_id, name, email=email)
    ics = tmp_path / "uitnodiging.ics"
    assert main(["invitation", "--db", str(db_path), "--meeting", meeting_id, "--out", str(ics), "--lang", "nl",
                 "--organiser-name", "Secretariaat 1.2", "--organiser-email", "stuur.12@example.brussels"]) == 0
    assert "Een vergaderverzoek aan 3 genodigde(n)" in capsys.readouterr().out
    calendar, request = event_of(ics.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST" and len(addresses(request)) == 3

    assert main(["meeting", "cancel", "--db", str(db_path), "--meeting", meeting_id[:8], "--lang", "fr"]) == 0
    assert "La réunion est annulée" in capsys.readouterr().out
    assert main(["meetings", "--db", str(db_path), "--objective", "1.2", "--lang", "fr"]) == 0
    assert "Annulée" in capsys.readouterr().out
    assert main(["invitation", "--db", str(db_path), "--meeting", meeting_id, "--out", str(ics), "--lang", "fr",
                 "--organiser-email", "stuur.12@example.brussels"]) == 0
    calendar, cancellation = event_of(ics.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL" and cancellation["SEQUENCE"] > request["SEQUENCE"]
    assert str(cancellation["SUMMARY"]).startswith("Annulé : ")

    settings.remember({"language": "nl"})  # errors speak the preferred language
    before = ics.read_bytes()
    assert main(["invitation", "--db", str(db_path), "--meeting", meeting_id, "--out", str(ics),
                 "--organiser-email", "stuur.12 at example"]) == 1
    assert ics.read_bytes() == before
    err = capsys.readouterr().err
    assert "'stuur.12 at example' is geen e-mailadres" in err and "Traceback" not in err
