"""The three partner files in ../shared/samples import exactly as their README says."""

from __future__ import annotations

from exchange_helpers import SAMPLES
from exchange_helpers import checksum

from g4b_desktop import cli
from g4b_desktop.db.history import revert_change_set
from g4b_desktop.exchange import partner_import


def commitments(store):
    return store.rows(
        "SELECT w.code AS worksite, c.title, c.status, c.progress, c.due_date, c.notes FROM commitment c "
        "JOIN worksite w ON w.id = c.worksite_id ORDER BY c.rowid")


def import_twice(store, name, **options):
    loaded = partner_import.load(store, SAMPLES / name)
    first, changes = partner_import.apply(store, loaded, **options)
    second, again = partner_import.apply(store, partner_import.load(store, SAMPLES / name), **options)
    return first, changes, second, again


def test_actiris_dutch_title_rows_and_merged_cell(store):
    before = store.scalar("SELECT count(*) FROM commitment")
    first, changes, second, again = import_twice(store, "actiris-opvolging-2026.nl.xlsx")
    assert first.loaded.header_row == 4
    assert [r.state for r in first.rows] == ["new"] * 4
    assert store.scalar("SELECT count(*) FROM commitment") == before + 4
    assert commitments(store) == [
        {"worksite": "2.1.1", "title": "Informatiecampagne Jongerengarantie in de 19 gemeenten",
         "status": "in_progress", "progress": 60, "due_date": "2026-12-31",
         "notes": "Campagne loopt, 12 gemeenten bereikt"},
        {"worksite": "2.1.4", "title": "Stages in bedrijven uitbreiden", "status": "realised", "progress": 100,
         "due_date": "2026-06-30", "notes": None},
        {"worksite": "2.2.4", "title": "Discriminatietests bij werkgevers", "status": "not_started",
         "progress": 0, "due_date": "2027-03-31", "notes": "Wacht op ordonnantie"},
        {"worksite": "2.3.5", "title": "Reconversiecellen bij collectief ontslag", "status": "postponed",
         "progress": 20, "due_date": "2027-12-31", "notes": "Budget 2027"},
    ]
    label, source = store.rows("SELECT label, source FROM change_set WHERE id = ?", [changes.change_set_id])[0].values()
    assert (label, source) == ("Import actiris-opvolging-2026.nl.xlsx", "actiris-opvolging-2026.nl.xlsx")
    assert [r.state for r in second.rows] == ["unchanged"] * 4
    assert not again and again.change_set_id is None


def test_hub_french_text_dates_percentages_and_formula_text(store):
    first, _, second, again = import_twice(store, "hub-suivi-2026.fr.xlsx")
    assert commitments(store) == [
        {"worksite": "1.2.1", "title": "Évaluer le Small Business Act", "status": "in_progress",
         "progress": 45.5, "due_date": "2026-12-31", "notes": "Évaluation externe attribuée"},
        {"worksite": "1.2.2", "title": "Stratégie e-commerce", "status": "realised", "progress": 100,
         "due_date": "2026-06-30", "notes": None},
        {"worksite": "1.2.3", "title": "Plan industriel réorienté", "status": "not_started", "progress": 0,
         "due_date": "2027-06-30", "notes": "=> à discuter au comité"},
    ]
    assert any("formula" in note for note in first.notes)
    assert not again


def test_partner_csv_matches_existing_organisations_and_keeps_accents(store):
    organisations = store.scalar("SELECT count(*) FROM organisation")
    first, _, second, again = import_twice(store, "partenaires-objectif-1.2.fr.csv")
    assert store.scalar("SELECT count(*) FROM organisation") == organisations
    people = store.rows("SELECT p.full_name, p.function, p.email, p.phone, o.name AS organisation FROM person p "
                        "JOIN organisation o ON o.id = p.organisation_id ORDER BY p.rowid")
    assert people == [
        {"full_name": "Élise Dupré", "function": "Chargée de mission", "email": "e.dupre@example.be",
         "phone": "+32 2 000 00 01", "organisation": "hub.brussels"},
        {"full_name": "Jean-François Lemaître", "function": "Directeur", "email": "jf.lemaitre@example.be",
         "phone": "+32 2 000 00 02", "organisation": "citydev.brussels"},
        {"full_name": "Zoë Van den Broeck", "function": "Projectleider", "email": "z.vandenbroeck@example.be",
         "phone": None, "organisation": "port.brussels"},
    ]
    assert [n for r in first.rows for n in r.notes] == [
        "role 'Membre du comité de pilotage' not applied: no objective given",
        "role 'Partenaire' not applied: no objective given",
        "role 'Partenaire' not applied: no objective given"]
    assert any("--objective" in note for note in first.notes)
    assert not again


def test_partner_csv_roles_with_objective(store):
    objective = store.scalar("SELECT id FROM objective WHERE code = '2.8'")
    assert store.scalar("SELECT count(*) FROM membership WHERE objective_id = ? AND organisation_id IS NOT NULL "
                        "AND organisation_id IN (SELECT id FROM organisation WHERE name IN ('hub.brussels', 'citydev.brussels', 'port.brussels'))",
                        [objective]) == 0
    loaded = partner_import.load(store, SAMPLES / "partenaires-objectif-1.2.fr.csv")
    result, _ = partner_import.apply(store, loaded, objective="2.8")
    assert not any(r.notes for r in result.rows)
    roles = store.rows("SELECT o.name, m.role FROM membership m JOIN organisation o ON o.id = m.organisation_id "
                       "WHERE m.objective_id = ? ORDER BY m.rowid", [objective])
    assert roles[-3:] == [{"name": "hub.brussels", "role": "committee_member"},
                          {"name": "citydev.brussels", "role": "partner"},
                          {"name": "port.brussels", "role": "partner"}]


def test_import_is_undone_as_one_step(store, db_path):
    before = checksum(db_path)
    _, changes = partner_import.apply(store, partner_import.load(store, SAMPLES / "actiris-opvolging-2026.nl.xlsx"))
    revert_change_set(store, changes.change_set_id)
    assert store.scalar("SELECT count(*) FROM commitment") == 0
    assert before != checksum(db_path)  # the history keeps both actions; the records are back
    assert store.scalar("SELECT count(*) FROM import_mapping") == 0


def test_cli_import_dry_run_and_objective(db_path, capsys):
    before = checksum(db_path)
    assert cli.main(["import", str(SAMPLES / "hub-suivi-2026.fr.xlsx"), "--db", str(db_path), "--dry-run"]) == 0
    assert checksum(db_path) == before
    assert "3 new" in capsys.readouterr().out
    assert cli.main(["import", str(SAMPLES / "partenaires-objectif-1.2.fr.csv"), "--db", str(db_path),
                     "--objective", "1.2"]) == 0
    out = capsys.readouterr().out
    assert "not applied" not in out and "3 new" in out
