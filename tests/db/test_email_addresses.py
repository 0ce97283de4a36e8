"""E-mail addresses are checked where they are stored: contacts, organisations, meeting invitees and
organisers, and rows of an imported partner list (refused with the file, row and column)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from g4b_desktop import texts
from g4b_desktop.db import meetings, partners, queries
from g4b_desktop.db.errors import ValidationError
from g4b_desktop.db.validation import is_email


@pytest.mark.parametrize("address", ["anne.dupont@example.brussels", "x@actiris.be", "first+tag@gmail.com",
                                     "jean-françois@économie.be", "info@sub.perspective.brussels"])
def test_real_addresses_pass(address):
    assert is_email(address)


@pytest.mark.parametrize("address", ["pas-un-email", "anne@", "@actiris.be", "anne@actiris", "anne dupont@actiris.be",
                                     "anne@actiris.b", "anne..dupont@actiris.be", "anne@-actiris.be",
                                     "anne@actiris_be.be", "anne@actiris.be; jan@actiris.be", "anne@actiris.be."])
def test_what_is_not_an_address_is_refused(address):
    assert not is_email(address)


def test_the_store_refuses_a_bad_address_in_each_language_and_changes_nothing(store):
    person_id, _ = partners.add_person(store, "Anne Dupont", email=" anne@actiris.be ")
    assert store.get("person", person_id)["email"] == "anne@actiris.be"
    before = store.scalar("SELECT count(*) FROM change_set")
    with pytest.raises(ValidationError) as caught:
        partners.update_person(store, person_id, {"email": "pas-un-email"})
    assert texts.message(caught.value, "fr") == (
        "e-mail : « pas-un-email » n'est pas une adresse e-mail (comme nom@exemple.be).")
    assert texts.message(caught.value, "nl") == "e-mail: 'pas-un-email' is geen e-mailadres (zoals naam@voorbeeld.be)."
    with pytest.raises(ValidationError):
        partners.add_organisation(store, "Nieuwe vzw", email="info at vzw.be")
    objective = queries.objective_by_code(store, "1.2")["id"]
    meeting_id, _ = meetings.plan_meeting(store, objective, "2027-03-12", invite=False)
    with pytest.raises(ValidationError):
        meetings.add_attendee(store, meeting_id, "Gast", email="gast@")
    with pytest.raises(ValidationError) as caught:
        meetings.update_meeting(store, meeting_id, {"organiser_email": "secretariaat"})
    assert texts.message(caught.value, "fr").startswith("e-mail de l'organisateur : « secretariaat »")
    assert store.get("person", person_id)["email"] == "anne@actiris.be"
    assert store.scalar("SELECT count(*) FROM change_set") == before + 1  # only the meeting was planned


def test_an_imported_partner_list_names_the_file_row_and_column_of_a_bad_address(db_path, tmp_path):
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Organisatie;Contactpersoon;E-mail;Rol\nActiris;Anne Dupont;anne@actiris.be;Lid stuurcomité\n"
                     "BISA;Jan Peeters;pas-un-email;Lid stuurcomité\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "g4b_desktop", "import", str(sheet), "--objective", "1.2",
                             "--db", str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr  # the good row is imported, the bad one is not
    assert result.stderr.strip() == ("error: partners.csv, row 3, column C (E-mail): 'pas-un-email' is not an e-mail "
                                     "address (such as name@example.be).")
    listed = subprocess.run([sys.executable, "-m", "g4b_desktop", "partners", "--contacts", "--db", str(db_path)],
                            capture_output=True, text=True, timeout=60).stdout
    assert "Anne Dupont (Actiris)" in listed and "Jan Peeters" not in listed
