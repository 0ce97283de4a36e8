"""The facts of a progress note, read with one SQL query per kind of fact for the whole note.

`NoteData(store, objective_code, summit_year, lang, today)` holds, per objective id: ministers,
committee members, commitment counts by status, worksites with status counts and progress, the
commitments, the reference summit's priorities and the changes since it, meetings, decisions and
open actions (when the meetings tables exist), indicators; and the key figures for the whole note.
No Python loop runs a query per objective or per row, so a note over 50,000 commitments stays fast.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from ..db import strategy_texts
from ..db import summits as summit_db
from ..db.strategy_texts import column as text_column
from ..db.strategy_texts import commitment_title
from ..db.errors import NotFound, StoreError
from ..db.store import Store
from ..texts import t
from .charts import STATUS_ORDER

# The strategy has 17 objectives; a note over more than this many (a file made to hold 100,000: a
# note of 200,000 pages, hours of work) is refused with a sentence (reliability #17).
MAX_NOTE_OBJECTIVES = 200


# The meetings held since a date, each with its number of decisions. Per meeting: its agenda items,
# then their outcomes (CROSS JOIN keeps that order, and `+d.kind` keeps SQLite off the outcome_kind
# index, through which it read every decision of the database for every meeting: 50-70 s for 4,456
# meetings at 50,000 commitments, 0.1 s this way). {filter}: "" or " AND o.code = ?".
MEETINGS_SQL = (
    "SELECT m.id, m.objective_id, m.date, m.title, m.state, "
    "(SELECT count(*) FROM agenda_item a CROSS JOIN outcome d ON d.agenda_item_id = a.id "
    " WHERE a.meeting_id = m.id AND +d.kind = 'decision') AS decisions "
    "FROM meeting m JOIN objective o ON o.id = m.objective_id "
    "WHERE m.state IN ('held', 'approved') AND m.date >= ?{filter} ORDER BY m.date")


class TooLarge(StoreError):
    """More objectives than a progress note is made for."""


class NoteData:
    """Everything the note shows, read with one query per kind of fact."""

    def __init__(self, store: Store, objective_code: str | None, summit_year: int | None, lang: str,
                 today: _dt.date):
        self.store, self.lang, self.today = store, lang, today
        title_column = {"nl": "p.title_nl", "fr": "coalesce(p.title_fr, p.title_nl)",
                        "en": "coalesce(p.title_en, p.title_nl)"}[lang]
        sql = (f"SELECT o.*, p.code AS pillar_code, {title_column} AS pillar_title "
               "FROM objective o JOIN pillar p ON p.id = o.pillar_id")
        params: list = []
        if objective_code:
            sql += " WHERE o.code = ?"
            params.append(objective_code)
        else:
            count = store.scalar("SELECT count(*) FROM objective")
            if count > MAX_NOTE_OBJECTIVES:
                raise TooLarge(t("{path}: the database holds {count} objectives; a progress note covers at most "
                                 "{most}. Make one per objective with --objective.", path=str(store.path),
                                 count=count, most=MAX_NOTE_OBJECTIVES))
        self.objectives = [strategy_texts.localise(row, "objective", lang)
                           for row in store.rows(sql + " ORDER BY o.position, o.code", params)]
        if objective_code and not self.objectives:
            raise NotFound(t("There is no objective {code}; objectives are coded like 1.1 or 2.8.",
                             code=objective_code))
        only = objective_code is not None
        where_objective = " WHERE o.code = ?" if only else ""
        code_param = [objective_code] if only else []

        self.ministers: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in store.rows(f"SELECT om.objective_id, om.role, {text_column('m', 'minister', 'name', lang)} AS name "
                              "FROM objective_minister om "
                              "JOIN minister m ON m.id = om.minister_id JOIN objective o ON o.id = om.objective_id"
                              + where_objective + " ORDER BY om.position", code_param):
            self.ministers[row["objective_id"]][row["role"]].append(row["name"])

        self.committee: dict[str, list[str]] = defaultdict(list)
        for row in store.rows(
                f"SELECT ms.objective_id, coalesce({text_column('ms', 'membership', 'name_as_printed', lang)}, "
                f"{text_column('org', 'organisation', 'name', lang)}, pe.full_name) AS name "
                "FROM membership ms JOIN objective o ON o.id = ms.objective_id "
                "LEFT JOIN organisation org ON org.id = ms.organisation_id "
                "LEFT JOIN person pe ON pe.id = ms.person_id WHERE ms.role = 'committee_member'"
                + (" AND o.code = ?" if only else "") + " ORDER BY ms.position", code_param):
            self.committee[row["objective_id"]].append(row["name"])

        self.status_counts: dict[str, dict[str, int]] = defaultdict(dict)
        for row in store.rows("SELECT w.objective_id, c.status, count(*) AS n FROM commitment c "
                              "JOIN worksite w ON w.id = c.worksite_id JOIN objective o ON o.id = w.objective_id"
                              + where_objective + " GROUP BY w.objective_id, c.status", code_param):
            self.status_counts[row["objective_id"]][row["status"]] = row["n"]

        self.worksites: dict[str, list[dict]] = defaultdict(list)
        for row in store.rows(
                f"SELECT w.id, w.objective_id, w.code, {text_column('w', 'worksite', 'title', lang)} AS title, "
                "count(c.id) AS total, "
                + ", ".join(f"coalesce(sum(c.status = '{s}'), 0) AS {s}" for s in STATUS_ORDER)
                + ", avg(c.progress) AS progress FROM worksite w JOIN objective o ON o.id = w.objective_id "
                "LEFT JOIN commitment c ON c.worksite_id = w.id" + where_objective
                + " GROUP BY w.id ORDER BY w.position, w.code", code_param):
            self.worksites[row["objective_id"]].append(row)

        self.commitments: dict[str, list[dict]] = defaultdict(list)
        for row in store.rows(
                f"SELECT w.objective_id, c.code, {commitment_title('c', lang)} AS title, w.code AS worksite_code, "
                "c.status, c.progress, "
                "c.due_date FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                "JOIN objective o ON o.id = w.objective_id" + where_objective
                + " ORDER BY w.position, w.code, c.position, c.code", code_param):
            self.commitments[row["objective_id"]].append(row)

        self.summit = summit_db.reference_summit(store, summit_year)
        self.priorities: dict[str, list[dict]] = defaultdict(list)
        self.changes: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        self.since: str | None = None
        if self.summit:
            for row in summit_db.priorities(store, self.summit["id"], lang=lang):
                self.priorities[row["objective_id"]].append(row)
            objective_of_worksite = {w["code"]: oid for oid, rows in self.worksites.items() for w in rows}
            objective_by_code = {o["code"]: o["id"] for o in self.objectives}
            one = self.objectives[0]["id"] if only else None
            changes = summit_db.changes_since(store, self.summit, one)
            for kind, rows in changes.items():
                for row in rows:
                    oid = objective_of_worksite.get(row["worksite_code"]) if row["worksite_code"] else \
                        objective_by_code.get(".".join((row["code"] or "").split("-")[0].split(".")[:2]))
                    if oid:
                        self.changes[oid][kind].append(row)
            self.since = self.summit["closed_at"] or self.summit["date"] or self.summit["created_at"]

        self.meetings: dict[str, list[dict]] = defaultdict(list)
        self.decisions: dict[str, list[dict]] = defaultdict(list)
        self.actions: dict[str, list[dict]] = defaultdict(list)
        self.has_meetings = store.table_exists("meeting")
        if self.has_meetings:
            self._read_meetings(where_objective, code_param)

        self.indicators: dict[str, list[dict]] = defaultdict(list)
        for row in store.rows(
                f"SELECT io.objective_id, i.code, {text_column('i', 'indicator', 'title', lang)} AS title, "
                f"{text_column('i', 'indicator', 'unit', lang)} AS unit, "
                "(SELECT v.year FROM indicator_value v WHERE v.indicator_id = i.id AND v.value IS NOT NULL "
                " ORDER BY v.year DESC LIMIT 1) AS year, "
                "(SELECT coalesce(v.value_text, v.value) FROM indicator_value v WHERE v.indicator_id = i.id "
                " AND v.value IS NOT NULL ORDER BY v.year DESC LIMIT 1) AS value, "
                "(SELECT v.target FROM indicator_value v WHERE v.indicator_id = i.id AND v.target IS NOT NULL "
                " ORDER BY v.year DESC LIMIT 1) AS target "
                "FROM indicator_objective io JOIN indicator i ON i.id = io.indicator_id "
                "JOIN objective o ON o.id = io.objective_id" + where_objective + " ORDER BY i.position",
                code_param):
            self.indicators[row["objective_id"]].append(row)
        self.key_figures = [] if only else self._key_figures()

    def _read_meetings(self, where_objective: str, code_param: list) -> None:
        since_date = (self.since or "0000-00-00")[:10]
        filter_sql = (" AND o.code = ?" if code_param else "")
        today = self.today.isoformat()
        self.meetings_since = since_date
        for row in self.store.rows(MEETINGS_SQL.format(filter=filter_sql), [since_date, *code_param]):
            self.meetings[row["objective_id"]].append(row)
        for row in self.store.rows(
                "SELECT m.objective_id, m.date, d.text FROM outcome d JOIN agenda_item a ON a.id = d.agenda_item_id "
                "JOIN meeting m ON m.id = a.meeting_id JOIN objective o ON o.id = m.objective_id "
                "WHERE d.kind = 'decision' AND m.state IN ('held', 'approved') AND m.date >= ?" + filter_sql
                + " ORDER BY m.date, a.position, d.position", [since_date, *code_param]):
            self.decisions[row["objective_id"]].append(row)
        for row in self.store.rows(
                "SELECT m.objective_id, m.date AS meeting_date, x.what, x.due_date, "
                "coalesce(x.owner_name, org.name, pe.full_name) AS owner, "
                "(x.due_date IS NOT NULL AND x.due_date < ?) AS overdue "
                "FROM meeting_action x JOIN meeting m ON m.id = x.meeting_id "
                "JOIN objective o ON o.id = m.objective_id "
                "LEFT JOIN organisation org ON org.id = x.owner_organisation_id "
                "LEFT JOIN person pe ON pe.id = x.owner_person_id "
                "WHERE x.state = 'open'" + filter_sql + " ORDER BY x.due_date IS NULL, x.due_date, m.date",
                [today, *code_param]):
            self.actions[row["objective_id"]].append(row)

    def _key_figures(self) -> list[dict]:
        values = defaultdict(dict)
        for row in self.store.rows("SELECT indicator_id, year, value, value_text, target FROM indicator_value"):
            values[row["indicator_id"]][row["year"]] = row
        figures = []
        lang = self.lang
        for row in self.store.rows(
                f"SELECT i.id, i.code, {text_column('i', 'indicator', 'title', lang)} AS title, "
                f"{text_column('i', 'indicator', 'unit', lang)} AS unit, "
                f"{text_column('i', 'indicator', 'source', lang)} AS source FROM indicator i ORDER BY i.position, i.code"):
            row["values"] = values.get(row["id"], {})
            figures.append(row)
        return figures
