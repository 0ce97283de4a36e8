"""Partners: organisations, their contacts (people) and their memberships in objectives."""

from __future__ import annotations

from typing import Any

from ..texts import t
from . import validation as check
from .enums import MEMBERSHIP_ROLE
from .errors import ValidationError
from .store import Changes, Store

ORGANISATION_FIELDS = ("name", "short_name", "kind", "website", "email", "phone", "notes")
PERSON_FIELDS = ("full_name", "organisation_id", "function", "email", "phone", "notes")


def _clean(values: dict[str, Any], allowed: tuple[str, ...], required: str) -> dict[str, Any]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown field(s): {fields}.", fields=", ".join(sorted(unknown))))
    result = {k: check.optional_text(v) for k, v in values.items()}
    if "email" in result:
        result["email"] = check.email("email", result["email"])
    if required in values:
        result[required] = check.required_text(required, values[required])
    return result


def add_organisation(store: Store, name: str, **values) -> tuple[str, Changes]:
    fields = _clean({"name": name, **values}, ORGANISATION_FIELDS, "name")
    with store.action(t("Add organisation {name}", name=fields["name"])) as act:
        organisation_id = act.insert("organisation", fields)
    return organisation_id, act.changes


def update_organisation(store: Store, organisation_id: str, values: dict, expected: dict | None = None) -> Changes:
    fields = _clean(values, ORGANISATION_FIELDS, "name")
    name = store.get("organisation", organisation_id)["name"]
    with store.action(t("Edit organisation {name}", name=name), context=("organisation", organisation_id)) as act:
        act.update("organisation", organisation_id, fields, expected)
    return act.changes


def delete_organisation(store: Store, organisation_id: str) -> Changes:
    """Remove an organisation; its memberships go with it into the trash, its contacts stay."""
    name = store.get("organisation", organisation_id)["name"]
    with store.action(t("Delete organisation {name}", name=name)) as act:
        act.delete("organisation", organisation_id, label=name)
    return act.changes


def merge_organisations(store: Store, keep_id: str, duplicate_id: str) -> Changes:
    """Merge a duplicate into the organisation kept: memberships, contacts and led commitments follow."""
    if keep_id == duplicate_id:
        raise ValidationError("organisation", t("An organisation cannot be merged with itself."))
    keep = store.get("organisation", keep_id)
    duplicate = store.get("organisation", duplicate_id)
    with store.action(t("Merge organisation {duplicate} into {keep}", duplicate=duplicate["name"], keep=keep["name"]),
                      context=("organisation", keep_id)) as act:
        for table, column in (("membership", "organisation_id"), ("person", "organisation_id"),
                              ("commitment", "lead_organisation_id")):
            for (record_id,) in store.db.execute(
                    f"SELECT id FROM {table} WHERE {column} = ?", [duplicate_id]).fetchall():
                act.update(table, record_id, {column: keep_id})
        filled = {k: duplicate[k] for k in ORGANISATION_FIELDS if not keep.get(k) and duplicate.get(k)}
        if filled:
            act.update("organisation", keep_id, filled)
        act.delete("organisation", duplicate_id, label=duplicate["name"])
    return act.changes


def merge_persons(store: Store, keep_id: str, duplicate_id: str) -> Changes:
    """Merge a duplicate contact into the one kept: memberships (but not one the kept contact has already:
    same objective and role), meeting attendance and the actions they own follow; empty fields of the kept
    contact take the duplicate's. One action, undone as one step."""
    if keep_id == duplicate_id:
        raise ValidationError("person", t("A contact cannot be merged with itself."))
    keep = store.get("person", keep_id)
    duplicate = store.get("person", duplicate_id)
    with store.action(t("Merge contact {duplicate} into {keep}", duplicate=duplicate["full_name"],
                        keep=keep["full_name"]), context=("person", keep_id)) as act:
        held = {(r[0], r[1]) for r in store.db.execute(
            "SELECT objective_id, role FROM membership WHERE person_id = ?", [keep_id])}
        for record_id, objective_id, role in store.db.execute(
                "SELECT id, objective_id, role FROM membership WHERE person_id = ?", [duplicate_id]).fetchall():
            if (objective_id, role) in held:
                act.delete("membership", record_id, label=duplicate["full_name"])
            else:
                act.update("membership", record_id, {"person_id": keep_id})
        for table, column in (("attendance", "person_id"), ("meeting_action", "owner_person_id")):
            for (record_id,) in store.db.execute(
                    f"SELECT id FROM {table} WHERE {column} = ?", [duplicate_id]).fetchall():
                act.update(table, record_id, {column: keep_id})
        filled = {k: duplicate[k] for k in PERSON_FIELDS if not keep.get(k) and duplicate.get(k)}
        if filled:
            act.update("person", keep_id, filled)
        act.delete("person", duplicate_id, label=duplicate["full_name"])
    return act.changes


def add_person(store: Store, full_name: str, **values) -> tuple[str, Changes]:
    fields = _clean({"full_name": full_name, **values}, PERSON_FIELDS, "full_name")
    with store.action(t("Add contact {name}", name=fields["full_name"])) as act:
        person_id = act.insert("person", fields)
    return person_id, act.changes


def update_person(store: Store, person_id: str, values: dict, expected: dict | None = None) -> Changes:
    fields = _clean(values, PERSON_FIELDS, "full_name")
    name = store.get("person", person_id)["full_name"]
    with store.action(t("Edit contact {name}", name=name), context=("person", person_id)) as act:
        act.update("person", person_id, fields, expected)
    return act.changes


def delete_person(store: Store, person_id: str) -> Changes:
    name = store.get("person", person_id)["full_name"]
    with store.action(t("Delete contact {name}", name=name)) as act:
        act.delete("person", person_id, label=name)
    return act.changes


def add_membership(store: Store, objective_id: str, role: str, organisation_id: str | None = None,
                   person_id: str | None = None) -> tuple[str, Changes]:
    check.enum_key("role", role, MEMBERSHIP_ROLE)
    if (organisation_id is None) == (person_id is None):
        raise ValidationError("membership", t("A membership names either an organisation or a person."))
    code = store.get("objective", objective_id)["code"]
    with store.action(t("Add membership in objective {code}", code=code), context=("objective", objective_id)) as act:
        membership_id = act.insert("membership", {
            "objective_id": objective_id, "organisation_id": organisation_id,
            "person_id": person_id, "role": role})
    return membership_id, act.changes


def delete_membership(store: Store, membership_id: str) -> Changes:
    with store.action(t("Remove membership")) as act:
        act.delete("membership", membership_id)
    return act.changes
