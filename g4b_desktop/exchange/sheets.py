"""What the export workbook holds: one sheet per kind of record, its columns and labels.

Shared by the export (writing), the consolidation (reading back) and the return workbook. A
column is (field, labels per language, type); the type says how the cell is written: "code" and
"text" as text, "number" as a number, "date" as a real date, "enum" as its label with a drop-down,
"stamp" and "id" as text at the end of the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, MEMBERSHIP_ROLE, PRIORITY_TYPE
from ..db.enums import ACTION_STATE, MEETING_STATE
from .headers import FIELDS


def L(nl: str, fr: str, en: str) -> dict[str, str]:
    return {"nl": nl, "fr": fr, "en": en}


def _commitment_label(field: str) -> dict[str, str]:
    words = FIELDS["commitment"][field]
    return {lang: words[lang][0] for lang in ("nl", "fr", "en")}


@dataclass(frozen=True)
class Column:
    field: str                  # the column of the query (and, for editable ones, of the table)
    labels: dict[str, str]
    kind: str = "text"          # text | code | number | date | enum | stamp | id | ref
    enum: dict | None = None
    width: int | None = None
    editable: bool = False      # a consolidation may bring this field in (a column of `table`)


@dataclass(frozen=True)
class SheetSpec:
    key: str                    # the table it comes from
    names: dict[str, str]
    columns: tuple[Column, ...]
    query: str                  # selects every column's field, in any order; {where} for the objective filter
    objective_filter: str = ""  # SQL condition on :objective_id

    def header(self, lang: str) -> list[str]:
        return [c.labels[lang] for c in self.columns]


STAMP = Column("updated_at", _commitment_label("updated_at"), "stamp", width=24)
ID = Column("id", _commitment_label("id"), "id", width=38)

OBJECTIVES = SheetSpec(
    "objective", L("Doelstellingen", "Objectifs", "Objectives"),
    (Column("code", L("Code", "Code", "Code"), "code", width=8),
     Column("pillar", L("Pijler", "Pilier", "Pillar"), "code", width=8),
     Column("title", L("Doelstelling", "Objectif", "Objective"), width=60, editable=True),
     Column("general_objectives", L("Algemene doelstellingen", "Objectifs généraux", "General objectives"),
            width=60, editable=True),
     Column("status_2025", L("Statuut t.o.v. Strategie 2025", "Statut par rapport à la Stratégie 2025",
                             "Status relative to Strategy 2025"), width=30, editable=True),
     Column("priority_type", L("Soort prioriteit", "Type de priorité", "Priority type"), "enum",
            PRIORITY_TYPE, width=24, editable=True),
     Column("priority_type_text", L("Soort prioriteit (tekst)", "Type de priorité (texte)", "Priority type (text)"),
            width=30, editable=True),
     STAMP, ID),
    "SELECT o.*, p.code AS pillar FROM objective o JOIN pillar p ON p.id = o.pillar_id {where} "
    "ORDER BY o.position, o.code",
    "o.id = :objective_id",
)

WORKSITES = SheetSpec(
    "worksite", L("Beleidswerven", "Chantiers", "Worksites"),
    (Column("code", L("Code", "Code", "Code"), "code", width=10),
     Column("objective", L("Doelstelling", "Objectif", "Objective"), "code", width=10),
     Column("title", L("Beleidswerf", "Chantier", "Worksite"), width=60, editable=True),
     Column("steering_bodies", L("Sturende instanties", "Instances pilotes", "Steering bodies"), width=40,
            editable=True),
     Column("description", L("Beschrijving", "Description", "Description"), width=60, editable=True),
     STAMP, ID),
    "SELECT w.*, o.code AS objective FROM worksite w JOIN objective o ON o.id = w.objective_id {where} "
    "ORDER BY o.position, w.position, w.code",
    "w.objective_id = :objective_id",
)

COMMITMENTS = SheetSpec(
    "commitment", L("Engagementen", "Engagements", "Commitments"),
    (Column("worksite", _commitment_label("worksite"), "code", width=10),
     Column("code", _commitment_label("code"), "code", width=12),
     Column("title", _commitment_label("title"), width=50, editable=True),
     Column("description", _commitment_label("description"), width=40, editable=True),
     Column("status", _commitment_label("status"), "enum", COMMITMENT_STATUS, width=16, editable=True),
     Column("progress", _commitment_label("progress"), "number", width=12, editable=True),
     Column("health", _commitment_label("health"), "enum", COMMITMENT_HEALTH, width=16, editable=True),
     Column("lead", _commitment_label("lead"), "ref", width=30),
     Column("due_date", _commitment_label("due_date"), "date", width=12, editable=True),
     Column("notes", _commitment_label("notes"), width=40, editable=True),
     STAMP, ID),
    "SELECT c.id, c.code, c.title, c.description, c.status, c.progress, c.health, c.due_date, c.notes, "
    "c.updated_at, c.lead_organisation_id, w.code AS worksite, g.name AS lead "
    "FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
    "LEFT JOIN organisation g ON g.id = c.lead_organisation_id {where} ORDER BY w.code, c.position, c.code",
    "w.objective_id = :objective_id",
)

ORGANISATIONS = SheetSpec(
    "organisation", L("Organisaties", "Organisations", "Organisations"),
    (Column("name", L("Organisatie", "Organisation", "Organisation"), width=40, editable=True),
     Column("short_name", L("Korte naam", "Nom court", "Short name"), width=16, editable=True),
     Column("kind", L("Soort", "Type", "Kind"), width=16, editable=True),
     Column("website", L("Website", "Site web", "Website"), width=28, editable=True),
     Column("email", L("E-mail", "E-mail", "E-mail"), width=28, editable=True),
     Column("phone", L("Telefoon", "Téléphone", "Phone"), width=18, editable=True),
     Column("notes", L("Opmerkingen", "Remarques", "Notes"), width=40, editable=True),
     STAMP, ID),
    "SELECT g.* FROM organisation g {where} ORDER BY g.name COLLATE NOCASE",
    "g.id IN (SELECT organisation_id FROM membership WHERE objective_id = :objective_id UNION "
    "SELECT c.lead_organisation_id FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
    "WHERE w.objective_id = :objective_id)",
)

CONTACTS = SheetSpec(
    "person", L("Contactpersonen", "Contacts", "Contacts"),
    (Column("full_name", L("Contactpersoon", "Personne de contact", "Contact person"), width=30, editable=True),
     Column("organisation", L("Organisatie", "Organisation", "Organisation"), "ref", width=30),
     Column("function", L("Functie", "Fonction", "Function"), width=24, editable=True),
     Column("email", L("E-mail", "E-mail", "E-mail"), width=28, editable=True),
     Column("phone", L("Telefoon", "Téléphone", "Phone"), width=18, editable=True),
     Column("notes", L("Opmerkingen", "Remarques", "Notes"), width=40, editable=True),
     STAMP, ID),
    "SELECT p.*, g.name AS organisation FROM person p LEFT JOIN organisation g ON g.id = p.organisation_id "
    "{where} ORDER BY p.full_name COLLATE NOCASE",
    "(p.organisation_id IN (SELECT organisation_id FROM membership WHERE objective_id = :objective_id) "
    "OR p.id IN (SELECT person_id FROM membership WHERE objective_id = :objective_id))",
)

MEMBERSHIPS = SheetSpec(
    "membership", L("Lidmaatschappen", "Participations", "Memberships"),
    (Column("objective", L("Doelstelling", "Objectif", "Objective"), "code", width=10),
     Column("organisation", L("Organisatie", "Organisation", "Organisation"), "ref", width=40),
     Column("person", L("Contactpersoon", "Personne de contact", "Contact person"), "ref", width=30),
     Column("role", L("Rol", "Rôle", "Role"), "enum", MEMBERSHIP_ROLE, width=28),
     Column("name_as_printed", L("Naam zoals gedrukt", "Nom tel qu'imprimé", "Name as printed"), width=30),
     STAMP, ID),
    "SELECT m.*, o.code AS objective, g.name AS organisation, p.full_name AS person FROM membership m "
    "JOIN objective o ON o.id = m.objective_id LEFT JOIN organisation g ON g.id = m.organisation_id "
    "LEFT JOIN person p ON p.id = m.person_id {where} ORDER BY o.position, m.role, m.position",
    "m.objective_id = :objective_id",
)

INDICATOR_COLUMNS = (
    Column("code", L("Code", "Code", "Code"), "code", width=8),
    Column("title", L("Indicator", "Indicateur", "Indicator"), width=50),
    Column("unit", L("Eenheid", "Unité", "Unit"), width=10),
    Column("source", L("Bron", "Source", "Source"), width=24),
)
INDICATORS_NAME = L("Indicatoren", "Indicateurs", "Indicators")

MEETING_SHEETS = (
    SheetSpec(
        "meeting", L("Vergaderingen", "Réunions", "Meetings"),
        (Column("objective", L("Doelstelling", "Objectif", "Objective"), "code", width=10),
         Column("date", L("Datum", "Date", "Date"), "date", width=12),
         Column("title", L("Titel", "Titre", "Title"), width=40),
         Column("place", L("Plaats", "Lieu", "Place"), width=24),
         Column("state", L("Stand", "État", "State"), "enum", MEETING_STATE, width=16),
         Column("notes", L("Opmerkingen", "Remarques", "Notes"), width=40),
         STAMP, ID),
        "SELECT m.*, o.code AS objective FROM meeting m JOIN objective o ON o.id = m.objective_id {where} "
        "ORDER BY m.date",
        "m.objective_id = :objective_id",
    ),
    SheetSpec(
        "outcome", L("Beslissingen", "Décisions", "Decisions"),
        (Column("objective", L("Doelstelling", "Objectif", "Objective"), "code", width=10),
         Column("meeting_date", L("Vergaderdatum", "Date de la réunion", "Meeting date"), "date", width=12),
         Column("agenda_item", L("Agendapunt", "Point de l'ordre du jour", "Agenda item"), width=30),
         Column("text", L("Beslissing", "Décision", "Decision"), width=60),
         STAMP, ID),
        "SELECT d.*, o.code AS objective, m.date AS meeting_date, a.title AS agenda_item FROM outcome d "
        "JOIN agenda_item a ON a.id = d.agenda_item_id JOIN meeting m ON m.id = a.meeting_id "
        "JOIN objective o ON o.id = m.objective_id WHERE d.kind = 'decision' {where_and} ORDER BY m.date, a.position",
        "m.objective_id = :objective_id",
    ),
    SheetSpec(
        "meeting_action", L("Actiepunten", "Points d'action", "Action items"),
        (Column("objective", L("Doelstelling", "Objectif", "Objective"), "code", width=10),
         Column("meeting_date", L("Vergaderdatum", "Date de la réunion", "Meeting date"), "date", width=12),
         Column("what", L("Actiepunt", "Point d'action", "Action item"), width=50),
         Column("owner", L("Verantwoordelijke", "Responsable", "Owner"), width=24),
         Column("due_date", L("Deadline", "Échéance", "Due date"), "date", width=12),
         Column("state", L("Stand", "État", "State"), "enum", ACTION_STATE, width=14),
         STAMP, ID),
        "SELECT x.*, o.code AS objective, m.date AS meeting_date, "
        "coalesce(x.owner_name, g.name, p.full_name) AS owner FROM meeting_action x "
        "JOIN meeting m ON m.id = x.meeting_id JOIN objective o ON o.id = m.objective_id "
        "LEFT JOIN organisation g ON g.id = x.owner_organisation_id LEFT JOIN person p ON p.id = x.owner_person_id "
        "{where} ORDER BY m.date, x.position",
        "m.objective_id = :objective_id",
    ),
)

RECORD_SHEETS = (COMMITMENTS, WORKSITES, OBJECTIVES, ORGANISATIONS, CONTACTS, MEMBERSHIPS)
ABOUT_NAME = L("Over deze export", "À propos", "About")
