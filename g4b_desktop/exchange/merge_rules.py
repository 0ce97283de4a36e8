"""The rules per table of consolidation: how a workbook's record is found here (by id, code or
name), made comparable with ours, and written; and memberships, added when missing."""

from __future__ import annotations

from typing import Callable

from ..db import commitments, revisions, strategy_texts
from . import sheets as spec
from .headers import normalise
from ..texts import t
from .committee_workbook import ConsolidationRefused, records
from .merge import Merge, TableRule


def _by_id_or(sql_by_key: str, key: Callable[[dict], list]):
    def find(merge: Merge, row: dict) -> dict | None:
        table = sql_by_key.split()[3]
        if merge.store.exists(table, row["id"]):
            return merge.store.get(table, row["id"])
        params = key(row)
        if any(p in (None, "") for p in params):
            return None
        found = merge.store.rows(sql_by_key, params)
        if not found and table in ("objective", "worksite"):  # a code of an earlier revision (#21)
            record, _former = revisions.resolve_code(merge.store, table, params[0])
            return record
        return found[0] if found else None
    return find


def _find_organisation(merge: Merge, row: dict) -> dict | None:
    if merge.store.exists("organisation", row["id"]):
        return merge.store.get("organisation", row["id"])
    local = merge.organisation_id(row.get("name"))
    return merge.store.get("organisation", local) if local else None


def _find_person(merge: Merge, row: dict) -> dict | None:
    if merge.store.exists("person", row["id"]):
        return merge.store.get("person", row["id"])
    organisation = merge.organisation_id(row.get("organisation"))
    for person in merge.store.rows("SELECT * FROM person WHERE organisation_id IS ?", [organisation]):
        if normalise(person["full_name"]) == normalise(row.get("full_name")):
            return person
    return None


def _plain(fields: tuple[str, ...]):
    def canonical(merge: Merge, row: dict) -> dict:
        return {f: row.get(f) for f in fields}

    def write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
        return {f: values[f] for f in fields if f in values}
    return canonical, write


ORG_FIELDS = ("name", "short_name", "kind", "website", "email", "phone", "notes")
PERSON_FIELDS = ("full_name", "organisation", "function", "email", "phone", "notes")
OBJECTIVE_FIELDS = ("title", "general_objectives", "status_2025", "priority_type", "priority_type_text")
WORKSITE_FIELDS = ("title", "steering_bodies", "description")
COMMITMENT_FIELDS = ("worksite", "title", "description", "status", "progress", "health", "lead", "due_date", "notes")


def _person_canonical(merge: Merge, row: dict) -> dict:
    result = {f: row.get(f) for f in PERSON_FIELDS if f != "organisation"}
    result["organisation"] = merge.store.scalar("SELECT name FROM organisation WHERE id = ?",
                                                [row.get("organisation_id")])
    return result


def _person_write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
    result = {f: values[f] for f in PERSON_FIELDS if f in values and f != "organisation"}
    if "organisation" in values:
        result["organisation_id"] = merge.organisation_id(values["organisation"])
    return result


def _commitment_canonical(merge: Merge, row: dict) -> dict:
    result = {f: row.get(f) for f in COMMITMENT_FIELDS if f not in ("worksite", "lead")}
    result["worksite"] = merge.store.scalar("SELECT code FROM worksite WHERE id = ?", [row["worksite_id"]])
    result["lead"] = merge.store.scalar("SELECT name FROM organisation WHERE id = ?", [row.get("lead_organisation_id")])
    return result


def _commitment_write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
    result = {f: values[f] for f in COMMITMENT_FIELDS if f in values and f not in ("worksite", "lead")}
    if "worksite" in values:
        record, _former = revisions.resolve_code(merge.store, "worksite", values["worksite"])
        worksite = record["id"] if record else None
        if worksite is None:
            raise ConsolidationRefused(t("there is no worksite {code} here", code=values["worksite"]))
        result["worksite_id"] = worksite
    if "lead" in values:
        result["lead_organisation_id"] = merge.organisation_id(values["lead"])
    if not partial:
        result = {k: v for k, v in result.items() if v is not None}
        result.setdefault("status", "not_started")
        result.setdefault("progress", 0)
        progress = result.get("progress")
        result = commitments.clean(merge.store, result)
        if progress is not None:
            result["progress"] = progress
        code = row.get("code")
        worksite_code = merge.store.scalar("SELECT code FROM worksite WHERE id = ?", [result["worksite_id"]])
        if (not code or not code.startswith(f"{worksite_code}-")  # numbered under a former code (#21)
                or not merge.code_free(code)):
            code = merge.next_code(result["worksite_id"])
        merge.codes.add(code)
        result["code"] = code
    return result


def _texts(table: str, fields: tuple[str, ...]):
    """An objective's or worksite's fields as a workbook in its language shows them: a French export holds
    the French texts (Dutch where a text has none) and brings changes back to the French columns."""
    def french(merge: Merge) -> dict[str, str]:
        if strategy_texts.text_language(merge.book.language) != "fr":
            return {}
        return {f: strategy_texts.french_column(table, f) for f in fields if strategy_texts.french_column(table, f)}

    def canonical(merge: Merge, row: dict) -> dict:
        columns = french(merge)
        return {f: (row.get(columns[f]) or row.get(f)) if f in columns else row.get(f) for f in fields}

    def write(merge: Merge, values: dict, row: dict, partial: bool = False) -> dict:
        columns = french(merge)
        return {columns.get(f, f): values[f] for f in fields if f in values}
    return canonical, write


_org_canonical, _org_write = _plain(ORG_FIELDS)
_objective_canonical, _objective_write = _texts("objective", OBJECTIVE_FIELDS)
_worksite_canonical, _worksite_write = _texts("worksite", WORKSITE_FIELDS)

RULES = (
    TableRule(spec.ORGANISATIONS, ORG_FIELDS, _find_organisation, _org_canonical, _org_write),
    TableRule(spec.CONTACTS, PERSON_FIELDS, _find_person, _person_canonical, _person_write,
              label=lambda r: str(r.get("full_name"))),
    TableRule(spec.OBJECTIVES, OBJECTIVE_FIELDS, _by_id_or("SELECT * FROM objective WHERE code = ?",
                                                           lambda r: [r.get("code")]),
              _objective_canonical, _objective_write, insertable=False,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
    TableRule(spec.WORKSITES, WORKSITE_FIELDS, _by_id_or("SELECT * FROM worksite WHERE code = ?",
                                                         lambda r: [r.get("code")]),
              _worksite_canonical, _worksite_write, insertable=False,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
    TableRule(spec.COMMITMENTS, COMMITMENT_FIELDS, lambda m, r: m.store.get("commitment", r["id"])
              if m.store.exists("commitment", r["id"]) else None,
              _commitment_canonical, _commitment_write,
              label=lambda r: f"{r.get('code')} {r.get('title')}"),
)


def merge_memberships(merge: Merge) -> None:
    """Memberships are added when missing (objective code, organisation or contact, role)."""
    for number, row in records(merge.book, spec.MEMBERSHIPS):
        objective = merge.store.scalar("SELECT id FROM objective WHERE code = ?", [row.get("objective")])
        organisation = merge.organisation_id(row.get("organisation"))
        role = row.get("role")
        if objective is None or organisation is None or role is None or row.get("person"):
            continue
        if merge.store.scalar("SELECT 1 FROM membership WHERE objective_id = ? AND organisation_id = ? AND role = ?",
                              [objective, organisation, role]):
            continue
        merge.act.insert("membership", {"objective_id": objective, "organisation_id": organisation, "role": role,
                                        "name_as_printed": row.get("name_as_printed")})
        merge.report.added.append(t("membership {objective} {organisation}", objective=row.get("objective"),
                                    organisation=row.get("organisation")))
