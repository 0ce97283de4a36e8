"""Editing the strategy's own records: the fields of an objective or a worksite (one action each)."""

from __future__ import annotations

from typing import Any

from ..texts import t
from . import strategy_texts
from . import validation as check
from .enums import PRIORITY_TYPE
from .errors import ValidationError
from .store import Changes, Store

OBJECTIVE_FIELDS = ("title", "general_objectives", "status_2025", "priority_type", "priority_type_text",
                    "source_notes")
WORKSITE_FIELDS = ("title", "steering_bodies", "description", "source_notes")
# the French of the texts (issue 15): edited from the form in French; a text edited gets the origin "edited"
OBJECTIVE_FRENCH = ("title_fr", "general_objectives_fr", "status_2025_fr", "priority_type_text_fr")
WORKSITE_FRENCH = ("title_fr", "steering_bodies_fr", "description_fr")


def _clean(values: dict[str, Any], allowed: tuple[str, ...]) -> dict[str, Any]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown field(s): {fields}.", fields=", ".join(sorted(unknown))))
    result = {k: check.optional_text(v) for k, v in values.items()}
    if "title" in values:
        result["title"] = check.required_text("title", values["title"])
    if "priority_type" in values:
        result["priority_type"] = check.enum_key("priority_type", values["priority_type"], PRIORITY_TYPE,
                                                 nullable=True)
    return result


def mark_edited(act, table: str, record_id: str, changed: dict) -> None:
    """The texts an edit changed now come from an edit (their origin, per language)."""
    kind = strategy_texts.TABLE_KIND[table]
    for field, (nl, fr) in kind.fields.items():
        for column, lang in ((nl, "nl"), (fr, "fr")):
            if column in changed:
                strategy_texts.set_origin(act, table, record_id, field, lang, "edited")


def update_objective(store: Store, objective_id: str, values: dict, expected: dict | None = None) -> Changes:
    fields = _clean(values, OBJECTIVE_FIELDS + OBJECTIVE_FRENCH)
    code = store.get("objective", objective_id)["code"]
    with store.action(t("Edit objective {code}", code=code), context=("objective", objective_id)) as act:
        mark_edited(act, "objective", objective_id, act.update("objective", objective_id, fields, expected))
    return act.changes


def update_worksite(store: Store, worksite_id: str, values: dict, expected: dict | None = None) -> Changes:
    fields = _clean(values, WORKSITE_FIELDS + WORKSITE_FRENCH)
    code = store.get("worksite", worksite_id)["code"]
    with store.action(t("Edit worksite {code}", code=code), context=("worksite", worksite_id)) as act:
        mark_edited(act, "worksite", worksite_id, act.update("worksite", worksite_id, fields, expected))
    return act.changes
