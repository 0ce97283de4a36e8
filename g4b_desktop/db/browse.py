"""Read questions of the main window: the strategy tree, objective and worksite pages, commitment lists.

Filtering and sorting of commitments happen in SQL, so a list of 50,000 stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..plain_text import bounded
from .enums import COMMITMENT_STATUS
from .store import Store
from .strategy_texts import column as text_column
from .strategy_texts import localise

OPEN_STATUSES = [key for key in COMMITMENT_STATUS if key not in ("realised", "abandoned")]  # still open: counted as overdue

STATUS_COUNTS = (
    "count(c.id) AS commitments, "
    "coalesce(sum(c.status = 'realised'), 0) AS realised, "
    "coalesce(sum(c.status = 'in_progress'), 0) AS in_progress, "
    "coalesce(sum(c.status = 'not_started'), 0) AS not_started, "
    "coalesce(sum(c.status = 'postponed'), 0) AS postponed, "
    "coalesce(sum(c.status = 'abandoned'), 0) AS abandoned, "
    "avg(c.progress) AS progress"
)

_COUNTED = ("commitments", "realised", "in_progress", "not_started", "postponed", "abandoned")

# The same figures read from `worksite_figures` (kept by triggers, step 0013) instead of counting every
# commitment: per worksite `f` (LEFT JOIN worksite_figures f ON f.worksite_id = w.id) ...
WORKSITE_FIGURES = ", ".join(f"coalesce(f.{key}, 0) AS {key}" for key in _COUNTED) + (
    ", CASE WHEN f.commitments > 0 THEN f.progress_sum / f.commitments END AS progress"
    ", coalesce(f.progress_sum, 0.0) AS progress_sum")
# ... and summed over several worksites (GROUP BY an objective)
SUMMED_FIGURES = ", ".join(f"coalesce(sum(f.{key}), 0) AS {key}" for key in _COUNTED) + (
    ", CASE WHEN sum(f.commitments) > 0 THEN sum(f.progress_sum) / sum(f.commitments) END AS progress")


def structure_key(store: Store) -> tuple:
    """What the strategy tree's shape depends on: every objective's and worksite's code, parent and state."""
    return tuple(store.db.execute(
        "SELECT 'o', id, code, pillar_id, state FROM objective UNION ALL "
        "SELECT 'w', id, code, objective_id, state FROM worksite ORDER BY 1, 2").fetchall())


def strategy_tree(store: Store, lang: str = "nl", include_closed: bool = False) -> list[dict]:
    """Pillars with their objectives with their worksites, each with commitment counts and progress
    (titles in the reader's language, Dutch when the French is missing)."""
    pillars = store.rows("SELECT id, code, title_nl, title_fr, title_en FROM pillar ORDER BY position, code")
    # the worksites' figures as the triggers keep them (#9: counting 50,000 commitments took 25 ms);
    # the objectives' figures are the sums of their worksites'
    # a closed objective or worksite (a strategy revision, #21) is kept but left out unless asked
    shown = "" if include_closed else " WHERE {}.state = 'open'"
    objectives = store.rows(f"SELECT o.id, o.pillar_id, o.code, {text_column('o', 'objective', 'title', lang)} AS title, "
                            "o.state FROM objective o" + shown.format("o") + " ORDER BY o.position, o.code")
    worksites = store.rows(
        f"SELECT w.id, w.objective_id, w.code, {text_column('w', 'worksite', 'title', lang)} AS title, "
        f"w.state, {WORKSITE_FIGURES} FROM worksite w "
        "LEFT JOIN worksite_figures f ON f.worksite_id = w.id" + shown.format("w") + " ORDER BY w.position, w.code")
    by_objective: dict[str, list] = {}
    sums: dict[str, dict] = {}
    for worksite in worksites:
        by_objective.setdefault(worksite["objective_id"], []).append(worksite)
        total = sums.setdefault(worksite["objective_id"], dict.fromkeys(_COUNTED, 0) | {"progress_sum": 0.0})
        for key in (*_COUNTED, "progress_sum"):
            total[key] += worksite[key]
        del worksite["progress_sum"]
    for objective in objectives:
        total = sums.get(objective["id"], dict.fromkeys(_COUNTED, 0) | {"progress_sum": 0.0})
        objective.update({key: total[key] for key in _COUNTED})
        objective["progress"] = total["progress_sum"] / total["commitments"] if total["commitments"] else None
    by_pillar: dict[str, list] = {}
    for objective in objectives:
        objective["worksites"] = by_objective.get(objective["id"], [])
        by_pillar.setdefault(objective["pillar_id"], []).append(objective)
    for pillar in pillars:
        pillar["objectives"] = by_pillar.get(pillar["id"], [])
    return pillars


def objective_page(store: Store, objective_id: str, lang: str = "nl") -> dict:
    """Every field of an objective, its ministers, members, worksites with status counts, indicators,
    in the reader's language (`strategy_texts.localise`)."""
    objective = localise(store.get("objective", objective_id), "objective", lang)
    objective["pillar"] = store.get("pillar", objective["pillar_id"])
    objective["ministers"] = store.rows(
        f"SELECT {text_column('m', 'minister', 'name', lang)} AS name, om.role FROM objective_minister om "
        "JOIN minister m ON m.id = om.minister_id "
        "WHERE om.objective_id = ? ORDER BY om.role DESC, om.position", [objective_id])
    objective["memberships"] = store.rows(
        "SELECT ms.id, ms.role, ms.organisation_id, ms.person_id, "
        f"{text_column('ms', 'membership', 'name_as_printed', lang)} AS name_as_printed, "
        f"coalesce({text_column('o', 'organisation', 'name', lang)}, p.full_name) AS name FROM membership ms "
        "LEFT JOIN organisation o ON o.id = ms.organisation_id LEFT JOIN person p ON p.id = ms.person_id "
        "WHERE ms.objective_id = ? ORDER BY ms.role, ms.position, name", [objective_id])
    # the figures as the triggers keep them (#9: counting the objective's commitments was the page's
    # largest query, ~2.5 ms for 5,000 commitments)
    objective["worksites"] = store.rows(
        f"SELECT w.id, w.code, {text_column('w', 'worksite', 'title', lang)} AS title, {WORKSITE_FIGURES} FROM worksite w "
        "LEFT JOIN worksite_figures f ON f.worksite_id = w.id WHERE w.objective_id = ? "
        "ORDER BY w.position, w.code", [objective_id])
    objective["indicators"] = store.rows(
        f"SELECT i.id, i.code, {text_column('i', 'indicator', 'title', lang)} AS title, "
        f"{text_column('i', 'indicator', 'unit', lang)} AS unit FROM indicator_objective io "
        "JOIN indicator i ON i.id = io.indicator_id WHERE io.objective_id = ? ORDER BY i.position, i.code",
        [objective_id])
    return objective


def worksite_page(store: Store, worksite_id: str, lang: str = "nl") -> dict:
    """A worksite with its objective and its cross-references in both directions, in the reader's language."""
    worksite = localise(store.get("worksite", worksite_id), "worksite", lang)
    worksite["objective"] = localise(store.get("objective", worksite["objective_id"]), "objective", lang)
    title = text_column("w", "worksite", "title", lang)
    worksite["references"] = store.rows(
        f"SELECT w.id, w.code, {title} AS title, r.note FROM worksite_reference r "
        "JOIN worksite w ON w.id = r.to_worksite_id WHERE r.from_worksite_id = ? ORDER BY w.code",
        [worksite_id])
    worksite["referenced_by"] = store.rows(
        f"SELECT w.id, w.code, {title} AS title, r.note FROM worksite_reference r "
        "JOIN worksite w ON w.id = r.from_worksite_id WHERE r.to_worksite_id = ? ORDER BY w.code",
        [worksite_id])
    return worksite


# ---- the commitment list ---------------------------------------------------------------------

COMMITMENT_COLUMNS = ("code", "title", "status", "progress", "health", "lead_organisation_id",
                      "lead_organisation", "due_date", "worksite_code", "objective_code", "notes",
                      "description", "id", "worksite_id", "objective_id", "updated_at",
                      "title_alt", "title_alt_lang", "lead_organisation_fr")

COMMITMENT_SELECT = (
    "SELECT c.code, c.title, c.status, c.progress, c.health, c.lead_organisation_id, "
    "org.name AS lead_organisation, c.due_date, w.code AS worksite_code, o.code AS objective_code, "
    "c.notes, c.description, c.id, c.worksite_id, w.objective_id, c.updated_at, "
    "c.title_alt, c.title_alt_lang, org.name_fr AS lead_organisation_fr "
    "FROM commitment c JOIN worksite w ON w.id = c.worksite_id JOIN objective o ON o.id = w.objective_id "
    "LEFT JOIN organisation org ON org.id = c.lead_organisation_id"
)

SORTABLE = {
    "code": "c.code", "title": "c.title COLLATE NOCASE", "status": "c.status", "progress": "c.progress",
    "health": "c.health", "lead_organisation": "org.name COLLATE NOCASE", "due_date": "c.due_date",
    "worksite_code": "w.code", "objective_code": "o.code", "notes": "c.notes COLLATE NOCASE",
}


@dataclass
class CommitmentFilter:
    """What the commitments view shows; empty fields do not filter."""

    objective_id: str | None = None
    worksite_id: str | None = None
    status: str | None = None
    health: str | None = None
    lead_organisation_id: str | None = None
    due: str | None = None          # "overdue" or "this_year"
    text: str = ""
    today: str = field(default_factory=lambda: date.today().isoformat())

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        for column, value in (("w.objective_id", self.objective_id), ("c.worksite_id", self.worksite_id),
                              ("c.status", self.status), ("c.health", self.health),
                              ("c.lead_organisation_id", self.lead_organisation_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.due == "overdue":  # the open statuses by name: SQLite reads them from commitment_open_due (0012)
            clauses.append(f"c.status IN ({', '.join('?' for _ in OPEN_STATUSES)}) AND c.due_date < ?")
            params.extend([*OPEN_STATUSES, self.today])
        elif self.due == "this_year":
            # a range on the ISO date (same rows as its first four characters) walks the due-date index
            clauses.append("c.due_date >= ? AND c.due_date < ?")
            params.extend([self.today[:4], str(int(self.today[:4]) + 1)])
        for word in self.text.split():
            if len(word) >= 3:  # the trigram index (0014) knows which commitments contain it
                # the lead's name: matching organisations first, then their commitments by index
                # (CROSS JOIN keeps that order; aliases without "o."/"w." keep _joins from adding joins)
                clauses.append("c.id IN (SELECT record_id FROM commitment_text WHERE commitment_text MATCH ? "
                               "UNION SELECT lc.id FROM organisation lead CROSS JOIN commitment lc "
                               "ON lc.lead_organisation_id = lead.id WHERE lead.name LIKE ? ESCAPE '\\')")
                params.extend(['"' + word.replace('"', '""') + '"', _containing(word)])
            else:  # one or two characters: too short for trigrams, read as before
                clauses.append(" OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in TEXT_COLUMNS).join("()"))
                params.extend([_containing(word)] * len(TEXT_COLUMNS))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def fields(self) -> set[str]:
        """The commitment fields this filter looks at: a change of any other field never adds or removes a row."""
        names = set()
        if self.objective_id or self.worksite_id:
            names.add("worksite_id")
        for name, value in (("status", self.status), ("health", self.health),
                            ("lead_organisation_id", self.lead_organisation_id)):
            if value:
                names.add(name)
        if self.due:
            names |= {"due_date", "status"}
        if self.text.split():
            names |= {"code", "title", "description", "notes", "lead_organisation_id"}
        return names


TEXT_COLUMNS = ("c.code", "c.title", "c.description", "c.notes", "org.name")


def _containing(word: str) -> str:
    """A LIKE pattern for text containing `word` literally (its % and _ are not wildcards)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _order_sql(order: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    column = SORTABLE.get(order, "c.code")
    # "c.code, c.code" made SQLite pick the code index without the id instead of commitment_sort_code
    return f"{column} {direction}" + ("" if column == "c.code" else f", c.code {direction}")


def _joins(sql: str) -> str:
    """The joins a question over `commitment c` needs for the columns it names, and no others."""
    joins = ""
    if "w." in sql or "o." in sql.replace("org.", ""):
        joins += " JOIN worksite w ON w.id = c.worksite_id"
    if "o." in sql.replace("org.", ""):
        joins += " JOIN objective o ON o.id = w.objective_id"
    if "org." in sql:
        joins += " LEFT JOIN organisation org ON org.id = c.lead_organisation_id"
    return joins


def _and(sql: str, clause: str) -> str:
    return sql + (" AND " if sql else " WHERE ") + clause


def commitment_ids(store: Store, where: CommitmentFilter | None = None, order: str = "code",
                   descending: bool = False, ids: list[str] | None = None) -> list[str]:
    """Ids of the commitments matching the filter, in order; joins only the tables the question needs."""
    sql, params = (where or CommitmentFilter()).where()
    if ids is not None:
        sql = _and(sql, f"c.id IN ({', '.join('?' for _ in ids)})")
        params = params + list(ids)
    order_sql = _order_sql(order, descending)
    return [row[0] for row in store.db.execute(
        f"SELECT c.id FROM commitment c{_joins(sql + order_sql)}{sql} ORDER BY {order_sql}", params)]


def commitment_count(store: Store, where: CommitmentFilter | None = None) -> int:
    """How many commitments match the filter (an index count, not a read of the rows)."""
    sql, params = (where or CommitmentFilter()).where()
    return store.db.execute(f"SELECT count(*) FROM commitment c{_joins(sql)}{sql}", params).fetchone()[0]


def _page_query(where: CommitmentFilter | None, order: str, descending: bool) -> tuple[str, list]:
    sql, params = (where or CommitmentFilter()).where()
    order_sql = _order_sql(order, descending)
    return f"SELECT c.id FROM commitment c{_joins(sql + order_sql)}{sql} ORDER BY {order_sql} LIMIT ? OFFSET ?", params


def commitment_page(store: Store, where: CommitmentFilter | None, order: str, descending: bool,
                    offset: int, limit: int) -> list[str]:
    """The ids of rows offset .. offset + limit - 1 of the ordered list (read along the sort index)."""
    sql, params = _page_query(where, order, descending)
    return [row[0] for row in store.db.execute(sql, params + [limit, offset])]


def commitment_pages_fast(store: Store, where: CommitmentFilter | None, order: str, descending: bool) -> bool:
    """Whether SQLite reads this filter and order from an index in order (no sort of every matching row, no
    text scan): then the list is read a page at a time; otherwise its ids are read once."""
    if where is not None and where.text.split():
        return False
    sql, params = _page_query(where, order, descending)
    # the plan of the page query itself (with LIMIT 1 instead of a bound limit SQLite plans otherwise)
    plan = store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params + [200, 0]).fetchall()
    return not any("TEMP B-TREE" in str(row[-1]) for row in plan)


def commitment_position(store: Store, where: CommitmentFilter | None, order: str, descending: bool,
                        commitment_id: str) -> int | None:
    """The row of a commitment in the ordered, filtered list (None if it does not match): the number of
    matching rows before it, counted in SQL. The order is the sort column then the (unique) code, NULLs
    first when ascending, as SQLite sorts."""
    sql, params = (where or CommitmentFilter()).where()
    column = SORTABLE.get(order, "c.code")
    joins = _joins(sql + column)
    found = store.db.execute(f"SELECT {column}, c.code FROM commitment c{joins}{_and(sql, 'c.id = ?')}",
                             params + [commitment_id]).fetchone()
    if found is None:
        return None
    value, code = found
    # rows before it: a sum of counts over index ranges (one OR over them made SQLite read every row)
    if column == "c.code":
        parts = [(f"c.code {'>' if descending else '<'} ?", [code])]
    elif value is None:  # NULLs come first when ascending, last when descending
        parts = [(f"({column}) IS NULL AND c.code > ?", [code]), (f"({column}) IS NOT NULL", [])] if descending \
            else [(f"({column}) IS NULL AND c.code < ?", [code])]
    elif descending:
        parts = [(f"({column}) > ?", [value]), (f"({column}) = ? AND c.code > ?", [value, code])]
    else:
        parts = [(f"({column}) IS NULL", []), (f"({column}) < ?", [value]),
                 (f"({column}) = ? AND c.code < ?", [value, code])]
    counts = " + ".join(f"(SELECT count(*) FROM commitment c{joins}{_and(sql, clause)})" for clause, _ in parts)
    return store.db.execute(f"SELECT {counts}", [p for _, values in parts for p in params + values]).fetchone()[0]


# the commitment fields each sort order depends on (a change of another field never moves a row)
ORDER_FIELDS = {"code": {"code"}, "title": {"title"}, "status": {"status"}, "progress": {"progress"},
                "health": {"health"}, "lead_organisation": {"lead_organisation_id"}, "due_date": {"due_date"},
                "worksite_code": {"worksite_id"}, "objective_code": {"worksite_id"}, "notes": {"notes"}}


def commitment_fields_changed(store: Store, change_set_id: str | None) -> dict[str, set[str]] | None:
    """The commitment fields one action updated, by commitment id (from the change log); None if unknown."""
    if not change_set_id:
        return None
    fields: dict[str, set[str]] = {}
    for record_id, name in store.db.execute(
            "SELECT record_id, field FROM change_log WHERE change_set_id = ? AND table_name = 'commitment' "
            "AND op = 'update'", [change_set_id]):
        fields.setdefault(record_id, set()).add(name)
    return fields


def commitments(store: Store, where: CommitmentFilter | None = None, order: str = "code",
                descending: bool = False, ids: list[str] | None = None) -> list[tuple]:
    """Commitment rows (tuples in COMMITMENT_COLUMNS order) matching the filter, sorted in SQL."""
    sql, params = (where or CommitmentFilter()).where()
    if ids is not None:
        sql = _and(sql, f"c.id IN ({', '.join('?' for _ in ids)})")
        params = params + list(ids)
    order_sql = _order_sql(order, descending)
    return [tuple(row) for row in store.db.execute(f"{COMMITMENT_SELECT}{sql} ORDER BY {order_sql}", params)]


def organisations(store: Store, lang: str = "nl") -> list[dict]:
    name = text_column("o", "organisation", "name", lang)
    return store.rows(f"SELECT o.id, {name} AS name, o.short_name FROM organisation o ORDER BY {name} COLLATE NOCASE")


def lead_organisations(store: Store, lang: str = "nl") -> list[dict]:
    """Organisations that lead at least one commitment (for the filter)."""
    name = text_column("org", "organisation", "name", lang)
    return store.rows(
        # EXISTS probes the commitment_lead index once per organisation (DISTINCT over the join read every
        # commitment: 50 ms at 50,000, on every edit)
        f"SELECT org.id, {name} AS name FROM organisation org WHERE EXISTS "
        f"(SELECT 1 FROM commitment c WHERE c.lead_organisation_id = org.id) ORDER BY {name} COLLATE NOCASE")


def objectives(store: Store, lang: str = "nl") -> list[dict]:
    return store.rows(f"SELECT o.id, o.code, {text_column('o', 'objective', 'title', lang)} AS title "
                      "FROM objective o ORDER BY o.position, o.code")


def worksites(store: Store, objective_id: str | None = None, lang: str = "nl") -> list[dict]:
    title = text_column("w", "worksite", "title", lang)
    if objective_id:
        return store.rows(f"SELECT w.id, w.code, {title} AS title FROM worksite w WHERE w.objective_id = ? "
                          "ORDER BY w.position, w.code", [objective_id])
    return store.rows(f"SELECT w.id, w.code, {title} AS title FROM worksite w ORDER BY w.position, w.code")


def all_worksites(store: Store, lang: str = "nl") -> list[dict]:
    """Every worksite with its objective's id, in the strategy's order (titles in the reader's language)."""
    title = text_column("w", "worksite", "title", lang)
    return store.rows(f"SELECT w.id, w.objective_id, w.code, {title} AS title FROM worksite w "
                      "ORDER BY w.position, w.code")


def first_worksite_id(store: Store) -> str | None:
    return store.scalar("SELECT id FROM worksite ORDER BY position LIMIT 1")


def worksite_of_commitment(store: Store, commitment_id: str) -> str | None:
    return store.scalar("SELECT worksite_id FROM commitment WHERE id = ?", [commitment_id])


def worksite_commitments(store: Store, worksite_id: str) -> list[dict]:
    """A worksite's commitments with their status and progress, in their order."""
    return store.rows("SELECT id, code, title, status, progress FROM commitment WHERE worksite_id = ? "
                      "ORDER BY position, code", [worksite_id])


def describe(store: Store, table: str, record_id: str, lang: str = "nl") -> str:
    """A short human name of a record: its code and title, or its name (in the reader's language)."""
    if not store.exists(table, record_id):
        return ""
    row = localise(store.get(table, record_id), table, lang)
    if table == "commitment" and row.get("title_alt") and row.get("title_alt_lang") == lang:
        row["title"] = row["title_alt"]
    if table == "pillar" and lang in ("fr", "en") and row.get(f"title_{lang}"):
        row["title_nl"] = row[f"title_{lang}"]
    code = row.get("code") or ""
    title = row.get("title") or row.get("name") or row.get("full_name") or row.get("title_nl") or ""
    return bounded(f"{code} {title}".strip(), 500)  # a short name, even of a 10 MB title (#17)
