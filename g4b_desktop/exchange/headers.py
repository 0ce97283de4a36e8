"""Column headers in Dutch, French and English, and matching them to fields.

Each field has its export label per language (first) and the other ways partners write it.
Matching ignores case, accents, spacing and punctuation: "Vooruitgang (%)" = "vooruitgang",
"État" = "etat".
"""

from __future__ import annotations

import re
import unicodedata

# kind -> field -> {"nl": [...], "fr": [...], "en": [...]}; the first word per language is the label.
FIELDS: dict[str, dict[str, dict[str, list[str]]]] = {
    "commitment": {
        "worksite": {"nl": ["Beleidswerf", "Werf", "Beleidswerf code"],
                     "fr": ["Chantier", "Code chantier"], "en": ["Worksite", "Worksite code"]},
        "code": {"nl": ["Code engagement", "Code"], "fr": ["Code engagement", "Code"],
                 "en": ["Commitment code", "Code"]},
        "title": {"nl": ["Engagement", "Operationeel engagement", "Titel", "Omschrijving engagement"],
                  "fr": ["Engagement", "Engagement opérationnel", "Intitulé", "Titre"],
                  "en": ["Commitment", "Operational commitment", "Title"]},
        "description": {"nl": ["Beschrijving"], "fr": ["Description"], "en": ["Description"]},
        "status": {"nl": ["Status", "Stand van zaken", "Toestand"], "fr": ["État", "Statut", "Etat d'avancement"],
                   "en": ["Status", "State"]},
        "progress": {"nl": ["Vooruitgang (%)", "Vooruitgang", "Voortgang", "Voortgang (%)", "Vordering"],
                     "fr": ["Avancement (%)", "Avancement", "Progression", "Progrès"],
                     "en": ["Progress (%)", "Progress", "Percent complete"]},
        "health": {"nl": ["Planning"], "fr": ["Calendrier"], "en": ["Health", "Schedule"]},
        "lead": {"nl": ["Trekker", "Verantwoordelijke organisatie", "Leidende organisatie"],
                 "fr": ["Pilote", "Organisation pilote", "Porteur"],
                 "en": ["Lead organisation", "Lead", "Lead organization"]},
        "due_date": {"nl": ["Deadline", "Termijn", "Einddatum", "Vervaldatum", "Timing"],
                     "fr": ["Échéance", "Date limite", "Date de fin", "Délai"],
                     "en": ["Due date", "Deadline", "Due"]},
        "notes": {"nl": ["Opmerkingen", "Opmerking", "Commentaar", "Toelichting"],
                  "fr": ["Commentaire", "Commentaires", "Remarques", "Remarque"],
                  "en": ["Notes", "Comments", "Comment", "Remarks"]},
        "id": {"nl": ["Record-id", "ID"], "fr": ["ID de l'enregistrement", "ID"], "en": ["Record id", "ID"]},
        "updated_at": {"nl": ["Laatst gewijzigd"], "fr": ["Dernière modification"], "en": ["Last changed"]},
    },
    "organisation": {
        "organisation": {"nl": ["Organisatie", "Organisatienaam"], "fr": ["Organisation", "Organisme"],
                         "en": ["Organisation", "Organization"]},
        "contact": {"nl": ["Contactpersoon", "Naam contactpersoon", "Contact"],
                    "fr": ["Personne de contact", "Contact", "Nom du contact"],
                    "en": ["Contact person", "Contact", "Contact name"]},
        "function": {"nl": ["Functie"], "fr": ["Fonction"], "en": ["Function", "Job title"]},
        "email": {"nl": ["E-mail", "E-mailadres", "Mail"], "fr": ["E-mail", "Courriel", "Adresse e-mail"],
                  "en": ["E-mail", "Email", "Email address"]},
        "phone": {"nl": ["Telefoon", "Telefoonnummer", "Tel"], "fr": ["Téléphone", "Tél", "Tel"],
                  "en": ["Phone", "Telephone"]},
        "role": {"nl": ["Rol"], "fr": ["Rôle"], "en": ["Role"]},
        "objective": {"nl": ["Doelstelling"], "fr": ["Objectif"], "en": ["Objective"]},
    },
    "indicator": {
        "indicator": {"nl": ["Indicator", "Kerncijfer"], "fr": ["Indicateur", "Chiffre clé"],
                      "en": ["Indicator", "Key figure"]},
        "year": {"nl": ["Jaar"], "fr": ["Année", "Annee"], "en": ["Year"]},
        "value": {"nl": ["Waarde"], "fr": ["Valeur"], "en": ["Value"]},
        "target": {"nl": ["Doel", "Streefwaarde"], "fr": ["Cible"], "en": ["Target"]},
        "note": {"nl": ["Opmerking"], "fr": ["Remarque", "Note"], "en": ["Note"]},
    },
    "action": {
        "objective": {"nl": ["Doelstelling"], "fr": ["Objectif"], "en": ["Objective"]},
        "meeting_date": {"nl": ["Vergaderdatum", "Datum vergadering", "Vergadering"],
                         "fr": ["Date de la réunion", "Réunion", "Date réunion"],
                         "en": ["Meeting date", "Meeting"]},
        "action": {"nl": ["Actiepunt", "Actie"], "fr": ["Point d'action", "Action"], "en": ["Action item", "Action"]},
        "owner": {"nl": ["Verantwoordelijke", "Wie"], "fr": ["Responsable", "Qui"], "en": ["Owner", "Who"]},
        "due_date": {"nl": ["Deadline", "Termijn", "Tegen"], "fr": ["Échéance", "Date limite", "Pour le"],
                     "en": ["Due date", "Deadline", "Due"]},
        "state": {"nl": ["Stand", "Status"], "fr": ["État", "Statut"], "en": ["State", "Status"]},
    },
}

# What a file must have for each kind (besides a mapped column for each of these).
REQUIRED = {
    "commitment": ("title",),
    "organisation": ("organisation",),
    "indicator": ("indicator", "year", "value"),
    "action": ("action",),
}
# Columns that decide which kind a file is.
DISTINCTIVE = {
    "commitment": ("title", "worksite", "progress", "id"),
    "organisation": ("organisation", "contact"),
    "indicator": ("indicator", "year"),
    "action": ("action", "meeting_date", "owner"),
}


_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text) -> str:
    """Lower case, no accents, only letters and digits: the form headers are compared in."""
    if text is None:
        return ""
    text = str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
    # the same result as keeping the alphanumeric, non-combining characters (checked over every code
    # point), in C rather than a Python loop: an import compares every title of the worksites it touches
    return _NOT_ALNUM.sub("", text).lower()


# normalise() of ASCII text, on bytes: lower-case the letters, drop everything but letters and digits
_ASCII_LOWER = bytes(range(256)).lower()
_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum() and c != 0)


def normalise_many(texts) -> list[str]:
    """[normalise(t) for t in texts], faster for many (an import compares every title of the
    worksites it touches: 50,000 at a time). All texts are decomposed (NFKD) together; where that
    leaves no letter or digit outside ASCII (accents become combining marks, which are dropped), the
    rest is done on bytes in one go; a text with other letters (ß, ø, œ, Greek) goes through normalise()."""
    texts = ["" if text is None else str(text) for text in texts]
    if not texts:
        return []
    joined = "\x00".join(texts)   # NUL: dropped by normalise(), unchanged by NFKD, between texts here
    if joined.count("\x00") != len(texts) - 1:
        return [normalise(text) for text in texts]
    if joined.isascii():
        data = joined.encode("ascii")
    else:
        joined = unicodedata.normalize("NFKD", joined)
        others = {c for c in set(joined) if not c.isascii() and c.isalnum()}
        if others:
            return [normalise(text) if not others.isdisjoint(part) else _ascii_normalise(part)
                    for text, part in zip(texts, joined.split("\x00"))]
        data = joined.encode("ascii", "ignore")
    return data.translate(_ASCII_LOWER, _ASCII_DROP).decode("ascii").split("\x00")


def _ascii_normalise(decomposed: str) -> str:
    return decomposed.encode("ascii", "ignore").translate(_ASCII_LOWER, _ASCII_DROP + b"\x00").decode("ascii")


def label(kind: str, field: str, lang: str) -> str:
    return FIELDS[kind][field][lang][0]


def _index(kind: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, words in FIELDS[kind].items():
        for lang in ("nl", "fr", "en"):
            for word in words[lang]:
                index.setdefault(normalise(word), name)
    return index


SEPARATOR = " / "


def combine(top: list, below: list) -> list:
    """One header per column from a two-row header: "Opvolging / Vooruitgang" under a group heading, the
    single text where only one row has one (a heading merged over both rows)."""
    width = max(len(top), len(below))
    result = []
    for position in range(width):
        upper = top[position] if position < len(top) else None
        lower = below[position] if position < len(below) else None
        upper = None if upper in (None, "") else str(upper).strip()
        lower = None if lower in (None, "") else str(lower).strip()
        if upper and lower and normalise(upper) != normalise(lower):
            result.append(f"{upper}{SEPARATOR}{lower}")
        else:
            result.append(upper or lower)
    return result


def _candidates(header) -> list[str]:
    """The texts a header is matched by: itself, then (for a combined header) its lower, then upper part."""
    found = [normalise(header)]
    if isinstance(header, str) and SEPARATOR in header:
        upper, _, lower = header.partition(SEPARATOR)
        found += [normalise(lower), normalise(upper)]
    return found


def match_headers(kind: str, headers: list) -> dict[int, str]:
    """Column index -> field for the headers recognised (each field at most once)."""
    index = _index(kind)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for position, header in enumerate(headers):
        name = next((index[c] for c in _candidates(header) if c in index), None)
        if name and name not in used:
            mapping[position] = name
            used.add(name)
    return mapping


def guess_kind(headers: list) -> tuple[str, dict[int, str]]:
    """The kind of import whose distinctive fields the headers match best, with its mapping."""
    best = ("commitment", {}, -1)
    for kind in FIELDS:
        mapping = match_headers(kind, headers)
        score = sum(2 if f in DISTINCTIVE[kind] else 1 for f in mapping.values())
        if all(f in mapping.values() for f in REQUIRED[kind]) and score > best[2]:
            best = (kind, mapping, score)
    return best[0], best[1]


def find_header_row(rows: list[tuple[int, list]], scan: int = 30) -> int | None:
    """Position (in `rows`) of the header row: the first of the top rows that matches a kind.

    Title rows above (often a merged cell holding one text) match no kind's required columns.
    """
    best, best_score = None, 0
    for position, (_, values) in enumerate(rows[:scan]):
        kind, mapping = guess_kind(values)
        if mapping and all(f in mapping.values() for f in REQUIRED[kind]) and len(mapping) >= 2:
            score = len(mapping)
            if score > best_score:
                best, best_score = position, score
                break
    return best
