"""Enumerations of the domain: stable keys stored in the database, with nl/fr/en labels."""

from __future__ import annotations

from ..texts import register_enums

LANGUAGES = ("nl", "fr", "en")

COMMITMENT_STATUS = {
    "not_started": {"nl": "Niet gestart", "fr": "Non entamé", "en": "Not started"},
    "in_progress": {"nl": "In uitvoering", "fr": "En cours", "en": "In progress"},
    "realised": {"nl": "Gerealiseerd", "fr": "Réalisé", "en": "Realised"},
    "postponed": {"nl": "Uitgesteld", "fr": "Reporté", "en": "Postponed"},
    "abandoned": {"nl": "Stopgezet", "fr": "Abandonné", "en": "Abandoned"},
}

COMMITMENT_HEALTH = {
    "on_track": {"nl": "Op schema", "fr": "Dans les temps", "en": "On track"},
    "at_risk": {"nl": "Risico", "fr": "À risque", "en": "At risk"},
    "off_track": {"nl": "Achter op schema", "fr": "En retard", "en": "Off track"},
}

MEMBERSHIP_ROLE = {
    "partner": {"nl": "Partner", "fr": "Partenaire", "en": "Partner"},
    "committee_member": {
        "nl": "Lid van het stuurcomité",
        "fr": "Membre du comité de pilotage",
        "en": "Steering-committee member",
    },
    "steering_body": {"nl": "Sturende instantie", "fr": "Instance pilote", "en": "Steering body"},
}

MINISTER_ROLE = {
    "initiating": {"nl": "Initiatiefnemende minister", "fr": "Ministre initiateur", "en": "Initiating minister"},
    "associated": {"nl": "Geassocieerde minister", "fr": "Ministre associé", "en": "Associated minister"},
}

PRIORITY_TYPE = {
    "shared": {"nl": "Gedeelde prioriteit", "fr": "Priorité partagée", "en": "Shared priority"},
    "consulted": {"nl": "Overlegde prioriteit", "fr": "Priorité concertée", "en": "Consulted priority"},
}

# Meetings (step 0003)
MEETING_KIND = {
    "committee": {"nl": "Stuurcomité", "fr": "Comité de pilotage", "en": "Steering committee"},
    "summit_preparation": {"nl": "Voorbereiding Sociale Top", "fr": "Préparation du Sommet social",
                           "en": "Social Summit preparation"},
    "other": {"nl": "Andere", "fr": "Autre", "en": "Other"},
}

MEETING_STATE = {
    "planned": {"nl": "Gepland", "fr": "Planifiée", "en": "Planned"},
    "held": {"nl": "Gehouden", "fr": "Tenue", "en": "Held"},
    "approved": {"nl": "Notulen goedgekeurd", "fr": "Procès-verbal approuvé", "en": "Minutes approved"},
}

ATTENDANCE_STATE = {
    "invited": {"nl": "Uitgenodigd", "fr": "Invité", "en": "Invited"},
    "present": {"nl": "Aanwezig", "fr": "Présent", "en": "Present"},
    "excused": {"nl": "Verontschuldigd", "fr": "Excusé", "en": "Excused"},
    "absent": {"nl": "Afwezig", "fr": "Absent", "en": "Absent"},
}

OUTCOME_KIND = {
    "information": {"nl": "Informatie", "fr": "Information", "en": "Information"},
    "decision": {"nl": "Beslissing", "fr": "Décision", "en": "Decision"},
    "action": {"nl": "Actiepunt", "fr": "Point d'action", "en": "Action item"},
}

ACTION_STATE = {
    "open": {"nl": "Open", "fr": "Ouvert", "en": "Open"},
    "done": {"nl": "Uitgevoerd", "fr": "Réalisé", "en": "Done"},
    "dropped": {"nl": "Geschrapt", "fr": "Abandonné", "en": "Dropped"},
}

# Social Summits (step 0004)
SUMMIT_VERDICT = {
    "achieved": {"nl": "Bereikt", "fr": "Atteint", "en": "Achieved"},
    "partly": {"nl": "Gedeeltelijk bereikt", "fr": "Partiellement atteint", "en": "Partly achieved"},
    "not_achieved": {"nl": "Niet bereikt", "fr": "Non atteint", "en": "Not achieved"},
}


ENUMS = {
    "commitment.status": COMMITMENT_STATUS,
    "commitment.health": COMMITMENT_HEALTH,
    "membership.role": MEMBERSHIP_ROLE,
    "objective_minister.role": MINISTER_ROLE,
    "objective.priority_type": PRIORITY_TYPE,
    "meeting.kind": MEETING_KIND,
    "meeting.state": MEETING_STATE,
    "attendance.state": ATTENDANCE_STATE,
    "outcome.kind": OUTCOME_KIND,
    "meeting_action.state": ACTION_STATE,
    "summit_priority.verdict": SUMMIT_VERDICT,
}


def label(enum: dict[str, dict[str, str]], key: str | None, lang: str = "nl") -> str:
    """The label of `key` in `lang`; an empty string for no value, the key itself if unknown."""
    if key is None or key == "":
        return ""
    entry = enum.get(key)
    if entry is None:
        return str(key)
    return entry.get(lang) or entry["en"]


def sql_check(column: str, enum: dict, nullable: bool = False) -> str:
    keys = ", ".join(f"'{k}'" for k in enum)
    check = f"({column} IN ({keys}))"
    return f"({column} IS NULL OR {check})" if nullable else check


# `texts.term("COMMITMENT_STATUS", key)` shows a key as its label in each language.
register_enums({name: table for name, table in dict(globals()).items()
                if name.isupper() and isinstance(table, dict) and name != "ENUMS"})
