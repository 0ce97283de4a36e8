"""The minutes of a steering-committee meeting as PDF, in nl, fr or en (no Qt).

Same page, fonts and escaping as the progress notes (`reports.base`): meeting data, attendance,
agenda, the minutes per item with their outcomes (decisions list the commitment changes they
made), the follow-up of earlier actions, and the actions decided. Confidential agenda items (and
their outcomes and actions) are left out unless asked for.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether, Spacer

from ..db import enums, meetings, strategy_texts
from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
from ..db.store import Store
from ..paths import replace_target
from . import base
from .base import format_date, heading, markup, para, safe, table
from ..texts import words_table

LABELS = words_table("minutes", "LABELS")

FIELD_LABELS = words_table("minutes", "FIELD_LABELS")


def tr(key: str, lang: str, **values) -> str:
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def _field_value(field: str, value, lang: str) -> str:
    if value is None or value == "":
        return "–"
    if field == "status":
        return label(COMMITMENT_STATUS, value, lang)
    if field == "health":
        return label(COMMITMENT_HEALTH, value, lang)
    if field == "progress":
        return base.format_percent(value, lang)
    if field.endswith("date"):
        return format_date(value, lang)
    return str(value)


def _time_range(meeting: dict) -> str:
    if meeting["start_time"] and meeting["end_time"]:
        return f"{meeting['start_time']} – {meeting['end_time']}"
    return meeting["start_time"] or ""


def _action_rows(actions: list[dict], lang: str, with_meeting: bool = False) -> list[list]:
    rows = []
    for action in actions:
        row = [action["what"], action["owner"] or "", format_date(action["due_date"], lang),
               label(enums.ACTION_STATE, action["state"], lang), action["commitment_code"] or ""]
        if with_meeting:
            row.insert(0, format_date(action["meeting_date"], lang))
        rows.append(row)
    return rows


def story(store: Store, meeting_id: str, lang: str = "nl", include_confidential: bool = False) -> tuple[list, dict]:
    """The flowables of the minutes, and the meeting page they were made from."""
    page = meetings.meeting_page(store, meeting_id, lang)
    items = [i for i in page["agenda"] if include_confidential or not i["confidential"]]
    left_out = len(page["agenda"]) - len(items)
    hidden_outcomes = {o["id"] for i in page["agenda"] if i not in items for o in i["outcomes"]}
    actions = [a for a in page["actions"] if a["outcome_id"] not in hidden_outcomes]
    approved = page["state"] == "approved"
    base.write_in(lang)  # the shortening notes of the paragraphs below, in the minutes' language (#17)
    flow: list = []

    flow.append(para(tr("minutes" if approved else "draft", lang), "title"))
    flow.append(para(tr("committee", lang, code=page["objective_code"]) + " – " + page["objective_title"], "subtitle"))
    if page["title"]:
        flow.append(para(page["title"], "h2"))
    facts = [
        [tr("date", lang), format_date(page["date"], lang, long=True)],
        [tr("time", lang), _time_range(page)],
        [tr("place", lang), page["place"] or ""],
        [tr("online", lang), page["online_link"] or ""],
        [tr("kind", lang), label(enums.MEETING_KIND, page["kind"], lang)],
        [tr("state", lang), tr("approved_on", lang, date=format_date(page["approved_at"], lang))
         if approved else tr("not_approved", lang)],
    ]
    flow.append(table([tr("meeting", lang), ""], [f for f in facts if f[1]], [1, 3], zebra=False))
    if left_out:
        flow.append(Spacer(1, 4))
        flow.append(para(tr("confidential_left_out", lang, n=left_out), "small"))

    flow.append(heading(tr("attendance", lang)))
    if page["attendance"]:
        flow.append(table(
            [tr("name", lang), tr("organisation", lang), tr("attendance_state", lang)],
            # a person with their organisation; an organisation invited for want of a member contact: "—"
            [["—" if a["organisation_id"] and not a["person_id"] else a["name"],
              a["organisation_name"] or ("" if a["person_id"] else tr("guest", lang)),
              label(enums.ATTENDANCE_STATE, a["state"], lang)] for a in page["attendance"]],
            [3, 3, 1.4]))
    else:
        flow.append(para(tr("none", lang)))

    flow.append(heading(tr("agenda", lang)))
    header = ["#", tr("agenda", lang), tr("presenter", lang), tr("duration", lang)]
    body = [[str(n), i["title"] + (f" ({tr('confidential', lang)})" if i["confidential"] else ""), i["presenter"] or "",
             tr("minutes_short", lang, n=i["duration_minutes"]) if i["duration_minutes"] else ""]
            for n, i in enumerate(items, start=1)]
    flow.append(table(header, body, base.fitted_widths(header, body, {1: 5, 2: 2.2}),
                      align=["right", "left", "left", "right"]))

    flow.append(heading(tr("proceedings", lang)))
    decisions = []
    for number, item in enumerate(items, start=1):
        block = [heading(f"{number}. {item['title']}", level=1)]
        if item["confidential"]:
            block.append(markup(f"<b>{safe(tr('confidential', lang))}</b>", "small"))
        if item["links"]:
            block.append(para(tr("linked", lang) + ": " + "; ".join(
                f"{link['code']} {link['title']}" for link in item["links"]), "small"))
        flow.append(KeepTogether(block))
        if item["carried_actions"]:
            flow.append(para(tr("carried", lang), "h3"))
            rows = _action_rows(item["carried_actions"], lang, with_meeting=True)
            for row, action in zip(rows, item["carried_actions"]):
                row.append(action["carried_note"] or "")
            flow.append(table(
                [tr("from_meeting", lang), tr("what", lang), tr("owner", lang), tr("due", lang), tr("state", lang),
                 tr("commitment", lang), tr("note", lang)], rows, [1.6, 3, 1.8, 1.6, 1.1, 1.4, 2.4]))
        if item["minutes"]:
            flow.append(para(item["minutes"]))
        elif not item["carried_actions"]:
            flow.append(para(tr("no_minutes", lang), "small"))
        for outcome in item["outcomes"]:
            kind = label(enums.OUTCOME_KIND, outcome["kind"], lang)
            flow.append(markup(f"<b>{safe(kind)}:</b> {safe(outcome['text'])}"))
            if outcome["kind"] == "decision":
                decisions.append((number, outcome))
                for change in outcome.get("changes", []):
                    if change["table_name"] != "commitment":
                        continue
                    field = FIELD_LABELS.get(change["field"], {}).get(lang, change["field"])
                    flow.append(para(
                        f"→ {tr('commitment', lang)} {change['code'] or ''}: {field} "
                        f"{_field_value(change['field'], change['old_value'], lang)} → "
                        f"{_field_value(change['field'], change['new_value'], lang)}", "small"))

    if decisions:
        rows = [[str(n), o["text"]] for n, o in decisions]
        body = table(["#", tr("decisions", lang)], rows, base.fitted_widths(["#", ""], rows, {1: 1}),
                     align=["right", "left"])
    else:
        body = para(tr("none", lang))
    flow.append(base.KeepWithStart([heading(tr("decisions", lang)), body]))

    if actions:
        body = table([tr("what", lang), tr("owner", lang), tr("due", lang), tr("state", lang),
                      tr("commitment", lang)], _action_rows(actions, lang), [4.3, 2.2, 1.3, 1.1, 1.6])
    else:
        body = para(tr("none", lang))
    flow.append(base.KeepWithStart([heading(tr("actions", lang)), body]))
    from ..db import revisions
    from ..texts import render

    flow.append(para(render(revisions.revision_line(store), lang), "small"))  # the strategy revision (#21)
    line = strategy_texts.colophon_line(store, lang)  # on the strategy's texts (working translation, #15)
    if line:
        flow.append(para(line, "small"))
    return flow, page


def document_info(page: dict, lang: str) -> base.DocumentInfo:
    """"Procès-verbal du comité de pilotage 1.2 — 21/12/2026" (a draft says so): the PDF's metadata."""
    kind = "doc_title" if page["state"] == "approved" else "doc_title_draft"
    title = tr(kind, lang, code=page["objective_code"]) + " — " + format_date(page["date"], lang)
    subject = page["title"] or f"{tr('committee', lang, code=page['objective_code'])} – {page['objective_title']}"
    keywords = ("Go4Brussels 2030", tr("minutes", lang), tr("committee", lang, code=page["objective_code"]),
                format_date(page["date"], lang))
    return base.DocumentInfo(title, subject, keywords)


def write_minutes(store: Store, meeting_id: str, target: Path | str, lang: str = "nl",
                  include_confidential: bool = False, author: str | None = None) -> Path:
    """Write the minutes PDF (to a partial file first, so a failure leaves no half PDF behind).
    `author`: the PDF's author (default: the name in the preferences, never the login)."""
    target = Path(target)
    flow, page = story(store, meeting_id, lang, include_confidential)
    partial = target.with_name(target.name + ".partial")
    subtitle = (tr("committee", lang, code=page["objective_code"]) + " – "
                + tr("meeting_of", lang, date=format_date(page["date"], lang)))
    document = base.NoteDocument(
        str(partial), lang=lang, title=base.t("strategy", lang), subtitle=subtitle,
        confidential=tr("confidential", lang) if include_confidential and any(
            i["confidential"] for i in page["agenda"]) else None, info=document_info(page, lang), author=author)
    try:
        document.build_story(flow)
        replace_target(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
