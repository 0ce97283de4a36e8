"""The progress note (voortgangsnota / note de progrès) for the Social Summit, as a PDF.

`render_progress_note(store, target, objective_code=None, summit_year=None, lang="nl", ...)` writes
the note for one objective, or for the whole strategy (cover page, table of contents with page
numbers, a section per objective, the key figures). `summit_year` names the summit the note reports
on: its priorities with their progress statements, and the changes since it was closed; by
default the latest closed summit. Every figure is aggregated in SQL (one query per kind of fact
for the whole strategy, not one per objective or row), so the note stays fast on large files.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Callable

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer
from reportlab.lib.units import mm

from ..db import summits as summit_db
from ..db.enums import COMMITMENT_STATUS, PRIORITY_TYPE, label
from ..db.errors import NotFound, StoreError
from ..db.store import Store
from . import base
from .base import format_date, format_number, format_percent, heading, para, table
from .charts import STATUS_ORDER, status_chart


class Cancelled(StoreError):
    """The user cancelled the note; nothing was written."""


LABELS: dict[str, dict[str, str]] = {
    "general": {"nl": "Algemeen", "fr": "Généralités", "en": "General"},
    "status_2025": {"nl": "Statuut t.o.v. de Strategie 2025", "fr": "Statut par rapport à la Stratégie 2025",
                    "en": "Status relative to the Strategy 2025"},
    "by_status": {"nl": "Engagementen per status", "fr": "Engagements par statut",
                  "en": "Commitments by status"},
    "worksites_progress": {"nl": "Beleidswerven: status en voortgang", "fr": "Chantiers : statut et avancement",
                           "en": "Worksites: status and progress"},
    "priorities_of": {"nl": "Prioriteiten van de Sociale Top {year}", "fr": "Priorités du Sommet social {year}",
                      "en": "Priorities of the Social Summit {year}"},
    "no_summit": {"nl": "Er is nog geen Sociale Top geregistreerd.",
                  "fr": "Aucun Sommet social n'est encore enregistré.",
                  "en": "No Social Summit has been recorded yet."},
    "expected_result": {"nl": "Verwacht resultaat", "fr": "Résultat attendu", "en": "Expected result"},
    "progress_statement": {"nl": "Stand van zaken", "fr": "État d'avancement", "en": "Progress statement"},
    "verdict": {"nl": "Beoordeling", "fr": "Appréciation", "en": "Verdict"},
    "changes_since": {"nl": "Wijzigingen sinds de Sociale Top {year}", "fr": "Changements depuis le Sommet social {year}",
                      "en": "Changes since the Social Summit {year}"},
    "since_moment": {"nl": "Vergeleken met de toestand bij de afsluiting op {date}.",
                     "fr": "Par rapport à la situation à la clôture du {date}.",
                     "en": "Compared with the situation when it was closed on {date}."},
    "since_log": {"nl": "Volgens het wijzigingslogboek sinds {date} (de Top is nog niet afgesloten).",
                  "fr": "Selon le journal des modifications depuis le {date} (le Sommet n'est pas encore clôturé).",
                  "en": "From the change log since {date} (the summit is not closed yet)."},
    "kind_realised": {"nl": "Gerealiseerd", "fr": "Réalisés", "en": "Realised"},
    "kind_added": {"nl": "Toegevoegd", "fr": "Ajoutés", "en": "Added"},
    "kind_postponed": {"nl": "Uitgesteld", "fr": "Reportés", "en": "Postponed"},
    "kind_removed": {"nl": "Geschrapt", "fr": "Supprimés", "en": "Removed"},
    "status_at": {"nl": "Status op {date}", "fr": "Statut au {date}", "en": "Status on {date}"},
    "status_now": {"nl": "Status nu", "fr": "Statut actuel", "en": "Status now"},
    "changed_on": {"nl": "Gewijzigd op", "fr": "Modifié le", "en": "Changed on"},
    "meetings_since": {"nl": "Vergaderingen en beslissingen", "fr": "Réunions et décisions",
                       "en": "Meetings and decisions"},
    "meeting": {"nl": "Vergadering", "fr": "Réunion", "en": "Meeting"},
    "decisions": {"nl": "Beslissingen", "fr": "Décisions", "en": "Decisions"},
    "no_meetings": {"nl": "Geen vergaderingen gehouden in deze periode.",
                    "fr": "Aucune réunion tenue pendant cette période.",
                    "en": "No meetings held in this period."},
    "actions": {"nl": "Openstaande actiepunten", "fr": "Points d'action ouverts", "en": "Open action items"},
    "action": {"nl": "Actiepunt", "fr": "Point d'action", "en": "Action item"},
    "owner": {"nl": "Verantwoordelijke", "fr": "Responsable", "en": "Owner"},
    "overdue": {"nl": "Te laat", "fr": "En retard", "en": "Overdue"},
    "overdue_count": {"nl": "{open} open, waarvan {overdue} te laat.", "fr": "{open} ouverts, dont {overdue} en retard.",
                      "en": "{open} open, of which {overdue} overdue."},
    "indicators": {"nl": "Indicatoren", "fr": "Indicateurs", "en": "Indicators"},
    "no_indicators": {"nl": "Er zijn nog geen indicatoren aan deze doelstelling gekoppeld.",
                      "fr": "Aucun indicateur n'est encore lié à cet objectif.",
                      "en": "No indicators are linked to this objective yet."},
    "key_figures": {"nl": "Kerncijfers", "fr": "Chiffres clés", "en": "Key figures"},
    "indicator": {"nl": "Indicator", "fr": "Indicateur", "en": "Indicator"},
    "unit": {"nl": "Eenheid", "fr": "Unité", "en": "Unit"},
    "target": {"nl": "Doel", "fr": "Cible", "en": "Target"},
    "commitment_list": {"nl": "Lijst van de engagementen", "fr": "Liste des engagements", "en": "List of commitments"},
    "summary": {"nl": "Overzicht", "fr": "Aperçu", "en": "Overview"},
    "realised_share": {"nl": "% gerealiseerd", "fr": "% réalisé", "en": "% realised"},
    "avg_progress": {"nl": "Gem. voortgang", "fr": "Avancement moyen", "en": "Average progress"},
    "for_summit": {"nl": "Verslag over de prioriteiten van de Sociale Top {year}",
                   "fr": "Rapport sur les priorités du Sommet social {year}",
                   "en": "Report on the priorities of the Social Summit {year}"},
    "members": {"nl": "Leden", "fr": "Membres", "en": "Members"},
    "committee_unknown": {"nl": "Niet vermeld in de strategie.", "fr": "Non mentionné dans la stratégie.",
                          "en": "Not stated in the strategy."},
}


def tt(key: str, lang: str, **values) -> str:
    if key in LABELS:
        text = LABELS[key].get(lang) or LABELS[key]["en"]
        return text.format(**values) if values else text
    return base.t(key, lang, **values)


# ---- the facts, aggregated in SQL ------------------------------------------------------------

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
        self.objectives = store.rows(sql + " ORDER BY o.position, o.code", params)
        if objective_code and not self.objectives:
            raise NotFound(f"There is no objective {objective_code}; objectives are coded like 1.1 or 2.8.")
        only = objective_code is not None
        where_objective = " WHERE o.code = ?" if only else ""
        code_param = [objective_code] if only else []

        self.ministers: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in store.rows("SELECT om.objective_id, om.role, m.name FROM objective_minister om "
                              "JOIN minister m ON m.id = om.minister_id JOIN objective o ON o.id = om.objective_id"
                              + where_objective + " ORDER BY om.position", code_param):
            self.ministers[row["objective_id"]][row["role"]].append(row["name"])

        self.committee: dict[str, list[str]] = defaultdict(list)
        for row in store.rows(
                "SELECT ms.objective_id, coalesce(ms.name_as_printed, org.name, pe.full_name) AS name "
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
                "SELECT w.id, w.objective_id, w.code, w.title, count(c.id) AS total, "
                + ", ".join(f"coalesce(sum(c.status = '{s}'), 0) AS {s}" for s in STATUS_ORDER)
                + ", avg(c.progress) AS progress FROM worksite w JOIN objective o ON o.id = w.objective_id "
                "LEFT JOIN commitment c ON c.worksite_id = w.id" + where_objective
                + " GROUP BY w.id ORDER BY w.position, w.code", code_param):
            self.worksites[row["objective_id"]].append(row)

        self.commitments: dict[str, list[dict]] = defaultdict(list)
        for row in store.rows(
                "SELECT w.objective_id, c.code, c.title, w.code AS worksite_code, c.status, c.progress, "
                "c.due_date FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                "JOIN objective o ON o.id = w.objective_id" + where_objective
                + " ORDER BY w.position, w.code, c.position, c.code", code_param):
            self.commitments[row["objective_id"]].append(row)

        self.summit = summit_db.reference_summit(store, summit_year)
        self.priorities: dict[str, list[dict]] = defaultdict(list)
        self.changes: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        self.since: str | None = None
        if self.summit:
            for row in summit_db.priorities(store, self.summit["id"]):
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
                "SELECT io.objective_id, i.code, i.title, i.unit, "
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
        for row in self.store.rows(
                "SELECT m.id, m.objective_id, m.date, m.title, m.state, "
                "(SELECT count(*) FROM agenda_item a JOIN outcome d ON d.agenda_item_id = a.id "
                " WHERE a.meeting_id = m.id AND d.kind = 'decision') AS decisions "
                "FROM meeting m JOIN objective o ON o.id = m.objective_id "
                "WHERE m.state IN ('held', 'approved') AND m.date >= ?" + filter_sql + " ORDER BY m.date",
                [since_date, *code_param]):
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
        for row in self.store.rows("SELECT id, code, title, unit, source FROM indicator ORDER BY position, code"):
            row["values"] = values.get(row["id"], {})
            figures.append(row)
        return figures


# ---- the document ----------------------------------------------------------------------------

def _status_label(status: str | None, lang: str) -> str:
    return label(COMMITMENT_STATUS, status, lang)


def _percent(value, lang: str) -> str:
    return "" if value is None else format_percent(value, lang)


def _facts(objective: dict, data: NoteData, lang: str) -> list:
    ministers = data.ministers.get(objective["id"], {})
    priority = label(PRIORITY_TYPE, objective["priority_type"], lang) if objective["priority_type"] \
        else (objective["priority_type_text"] or "")
    committee = data.committee.get(objective["id"], [])
    rows = [
        (tt("pillar", lang), f"{objective['pillar_code']}. {objective['pillar_title']}"),
        (tt("priority_type", lang), priority),
        (tt("initiating_ministers", lang), "\n".join(ministers.get("initiating", []))),
        (tt("associated_ministers", lang), "\n".join(ministers.get("associated", []))),
        (tt("steering_committee", lang), "; ".join(committee) if committee else tt("committee_unknown", lang)),
        (tt("status_2025", lang), objective["status_2025"] or ""),
    ]
    facts = table([tt("general", lang), ""], rows, [1.3, 4], zebra=False)
    return [facts]


def _worksite_table(rows: list[dict], lang: str):
    header = [tt("code", lang), tt("worksite", lang), tt("total", lang)] + \
        [_status_label(s, lang) for s in STATUS_ORDER] + [tt("avg_progress", lang)]
    body = [[w["code"], w["title"], w["total"], *(w[s] or "" for s in STATUS_ORDER),
             _percent(None if w["progress"] is None else round(w["progress"]), lang)] for w in rows]
    return table(header, body, [0.9, 3.0, 0.8, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3],
                 ["left", "left"] + ["right"] * 7)


def _priorities(objective: dict, data: NoteData, lang: str) -> list:
    summit = data.summit
    story: list = [CondPageBreak(35 * mm)]
    if not summit:
        return story + [heading_h2(tt("social_summit", lang)), para(tt("no_summit", lang))]
    story.append(heading_h2(tt("priorities_of", lang, year=summit["year"])))
    rows = data.priorities.get(objective["id"], [])
    if not rows:
        return story + [para(tt("none", lang))]
    body = []
    from ..db.schema_summits import SUMMIT_VERDICT
    for p in rows:
        counts = f"{format_number(p['realised'], lang)} / {format_number(p['commitments'], lang)}"
        body.append([f"{p['worksite_code']} {p['worksite_title']}", p["expected_result"] or "",
                     p["progress_statement"] or "", label(SUMMIT_VERDICT, p["verdict"], lang), counts])
    story.append(table([tt("worksite", lang), tt("expected_result", lang), tt("progress_statement", lang),
                        tt("verdict", lang), _status_label("realised", lang)], body, [2.8, 2.4, 3.0, 1.8, 1.1],
                       ["left", "left", "left", "left", "right"]))
    return story


def heading_h2(text: str):
    return para(text, "h2")


def _changes(objective: dict, data: NoteData, lang: str) -> list:
    if not data.summit:
        return []
    summit = data.summit
    story: list = [CondPageBreak(30 * mm), heading_h2(tt("changes_since", lang, year=summit["year"]))]
    if summit["closed_at"]:
        story.append(para(tt("since_moment", lang, date=format_date(summit["closed_at"], lang, long=True)), "small"))
    else:
        story.append(para(tt("since_log", lang, date=format_date(data.since, lang, long=True)), "small"))
    changes = data.changes.get(objective["id"], {})
    any_change = False
    for kind in ("realised", "added", "postponed", "removed"):
        rows = changes.get(kind, [])
        if not rows:
            continue
        any_change = True
        story.append(para(f"{tt('kind_' + kind, lang)} ({format_number(len(rows), lang)})", "h3"))
        body = [[r["code"], r["title"] or "", _status_label(r["before_status"], lang),
                 _status_label(r["status"], lang), format_date(r["changed_at"], lang)] for r in rows]
        before = tt("status_at", lang, date=format_date(summit["closed_at"], lang)) if summit["closed_at"] \
            else tt("status", lang)
        story.append(table([tt("code", lang), tt("title", lang), before, tt("status_now", lang),
                            tt("changed_on", lang)], body, [1.2, 5, 1.4, 1.4, 1.2]))
    if not any_change:
        story.append(para(tt("none", lang)))
    return story


def _meetings(objective: dict, data: NoteData, lang: str) -> list:
    if not data.has_meetings:
        return []
    story: list = [CondPageBreak(30 * mm), heading_h2(tt("meetings_since", lang))]
    meetings = data.meetings.get(objective["id"], [])
    if meetings:
        story.append(table([tt("date", lang), tt("meeting", lang), tt("decisions", lang)],
                           [[format_date(m["date"], lang), m["title"] or tt("steering_committee", lang),
                             m["decisions"]] for m in meetings], [1.2, 6, 1.2], ["left", "left", "right"]))
    else:
        story.append(para(tt("no_meetings", lang)))
    decisions = data.decisions.get(objective["id"], [])
    if decisions:
        story.append(para(tt("decisions", lang), "h3"))
        story.append(table([tt("date", lang), tt("decisions", lang)],
                           [[format_date(d["date"], lang), d["text"]] for d in decisions], [1.2, 7.2]))
    actions = data.actions.get(objective["id"], [])
    story.append(para(tt("actions", lang), "h3"))
    if actions:
        overdue = sum(1 for a in actions if a["overdue"])
        story.append(para(tt("overdue_count", lang, open=format_number(len(actions), lang),
                             overdue=format_number(overdue, lang)), "small"))
        story.append(table([tt("action", lang), tt("owner", lang), tt("due_date", lang), tt("overdue", lang)],
                           [[a["what"], a["owner"] or "", format_date(a["due_date"], lang),
                             "!" if a["overdue"] else ""] for a in actions], [5, 2, 1.2, 0.8]))
    else:
        story.append(para(tt("none", lang)))
    return story


def _indicators(objective: dict, data: NoteData, lang: str) -> list:
    rows = data.indicators.get(objective["id"], [])
    story: list = [CondPageBreak(25 * mm), heading_h2(tt("indicators", lang))]
    if not rows:
        return story + [para(tt("no_indicators", lang), "small")]
    body = [[r["code"], r["title"], r["unit"] or "", r["year"] or "", _value(r["value"], lang),
             _value(r["target"], lang)] for r in rows]
    return story + [table([tt("code", lang), tt("indicator", lang), tt("unit", lang), tt("date", lang),
                           tt("progress", lang), tt("target", lang)], body, [0.8, 5, 1, 0.8, 1.1, 1.1],
                          ["left", "left", "left", "right", "right", "right"])]


def _value(value, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return format_number(value, lang, 0 if float(value).is_integer() else 1)
    return str(value)


def _commitment_list(objective: dict, data: NoteData, lang: str) -> list:
    rows = data.commitments.get(objective["id"], [])
    if not rows:
        return []
    body = [[r["code"], r["title"], _status_label(r["status"], lang), _percent(r["progress"], lang),
             format_date(r["due_date"], lang)] for r in rows]
    return [CondPageBreak(30 * mm), heading_h2(tt("commitment_list", lang)),
            table([tt("code", lang), tt("commitment", lang), tt("status", lang), tt("progress", lang),
                   tt("due_date", lang)], body, [1.2, 5.3, 1.4, 1.3, 1.3],
                  ["left", "left", "left", "right", "left"])]


def objective_section(objective: dict, data: NoteData, lang: str) -> list:
    """The flowables of one objective's section."""
    subtitle = f"{tt('objective', lang)} {objective['code']}"
    story: list = [base.SetSubtitle(subtitle), heading(f"{objective['code']} {objective['title']}", 0)]
    story += _facts(objective, data, lang)
    counts = data.status_counts.get(objective["id"], {})
    story += [Spacer(1, 4 * mm), KeepTogether([heading_h2(tt("by_status", lang)), status_chart(counts, lang)])]
    story += [CondPageBreak(30 * mm), heading_h2(tt("worksites_progress", lang)),
              _worksite_table(data.worksites.get(objective["id"], []), lang)]
    story += _priorities(objective, data, lang)
    story += _changes(objective, data, lang)
    story += _meetings(objective, data, lang)
    story += _indicators(objective, data, lang)
    story += _commitment_list(objective, data, lang)
    return story


def _cover(data: NoteData, lang: str, confidential: str | None) -> list:
    story: list = [Spacer(1, 40 * mm), para(tt("progress_note", lang), "title"),
                   para(tt("strategy", lang), "subtitle")]
    if data.summit:
        story.append(para(tt("for_summit", lang, year=data.summit["year"]), "subtitle"))
    story.append(para(tt("prepared_on", lang, date=format_date(data.today, lang, long=True)), "body"))
    if confidential:
        story.append(Spacer(1, 6 * mm))
        story.append(para(confidential, "h2"))
    story.append(Spacer(1, 14 * mm))
    story.append(para(tt("summary", lang), "h2"))
    body = []
    for objective in data.objectives:
        counts = data.status_counts.get(objective["id"], {})
        total = sum(counts.values())
        share = counts.get("realised", 0) / total * 100 if total else None
        body.append([objective["code"], objective["title"], format_number(total, lang), _percent(share, lang)])
    story.append(table([tt("code", lang), tt("objective", lang), tt("commitments", lang),
                        tt("realised_share", lang)], body, [0.7, 7, 1.3, 1.3], ["left", "left", "right", "right"]))
    return story


def _key_figures_section(data: NoteData, lang: str) -> list:
    if not data.key_figures:
        return []
    years = sorted({year for figure in data.key_figures for year in figure["values"]})[-5:]
    body = []
    for figure in data.key_figures:
        cells = [figure["code"], figure["title"], figure["unit"] or ""]
        for year in years:
            value = figure["values"].get(year)
            cells.append(_value(value["value"], lang) if value and value["value"] is not None
                         else (value or {}).get("value_text") or "")
        targets = [v["target"] for y, v in sorted(figure["values"].items()) if v["target"] is not None]
        cells.append(_value(targets[-1], lang) if targets else "")
        body.append(cells)
    header = [tt("code", lang), tt("indicator", lang), tt("unit", lang), *map(str, years), tt("target", lang)]
    return [PageBreak(), base.SetSubtitle(tt("key_figures", lang)), heading(tt("key_figures", lang), 0),
            table(header, body, [0.7, 3.4, 1.5, *[1.15] * len(years), 0.8],
                  ["left", "left", "left", *["right"] * (len(years) + 1)])]


def build_story(data: NoteData, lang: str, confidential: str | None, whole: bool,
                progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list:
    story: list = []
    if whole:
        story += _cover(data, lang, confidential)
        story += base.cover_end()
        story += [para(tt("contents", lang), "h1"), base.toc()]
    for index, objective in enumerate(data.objectives):
        if cancelled and cancelled():
            raise Cancelled("The progress note was cancelled.")
        if whole or index:
            story.append(PageBreak())
        story += objective_section(objective, data, lang)
        if progress:
            progress(10 + int(30 * (index + 1) / len(data.objectives)), objective["code"])
    if whole:
        story += _key_figures_section(data, lang)
    return story


def render_progress_note(store: Store, target, objective_code: str | None = None,
                         summit_year: int | None = None, lang: str = "nl", confidential: str | None = None,
                         progress: Callable[[int, str], None] | None = None,
                         cancelled: Callable[[], bool] | None = None, today: _dt.date | None = None) -> int:
    """Write the progress note to `target` (a path or a binary file); returns its number of pages."""
    if lang not in base.LANGUAGES:
        raise StoreError(f"language: '{lang}' is not one of nl, fr, en.")
    today = today or _dt.date.today()
    if progress:
        progress(2, "")
    data = NoteData(store, objective_code, summit_year, lang, today)
    whole = objective_code is None
    subtitle = "" if whole else f"{tt('objective', lang)} {data.objectives[0]['code']}"
    doc = base.NoteDocument(target, lang=lang, title=tt("strategy", lang), subtitle=subtitle,
                            confidential=confidential, date=today, cover=whole,
                            author=store.author)
    doc.title = f"{tt('progress_note', lang)} – {tt('strategy', lang)}"
    story = build_story(data, lang, confidential, whole, progress, cancelled)
    total = max(len(story), 1)

    def on_progress(kind: str, value: int) -> None:
        if cancelled and cancelled():
            raise Cancelled("The progress note was cancelled.")
        if progress and kind == "PROGRESS":
            progress(40 + min(59, int(59 * value / total)), "")

    doc.setProgressCallBack(on_progress)
    doc.build_story(story)
    if progress:
        progress(100, "")
    return doc.page
