"""Small wrong sentences found by attacking the command line (reliability #17): each case gives exit 1
and the one right sentence, in English and, where the words differ by language, in French and Dutch."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pypdf
import pytest

from g4b_desktop import settings
from g4b_desktop.db import meetings
from g4b_desktop.db.store import Store

from .test_file_conditions import digest, g4b, one_sentence, run

FRENCH = {"LC_ALL": "fr_BE.UTF-8"}  # before LANG, which the helper sets to English


# ---- a device or a pipe as the database ---------------------------------------------------------

def test_a_pipe_as_the_database_is_no_database_and_is_not_waited_on(tmp_path, data_dir):
    """Before: "fifo: the file is empty (0 bytes); ... Create one there with: g4b init", and `init`
    replaced the pipe by a database. A pipe is never opened (reading it waits for a writer): the
    helper's time limit fails the test on a hang."""
    pipe = tmp_path / "fifo"
    os.mkfifo(pipe)
    for args in (("info",), ("backup",), ("init",)):
        code, _out, err = g4b(*args, "--db", pipe, data_dir=data_dir, timeout=30)
        assert code == 1, (args, err)
        assert one_sentence(err) == f"g4b: {pipe}: this is not a database file but a device or a pipe."
    code, _out, err = g4b("info", "--db", pipe, data_dir=data_dir, env=FRENCH, timeout=30)
    assert code == 1
    assert one_sentence(err) == (f"g4b: {pipe} : ceci n'est pas un fichier de base de données mais un "
                                 "périphérique ou un tube.")
    assert pipe.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


def test_a_device_as_the_database_is_no_database(capsys, data_dir):
    code, _out, err = run(capsys, "info", "--db", "/dev/zero")
    assert code == 1
    assert one_sentence(err) == "g4b: /dev/zero: this is not a database file but a device or a pipe."


# ---- folders given where a file is meant ---------------------------------------------------------

def test_importing_a_folder_says_it_is_a_folder(capsys, db_path, tmp_path, data_dir):
    folder = tmp_path / "partners"
    folder.mkdir()
    before = digest(db_path)
    code, _out, err = run(capsys, "import", folder, "--objective", "1.2", "--db", db_path)
    assert code == 1
    assert one_sentence(err) == "g4b: partners: this is a folder, not a file."  # before: "no such file."
    settings.remember({"language": "fr"})
    code, _out, err = run(capsys, "import", folder, "--objective", "1.2", "--db", db_path)
    assert code == 1
    assert one_sentence(err) == "g4b: partners : ceci est un dossier, pas un fichier."
    assert digest(db_path) == before


def test_a_backup_into_an_existing_folder_names_the_folder(capsys, db_path, tmp_path, data_dir):
    folder = tmp_path / "copies"
    folder.mkdir()
    code, _out, err = run(capsys, "backup", "--db", db_path, "--out", folder)
    assert code == 1
    assert one_sentence(err) == f"g4b: {folder}: this is a folder, not a file."  # before: "the file exists already"
    assert list(folder.iterdir()) == []


# ---- one table, several tables -------------------------------------------------------------------

ANOTHER_PROGRAM = {
    1: {"en": "it holds 1 table that is not a Go4Brussels table",
        "nl": "met 1 tabel die geen Go4Brussels-tabel is",
        "fr": "elle contient 1 table qui n'est pas une table Go4Brussels"},
    3: {"en": "it holds 3 tables that are not Go4Brussels records",
        "nl": "met 3 tabellen die geen Go4Brussels-gegevens zijn",
        "fr": "elle contient 3 tables qui ne sont pas des données Go4Brussels"},
}


@pytest.mark.parametrize("tables", [1, 3])
def test_another_programs_database_counts_its_tables_in_words(capsys, tmp_path, data_dir, tables):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as made:
        for number in range(tables):
            made.execute(f"CREATE TABLE place_{number} (name TEXT)")
    made.close()
    before = digest(path)
    for lang, words in ANOTHER_PROGRAM[tables].items():
        settings.remember({"language": lang})
        code, _out, err = run(capsys, "info", "--db", path)
        assert code == 1
        assert f"({words})" in one_sentence(err), (lang, err)
    assert digest(path) == before


# ---- the shortening note in the document's language ----------------------------------------------

NOTES = {  # (language, length) -> the note; French groups with a narrow no-break space (U+202F)
    ("en", 1204): "[shortened: 1,204 characters in all]",
    ("nl", 1204): "[ingekort: 1.204 tekens in totaal]",
    ("fr", 1204): "[abrégé : 1\u202f204 caractères en tout]",
    ("en", 3000): "[shortened: 3,000 characters in all]",
    ("nl", 3000): "[ingekort: 3.000 tekens in totaal]",
    ("fr", 3000): "[abrégé : 3\u202f000 caractères en tout]",
    ("en", 24_999): "[shortened: 24,999 characters in all]",
    ("nl", 24_999): "[ingekort: 24.999 tekens in totaal]",
    ("fr", 24_999): "[abrégé : 24\u202f999 caractères en tout]",
}
FIRST_WORDS = {"en": "[shortened:", "nl": "[ingekort:", "fr": "[abrégé :"}


@pytest.fixture
def long_meeting(db_path) -> str:
    """A meeting with a 3,000-character place and an agenda item whose minutes have 24,999 characters.
    With its start time, the facts table leaves room at the foot of page 1 for the heading
    "Proceedings" but not for the space before it: the minutes exited 70 (reportlab's splitting error)."""
    with Store.open(db_path, author="tester") as store:
        objective = store.scalar("SELECT id FROM objective WHERE code = '1.1'")
        with store.action("Plan") as act:
            made = meetings.insert_meeting(act, objective, "2027-01-10", start_time="10:00", place="P" * 3000)
        meetings.add_agenda_item(store, made, "Long", minutes=("word " * 5000).strip())
    return made


def ics_text(path: Path) -> str:
    """The calendar file unfolded and unescaped (as a calendar program reads it)."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    return re.sub(r"\\([,;\\])", r"\1", text)


def pdf_text(path: Path) -> str:
    return " ".join(re.sub(r"\s+", " ", page.extract_text()) for page in pypdf.PdfReader(path).pages)


def test_the_invitations_shortening_note_groups_thousands_in_its_language(capsys, db_path, tmp_path, long_meeting,
                                                                          data_dir):
    """Before: "[shortened: 3.000 characters in all]" in an English invitation."""
    for lang in ("en", "nl", "fr"):
        target = tmp_path / f"invitation-{lang}.ics"
        code, _out, err = run(capsys, "invitation", "--meeting", long_meeting, "--db", db_path, "--out", target,
                              "--lang", lang)
        assert code == 0, err
        location = next(line for line in ics_text(target).splitlines() if line.startswith("LOCATION:"))
        assert location.endswith("P … " + NOTES[lang, 3000]), (lang, location[-80:])


def test_the_minutes_shortening_notes_are_in_the_minutes_language(capsys, db_path, tmp_path, long_meeting, data_dir):
    """Before: "… [ingekort: 3.000 tekens in totaal]" in English and French minutes (the story is made
    before the document that set the language). Dutch minutes first: nothing carries over."""
    for lang in ("nl", "en", "fr"):
        target = tmp_path / f"minutes-{lang}.pdf"
        code, _out, err = run(capsys, "minutes", "--meeting", long_meeting, "--db", db_path, "--out", target,
                              "--lang", lang)
        assert code == 0, err
        text = pdf_text(target).replace("\u202f", " ")  # the text read back has plain spaces
        for count in (3000, 24_999):  # the place (a table cell), the minutes of the item (a paragraph)
            assert NOTES[lang, count].replace("\u202f", " ") in text, (lang, count)
        for other in {"nl", "en", "fr"} - {lang}:
            assert FIRST_WORDS[other] not in text, (lang, other)


def test_the_progress_notes_shortening_note_is_in_the_notes_language(capsys, db_path, tmp_path, data_dir):
    """A 1,200-character objective title: its heading "1.1 OOO…" (1,204 characters) is shortened to 500 with a note."""
    with Store.open(db_path, author="tester") as store:
        objective = store.scalar("SELECT id FROM objective WHERE code = '1.1'")
        with store.action("Long title") as act:
            act.update("objective", objective, {"title": "O" * 1200, "title_fr": "O" * 1200})
    for lang in ("nl", "en", "fr"):
        target = tmp_path / f"note-{lang}.pdf"
        code, _out, err = run(capsys, "export", "pdf", "--objective", "1.1", "--db", db_path, "--out", target,
                              "--lang", lang)
        assert code == 0, err
        assert NOTES[lang, 1204].replace("\u202f", " ") in pdf_text(target).replace("\u202f", " "), lang
