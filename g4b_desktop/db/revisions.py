"""Strategy revisions: add, close, reopen, rename, move and renumber objectives and worksites.

A revision is prepared as a list of `Change`s (from the window or from a revision workbook, see
`exchange/revision_workbook.py`), kept as a draft if wanted, and applied as ONE action
(`apply_revision`): one transaction, one change set, one undo step. Nothing is deleted: a closed
objective or worksite keeps its commitments and history; a renumbered record keeps its former
code in `former_code`, so searching or importing the old code still finds it.

Longer than 450 lines: planning and applying a revision check the same rules (codes, parents,
open worksites); kept together so that a plan that passes is one that applies.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date as Date

from ..texts import Text, Words, t
from . import validation as check
from .errors import NotFound, StoreError, ValidationError
from .schema.strategy_revisions import FIRST_REVISION_ID
from .store import Action, Changes, Store

KINDS = ("add_objective", "add_worksite", "rename", "move", "renumber", "close", "reopen")
STATES = ("open", "closed")
OBJECTIVE_CODE = re.compile(r"^(\d+)\.(\d+)$")
WORKSITE_CODE = re.compile(r"^(\d+\.\d+)\.(\d+)$")


class RevisionError(StoreError):
    """A revision that cannot be applied as asked (its sentence names the record or the row)."""


@dataclass
class Change:
    """One structural change of a revision. `row` is the workbook row it came from, if any."""

    kind: str
    table: str                      # objective | worksite
    record_id: str | None = None    # None for an addition
    code: str | None = None         # the new code (add, renumber, move)
    old_code: str | None = None     # the code before (rename, move, renumber, close, reopen)
    parent: str | None = None       # objective code (add/move worksite) or pillar code (add objective)
    title: str | None = None        # the Dutch title (add, rename)
    title_fr: str | None = None     # the French title (add, rename)
    row: int | None = None

    def describe(self) -> Text:
        code = self.code or self.old_code or ""
        title = Words({"nl": self.title or self.title_fr or "", "fr": self.title_fr or self.title or "",
                       "en": self.title or self.title_fr or ""})
        if self.kind == "add_objective":
            return t("add objective {code} “{title}”", code=code, title=title)
        if self.kind == "add_worksite":
            return t("add worksite {code} “{title}” to objective {objective}", code=code,
                     title=title, objective=self.parent or "")
        if self.kind == "rename":
            return t("rename {code}: “{title}”", code=code, title=title)
        if self.kind == "move":
            return t("move worksite {old} to objective {objective} as {code}", old=self.old_code or "",
                     objective=self.parent or "", code=self.code or "")
        if self.kind == "renumber":
            return t("renumber {old} as {code}", old=self.old_code or "", code=self.code or "")
        if self.kind == "close":
            return t("close {code}", code=code)
        return t("reopen {code}", code=code)


@dataclass
class Plan:
    """What a revision will do, and the rows refused (each a sentence naming its row and column)."""

    changes: list[Change] = field(default_factory=list)
    refused: list[Text] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps([asdict(change) for change in self.changes], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Plan":
        return cls(changes=[Change(**item) for item in json.loads(text or "[]")])


# --- reading -------------------------------------------------------------------------------------

def revisions(store: Store, include_drafts: bool = True) -> list[dict]:
    """Every revision, oldest first (drafts last), with the number of records each changed."""
    rows = store.rows(
        "SELECT r.*, (SELECT count(DISTINCT l.record_id) FROM change_log l "
        "WHERE l.change_set_id = r.change_set_id AND l.table_name IN ('objective', 'worksite')) AS changed "
        "FROM strategy_revision r ORDER BY r.state = 'draft', r.date, r.applied_at")
    return [row for row in rows if include_drafts or row["state"] == "applied"]


def current_revision(store: Store) -> dict:
    """The revision the strategy stands at now: the latest applied one."""
    rows = store.rows("SELECT * FROM strategy_revision WHERE state = 'applied' "
                      "ORDER BY date DESC, applied_at DESC LIMIT 1")
    if not rows:
        raise NotFound(t("This database has no strategy revision."))
    return rows[0]


FIRST_NAME = {"nl": "Strategie Go4Brussels 2030", "fr": "Stratégie Go4Brussels 2030",
              "en": "Go4Brussels 2030 strategy"}


def revision_name(revision: dict) -> Words | str:
    """A revision's name; the printed document's is said in each language."""
    return Words(FIRST_NAME) if revision["id"] == FIRST_REVISION_ID else revision["name"]


def revision_line(store: Store) -> Text:
    """One line naming the revision a document is made under (exports, notes, minutes)."""
    return revision_line_of(current_revision(store))


def revision_line_of(revision: dict) -> Text:
    return t("Strategy revision: {name} ({date})", name=revision_name(revision), date=revision["date"])


def revisions_since(store: Store, since_iso: str) -> list[dict]:
    """The revisions applied after a moment (a summit), each with the structural changes it made."""
    result = []
    for revision in store.rows("SELECT * FROM strategy_revision WHERE state = 'applied' AND applied_at > ? "
                               "ORDER BY applied_at", [since_iso]):
        if revision["plan"]:
            revision["changes"] = [change.describe() for change in Plan.from_json(revision["plan"]).changes]
        else:
            revision["changes"] = []
        result.append(revision)
    return result


def structural_changes_since(store: Store, summit: dict) -> list[dict]:
    """The revisions applied after the one a summit was held under: "changes since the last summit"."""
    base = store.rows("SELECT * FROM strategy_revision WHERE id = ?", [summit.get("revision_id")])
    if base:
        return [r for r in revisions_since(store, "") if (r["date"], r["applied_at"]) >
                (base[0]["date"], base[0]["applied_at"])]
    return [r for r in revisions_since(store, "") if r["date"] > (summit.get("date") or "")]


def resolve_code(store: Store, table: str, code: str) -> tuple[dict | None, bool]:
    """The record of `table` with `code` now, or the one that had it before a renumbering.

    Returns (record, former): `former` is True when `code` is an old code (callers warn)."""
    rows = store.rows(f'SELECT * FROM "{table}" WHERE code = ?', [code])
    if rows:
        return rows[0], False
    rows = store.rows(
        f'SELECT r.* FROM former_code f JOIN "{table}" r ON r.id = f.record_id '
        "WHERE f.table_name = ? AND f.code = ? ORDER BY f.created_at DESC LIMIT 1", [table, code])
    return (rows[0], True) if rows else (None, False)


def former_codes(store: Store, table: str, record_id: str) -> list[str]:
    return [row["code"] for row in store.rows(
        "SELECT code FROM former_code WHERE table_name = ? AND record_id = ? ORDER BY created_at",
        [table, record_id])]


def structure(store: Store, include_closed: bool = True) -> list[dict]:
    """The objectives and worksites as they stand, in code order: what a revision workbook lists."""
    french = _has_column(store, "objective", "title_fr")
    fr = ", {}.title_fr AS title_fr"
    objectives = store.rows(
        "SELECT 'objective' AS kind, o.id, o.code, p.code AS parent, o.title" + (fr.format("o") if french else "")
        + ", o.state FROM objective o JOIN pillar p ON p.id = o.pillar_id ORDER BY o.position, o.code")
    worksites = store.rows(
        "SELECT 'worksite' AS kind, w.id, w.code, o.code AS parent, w.title" + (fr.format("w") if french else "")
        + ", w.state FROM worksite w JOIN objective o ON o.id = w.objective_id ORDER BY w.position, w.code")
    rows = []
    for objective in objectives:
        rows.append(objective)
        rows.extend(w for w in worksites if w["parent"] == objective["code"])
    return [row for row in rows if include_closed or row["state"] == "open"]


# --- planning ------------------------------------------------------------------------------------

def plan_from_rows(store: Store, rows: list[dict], file_name: str = "") -> Plan:
    """The changes a revision workbook asks for, compared with the structure as it stands.

    Each row: {"row": n, "kind": objective|worksite|"", "code", "parent", "title", "title_fr",
    "state", "id"}. A row with a record id changes that record; a row without one adds a record.
    Records missing from the rows are left as they are (closing is said, never implied).
    """
    plan = Plan()
    current = {row["id"]: row for row in structure(store)}
    codes = {row["code"]: row["id"] for row in current.values()}
    pillars = {row["code"] for row in store.rows("SELECT code FROM pillar")}
    seen_ids: set[str] = set()
    new_codes: dict[str, int] = {}

    def refuse(row: dict, column: str, sentence: Text) -> None:
        plan.refused.append(t("{file}, row {row}, column {column}: {problem}", file=file_name,
                              row=row["row"], column=column, problem=sentence))

    for row in rows:
        code = (row.get("code") or "").strip()
        parent = (row.get("parent") or "").strip()
        state = (row.get("state") or "open").strip().lower() or "open"
        title = (row.get("title") or "").strip()
        title_fr = (row.get("title_fr") or "").strip() or None
        record_id = (row.get("id") or "").strip()
        if state not in STATES:
            refuse(row, "state", t("“{value}” is not open or closed.", value=state))
            continue
        if record_id and record_id not in current and code in codes:
            # a workbook made from another committee's file: the same strategy, other record ids
            record_id = codes[code]
        if record_id:
            record = current.get(record_id)
            if record is None:
                refuse(row, "id", t("no objective or worksite has the record id {id}.", id=record_id))
                continue
            if record_id in seen_ids:
                refuse(row, "id", t("the record id {id} is listed twice.", id=record_id))
                continue
            seen_ids.add(record_id)
            plan.changes.extend(_changes_of(record, code, parent, title, title_fr, state, row, refuse,
                                            codes, pillars, current))
            if code and code != record["code"]:
                new_codes[code] = row["row"]
            continue
        kind = _kind_of_code(code)
        if kind is None:
            refuse(row, "code", t("“{code}” is not an objective code (1.2) or a worksite code (1.2.3).", code=code))
            continue
        if code in codes or code in new_codes:
            refuse(row, "code", t("the code {code} is taken already.", code=code))
            continue
        if not title:
            refuse(row, "title nl", t("a new objective or worksite needs a Dutch title."))
            continue
        if kind == "objective":
            parent = parent or OBJECTIVE_CODE.match(code).group(1)
            if parent not in pillars or not code.startswith(parent + "."):
                refuse(row, "objective", t("objective {code} must belong to pillar {pillar}.",
                                           code=code, pillar=code.split(".")[0]))
                continue
            plan.changes.append(Change("add_objective", "objective", code=code, parent=parent, title=title,
                                       title_fr=title_fr, row=row["row"]))
        else:
            parent = parent or WORKSITE_CODE.match(code).group(1)
            if not code.startswith(parent + "."):
                refuse(row, "code", t("worksite {code} must be numbered under its objective {objective}.",
                                      code=code, objective=parent))
                continue
            if parent not in codes and not any(c.kind == "add_objective" and c.code == parent for c in plan.changes):
                refuse(row, "objective", t("no objective {code}.", code=parent))
                continue
            plan.changes.append(Change("add_worksite", "worksite", code=code, parent=parent, title=title,
                                       title_fr=title_fr, row=row["row"]))
        new_codes[code] = row["row"]
        if state == "closed":
            plan.changes.append(Change("close", kind, code=code, old_code=code, row=row["row"]))
    _number_moves(store, plan, set(codes) | set(new_codes))
    _check_closed_objectives(store, plan, current)
    return plan


def _number_moves(store: Store, plan: Plan, taken: set[str]) -> None:
    """A worksite moved without a new code gets the next free number under its new objective
    (not a number taken now, before, or by another row of the same revision)."""
    taken |= {row["code"] for row in store.rows("SELECT code FROM former_code")}
    taken |= {c.code for c in plan.changes if c.code}
    for change in plan.changes:
        if change.kind == "move" and not change.code:
            prefix = change.parent + "."
            numbers = [int(code[len(prefix):]) for code in taken
                       if code.startswith(prefix) and code[len(prefix):].isdigit()]
            change.code = f"{prefix}{max(numbers, default=0) + 1}"
            taken.add(change.code)


def _kind_of_code(code: str) -> str | None:
    if OBJECTIVE_CODE.match(code):
        return "objective"
    if WORKSITE_CODE.match(code):
        return "worksite"
    return None


def _changes_of(record, code, parent, title, title_fr, state, row, refuse, codes, pillars, current) -> list[Change]:
    table, old = record["kind"], record["code"]
    result = []
    code = code or old
    if table == "worksite" and parent and parent != record["parent"]:
        if parent not in codes or current[codes[parent]]["kind"] != "objective":
            refuse(row, "objective", t("no objective {code}.", code=parent))
            return []
        if code == old:
            code = None  # numbered under the new objective when applied
        elif not code.startswith(parent + "."):
            refuse(row, "code", t("worksite {code} must be numbered under its objective {objective}.",
                                  code=code, objective=parent))
            return []
        result.append(Change("move", "worksite", record["id"], code=code, old_code=old, parent=parent, row=row["row"]))
    elif code != old:
        if _kind_of_code(code) != table or (table == "worksite" and not code.startswith(record["parent"] + ".")):
            refuse(row, "code", t("“{code}” is not a code for {old} (same level, same parent).", code=code, old=old))
            return []
        result.append(Change("renumber", table, record["id"], code=code, old_code=old, row=row["row"]))
    if code and code != old and code in codes and codes[code] != record["id"]:
        refuse(row, "code", t("the code {code} is taken already.", code=code))
        return []
    renamed_nl = title and title != record["title"]
    renamed_fr = title_fr and title_fr != (record.get("title_fr") or None)
    if renamed_nl or renamed_fr:
        result.append(Change("rename", table, record["id"], old_code=old, title=title if renamed_nl else None,
                             title_fr=title_fr if renamed_fr else None, row=row["row"]))
    if state != record["state"]:
        result.append(Change("close" if state == "closed" else "reopen", table, record["id"], old_code=old,
                             row=row["row"]))
    return result


def _check_closed_objectives(store: Store, plan: Plan, current: dict) -> None:
    """An objective closes only when none of its worksites stays open under it."""
    for change in [c for c in plan.changes if c.kind == "close" and c.table == "objective" and c.record_id]:
        code = current[change.record_id]["code"]
        leaving = {c.record_id for c in plan.changes if c.kind in ("close", "move") and c.table == "worksite"}
        staying = [w["code"] for w in current.values() if w["kind"] == "worksite" and w["parent"] == code
                   and w["state"] == "open" and w["id"] not in leaving]
        if staying:
            plan.changes.remove(change)
            plan.refused.append(t("row {row}: objective {code} still has open worksites ({worksites}); close or move "
                                  "them in the same revision.", row=change.row or "-", code=code,
                                  worksites=", ".join(staying)))


# --- writing -------------------------------------------------------------------------------------

def save_draft(store: Store, name: str, date: str, plan: Plan) -> tuple[str, Changes]:
    name, date = _name_and_date(name, date)
    with store.action(t("Prepare strategy revision “{name}”", name=name)) as act:
        revision_id = act.insert("strategy_revision", {"name": name, "date": date, "state": "draft",
                                                       "plan": plan.to_json()})
    return revision_id, act.changes


def apply_revision(store: Store, name: str, date: str, plan: Plan, draft_id: str | None = None) -> Changes:
    """Apply a revision's changes as one action (one undo step); refused rows stop nothing else
    but a plan with refusals is not applied (the caller shows them first)."""
    if plan.refused:
        raise RevisionError(plan.refused[0])
    if not plan.changes:
        raise RevisionError(t("The revision changes nothing."))
    name, date = _name_and_date(name, date)
    latest = current_revision(store)
    if date < latest["date"]:
        raise RevisionError(t("The revision's date {date} is before the current revision “{name}” ({current}).",
                              date=date, name=latest["name"], current=latest["date"]))
    with store.action(t("Strategy revision “{name}”", name=name), context=("strategy_revision", draft_id)
                      if draft_id else None) as act:
        values = {"name": name, "date": date, "state": "applied", "applied_at": act.at,
                  "plan": plan.to_json(), "change_set_id": act.change_set_id}
        if draft_id:
            act.update("strategy_revision", draft_id, values)
            revision_id = draft_id
        else:
            revision_id = act.insert("strategy_revision", values)
        applied = [_apply(act, change, revision_id) for change in plan.changes]
        act.update("strategy_revision", revision_id, {"plan": Plan(applied).to_json()})
    return act.changes


def apply_draft(store: Store, revision_id: str) -> Changes:
    draft = store.get("strategy_revision", revision_id)
    if draft["state"] != "draft":
        raise RevisionError(t("The revision “{name}” is applied already.", name=draft["name"]))
    return apply_revision(store, draft["name"], draft["date"], Plan.from_json(draft["plan"]), draft_id=revision_id)


def _name_and_date(name: str, date: str | None) -> tuple[str, str]:
    name = check.required_text("name", name)
    date = check.iso_date("date", date or Date.today().isoformat())
    return name, date


def _has_column(store: Store, table: str, column: str) -> bool:
    return any(row["name"] == column for row in store.rows(f'PRAGMA table_info("{table}")'))


def _titles(store: Store, table: str, change: Change) -> dict:
    values = {}
    if change.title:
        values["title"] = check.required_text("title", change.title)
    if change.title_fr and _has_column(store, table, "title_fr"):
        values["title_fr"] = change.title_fr
    return values


def _record(store: Store, change: Change) -> dict:
    if change.record_id:
        return store.get(change.table, change.record_id)
    record, _ = resolve_code(store, change.table, change.old_code or change.code or "")
    if record is None:
        raise RevisionError(t("No objective or worksite {code}.", code=change.old_code or change.code))
    return record


def _apply(act: Action, change: Change, revision_id: str) -> Change:
    store = act.store
    if change.kind == "add_objective":
        pillar = store.rows("SELECT id FROM pillar WHERE code = ?", [change.parent])
        if not pillar:
            raise RevisionError(t("No pillar {code}.", code=change.parent))
        if store.scalar("SELECT count(*) FROM objective WHERE code = ?", [change.code]):
            raise RevisionError(t("The code {code} is taken already.", code=change.code))
        position = store.scalar("SELECT coalesce(max(position), 0) + 1 FROM objective")
        change.record_id = act.insert("objective", {"code": change.code, "pillar_id": pillar[0]["id"],
                                                    "position": position, **_titles(store, "objective", change)})
        return change
    if change.kind == "add_worksite":
        objective, _ = resolve_code(store, "objective", change.parent)
        if objective is None:
            raise RevisionError(t("No objective {code}.", code=change.parent))
        if store.scalar("SELECT count(*) FROM worksite WHERE code = ?", [change.code]):
            raise RevisionError(t("The code {code} is taken already.", code=change.code))
        position = store.scalar("SELECT coalesce(max(position), 0) + 1 FROM worksite")
        change.record_id = act.insert("worksite", {"code": change.code, "objective_id": objective["id"],
                                                   "position": position, **_titles(store, "worksite", change)})
        return change
    record = _record(store, change)
    change.record_id = record["id"]
    change.old_code = record["code"]
    if change.kind == "rename":
        act.update(change.table, record["id"], _titles(store, change.table, change))
    elif change.kind in ("close", "reopen"):
        act.update(change.table, record["id"], {"state": "closed" if change.kind == "close" else "open"})
    elif change.kind == "move":
        objective, _ = resolve_code(store, "objective", change.parent)
        if objective is None:
            raise RevisionError(t("No objective {code}.", code=change.parent))
        if not change.code:  # a plan made elsewhere (a draft): numbered as the planner would
            _number_moves(store, Plan([change]), {r["code"] for r in store.rows("SELECT code FROM worksite")})
        act.update("worksite", record["id"], {"objective_id": objective["id"]})
        _renumber(act, "worksite", record, change.code, revision_id)
    elif change.kind == "renumber":
        _renumber(act, change.table, record, change.code, revision_id)
    return change


def _renumber(act: Action, table: str, record: dict, code: str, revision_id: str) -> None:
    """Give a record a new code; the old one stays findable. A worksite's commitments follow it, and
    an objective's worksites keep their own numbers under the new prefix."""
    store = act.store
    if code == record["code"]:
        return
    if store.scalar(f'SELECT count(*) FROM "{table}" WHERE code = ?', [code]):
        raise RevisionError(t("The code {code} is taken already.", code=code))
    act.insert("former_code", {"table_name": table, "record_id": record["id"], "code": record["code"],
                               "revision_id": revision_id})
    act.update(table, record["id"], {"code": code})
    if table == "worksite":
        for commitment in store.rows("SELECT id, code FROM commitment WHERE worksite_id = ? ORDER BY code",
                                     [record["id"]]):
            if commitment["code"].startswith(record["code"] + "-"):
                new = code + commitment["code"][len(record["code"]):]
                act.insert("former_code", {"table_name": "commitment", "record_id": commitment["id"],
                                           "code": commitment["code"], "revision_id": revision_id})
                act.update("commitment", commitment["id"], {"code": new})
    elif table == "objective":
        for worksite in store.rows("SELECT * FROM worksite WHERE objective_id = ? ORDER BY code", [record["id"]]):
            if worksite["code"].startswith(record["code"] + "."):
                _renumber(act, "worksite", worksite, code + worksite["code"][len(record["code"]):], revision_id)


