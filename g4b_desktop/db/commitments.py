"""Commitments (operationele engagementen): the dated deliverables of a worksite."""

from __future__ import annotations

from typing import Any

from ..texts import t, term
from . import validation as check
from .enums import COMMITMENT_HEALTH, COMMITMENT_STATUS
from .errors import NotFound, ValidationError
from .store import Action, Changes, Store

FIELDS = ("worksite_id", "title", "description", "status", "progress", "health",
          "lead_organisation_id", "due_date", "notes", "title_alt", "title_alt_lang")
# a commitment stays as typed; it may carry its title in the other language too (issue 15)
ALT_LANGUAGES = {"nl": {"nl": "Nederlands", "fr": "néerlandais", "en": "Dutch"},
                 "fr": {"nl": "Frans", "fr": "français", "en": "French"}}


def clean(store: Store, values: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the commitment fields present in `values`."""
    unknown = set(values) - set(FIELDS) - {"position"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown commitment field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    result = dict(values)
    if "title" in result:
        result["title"] = check.required_text("title", result["title"])
    for name in ("description", "notes", "title_alt"):
        if name in result:
            result[name] = check.optional_text(result[name])
    if "title_alt_lang" in result:
        result["title_alt_lang"] = check.enum_key("title_alt_lang", result["title_alt_lang"], ALT_LANGUAGES,
                                                  nullable=True)
    if result.get("title_alt") and "title_alt_lang" in result and not result["title_alt_lang"]:
        raise ValidationError("title_alt_lang", t("The title in the other language needs its language (nl or fr)."))
    if "title_alt" in result and not result["title_alt"] and "title_alt_lang" not in result:
        result["title_alt_lang"] = None
    if "status" in result:
        result["status"] = check.enum_key("status", result["status"], COMMITMENT_STATUS)
    if "health" in result:
        result["health"] = check.enum_key("health", result["health"], COMMITMENT_HEALTH, nullable=True)
    if "progress" in result:
        result["progress"] = check.progress(result["progress"])
    if "due_date" in result:
        result["due_date"] = check.iso_date("due_date", result["due_date"])
    if "worksite_id" in result and not store.exists("worksite", result["worksite_id"] or ""):
        raise ValidationError("worksite_id", t("worksite: no worksite with id {id}.", id=result["worksite_id"]))
    lead = result.get("lead_organisation_id")
    if lead and not store.exists("organisation", lead):
        raise ValidationError("lead_organisation_id", t("lead organisation: no organisation with id {id}.", id=lead))
    if "lead_organisation_id" in result and not lead:
        result["lead_organisation_id"] = None
    return result


# ---- numbering: the one place that gives a commitment its code and position -------------------

def commitment_code(worksite_code: str, number: int) -> str:
    """A commitment's code: its worksite's code and its number there (2.1.4-01)."""
    return f"{worksite_code}-{number:02d}"


class Numbering:
    """The next codes and positions under each worksite, read once per worksite then counted (an
    import adds hundreds of commitments in one action; commitments it added are counted too)."""

    def __init__(self, store: Store):
        self.store = store
        self._next: dict[str, list] = {}  # worksite id -> [worksite code, next number, next position]

    def take(self, worksite_id: str) -> tuple[str, int]:
        """The code and position of a new commitment under the worksite (the next ones are counted on)."""
        entry = self._next.get(worksite_id)
        if entry is None:
            worksite_code = self.store.scalar("SELECT code FROM worksite WHERE id = ?", [worksite_id])
            if worksite_code is None:
                raise NotFound(t("No worksite with id {id}.", id=worksite_id))
            prefix = f"{worksite_code}-"
            # a range on the unique code index (LIKE scanned every commitment; this reads only the worksite's)
            highest = self.store.scalar(
                "SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM commitment WHERE code >= ? AND code < ? "
                "AND substr(code, ?) <> '' AND substr(code, ?) NOT GLOB '*[^0-9]*'",
                [len(prefix) + 1, prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), len(prefix) + 1, len(prefix) + 1])
            position = self.store.scalar(
                "SELECT coalesce(max(position), -1) + 1 FROM commitment WHERE worksite_id = ?", [worksite_id])
            entry = self._next[worksite_id] = [worksite_code, (highest or 0) + 1, position]
        code, position = commitment_code(entry[0], entry[1]), entry[2]
        entry[1] += 1
        entry[2] += 1
        return code, position


def next_code(store: Store, worksite_id: str) -> str:
    """The code the next commitment under the worksite gets."""
    return Numbering(store).take(worksite_id)[0]


def insert(act: Action, worksite_id: str, values: dict[str, Any]) -> str:
    """Add a commitment inside an ongoing action (imports add many in one action)."""
    fields = clean(act.store, {"worksite_id": worksite_id, **values})
    fields.setdefault("status", "not_started")
    fields.setdefault("progress", 100 if fields["status"] == "realised" else 0)
    if "title" not in fields:
        raise ValidationError("title", t("{field}: a value is required.", field=term("FIELD", "title")))
    fields["code"], position = Numbering(act.store).take(worksite_id)
    fields.setdefault("position", position)
    return act.insert("commitment", fields)


def add(store: Store, worksite_id: str, title: str, **values) -> tuple[str, Changes]:
    """Add one commitment to a worksite; returns its id and what changed."""
    worksite_code = store.scalar("SELECT code FROM worksite WHERE id = ?", [worksite_id])
    label = t("Add commitment to {code}", code=worksite_code) if worksite_code else t("Add commitment")
    with store.action(label) as act:
        commitment_id = insert(act, worksite_id, {"title": title, **values})
    return commitment_id, act.changes


def update(store: Store, commitment_id: str, values: dict[str, Any], expected: dict | None = None,
           label: str | None = None) -> Changes:
    """Change fields of one commitment (`expected`: the values the editor saw, for conflicts)."""
    fields = clean(store, values)
    code = store.scalar("SELECT code FROM commitment WHERE id = ?", [commitment_id])
    if code is None:
        raise NotFound(t("No commitment with id {id}.", id=commitment_id))
    if label is None and len(fields) == 1:
        label = change_label(code, next(iter(fields)))
    with store.action(label or t("Edit commitment {code}", code=code), context=("commitment", commitment_id)) as act:
        act.update("commitment", commitment_id, fields, expected)
    return act.changes


def change_label(code: str, field: str):
    """The label of an edit of one field of commitment `code` ("Change status of 2.1.4-01")."""
    return t("Change {field} of {code}", field=term("FIELD", field), code=code)


def delete(store: Store, commitment_id: str) -> Changes:
    return delete_many(store, [commitment_id])


def delete_many(store: Store, commitment_ids: list[str]) -> Changes:
    """Move commitments to the trash (each its own trash entry), as one action."""
    rows = [store.get("commitment", commitment_id) for commitment_id in commitment_ids]
    if len(rows) == 1:
        label = t("Delete commitment {code}", code=rows[0]["code"])
    else:
        label = t("Delete {n} commitments", n=len(rows))
    with store.action(label) as act:
        for row in rows:
            act.delete("commitment", row["id"], label=f"{row['code']} {row['title']}")
    return act.changes


def set_alt_title(store: Store, code: str, lang: str, title: str | None) -> Changes:
    """Give a commitment (by code) its title in the other language, or take it away (empty title)."""
    rows = store.rows("SELECT id FROM commitment WHERE code = ?", [code.strip()])
    if not rows:
        raise NotFound(t("There is no commitment {code}.", code=code))
    title = (title or "").strip() or None
    return update(store, rows[0]["id"], {"title_alt": title, "title_alt_lang": lang if title else None})
