"""The strategy's texts in Dutch and French, and where each text comes from.

The document is printed in Dutch: those texts stay in their columns (`worksite.title`, ...). The
French of each text is in a `*_fr` column beside it (schema step 0015), filled from the reviewed
working translation `resources/strategy/fr/*.json` (every entry keyed by code and field, with its
Dutch original) when a file is created or upgraded. `text_origin` records where every French text
(and every Dutch text that is no longer the printed one) comes from; a text without a row there has its default
origin (a Dutch text the document, a French text the working translation), so the shipped texts take no
room in the file:

- ``document``: the printed Dutch document (the default of every Dutch text);
- ``working_translation``: the reviewed working translation shipped with the program;
- ``official``: an official text loaded by the user (`g4b strategy texts import`);
- ``edited``: a text changed by a user (an edit, or an import with ``--provenance edited``).

Readers ask for a text in their language with `column(alias, table, field, lang)` (SQL) or
`pick(row, field, lang)`; Dutch is the fallback when a French text is missing, and English reads
the Dutch (the strategy has no English version; the interface says so).

Longer than 450 lines: one idea, the strategy's texts in two languages (columns, origins, the
working translation, reading in the reader's language); its parts use the same column table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..texts import words_table

ORIGINS = ("document", "working_translation", "official", "edited")

# the one line the exports and notes carry when they show French texts of the working translation
WORKING_TRANSLATION_LINE = words_table("strategy_texts", "WORKING_TRANSLATION_LINE")
# ... and in English, where the strategy's texts are the Dutch document's
DUTCH_ONLY_LINE = words_table("strategy_texts", "DUTCH_ONLY_LINE")
TEXT_LANGUAGES = ("nl", "fr")


@dataclass(frozen=True)
class Kind:
    """One kind of strategy text: its table, the column naming a record by code, and its fields."""

    name: str
    table: str
    code: str | None            # column holding the code; None: the Dutch text names the record
    fields: dict[str, tuple[str, str]]   # field -> (Dutch column, French column)


KINDS = {
    "pillar": Kind("pillar", "pillar", "code", {"title": ("title_nl", "title_fr")}),
    "objective": Kind("objective", "objective", "code", {
        "title": ("title", "title_fr"),
        "general_objectives": ("general_objectives", "general_objectives_fr"),
        "status_2025": ("status_2025", "status_2025_fr"),
        "priority_type_text": ("priority_type_text", "priority_type_text_fr"),
    }),
    "minister": Kind("minister", "minister", None, {"title": ("name", "name_fr")}),
    "worksite": Kind("worksite", "worksite", "code", {
        "title": ("title", "title_fr"),
        "description": ("description", "description_fr"),
        "steering_bodies": ("steering_bodies", "steering_bodies_fr"),
    }),
    "indicator": Kind("indicator", "indicator", "code", {
        "title": ("title", "title_fr"), "unit": ("unit", "unit_fr"), "source": ("source", "source_fr")}),
    "organisation": Kind("organisation", "organisation", "strategy_key", {"name": ("name", "name_fr")}),
    "partner_text": Kind("partner_text", "membership", None, {"text": ("name_as_printed", "name_as_printed_fr")}),
}
TABLE_KIND = {kind.table: kind for kind in KINDS.values()}

# Names printed the same in both languages: a French title equal to its Dutch one is no mistake there.
SAME_IN_BOTH = {
    "objective": set(),
    "worksite": set(),
}


def text_language(lang: str) -> str:
    """The language a reader in `lang` reads the strategy in: French in French, else the Dutch document."""
    return "fr" if lang == "fr" else "nl"


def french_column(table: str, column: str) -> str | None:
    """The French column beside a Dutch one (`title` -> `title_fr`), or None."""
    kind = TABLE_KIND.get(table)
    if kind is None:
        return None
    for nl, fr in kind.fields.values():
        if nl == column:
            return fr
    return None


def column(alias: str, table: str, name: str, lang: str) -> str:
    """SQL for a text column in the reader's language, Dutch when the French is missing.

    `column("w", "worksite", "title", "fr")` -> `coalesce(w.title_fr, w.title)`.
    """
    french = french_column(table, name)
    if french is None or text_language(lang) != "fr":
        return f"{alias}.{name}"
    return f"coalesce(nullif({alias}.{french}, ''), {alias}.{name})"


def pick(row: dict, name: str, lang: str, french: str | None = None) -> str | None:
    """A text of a row read with both columns, in the reader's language (Dutch fallback)."""
    if text_language(lang) == "fr":
        value = row.get(french or f"{name}_fr")
        if value:
            return value
    return row.get(name)


# ---- the working translation shipped with the program ------------------------------------------

def translation_folder() -> Path:
    return paths.resources_dir() / "strategy" / "fr"


@dataclass
class WorkingTranslation:
    """The reviewed French working translation, keyed by (kind, code, field) and, for texts without a
    code (ministers' titles, names as printed), by their Dutch text."""

    by_code: dict[tuple[str, str, str], tuple[str, str]]
    by_text: dict[tuple[str, str], str]
    about: list[str]

    def french(self, kind: str, code: str | None, field: str, dutch: str | None) -> str | None:
        """The French of one text, if the translation holds it for this very Dutch text."""
        if not dutch:
            return None
        if code:
            entry = self.by_code.get((kind, code, field))
            if entry and _same(entry[0], dutch):
                return entry[1] or None
            return None
        return self.by_text.get((kind, _norm(dutch))) or None

    def __len__(self) -> int:
        return len(self.by_code) + len(self.by_text)


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def _same(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def read_working_translation(folder: Path | None = None) -> WorkingTranslation:
    """Every `*.fr.json` file of the folder (an absent folder: an empty translation)."""
    folder = folder or translation_folder()
    by_code: dict[tuple[str, str, str], tuple[str, str]] = {}
    by_text: dict[tuple[str, str], str] = {}
    about: list[str] = []
    for path in sorted(folder.glob("*.fr.json")) if folder.is_dir() else []:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("about"):
            about.append(data["about"])
        for entry in data.get("entries", []):
            kind, code, field = entry.get("kind"), entry.get("code") or "", entry.get("field")
            nl, fr = entry.get("nl") or "", (entry.get("fr") or "").strip()
            if not fr or kind not in KINDS:
                continue
            if KINDS[kind].code is None or not code:
                by_text[(kind, _norm(nl))] = fr
            else:
                by_code[(kind, code, field)] = (nl, fr)
    return WorkingTranslation(by_code, by_text, about)


def steering_bodies_fr(bodies: list[str], translation: WorkingTranslation,
                       organisation_names: dict[str, str]) -> str | None:
    """The French of a worksite's steering bodies, one per line; a body without French stays Dutch.

    `organisation_names` maps a printed organisation name (or variant) to its French name.
    """
    if not bodies:
        return None
    french = []
    for body in bodies:
        text = (translation.french("minister", None, "title", body)
                or translation.french("partner_text", None, "text", body)
                or organisation_names.get(body))
        french.append(text or body)
    return "\n".join(french)


def organisation_french(data: dict, translation: WorkingTranslation) -> tuple[dict[str, str], dict[str, str]]:
    """(key -> French name, printed variant -> French name) of the strategy's organisations."""
    by_key, by_variant = {}, {}
    for organisation in data.get("organisations", []):
        fr = translation.french("organisation", organisation["key"], "name", organisation["name"])
        if fr:
            by_key[organisation["key"]] = fr
            for variant in [organisation["name"], *organisation.get("variants", [])]:
                by_variant[variant] = fr
    return by_key, by_variant


def french_values(data: dict, translation: WorkingTranslation) -> dict[tuple[str, str], dict[str, str]]:
    """The French columns of every strategy record the translation covers.

    Keys: (kind, code) for pillars, objectives, worksites, indicators and organisations (their key);
    (kind, Dutch text) for ministers and names as printed. Values: {French column: text}.
    """
    values: dict[tuple[str, str], dict[str, str]] = {}

    def put(kind: str, code: str, field: str, dutch: str | None, french: str | None) -> None:
        if french and dutch:
            values.setdefault((kind, code), {})[KINDS[kind].fields[field][1]] = french

    for pillar in data.get("pillars", []):
        title = pillar.get("title", {})
        put("pillar", pillar["code"], "title", title.get("nl"),
            translation.french("pillar", pillar["code"], "title", title.get("nl")) or title.get("fr"))
    ministers, printed = set(), set()
    for objective in data.get("objectives", []):
        for field in KINDS["objective"].fields:
            dutch = objective.get(field)
            put("objective", objective["code"], field, dutch,
                translation.french("objective", objective["code"], field, dutch))
        ministers.update(objective.get("initiating_ministers", []) + objective.get("associated_ministers", []))
        printed.update(objective.get("partners", []) + objective.get("committee_members", []))
    for name in sorted(ministers):
        put("minister", name, "title", name, translation.french("minister", None, "title", name))
    by_key, by_variant = organisation_french(data, translation)
    for worksite in data.get("worksites", []):  # organisations printed as steering bodies are members too
        printed.update(body for body in worksite.get("steering_bodies", []) if body in by_variant)
    for name in sorted(printed):
        put("partner_text", name, "text", name,
            translation.french("partner_text", None, "text", name) or by_variant.get(name))
    for organisation in data.get("organisations", []):
        put("organisation", organisation["key"], "name", organisation["name"], by_key.get(organisation["key"]))
    for worksite in data.get("worksites", []):
        for field in ("title", "description"):
            dutch = worksite.get(field)
            put("worksite", worksite["code"], field, dutch,
                translation.french("worksite", worksite["code"], field, dutch))
        bodies = worksite.get("steering_bodies", [])
        put("worksite", worksite["code"], "steering_bodies", "\n".join(bodies),
            steering_bodies_fr(bodies, translation, by_variant))
    for indicator in data.get("indicators", []):
        for field in KINDS["indicator"].fields:
            dutch = indicator.get(field)
            put("indicator", indicator["code"], field, dutch,
                translation.french("indicator", indicator["code"], field, dutch))
    return values


def field_of(kind: str, french_column_name: str) -> str:
    for field, (_, fr) in KINDS[kind].fields.items():
        if fr == french_column_name:
            return field
    raise KeyError(french_column_name)


def fill_french(db, data: dict, translation: WorkingTranslation) -> int:
    """Fill the empty French columns of an existing file from the working translation (schema step
    0041); a text filled has the default origin of a French text, 'working_translation'. Texts that
    already have French are left alone. Returns the number of texts filled."""
    filled = 0
    organisation_ids = {}
    for organisation in data.get("organisations", []):
        row = db.execute("SELECT id FROM organisation WHERE strategy_key = ? OR (strategy_key IS NULL AND name = ?) "
                         "ORDER BY strategy_key IS NULL LIMIT 1", [organisation["key"], organisation["name"]]).fetchone()
        if row:
            organisation_ids[organisation["key"]] = row[0]
            db.execute("UPDATE organisation SET strategy_key = ? WHERE id = ? AND strategy_key IS NULL",
                       [organisation["key"], row[0]])
    for (kind_name, code), columns in french_values(data, translation).items():
        kind = KINDS[kind_name]
        if kind_name == "organisation":
            ids = [organisation_ids[code]] if code in organisation_ids else []
        elif kind.code is None:
            ids = [r[0] for r in db.execute(
                f'SELECT id FROM "{kind.table}" WHERE "{kind.fields[next(iter(kind.fields))][0]}" = ?', [code])]
        else:
            ids = [r[0] for r in db.execute(f'SELECT id FROM "{kind.table}" WHERE "{kind.code}" = ?', [code])]
        for record_id in ids:
            for french_column_name, text in columns.items():
                cursor = db.execute(
                    f'UPDATE "{kind.table}" SET "{french_column_name}" = ? '
                    f'WHERE id = ? AND ("{french_column_name}" IS NULL OR "{french_column_name}" = \'\')',
                    [text, record_id])
                filled += cursor.rowcount
    return filled


def localise(row: dict | None, table: str, lang: str) -> dict | None:
    """A record read with `SELECT *`, its Dutch text fields replaced by their French where the reader
    reads French and a French text exists. `row["shown_fr"]` names the fields shown in French; the
    Dutch texts stay readable as `row["<field>_nl"]`."""
    if row is None:
        return None
    kind = TABLE_KIND.get(table)
    shown = set()
    if kind is not None and text_language(lang) == "fr":
        for field, (nl, fr) in kind.fields.items():
            if nl in row and row.get(fr):
                row[f"{nl}_nl"] = row[nl]
                row[nl] = row[fr]
                shown.add(field)
    row["shown_fr"] = shown
    return row


DEFAULT_ORIGIN = {"nl": "document", "fr": "working_translation"}


def origins(store, table: str, record_id: str) -> dict[tuple[str, str], str]:
    """{(field, lang): origin} of one record's texts (a text without a row: its language's default)."""
    found = {(row["field"], row["lang"]): row["origin"] for row in store.rows(
        "SELECT field, lang, origin FROM text_origin WHERE table_name = ? AND record_id = ?", [table, record_id])}
    kind = TABLE_KIND.get(table)
    for field in (kind.fields if kind else ()):
        for lang, origin in DEFAULT_ORIGIN.items():
            found.setdefault((field, lang), origin)
    return found


def working_translation_shown(store, table: str, row: dict) -> set[str]:
    """The fields of a localised row shown from the working translation (the interface marks them)."""
    if not row or not row.get("shown_fr"):
        return set()
    found = origins(store, table, row["id"])
    return {field for field in row["shown_fr"] if found.get((field, "fr")) == "working_translation"}


def commitment_title(alias: str, lang: str) -> str:
    """SQL for a commitment's title as the reader wants it: its title in the other language where it
    has one in the reader's language, else its title as typed."""
    if lang not in TEXT_LANGUAGES:
        return f"{alias}.title"
    return (f"CASE WHEN {alias}.title_alt_lang = '{lang}' AND nullif({alias}.title_alt, '') IS NOT NULL "
            f"THEN {alias}.title_alt ELSE {alias}.title END")


# ---- every text, for the texts workbook and its import ------------------------------------------

ORIGIN_LABELS = words_table("strategy_texts", "ORIGIN_LABELS")


@dataclass
class TextRow:
    """One strategy text in both languages; `record_ids` are the records holding it (a name as printed
    is held by every membership printed so)."""

    kind: str
    code: str
    field: str
    nl: str | None
    fr: str | None
    origin_nl: str
    origin_fr: str | None
    record_ids: list[str]

    @property
    def table(self) -> str:
        return KINDS[self.kind].table

    @property
    def key(self) -> tuple[str, str, str]:
        """What names the text: kind, code (or Dutch text where it has no code) and field."""
        return (self.kind, self.code if KINDS[self.kind].code else _norm(self.nl or ""), self.field)


ORDER = ("pillar", "objective", "minister", "worksite", "indicator", "organisation", "partner_text")


def all_texts(store) -> list[TextRow]:
    """Every strategy text in document order (organisations and names without a code by their name)."""
    found = {}
    for row in store.rows("SELECT table_name, record_id, field, lang, origin FROM text_origin"):
        found[(row["table_name"], row["record_id"], row["field"], row["lang"])] = row["origin"]
    texts: list[TextRow] = []
    for kind_name in ORDER:
        kind = KINDS[kind_name]
        columns = ", ".join(f'"{c}"' for pair in kind.fields.values() for c in pair)
        order = {"pillar": "position, code", "objective": "position, code", "worksite": "position, code",
                 "indicator": "position, code", "minister": "name", "organisation": "name COLLATE NOCASE",
                 "partner_text": "name_as_printed COLLATE NOCASE, position"}[kind_name]
        where = {"organisation": "WHERE strategy_key IS NOT NULL",
                 "partner_text": "WHERE nullif(name_as_printed, '') IS NOT NULL"}.get(kind_name, "")
        code = f'"{kind.code}"' if kind.code else "''"
        merged: dict[tuple, TextRow] = {}
        for row in store.rows(f'SELECT id, {code} AS code, {columns} FROM "{kind.table}" {where} ORDER BY {order}'):
            for field, (nl, fr) in kind.fields.items():
                if not row[nl] and not row[fr]:
                    continue
                text = TextRow(kind_name, row["code"] or "", field, row[nl], row[fr],
                               found.get((kind.table, row["id"], field, "nl"), DEFAULT_ORIGIN["nl"]),
                               found.get((kind.table, row["id"], field, "fr"), DEFAULT_ORIGIN["fr"]) if row[fr]
                               else None, [row["id"]])
                if text.key in merged:  # one name as printed, held by several memberships
                    merged[text.key].record_ids.append(row["id"])
                    continue
                merged[text.key] = text
                texts.append(text)
    return texts


def set_texts(act, changes: list[tuple[TextRow, str]], origin: str, lang: str = "fr") -> int:
    """Inside an action: give each text its new wording in `lang` with `origin` (on every record holding
    it), logged field by field so that the action is undone as one. Returns the records changed."""
    if origin not in ORIGINS:
        raise ValueError(origin)
    touched = 0
    for text, value in changes:
        kind = KINDS[text.kind]
        column_name = kind.fields[text.field][0 if lang == "nl" else 1]
        for record_id in text.record_ids:
            act.update(kind.table, record_id, {column_name: value})
            set_origin(act, kind.table, record_id, text.field, lang, origin)
            touched += 1
    return touched


def set_origin(act, table: str, record_id: str, field: str, lang: str, origin: str) -> None:
    """Inside an action: where one text of a record now comes from (logged, undone with the action)."""
    rows = act.store.rows("SELECT id FROM text_origin WHERE table_name = ? AND record_id = ? AND field = ? "
                          "AND lang = ?", [table, record_id, field, lang])
    if rows:
        act.update("text_origin", rows[0]["id"], {"origin": origin})
    else:
        act.insert("text_origin", {"table_name": table, "record_id": record_id, "field": field, "lang": lang,
                                   "origin": origin})


def colophon_line(store, lang: str) -> str | None:
    """The one line an export or a note carries about the strategy's texts in `lang`, or None (Dutch)."""
    if lang == "en":
        return DUTCH_ONLY_LINE["en"]
    if text_language(lang) == "fr" and uses_working_translation(store):
        return WORKING_TRANSLATION_LINE[lang]
    return None


def uses_working_translation(store) -> bool:
    """Whether some French text is still the working translation (no official or edited text replaced it)."""
    for kind in KINDS.values():
        for field, (_, fr) in kind.fields.items():
            if store.scalar(
                    f'SELECT 1 FROM "{kind.table}" r WHERE nullif(r."{fr}", \'\') IS NOT NULL AND NOT EXISTS ('
                    "SELECT 1 FROM text_origin o WHERE o.table_name = ? AND o.record_id = r.id AND o.field = ? "
                    "AND o.lang = 'fr' AND o.origin <> 'working_translation') LIMIT 1", [kind.table, field]):
                return True
    return False
