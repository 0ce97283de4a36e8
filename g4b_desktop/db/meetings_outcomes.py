"""What a meeting decided and who does what next: outcomes of agenda items (decision, action,
information), action items and their follow-up, and decisions that change commitments (no Qt).

Building blocks inside an action: `insert_outcome`, `insert_action` (an open action also goes onto the
agenda of the committee's later planned meetings). User actions (one transaction each, returning
`Changes`): `add_outcome`, `update_outcome`, `delete_outcome`, `add_action`, `update_action`,
`delete_action`, `set_carried_note`, `apply_decision`, `record_decision`. The follow-up of an action
(state, closed_on, notes) stays editable after the minutes are approved. A decision changes a
commitment through the normal edit path, in an action whose context is ("outcome", decision_id).
Re-exported by `meetings.py`, where callers find them (`meetings.record_decision(...)`).
"""

from __future__ import annotations

from typing import Any

from ..texts import Text, Words, t
from . import commitments
from . import validation as check
from .enums import OUTCOME_KIND
from .errors import NotFound, ValidationError
from .meetings_agenda import carry_actions
from .meetings_read import display_date, today_iso
from .meetings_rules import (FOLLOW_UP_FIELDS, check_reference, clean_action, is_locked, meeting_label, meeting_of,
                             require_editable)
from .store import Action, Changes, Store, new_id


def insert_outcome(act: Action, agenda_item_id: str, kind: str, text: str, outcome_id: str | None = None) -> str:
    store = act.store
    require_editable(store, meeting_of(store, "agenda_item", agenda_item_id))
    check.enum_key("kind", kind, OUTCOME_KIND)
    text = check.required_text("text", text)
    position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM outcome WHERE agenda_item_id = ?",
                            [agenda_item_id])
    values = {"agenda_item_id": agenda_item_id, "kind": kind, "text": text, "position": position}
    if outcome_id:
        values["id"] = outcome_id
    return act.insert("outcome", values)


def insert_action(act: Action, meeting_id: str, what: str, owner_organisation_id: str | None = None,
                  owner_person_id: str | None = None, due_date=None, state: str = "open",
                  commitment_id: str | None = None, *, owner_name: str | None = None,
                  outcome_id: str | None = None, notes: str | None = None, lang: str = "nl") -> str:
    """Add an action item that came from a meeting; an open one also goes onto later planned agendas."""
    store = act.store
    require_editable(store, meeting_id)
    values = clean_action(store, {
        "what": what, "owner_organisation_id": owner_organisation_id, "owner_person_id": owner_person_id,
        "owner_name": owner_name, "due_date": due_date, "state": state, "commitment_id": commitment_id,
        "notes": notes})
    if outcome_id:
        values["outcome_id"] = outcome_id
    position = store.scalar("SELECT coalesce(max(position), -1) + 1 FROM meeting_action WHERE meeting_id = ?",
                            [meeting_id])
    action_id = act.insert("meeting_action", {"meeting_id": meeting_id, "position": position, **values})
    if values["state"] == "open":
        meeting = store.get("meeting", meeting_id)
        for later in store.rows(
                "SELECT id FROM meeting WHERE objective_id = ? AND state = 'planned' AND id <> ? "
                "AND (date > ? OR (date = ? AND coalesce(start_time, '') > coalesce(?, '')))",
                [meeting["objective_id"], meeting_id, meeting["date"], meeting["date"], meeting["start_time"]]):
            carry_actions(act, later["id"], [action_id], lang)
    return action_id


# ---- user actions --------------------------------------------------------------------------------


def add_outcome(store: Store, agenda_item_id: str, kind: str, text: str, **action_fields
                ) -> tuple[str, Changes]:
    """Record an outcome of an agenda item; an 'action' outcome also creates the action to follow."""
    meeting_id = meeting_of(store, "agenda_item", agenda_item_id)
    kind_words = Words(OUTCOME_KIND.get(kind) or {"nl": "Uitkomst", "fr": "Résultat", "en": "Outcome"})
    with store.action(t("{kind} at the {meeting}", kind=kind_words, meeting=meeting_label(store, meeting_id)),
                      context=("agenda_item", agenda_item_id)) as act:
        outcome_id = insert_outcome(act, agenda_item_id, kind, text)
        if kind == "action":
            insert_action(act, meeting_id, action_fields.pop("what", None) or text, outcome_id=outcome_id,
                          **action_fields)
    return outcome_id, act.changes


def update_outcome(store: Store, outcome_id: str, text: str | None = None, kind: str | None = None) -> Changes:
    require_editable(store, meeting_of(store, "outcome", outcome_id))
    values = {}
    if text is not None:
        values["text"] = check.required_text("text", text)
    if kind is not None:
        values["kind"] = check.enum_key("kind", kind, OUTCOME_KIND)
    with store.action(t("Edit outcome"), context=("outcome", outcome_id)) as act:
        act.update("outcome", outcome_id, values)
    return act.changes


def delete_outcome(store: Store, outcome_id: str) -> Changes:
    require_editable(store, meeting_of(store, "outcome", outcome_id))
    row = store.get("outcome", outcome_id)
    with store.action(t("Delete outcome")) as act:
        for action in store.rows("SELECT id FROM meeting_action WHERE outcome_id = ?", [outcome_id]):
            act.delete("meeting_action", action["id"], label=row["text"][:60])
        act.delete("outcome", outcome_id, label=row["text"][:60])
    return act.changes


def add_action(store: Store, meeting_id: str, what: str, lang: str = "nl", **fields) -> tuple[str, Changes]:
    with store.action(t("Action item of the {meeting}", meeting=meeting_label(store, meeting_id)),
                      context=("meeting", meeting_id)) as act:
        action_id = insert_action(act, meeting_id, what, lang=lang, **fields)
    return action_id, act.changes


def update_action(store: Store, action_id: str, values: dict[str, Any], expected: dict | None = None) -> Changes:
    """Edit an action; once the minutes are approved only its follow-up (state, closed_on, notes) may change."""
    meeting_id = meeting_of(store, "meeting_action", action_id)
    if is_locked(store, meeting_id) and set(values) - FOLLOW_UP_FIELDS:
        require_editable(store, meeting_id)
    fields = clean_action(store, values)
    if fields.get("state") in ("done", "dropped") and "closed_on" not in fields:
        if not store.get("meeting_action", action_id)["closed_on"]:
            fields["closed_on"] = today_iso()
    if fields.get("state") == "open" and "closed_on" not in fields:
        fields["closed_on"] = None
    with store.action(t("Edit action item"), context=("meeting_action", action_id)) as act:
        act.update("meeting_action", action_id, fields, expected)
    return act.changes


def delete_action(store: Store, action_id: str) -> Changes:
    require_editable(store, meeting_of(store, "meeting_action", action_id))
    row = store.get("meeting_action", action_id)
    with store.action(t("Delete action item")) as act:
        act.delete("meeting_action", action_id, label=row["what"][:60])
    return act.changes


def set_carried_note(store: Store, link_id: str, note: str | None) -> Changes:
    """What the later meeting said about a carried-over action."""
    require_editable(store, meeting_of(store, "agenda_item_action", link_id))
    with store.action(t("Note on an action item")) as act:
        act.update("agenda_item_action", link_id, {"note": check.optional_text(note)})
    return act.changes


def decision_label(store: Store, decision_id: str) -> Text:
    """'Changed by the decision of the meeting of 12/03/2027' as a Text (nested in action labels)."""
    meeting_date = store.scalar(
        "SELECT m.date FROM outcome o JOIN agenda_item a ON a.id = o.agenda_item_id "
        "JOIN meeting m ON m.id = a.meeting_id WHERE o.id = ?", [decision_id])
    if meeting_date is None:
        raise NotFound(t("No decision with id {id}.", id=decision_id))
    return t("Changed by the decision of the meeting of {date}", date=display_date(meeting_date))


def apply_decision(store: Store, decision_id: str, commitment_id: str, values: dict[str, Any]) -> Changes:
    """Change a commitment (status, progress, due date, ...) as the decision says, through the normal
    edit path; the change set's context is the decision."""
    decision = store.get("outcome", decision_id)
    if decision["kind"] != "decision":
        raise ValidationError("kind", t("Only a decision can change a commitment."))
    require_editable(store, meeting_of(store, "outcome", decision_id))
    fields = commitments.clean(store, values)
    if fields.get("status") == "realised" and "progress" not in fields:
        fields["progress"] = 100
    code = store.scalar("SELECT code FROM commitment WHERE id = ?", [commitment_id])
    if code is None:
        raise NotFound(t("No commitment with id {id}.", id=commitment_id))
    with store.action(t("{decision}: commitment {code}", decision=decision_label(store, decision_id), code=code),
                      context=("outcome", decision_id)) as act:
        act.update("commitment", commitment_id, fields)
    return act.changes


def record_decision(store: Store, agenda_item_id: str, text: str,
                    commitment_changes: dict[str, dict[str, Any]] | None = None) -> tuple[str, Changes]:
    """Record a decision and the commitment changes it makes, in one action with the decision as context."""
    meeting_id = meeting_of(store, "agenda_item", agenda_item_id)
    decision_id = new_id()
    prepared = {}
    for commitment_id, values in (commitment_changes or {}).items():
        check_reference(store, "commitment", "commitment_id", commitment_id)
        fields = commitments.clean(store, values)
        if fields.get("status") == "realised" and "progress" not in fields:
            fields["progress"] = 100
        prepared[commitment_id] = fields
    date_ = store.get("meeting", meeting_id)["date"]
    label = t("Decision of the meeting of {date}", date=display_date(date_))
    if prepared:
        label = t("Changed by the decision of the meeting of {date}", date=display_date(date_))
    with store.action(label, context=("outcome", decision_id)) as act:
        insert_outcome(act, agenda_item_id, "decision", text, outcome_id=decision_id)
        for commitment_id, fields in prepared.items():
            act.update("commitment", commitment_id, fields)
    return decision_id, act.changes
