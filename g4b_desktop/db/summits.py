"""The Social Summit cycle: summits, their priority worksites, progress statements, closing.

One small function per user action, each one `store.action` returning `Changes`. A summit chooses
priority worksites for the coming year (with an expected result); at the next summit each gets a
progress statement and a verdict. Closing a summit fixes its priorities and keeps a snapshot of
every commitment (code, status, progress) at that moment: "changes since the last summit" compares
today's commitments with that snapshot, so later edits of the change log's rows don't distort it.
"""

from __future__ import annotations

import json
from typing import Any

from ..texts import t
from . import validation as check
from .errors import NotFound, StoreError, ValidationError
from .enums import SUMMIT_VERDICT
from .store import Changes, Store
from .strategy_texts import column as text_column

__all__ = ["create", "update", "delete", "add_priority", "set_priorities",
           "update_priority", "remove_priority", "close", "reopen", "summits", "summit_by_year",
           "reference_summit", "priorities", "changes_since"]


class SummitClosed(StoreError):
    """The summit is closed: its date and priorities stay as they were decided."""


class DuplicateSummit(StoreError):
    """There is already a summit that year (one Social Summit a year)."""


# ---- reading ---------------------------------------------------------------------------------

def summits(store: Store) -> list[dict]:
    """Every summit, newest first, with its number of priorities and of verdicts given."""
    return store.rows(
        "SELECT s.id, s.year, s.date, s.notes, s.closed_at, s.updated_at, "
        "count(p.id) AS priorities, count(p.verdict) AS verdicts "
        "FROM summit s LEFT JOIN summit_priority p ON p.summit_id = s.id "
        "GROUP BY s.id ORDER BY s.year DESC")


def summit_by_year(store: Store, year: int) -> dict:
    rows = store.rows("SELECT * FROM summit WHERE year = ?", [int(year)])
    if not rows:
        raise NotFound(t("There is no Social Summit {year}.", year=year))
    return rows[0]


def has_summit(store: Store, year: int) -> bool:
    return bool(store.scalar("SELECT 1 FROM summit WHERE year = ?", [int(year)]))


def previous_summit(store: Store, year: int) -> dict | None:
    """The summit before `year`'s (its priorities are what `year`'s summit reports on)."""
    rows = store.rows("SELECT * FROM summit WHERE year < ? ORDER BY year DESC LIMIT 1", [int(year)])
    return rows[0] if rows else None


def summit_year(store: Store, summit_id: str) -> int | None:
    return store.scalar("SELECT year FROM summit WHERE id = ?", [summit_id])


def summit_of_priority(store: Store, priority_id: str) -> str | None:
    return store.scalar("SELECT summit_id FROM summit_priority WHERE id = ?", [priority_id])


def priority(store: Store, priority_id: str, lang: str = "nl") -> dict:
    """One priority with its worksite's code and title (in the reader's language) and its summit's year
    and closing."""
    title = text_column("w", "worksite", "title", lang)
    rows = store.rows(f"SELECT p.*, w.code, {title} AS title, s.year, s.closed_at FROM summit_priority p "
                      "JOIN worksite w ON w.id = p.worksite_id JOIN summit s ON s.id = p.summit_id "
                      "WHERE p.id = ?", [priority_id])
    if not rows:
        raise NotFound(t("No summit priority with id {id}.", id=priority_id))
    return rows[0]


def priority_of_worksite(store: Store, summit_id: str, worksite_id: str) -> str | None:
    return store.scalar("SELECT id FROM summit_priority WHERE summit_id = ? AND worksite_id = ?",
                        [summit_id, worksite_id])


def reference_summit(store: Store, year: int | None = None) -> dict | None:
    """The summit a progress note reports on: `year`'s, else the latest closed one, else the latest."""
    if year is not None:
        return summit_by_year(store, year)
    rows = store.rows("SELECT * FROM summit ORDER BY closed_at IS NULL, year DESC LIMIT 1")
    return rows[0] if rows else None


def priorities(store: Store, summit_id: str, objective_id: str | None = None, lang: str = "nl") -> list[dict]:
    """The summit's priorities with their worksite (its title in the reader's language) and the status
    counts of its commitments today."""
    sql = (
        "SELECT p.id, p.summit_id, p.worksite_id, p.expected_result, p.progress_statement, p.verdict, "
        f"p.position, w.code AS worksite_code, {text_column('w', 'worksite', 'title', lang)} AS worksite_title, "
        "o.code AS objective_code, "
        "o.id AS objective_id, count(c.id) AS commitments, "
        "coalesce(sum(c.status = 'realised'), 0) AS realised, "
        "coalesce(sum(c.status = 'in_progress'), 0) AS in_progress, "
        "coalesce(sum(c.status = 'not_started'), 0) AS not_started, "
        "coalesce(sum(c.status = 'postponed'), 0) AS postponed, "
        "coalesce(sum(c.status = 'abandoned'), 0) AS abandoned, "
        "CAST(round(avg(c.progress)) AS INTEGER) AS progress "
        "FROM summit_priority p JOIN worksite w ON w.id = p.worksite_id "
        "JOIN objective o ON o.id = w.objective_id "
        "LEFT JOIN commitment c ON c.worksite_id = w.id WHERE p.summit_id = ?")
    params: list = [summit_id]
    if objective_id:
        sql += " AND o.id = ?"
        params.append(objective_id)
    return store.rows(sql + " GROUP BY p.id ORDER BY o.position, w.position, w.code", params)


def _summit(store: Store, summit_id: str) -> dict:
    rows = store.rows("SELECT * FROM summit WHERE id = ?", [summit_id])
    if not rows:
        raise NotFound(t("No summit with id {id}.", id=summit_id))
    return rows[0]


def _open_summit(store: Store, summit_id: str) -> dict:
    summit = _summit(store, summit_id)
    if summit["closed_at"]:
        raise SummitClosed(t("The Social Summit {year} is closed; its date and priorities stay as decided.",
                             year=summit["year"]))
    return summit


# ---- writing ---------------------------------------------------------------------------------

def _year(value) -> int:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError("year", t("year: '{value}' is not a year.", value=value)) from None
    if not 2000 <= year <= 2100:
        raise ValidationError("year", t("year: {year} is outside 2000–2100.", year=year))
    return year


def create(store: Store, year, date=None, notes: str | None = None) -> tuple[str, Changes]:
    """Add the Social Summit of `year`; returns its id and what changed."""
    year = _year(year)
    fields = {"year": year, "date": check.iso_date("date", date), "notes": check.optional_text(notes)}
    if store.scalar("SELECT 1 FROM summit WHERE year = ?", [year]):
        raise DuplicateSummit(t("There is already a Social Summit {year}.", year=year))
    from .revisions import current_revision

    fields["revision_id"] = current_revision(store)["id"]  # the strategy as it stood when it was added
    with store.action(t("Add Social Summit {year}", year=year)) as act:
        summit_id = act.insert("summit", fields)
    return summit_id, act.changes


def update(store: Store, summit_id: str, values: dict[str, Any]) -> Changes:
    """Change a summit's date or notes (notes stay editable after closing)."""
    summit = _summit(store, summit_id)
    unknown = set(values) - {"date", "notes"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown summit field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    fields: dict[str, Any] = {}
    if "date" in values:
        fields["date"] = check.iso_date("date", values["date"])
        if summit["closed_at"] and fields["date"] != summit["date"]:
            _open_summit(store, summit_id)
    if "notes" in values:
        fields["notes"] = check.optional_text(values["notes"])
    with store.action(t("Edit Social Summit {year}", year=summit["year"]), context=("summit", summit_id)) as act:
        act.update("summit", summit_id, fields)
    return act.changes


def delete(store: Store, summit_id: str) -> Changes:
    summit = _summit(store, summit_id)
    with store.action(t("Delete Social Summit {year}", year=summit["year"])) as act:
        act.delete("summit", summit_id, label=t("Social Summit {year}", year=summit["year"]))
    return act.changes


def _worksite_code(store: Store, worksite_id: str) -> str:
    code = store.scalar("SELECT code FROM worksite WHERE id = ?", [worksite_id])
    if code is None:
        raise ValidationError("worksite_id", t("worksite: no worksite with id {id}.", id=worksite_id))
    return code


def add_priority(store: Store, summit_id: str, worksite_id: str, expected_result: str | None = None
                 ) -> tuple[str, Changes]:
    """Choose a worksite as a priority of the summit, with its expected result."""
    summit = _open_summit(store, summit_id)
    code = _worksite_code(store, worksite_id)
    if store.scalar("SELECT 1 FROM summit_priority WHERE summit_id = ? AND worksite_id = ?",
                    [summit_id, worksite_id]):
        raise ValidationError("worksite_id", t("worksite {code} is already a priority of the Social Summit {year}.",
                                               code=code, year=summit["year"]))
    with store.action(t("Add priority {code} to Social Summit {year}", code=code, year=summit["year"]),
                      context=("summit", summit_id)) as act:
        priority_id = act.insert("summit_priority", {
            "summit_id": summit_id, "worksite_id": worksite_id,
            "expected_result": check.optional_text(expected_result),
            "position": store.scalar("SELECT coalesce(max(position), -1) + 1 FROM summit_priority "
                                     "WHERE summit_id = ?", [summit_id])})
    return priority_id, act.changes


def set_priorities(store: Store, summit_id: str, worksite_ids: list[str]) -> Changes:
    """Make exactly `worksite_ids` the summit's priorities (as picked in the tree), in one action."""
    summit = _open_summit(store, summit_id)
    wanted = list(dict.fromkeys(worksite_ids))
    for worksite_id in wanted:
        _worksite_code(store, worksite_id)
    current = {r["worksite_id"]: r["id"] for r in store.rows(
        "SELECT id, worksite_id FROM summit_priority WHERE summit_id = ?", [summit_id])}
    with store.action(t("Choose the priorities of Social Summit {year}", year=summit["year"]),
                      context=("summit", summit_id)) as act:
        for worksite_id, priority_id in current.items():
            if worksite_id not in wanted:
                act.delete("summit_priority", priority_id,
                           label=t("Priority {code} ({year})", code=_worksite_code(store, worksite_id),
                                   year=summit["year"]))
        position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM summit_priority "
                                "WHERE summit_id = ?", [summit_id])
        for worksite_id in wanted:
            if worksite_id not in current:
                act.insert("summit_priority", {"summit_id": summit_id, "worksite_id": worksite_id,
                                               "position": position})
                position += 1
    return act.changes


PRIORITY_FIELDS = ("expected_result", "progress_statement", "verdict")


def update_priority(store: Store, priority_id: str, values: dict[str, Any],
                    expected: dict | None = None) -> Changes:
    """Write a priority's expected result, or (at the next summit) its progress statement and verdict."""
    rows = store.rows("SELECT p.*, w.code, s.year, s.closed_at FROM summit_priority p "
                      "JOIN worksite w ON w.id = p.worksite_id JOIN summit s ON s.id = p.summit_id "
                      "WHERE p.id = ?", [priority_id])
    if not rows:
        raise NotFound(t("No summit priority with id {id}.", id=priority_id))
    row = rows[0]
    unknown = set(values) - set(PRIORITY_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown priority field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    fields: dict[str, Any] = {}
    for name in ("expected_result", "progress_statement"):
        if name in values:
            fields[name] = check.optional_text(values[name])
    if "verdict" in values:
        fields["verdict"] = check.enum_key("verdict", values["verdict"], SUMMIT_VERDICT, nullable=True)
    if row["closed_at"] and "expected_result" in fields and fields["expected_result"] != row["expected_result"]:
        raise SummitClosed(t("The Social Summit {year} is closed; the expected result of {code} stays as decided.",
                             year=row["year"], code=row["code"]))
    with store.action(t("Edit priority {code} ({year})", code=row["code"], year=row["year"]),
                      context=("summit_priority", priority_id)
                      ) as act:
        act.update("summit_priority", priority_id, fields, expected)
    return act.changes


def remove_priority(store: Store, priority_id: str) -> Changes:
    rows = store.rows("SELECT p.summit_id, w.code, s.year FROM summit_priority p JOIN worksite w "
                      "ON w.id = p.worksite_id JOIN summit s ON s.id = p.summit_id WHERE p.id = ?",
                      [priority_id])
    if not rows:
        raise NotFound(t("No summit priority with id {id}.", id=priority_id))
    _open_summit(store, rows[0]["summit_id"])
    label = t("Priority {code} ({year})", code=rows[0]["code"], year=rows[0]["year"])
    with store.action(t("Remove {label}", label=label)) as act:
        act.delete("summit_priority", priority_id, label=label)
    return act.changes


def take_snapshot(store: Store) -> dict:
    """Every commitment's code, status and progress now: {"commitments": {id: [code, status, progress]}}."""
    commitments = {cid: [code, status, progress] for cid, code, status, progress in store.db.execute(
        "SELECT id, code, status, progress FROM commitment")}
    return {"version": 1, "commitments": commitments}


def close(store: Store, summit_id: str) -> Changes:
    """Close a summit: its priorities are fixed and the commitments' state is kept as a snapshot."""
    summit = _open_summit(store, summit_id)
    with store.action(t("Close Social Summit {year}", year=summit["year"]), context=("summit", summit_id)) as act:
        snapshot = take_snapshot(store)
        snapshot["taken_at"] = act.at
        act.update("summit", summit_id, {"closed_at": act.at,
                                         "snapshot": json.dumps(snapshot, ensure_ascii=False,
                                                                separators=(",", ":"))})
    return act.changes


def reopen(store: Store, summit_id: str) -> Changes:
    """Undo a closing made by mistake: the snapshot is dropped (a new one is taken at the next close)."""
    summit = _summit(store, summit_id)
    if not summit["closed_at"]:
        raise StoreError(t("The Social Summit {year} is not closed.", year=summit["year"]))
    with store.action(t("Reopen Social Summit {year}", year=summit["year"]), context=("summit", summit_id)) as act:
        act.update("summit", summit_id, {"closed_at": None, "snapshot": None})
    return act.changes


# ---- changes since a summit --------------------------------------------------------------------

CHANGE_KINDS = ("realised", "added", "postponed", "removed")


def changes_since(store: Store, summit: dict, objective_id: str | None = None) -> dict[str, list[dict]]:
    """Commitments realised, added, postponed and removed since the summit, per kind.

    A closed summit compares today's commitments with its snapshot;
    an open one reads the change log from the summit's date on (db/history.changes_since).
    Rows: id, code, title, worksite_code, status, progress, before_status, changed_at.
    """
    if summit.get("snapshot"):
        return _changes_from_snapshot(store, summit, objective_id)
    return _changes_from_log(store, summit, objective_id)


def _objective_filter(alias: str, objective_id: str | None, params: list) -> str:
    if not objective_id:
        return ""
    params.append(objective_id)
    return f" AND {alias}.objective_id = ?"


def _changes_from_snapshot(store: Store, summit: dict, objective_id: str | None) -> dict[str, list[dict]]:
    # One pass over today's commitments against the snapshot (a dict), and one aggregate over the
    # change log for the dates: linear in the number of commitments.
    snapshot = json.loads(summit["snapshot"])["commitments"]
    params: list = []
    rows = store.rows(
        "SELECT c.id, c.code, c.title, w.code AS worksite_code, c.status, c.progress, NULL AS before_status, "
        "NULL AS changed_at FROM commitment c JOIN worksite w ON w.id = c.worksite_id WHERE 1 = 1"
        + _objective_filter("w", objective_id, params) + " ORDER BY w.position, w.code, c.position, c.code",
        params)
    changed_at = dict(store.db.execute(
        "SELECT record_id, max(at) FROM change_log WHERE at > ? AND table_name = 'commitment' "
        "AND (field = 'status' OR (op = 'insert' AND field IS NULL)) GROUP BY record_id",
        [summit["closed_at"]]).fetchall())
    result: dict[str, list[dict]] = {kind: [] for kind in CHANGE_KINDS}
    for row in rows:
        before = snapshot.get(row["id"])
        row["changed_at"] = changed_at.get(row["id"])
        if before is None:
            result["added"].append(row)
        else:
            row["before_status"] = before[1]
        if row["status"] in ("realised", "postponed") and (before is None or before[1] != row["status"]):
            result[row["status"]].append(row)
    present = {row["id"] for row in rows} if not objective_id else {
        cid for (cid,) in store.db.execute("SELECT id FROM commitment")}
    prefix = (store.scalar("SELECT code FROM objective WHERE id = ?", [objective_id]) + ".") if objective_id else ""
    result["removed"] = [
        {"id": cid, "code": code, "title": None, "worksite_code": None, "status": None, "progress": None,
         "before_status": status, "changed_at": None}
        for cid, (code, status, _progress) in sorted(snapshot.items(), key=lambda item: item[1][0])
        if cid not in present and code.startswith(prefix)]
    return result


def _changes_from_log(store: Store, summit: dict, objective_id: str | None) -> dict[str, list[dict]]:
    since = summit["date"] or summit["created_at"][:10]
    result: dict[str, list[dict]] = {}
    base = ("SELECT c.id, c.code, c.title, w.code AS worksite_code, c.status, c.progress, "
            "NULL AS before_status, max(l.at) AS changed_at FROM change_log l "
            "JOIN commitment c ON c.id = l.record_id JOIN worksite w ON w.id = c.worksite_id "
            "WHERE l.table_name = 'commitment' AND l.at > ? ")
    for kind, condition in (("realised", "AND l.field = 'status' AND l.new_value = 'realised' "
                                         "AND c.status = 'realised'"),
                            ("postponed", "AND l.field = 'status' AND l.new_value = 'postponed' "
                                          "AND c.status = 'postponed'"),
                            ("added", "AND l.op = 'insert' AND l.field IS NULL")):
        params: list = [since]
        sql = (base + condition + _objective_filter("w", objective_id, params)
               + " GROUP BY c.id ORDER BY w.position, c.position, c.code")
        result[kind] = store.rows(sql, params)
    params = [since]
    removed = store.rows(
        "SELECT t.record_id AS id, t.label AS code, NULL AS title, NULL AS worksite_code, NULL AS status, "
        "NULL AS progress, NULL AS before_status, t.deleted_at AS changed_at FROM trash t "
        "WHERE t.table_name = 'commitment' AND t.deleted_at > ? ORDER BY t.deleted_at", params)
    if objective_id:
        prefix = store.scalar("SELECT code FROM objective WHERE id = ?", [objective_id]) + "."
        removed = [r for r in removed if (r["code"] or "").startswith(prefix)]
    result["removed"] = removed
    return result
