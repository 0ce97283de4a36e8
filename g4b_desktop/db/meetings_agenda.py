"""The agenda of a meeting: its items (with their minutes), their order and links, templates, and the
open actions carried over from earlier meetings (no Qt).

Building blocks inside an action: `insert_agenda_item`, `carry_over_open_actions` (the "follow-up of
actions" item of a planned meeting), `carry_actions`, `copy_items`. User actions (one transaction
each, returning `Changes`): `add_agenda_item`, `update_agenda_item`, `delete_agenda_item`,
`reorder_agenda`, `move_agenda_item`, `link_agenda_item`, `unlink_agenda_item`, `agenda_from_previous`,
`save_template`, `delete_template`, `agenda_from_template`. Re-exported by `meetings.py`, where
callers find them (`meetings.add_agenda_item(...)`).
"""

from __future__ import annotations

from typing import Any

from ..texts import t
from . import validation as check
from .errors import NotFound, ValidationError
from .meetings_read import agenda, previous_meeting, template_items
from .meetings_rules import check_reference, clean_agenda, meeting_label, meeting_of, require_editable
from .store import Action, Changes, Store

ACTION_REVIEW_TITLE = {
    "nl": "Opvolging van de actiepunten",
    "fr": "Suivi des points d'action",
    "en": "Follow-up of the action items",
}


def _next_agenda_position(store: Store, meeting_id: str) -> int:
    return store.scalar("SELECT coalesce(max(position), -1) + 1 FROM agenda_item WHERE meeting_id = ?",
                        [meeting_id])


def insert_agenda_item(act: Action, meeting_id: str, title: str, *, position: int | None = None,
                       **fields) -> str:
    """Add an agenda item (at the end unless `position` is given)."""
    store = act.store
    require_editable(store, meeting_id)
    values = clean_agenda({"title": title, **fields})
    if position is None:
        position = _next_agenda_position(store, meeting_id)
    else:
        for row in store.rows("SELECT id, position FROM agenda_item WHERE meeting_id = ? AND position >= ? "
                              "ORDER BY position DESC", [meeting_id, position]):
            act.update("agenda_item", row["id"], {"position": row["position"] + 1})
    return act.insert("agenda_item", {"meeting_id": meeting_id, "position": position, **values})


def _review_item(act: Action, meeting_id: str, lang: str) -> str:
    store = act.store
    found = store.scalar("SELECT id FROM agenda_item WHERE meeting_id = ? AND is_action_review = 1 "
                         "ORDER BY position LIMIT 1", [meeting_id])
    if found:
        return found
    for row in store.rows("SELECT id, position FROM agenda_item WHERE meeting_id = ? ORDER BY position DESC",
                          [meeting_id]):
        act.update("agenda_item", row["id"], {"position": row["position"] + 1})
    return act.insert("agenda_item", {
        "meeting_id": meeting_id, "position": 0, "is_action_review": 1,
        "title": ACTION_REVIEW_TITLE.get(lang, ACTION_REVIEW_TITLE["nl"])})


def carry_actions(act: Action, meeting_id: str, action_ids: list[str], lang: str) -> list[str]:
    store = act.store
    already = {r["action_id"] for r in store.rows(
        "SELECT x.action_id FROM agenda_item_action x JOIN agenda_item a ON a.id = x.agenda_item_id "
        "WHERE a.meeting_id = ?", [meeting_id])}
    new = [a for a in action_ids if a not in already]
    if not new:
        return []
    item_id = _review_item(act, meeting_id, lang)
    for action_id in new:
        act.insert("agenda_item_action", {"agenda_item_id": item_id, "action_id": action_id})
    return new


def carry_over_open_actions(act: Action, meeting_id: str, lang: str = "nl") -> list[str]:
    """Put the open actions of the committee's earlier meetings on this meeting's agenda; returns their ids."""
    store = act.store
    require_editable(store, meeting_id)
    meeting = store.get("meeting", meeting_id)
    open_ids = [r["id"] for r in store.rows(
        "SELECT a.id FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE m.objective_id = ? AND a.state = 'open' AND m.id <> ? "
        "AND (m.date < ? OR (m.date = ? AND coalesce(m.start_time, '') < coalesce(?, ''))) "
        "ORDER BY m.date, a.position", [meeting["objective_id"], meeting_id, meeting["date"], meeting["date"],
                                        meeting["start_time"]])]
    return carry_actions(act, meeting_id, open_ids, lang)


def copy_items(act: Action, meeting_id: str, items: list[dict]) -> list[str]:
    return [insert_agenda_item(act, meeting_id, item["title"], presenter=item.get("presenter"),
                               duration_minutes=item.get("duration_minutes"))
            for item in items]


# agenda


def add_agenda_item(store: Store, meeting_id: str, title: str, position: int | None = None,
                    **fields) -> tuple[str, Changes]:
    with store.action(t("Add agenda item to the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        item_id = insert_agenda_item(act, meeting_id, title, position=position, **fields)
    return item_id, act.changes


def update_agenda_item(store: Store, item_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    meeting_id = meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    fields = clean_agenda(values)
    with store.action(t("Edit agenda of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("agenda_item", item_id)) as act:
        act.update("agenda_item", item_id, fields, expected)
    return act.changes


def delete_agenda_item(store: Store, item_id: str) -> Changes:
    meeting_id = meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    row = store.get("agenda_item", item_id)
    with store.action(t("Remove agenda item from the {meeting}", meeting=meeting_label(store, meeting_id))) as act:
        act.delete("agenda_item", item_id, label=row["title"])
        for index, other in enumerate(store.rows(
                "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])):
            act.update("agenda_item", other["id"], {"position": index})
    return act.changes


def reorder_agenda(store: Store, meeting_id: str, ordered_ids: list[str]) -> Changes:
    """Put the agenda in the given order (every item of the meeting, once)."""
    require_editable(store, meeting_id)
    current = [r["id"] for r in store.rows(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])]
    if sorted(current) != sorted(ordered_ids):
        raise ValidationError("agenda", t("The new order must name every agenda item of the meeting once."))
    with store.action(t("Reorder the agenda of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        for index, item_id in enumerate(ordered_ids):
            act.update("agenda_item", item_id, {"position": index})
    return act.changes


def move_agenda_item(store: Store, item_id: str, to_index: int) -> Changes:
    """Move one agenda item to another place (0 = first); the others close up."""
    meeting_id = meeting_of(store, "agenda_item", item_id)
    order = [r["id"] for r in store.rows(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])]
    order.remove(item_id)
    order.insert(max(0, min(to_index, len(order))), item_id)
    return reorder_agenda(store, meeting_id, order)


def link_agenda_item(store: Store, item_id: str, worksite_id: str | None = None,
                     commitment_id: str | None = None) -> tuple[str, Changes]:
    meeting_id = meeting_of(store, "agenda_item", item_id)
    require_editable(store, meeting_id)
    if (worksite_id is None) == (commitment_id is None):
        raise ValidationError("link", t("An agenda link names either a worksite or a commitment."))
    check_reference(store, "worksite", "worksite_id", worksite_id)
    check_reference(store, "commitment", "commitment_id", commitment_id)
    with store.action(t("Link agenda item"), context=("agenda_item", item_id)) as act:
        link_id = act.insert("agenda_link", {"agenda_item_id": item_id, "worksite_id": worksite_id,
                                             "commitment_id": commitment_id})
    return link_id, act.changes


def unlink_agenda_item(store: Store, link_id: str) -> Changes:
    require_editable(store, meeting_of(store, "agenda_link", link_id))
    with store.action(t("Remove agenda link")) as act:
        act.delete("agenda_link", link_id)
    return act.changes


def agenda_from_previous(store: Store, meeting_id: str) -> Changes:
    """Append the items of the committee's previous meeting (not its action follow-up) to this agenda."""
    require_editable(store, meeting_id)
    previous = previous_meeting(store, meeting_id)
    if previous is None:
        raise NotFound(t("The {meeting} has no earlier meeting to copy an agenda from.",
                         meeting=meeting_label(store, meeting_id)))
    with store.action(t("Agenda of the {meeting} from the previous meeting", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        copy_items(act, meeting_id, [i for i in agenda(store, previous["id"]) if not i["is_action_review"]])
    return act.changes


def save_template(store: Store, meeting_id: str, name: str) -> tuple[str, Changes]:
    """Save the meeting's agenda (titles, presenters, durations) as a template."""
    name = check.required_text("name", name)
    meeting = store.get("meeting", meeting_id)
    with store.action(t("Save agenda template {name}", name=name)) as act:
        template_id = act.insert("agenda_template", {"name": name, "objective_id": meeting["objective_id"]})
        for index, item in enumerate(i for i in agenda(store, meeting_id) if not i["is_action_review"]):
            act.insert("agenda_template_item", {
                "template_id": template_id, "position": index, "title": item["title"],
                "presenter": item["presenter"], "duration_minutes": item["duration_minutes"]})
    return template_id, act.changes


def delete_template(store: Store, template_id: str) -> Changes:
    name = store.get("agenda_template", template_id)["name"]
    with store.action(t("Delete agenda template {name}", name=name)) as act:
        act.delete("agenda_template", template_id, label=name)
    return act.changes


def agenda_from_template(store: Store, meeting_id: str, template_id: str) -> Changes:
    require_editable(store, meeting_id)
    template = store.get("agenda_template", template_id)
    with store.action(t("Agenda of the {meeting} from template {name}", meeting=meeting_label(store, meeting_id),
                        name=template["name"]),
                      context=("meeting", meeting_id)) as act:
        copy_items(act, meeting_id, template_items(store, template_id))
    return act.changes
