"""The progress note (voortgangsnota / note de progrès) for the Social Summit, as a PDF.

`render_progress_note(store, target, objective_code=None, summit_year=None, lang="nl", ...)` writes
the note for one objective, or for the whole strategy (cover page, table of contents with page
numbers, a section per objective, the key figures). `summit_year` names the summit the note reports
on: its priorities with their progress statements, and the changes since it was closed; by
default the latest closed summit. The facts come from `note_data.NoteData` (aggregated in SQL);
this module lays them out. The note is laid out in one pass (see `base.NoteDocument`).
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ..db.enums import COMMITMENT_STATUS, PRIORITY_TYPE, label
from ..db.errors import StoreError
from ..db import revisions
from ..db import strategy_texts
from ..db.store import Store
from ..db.enums import SUMMIT_VERDICT
from ..texts import render, t, words_table
from . import base
from .base import format_date, format_number, format_percent, heading, para, table
from .charts import STATUS_ORDER, status_chart
from .note_data import NoteData


class Cancelled(StoreError):
    """The user cancelled the note; nothing was written."""


LABELS: dict[str, dict[str, str]] = words_table("progress_note", "LABELS")


def tt(key: str, lang: str, **values) -> str:
    if key in LABELS:
        text = LABELS[key].get(lang) or LABELS[key]["en"]
        return text.format(**values) if values else text
    return base.t(key, lang, **values)


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
    # the counts' headers written upwards, so their columns are as narrow as the numbers and the
    # title gets most of the width (at most 3 lines; the list of commitments prints it whole)
    header = [tt("code", lang), tt("worksite", lang)] + [base.VerticalText(text) for text in (
        tt("total", lang), *(_status_label(s, lang) for s in STATUS_ORDER), tt("avg_progress", lang))]
    body = [[w["code"], w["title"], format_number(w["total"], lang), *(format_number(w[s], lang) if w[s] else ""
                                                                     for s in STATUS_ORDER),
             _percent(None if w["progress"] is None else round(w["progress"]), lang)] for w in rows]
    numbers = set(range(2, len(header)))
    widths = base.fitted_widths(header, body, {1: 1}, numbers=numbers)
    return table(header, body, widths, ["left", "left"] + ["right"] * 7, max_lines={1: 3})


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
    for p in rows:
        counts = f"{format_number(p['realised'], lang)} / {format_number(p['commitments'], lang)}"
        body.append([f"{p['worksite_code']} {p['worksite_title']}", p["expected_result"] or "",
                     p["progress_statement"] or "", label(SUMMIT_VERDICT, p["verdict"], lang), counts])
    header = [tt("worksite", lang), tt("expected_result", lang), tt("progress_statement", lang),
              tt("verdict", lang), _status_label("realised", lang)]
    widths = base.fitted_widths(header, body, {0: 2.8, 1: 2.4, 2: 3.0, 3: 1.6}, numbers={4})
    story.append(table(header, body, widths, ["left", "left", "left", "left", "right"], max_lines={0: 3}))
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
        header = [tt("code", lang), tt("title", lang), before, tt("status_now", lang), tt("changed_on", lang)]
        story.append(table(header, body, base.fitted_widths(header, body, {1: 1}), max_lines={1: 3}))
    structural = _structural_changes(objective["code"], data)  # strategy revisions since the summit (#21)
    if structural:
        any_change = True
        story.append(para(f"{tt('kind_structure', lang)} ({format_number(len(structural), lang)})", "h3"))
        body = [[format_date(revision["date"], lang), render(revisions.revision_name(revision), lang),
                 render(change.describe(), lang)] for revision, change in structural]
        header = [tt("changed_on", lang), tt("revision", lang), tt("change", lang)]
        story.append(table(header, body, base.fitted_widths(header, body, {2: 1}), max_lines={2: 3}))
    if not any_change:
        story.append(para(tt("none", lang)))
    return story


def _structural_changes(code: str, data: NoteData) -> list:
    """(revision, change) of the revisions applied since the summit that touch this objective or its worksites."""
    def concerns(change) -> bool:
        codes = [c for c in (change.code, change.old_code, change.parent) if c]
        return any(c == code or c.startswith(code + ".") for c in codes)

    return [(revision, change) for revision in revisions.structural_changes_since(data.store, data.summit)
            for change in revisions.Plan.from_json(revision["plan"]).changes if concerns(change)]


def _meetings(objective: dict, data: NoteData, lang: str) -> list:
    if not data.has_meetings:
        return []
    story: list = [CondPageBreak(30 * mm), heading_h2(tt("meetings_since", lang))]
    meetings = data.meetings.get(objective["id"], [])
    if meetings:
        header = [tt("date", lang), tt("meeting", lang), tt("decisions", lang)]
        body = [[format_date(m["date"], lang), m["title"] or tt("steering_committee", lang),
                 format_number(m["decisions"], lang)] for m in meetings]
        story.append(table(header, body, base.fitted_widths(header, body, {1: 1}, numbers={2}),
                           ["left", "left", "right"]))
    else:
        story.append(para(tt("no_meetings", lang)))
    decisions = data.decisions.get(objective["id"], [])
    if decisions:
        story.append(para(tt("decisions", lang), "h3"))
        header = [tt("date", lang), tt("decisions", lang)]
        body = [[format_date(d["date"], lang), d["text"]] for d in decisions]
        story.append(table(header, body, base.fitted_widths(header, body, {1: 1})))
    actions = data.actions.get(objective["id"], [])
    story.append(para(tt("actions", lang), "h3"))
    if actions:
        overdue = sum(1 for a in actions if a["overdue"])
        story.append(para(tt("overdue_count", lang, open=format_number(len(actions), lang),
                             overdue=format_number(overdue, lang)), "small"))
        header = [tt("action", lang), tt("owner", lang), tt("due_date", lang)]
        body = [[a["what"], a["owner"] or "",
                 format_date(a["due_date"], lang) + (f" {base.MARK}" if a["overdue"] else "")] for a in actions]
        marked = {(index, 2) for index, a in enumerate(actions) if a["overdue"]}
        story.append(table(header, body, base.fitted_widths(header, body, {0: 2.5, 1: 1}), marked=marked))
        if marked:
            story.append(para(f"{base.MARK} {tt('overdue_action_legend', lang)}", "small"))
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
    header = [tt("code", lang), tt("indicator", lang), tt("unit", lang), tt("date", lang), tt("progress", lang),
              tt("target", lang)]
    widths = base.fitted_widths(header, body, {1: 0.75, 2: 0.25}, numbers={3, 4, 5})
    return story + [table(header, body, widths, ["left", "left", "left", "right", "right", "right"],
                          max_lines={1: 3})]


def _value(value, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return format_number(value, lang, 0 if float(value).is_integer() else 1)
    return str(value)


OPEN_STATUSES = tuple(key for key in COMMITMENT_STATUS if key not in ("realised", "abandoned"))


def is_overdue(commitment: dict, today: _dt.date) -> bool:
    """A due date before today and a status still open (as the commitments view counts it)."""
    return bool(commitment["due_date"]) and commitment["due_date"] < today.isoformat() \
        and commitment["status"] in OPEN_STATUSES


def _commitment_list(objective: dict, data: NoteData, lang: str) -> list:
    rows = data.commitments.get(objective["id"], [])
    if not rows:
        return []
    titles = {w["code"]: w["title"] for w in data.worksites.get(objective["id"], [])}
    body, groups, marked, current = [], set(), set(), None
    for r in rows:
        if r["worksite_code"] != current:  # the commitments under their worksite
            current = r["worksite_code"]
            groups.add(len(body))
            body.append([f"{tt('worksite', lang)} {current} {titles.get(current, '')}".rstrip(), "", "", "", ""])
        due = format_date(r["due_date"], lang)
        if is_overdue(r, data.today):
            marked.add((len(body), 4))
            due = f"{due} {base.MARK}"
        body.append([r["code"], r["title"], _status_label(r["status"], lang), _percent(r["progress"], lang), due])
    header = [tt("code", lang), tt("commitment", lang), tt("status", lang), tt("progress", lang), tt("due_date", lang)]
    plain = [row for index, row in enumerate(body) if index not in groups]
    widths = base.fitted_widths(header, plain, {1: 1}, numbers={3})
    story = [CondPageBreak(30 * mm), heading_h2(tt("commitment_list", lang)),
             table(header, body, widths, ["left", "left", "left", "right", "left"], max_lines={1: 3},
                   groups=groups, marked=marked)]
    if marked:
        story.append(para(f"{base.MARK} {tt('overdue_legend', lang)}", "small"))
    return story


def _summary(objective: dict, data: NoteData, lang: str):
    """The objective's figures at a glance, on its first page."""
    commitments = data.commitments.get(objective["id"], [])
    counts = data.status_counts.get(objective["id"], {})
    total = sum(counts.values())
    realised = counts.get("realised", 0)
    progress = [c["progress"] for c in commitments if c["progress"] is not None]
    header = [tt("worksites", lang), tt("commitments", lang), _status_label("realised", lang), tt("overdue", lang),
              tt("avg_progress", lang)]
    row = [format_number(len(data.worksites.get(objective["id"], [])), lang), format_number(total, lang),
           f"{format_number(realised, lang)} ({_percent(round(realised / total * 100) if total else 0, lang)})",
           format_number(sum(is_overdue(c, data.today) for c in commitments), lang),
           _percent(round(sum(progress) / len(progress)) if progress else None, lang)]
    if data.has_meetings:
        actions = data.actions.get(objective["id"], [])
        header.append(tt("actions", lang))
        row.append(format_number(len(actions), lang))
    return table(header, [row], [1] * len(header), ["right"] * len(header), zebra=False)


def objective_section(objective: dict, data: NoteData, lang: str) -> list:
    """The flowables of one objective's section."""
    subtitle = f"{tt('objective', lang)} {objective['code']}"
    story: list = [base.SetSubtitle(subtitle), heading(f"{objective['code']} {objective['title']}", 0)]
    story += [_summary(objective, data, lang), Spacer(1, 4 * mm)]
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
    header = [tt("code", lang), tt("objective", lang), tt("commitments", lang), tt("realised_share", lang)]
    story.append(table(header, body, base.fitted_widths(header, body, {1: 1}, numbers={2, 3}),
                       ["left", "left", "right", "right"]))
    return story


def _key_figures_section(data: NoteData, lang: str) -> list:
    if not data.key_figures:
        return []
    # the years that hold a figure (a year with only a target is not a column of empty cells)
    years = sorted({year for figure in data.key_figures for year, v in figure["values"].items()
                    if v["value"] is not None or v["value_text"]})[-5:]
    targets = {figure["id"]: [(y, v["target"]) for y, v in sorted(figure["values"].items()) if v["target"] is not None]
               for figure in data.key_figures}
    with_target = any(targets.values())
    body = []
    for figure in data.key_figures:
        cells = [figure["code"], figure["title"], figure["unit"] or ""]
        for year in years:
            value = figure["values"].get(year)
            cells.append(_value(value["value"], lang) if value and value["value"] is not None
                         else (value or {}).get("value_text") or "")
        if with_target:
            found = targets[figure["id"]]
            cells.append(f"{_value(found[-1][1], lang)} ({found[-1][0]})" if found else "")
        body.append(cells)
    header = [tt("code", lang), tt("indicator", lang), tt("unit", lang), *map(str, years)]
    if with_target:
        header.append(tt("target", lang))
    # codes and figures as wide as their widest cell (a number never breaks: "101.435,3" on one line)
    # and a gap between two numbers; the indicator and its unit share what is left
    numbers = set(range(3, len(header)))
    widths = base.fitted_widths(header, body, {1: 0.7, 2: 0.3}, numbers=numbers)
    return [PageBreak(), base.SetSubtitle(tt("key_figures", lang)), heading(tt("key_figures", lang), 0),
            table(header, body, widths, ["left", "left", "left", *["right"] * len(numbers)], max_lines={1: 3})]


def build_story(data: NoteData, lang: str, confidential: str | None, whole: bool,
                progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list:
    base.write_in(lang)  # the shortening notes in the note's language, whoever builds the story (#17)
    story: list = []
    if whole:
        story += _cover(data, lang, confidential)
        story += base.cover_end()
        story += [para(tt("contents", lang), "h1"), base.toc()]
    for index, objective in enumerate(data.objectives):
        if cancelled and cancelled():
            raise Cancelled(t("The progress note was cancelled."))
        if whole or index:
            story.append(PageBreak())
        story += objective_section(objective, data, lang)
        if progress:
            progress(10 + int(30 * (index + 1) / len(data.objectives)), objective["code"])
    if whole:
        story += _key_figures_section(data, lang)
    story += colophon(data.store, lang)
    return story


def colophon(store: Store, lang: str) -> list:
    """The lines a note ends with: the strategy revision it was made under, and on the strategy's texts
    a working translation (French), the Dutch document's texts (English); nothing more in Dutch."""

    lines = [render(revisions.revision_line(store), lang)]  # the structure it was made under (#21)
    line = strategy_texts.colophon_line(store, lang)
    return [Spacer(1, 6 * mm)] + [para(text, "small") for text in lines + ([line] if line else [])]


def document_info(data: NoteData, lang: str, whole: bool) -> base.DocumentInfo:
    """"Note de progrès — Sommet social 2027 — objectif 1.2": the PDF's title, subject and keywords."""
    parts = [tt("progress_note", lang)]
    parts.append(tt("summit_year", lang, year=data.summit["year"]) if data.summit else tt("strategy", lang))
    keywords = ["Go4Brussels 2030", tt("progress_note", lang)]
    if data.summit:
        keywords.append(tt("summit_year", lang, year=data.summit["year"]))
    if whole:
        subject = tt("for_summit", lang, year=data.summit["year"]) if data.summit else tt("strategy", lang)
    else:
        objective = data.objectives[0]
        parts.append(tt("objective_code", lang, code=objective["code"]))
        subject = f"{tt('objective', lang)} {objective['code']} {objective['title']}"
        keywords.append(tt("objective_code", lang, code=objective["code"]))
    return base.DocumentInfo(" — ".join(parts), subject, tuple(keywords))


def render_progress_note(store: Store, target, objective_code: str | None = None,
                         summit_year: int | None = None, lang: str = "nl", confidential: str | None = None,
                         progress: Callable[[int, str], None] | None = None,
                         cancelled: Callable[[], bool] | None = None, today: _dt.date | None = None,
                         author: str | None = None) -> int:
    """Write the progress note to `target` (a path or a binary file); returns its number of pages.
    `author`: the PDF's author (default: the name in the preferences, never the login)."""
    if lang not in base.LANGUAGES:
        raise StoreError(t("language: '{lang}' is not one of nl, fr, en.", lang=lang))
    today = today or _dt.date.today()
    if progress:
        progress(2, "")
    data = NoteData(store, objective_code, summit_year, lang, today)
    whole = objective_code is None
    subtitle = "" if whole else f"{tt('objective', lang)} {data.objectives[0]['code']}"
    doc = base.NoteDocument(target, lang=lang, title=tt("strategy", lang), subtitle=subtitle,
                            confidential=confidential, date=today, cover=whole,
                            info=document_info(data, lang, whole), author=author)
    story = build_story(data, lang, confidential, whole, progress, cancelled)
    total = max(len(story), 1)

    def on_progress(kind: str, value: int) -> None:
        if cancelled and cancelled():
            raise Cancelled(t("The progress note was cancelled."))
        if progress and kind == "PROGRESS":
            progress(40 + min(59, int(59 * value / total)), "")

    doc.setProgressCallBack(on_progress)
    doc.build_story(story)
    if progress:
        progress(100, "")
    return doc.page
