"""What an import would do, row by row: the preview's records (`RowPreview`, `Change`, `Problem`) and
their words in the user's language. Shared by the partner import and the action-list import, which
both fill them in (kept apart so that neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, MEMBERSHIP_ROLE
from ..db.enums import label as enum_label
from ..texts import t, words_table


def column_letter(position: int) -> str:
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Problem:
    row: int | None
    column: str | None     # "D (Vooruitgang (%))"
    message: str

    def sentence(self, file_name: str) -> str:
        """The problem as a sentence naming file, row and column (a Text: render it in the user's language);
        a column's header holding a line break is shown on one line."""
        if self.row is not None and self.column:
            return t("{file}, row {row}, column {column}: {message}.", file=file_name, row=self.row,
                     column=self.column, message=self.message)
        if self.row is not None:
            return t("{file}, row {row}: {message}.", file=file_name, row=self.row, message=self.message)
        if self.column:
            return t("{file}, column {column}: {message}.", file=file_name, column=self.column, message=self.message)
        return t("{file}: {message}.", file=file_name, message=self.message)


@dataclass
class Change:
    table: str
    record_id: str
    label: str              # "commitment 2.1.1-01 Stages ..."
    kind: str               # "new" | "updated"
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)


@dataclass
class RowPreview:
    row: int
    state: str = "unchanged"   # "new" | "updated" | "unchanged" | "error"
    summary: str = ""
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a role not applied
    ops: list[tuple] = field(default_factory=list)  # what apply does: ("insert"|"update", table, id, values)

    def describe(self, lang: str = "en", field_names: dict[str, str] | None = None) -> str:
        """The changes in words: new records with their values, updates as old → new per field."""
        names = field_names or {}
        parts = []
        for change in self.changes:
            if change.kind == "new":
                fields = ", ".join(f"{names.get(name, name)}: {shown(field_label(name, new, lang), lang)}"
                                   for name, (_, new) in change.fields.items()
                                   if not name.endswith("_id") and name not in ("title", "full_name", "name"))
                parts.append(f"{WORDS['new'][lang]} {localise(change.label, lang)}" + (f" ({fields})" if fields else ""))
            else:
                fields = "; ".join(f"{names.get(name, name)}: {shown(field_label(name, old, lang), lang)} → "
                                   f"{shown(field_label(name, new, lang), lang)}"
                                   for name, (old, new) in change.fields.items())
                parts.append(f"{localise(change.label, lang)}: {fields}")
        return " | ".join(parts)


# The words of the preview in the user's language (labels are built in English, e.g.
# "commitment under 2.1.1: title"; their leading noun is translated here).
WORDS = words_table("import_preview", "WORDS")


def localise(text: str, lang: str) -> str:
    for prefix in sorted((w for w in WORDS if w.endswith(" ")), key=len, reverse=True):
        if text.startswith(prefix):
            return WORDS[prefix].get(lang, prefix) + text[len(prefix):]
    return text


def field_label(name: str, value, lang: str):
    enum = {"status": COMMITMENT_STATUS, "health": COMMITMENT_HEALTH, "role": MEMBERSHIP_ROLE}.get(name)
    return enum_label(enum, value, lang) if enum and value else value


def shown(value, lang: str = "en") -> str:
    return WORDS["(empty)"].get(lang, "(empty)") if value in (None, "") else str(value)
