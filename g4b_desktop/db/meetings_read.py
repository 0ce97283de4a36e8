"""Reading meetings (no Qt): lists, one meeting's page, open actions, decisions and what they changed.

Re-exported by `db.meetings`, so other features write `meetings.open_actions(store)`,
`meetings.meetings_held_since(store, since, objective_id)`, `meetings.decisions_since(...)`.
"""

from __future__ import annotations

from datetime import date as _date

from ..texts import t
from .errors import NotFound
from .store import Store
from .strategy_texts import column as text_column
from .strategy_texts import commitment_title


def today_iso() -> str:
    """Today as ISO text (meetings and actions are dated with it)."""
    return _date.today().isoformat()


def display_date(iso: str | None) -> str:
    """12/03/2027 for 2027-03-12 (the way Brussels secretaries write dates)."""
    if not iso:
        return ""
    try:
        return _date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


CONTEXT_LABELS = {
    "decision": {"nl": "Gewijzigd door de beslissing van de vergadering van {date}",
                 "fr": "Modifié par la décision de la réunion du {date}",
                 "en": "Changed by the decision of the meeting of {date}"},
    "meeting": {"nl": "Vergadering van {date} (doelstelling {code})", "fr": "Réunion du {date} (objectif {code})",
                "en": "Meeting of {date} (objective {code})"},
}


def describe_context(store: Store, context_table: str | None, context_id: str | None, lang: str = "nl") -> str | None:
    """A change set's context in words, for history views: "Gewijzigd door de beslissing van de
    vergadering van 12/03/2027" for ("outcome", decision id); None for contexts of other features."""
    if context_table == "outcome" and context_id:
        rows = store.rows("SELECT m.date FROM outcome o JOIN agenda_item a ON a.id = o.agenda_item_id "
                          "JOIN meeting m ON m.id = a.meeting_id WHERE o.id = ? AND o.kind = 'decision'", [context_id])
        if rows:
            entry = CONTEXT_LABELS["decision"]
            return (entry.get(lang) or entry["en"]).format(date=display_date(rows[0]["date"]))
    if context_table == "meeting" and context_id:
        rows = store.rows("SELECT m.date, o.code FROM meeting m JOIN objective o ON o.id = m.objective_id "
                          "WHERE m.id = ?", [context_id])
        if rows:
            entry = CONTEXT_LABELS["meeting"]
            return (entry.get(lang) or entry["en"]).format(date=display_date(rows[0]["date"]), code=rows[0]["code"])
    return None


MEETING_SELECT = (
    "SELECT m.*, o.code AS objective_code, o.title AS objective_title, "
    "(SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.state = 'present') AS present, "
    "(SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id) AS invited, "
    "(SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS agenda_items, "
    "(SELECT count(*) FROM meeting_action x WHERE x.meeting_id = m.id AND x.state = 'open') AS open_actions "
    "FROM meeting m JOIN objective o ON o.id = m.objective_id"
)


def meeting_select(lang: str = "nl") -> str:
    """MEETING_SELECT with the objective's title in the reader's language (Dutch when it has no French)."""
    return MEETING_SELECT.replace("o.title AS objective_title", f"{text_column('o', 'objective', 'title', lang)} "
                                  "AS objective_title", 1)


def list_meetings(store: Store, objective_id: str | None = None, lang: str = "nl") -> list[dict]:
    """Meetings, newest first, with their objective code and counts."""
    if objective_id:
        return store.rows(meeting_select(lang) + " WHERE m.objective_id = ? ORDER BY m.date DESC, m.start_time DESC",
                          [objective_id])
    return store.rows(meeting_select(lang) + " ORDER BY m.date DESC, m.start_time DESC, o.code")


def get_meeting(store: Store, meeting_id: str, lang: str = "nl") -> dict:
    rows = store.rows(meeting_select(lang) + " WHERE m.id = ?", [meeting_id])
    if not rows:
        raise NotFound(t("No meeting with id {id}.", id=meeting_id))
    return rows[0]


def resolve_meeting(store: Store, text: str) -> dict:
    """A meeting by its id or an unambiguous start of it (the command line shows short ids)."""
    rows = store.rows("SELECT id FROM meeting WHERE id LIKE ? || '%'", [text.strip()]) if text.strip() else []
    if len(rows) != 1:
        raise NotFound(t("No meeting with id '{text}'.", text=text) if not rows
                       else t("'{text}' names several meetings.", text=text))
    return get_meeting(store, rows[0]["id"])


def previous_meeting(store: Store, meeting_id: str) -> dict | None:
    meeting = store.get("meeting", meeting_id)
    rows = store.rows(
        "SELECT * FROM meeting WHERE objective_id = ? AND id <> ? AND (date < ? OR (date = ? "
        "AND coalesce(start_time, '') < coalesce(?, ''))) ORDER BY date DESC, start_time DESC LIMIT 1",
        [meeting["objective_id"], meeting_id, meeting["date"], meeting["date"], meeting["start_time"]])
    return rows[0] if rows else None


def attendance(store: Store, meeting_id: str, lang: str = "nl") -> list[dict]:
    """The attendance list; an invited organisation's name (kept as it was when invited) in the reader's
    language while it is still the organisation's name."""
    name = ""
    if text_column("o", "organisation", "name", lang) != "o.name":
        name = (f"CASE WHEN a.person_id IS NULL AND a.name = o.name THEN {text_column('o', 'organisation', 'name', lang)} "
                "ELSE a.name END AS name, ")
    return store.rows(
        f"SELECT a.*, {name}coalesce({text_column('o', 'organisation', 'name', lang)}, "
        f"{text_column('po', 'organisation', 'name', lang)}) AS organisation_name, p.full_name AS person_name, "
        "coalesce(a.email, p.email, o.email) AS contact_email FROM attendance a "
        "LEFT JOIN person p ON p.id = a.person_id "
        "LEFT JOIN organisation o ON o.id = a.organisation_id LEFT JOIN organisation po ON po.id = p.organisation_id "
        "WHERE a.meeting_id = ? ORDER BY a.position, a.name", [meeting_id])


def agenda(store: Store, meeting_id: str, lang: str = "nl") -> list[dict]:
    """Agenda items in order, each with its links (titles in the reader's language), outcomes and
    carried-over actions."""
    items = store.rows("SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position", [meeting_id])
    for item in items:
        item["links"] = store.rows(
            "SELECT l.id, l.worksite_id, l.commitment_id, coalesce(w.code, c.code) AS code, "
            f"coalesce({text_column('w', 'worksite', 'title', lang)}, {commitment_title('c', lang)}) AS title "
            "FROM agenda_link l LEFT JOIN worksite w ON w.id = l.worksite_id "
            "LEFT JOIN commitment c ON c.id = l.commitment_id WHERE l.agenda_item_id = ? ORDER BY code",
            [item["id"]])
        item["outcomes"] = store.rows("SELECT * FROM outcome WHERE agenda_item_id = ? ORDER BY position",
                                      [item["id"]])
        item["carried_actions"] = store.rows(
            ACTION_SELECT.replace("SELECT a.*,", "SELECT a.*, x.id AS carried_id, x.note AS carried_note,")
            + " JOIN agenda_item_action x ON x.action_id = a.id WHERE x.agenda_item_id = ? "
            "ORDER BY m.date, a.position", [item["id"]])
        for outcome in item["outcomes"]:
            if outcome["kind"] == "decision":
                outcome["changes"] = decision_changes(store, outcome["id"])
    return items


ACTION_SELECT = (
    "SELECT a.*, m.date AS meeting_date, m.objective_id, ob.code AS objective_code, "
    "coalesce(p.full_name, org.name, a.owner_name) AS owner, c.code AS commitment_code "
    "FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id JOIN objective ob ON ob.id = m.objective_id "
    "LEFT JOIN organisation org ON org.id = a.owner_organisation_id "
    "LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN commitment c ON c.id = a.commitment_id"
)


def actions_of_meeting(store: Store, meeting_id: str) -> list[dict]:
    return store.rows(ACTION_SELECT + " WHERE a.meeting_id = ? ORDER BY a.position", [meeting_id])


def open_actions(store: Store, objective_id: str | None = None, today: str | None = None) -> list[dict]:
    """Open actions across meetings, oldest due first; `overdue` is 1 for those past their due date."""
    today = today or today_iso()
    sql = (ACTION_SELECT.replace("SELECT a.*,", "SELECT a.*, (a.due_date IS NOT NULL AND a.due_date < ?) AS overdue,")
           + " WHERE a.state = 'open'")
    params: list = [today]
    if objective_id:
        sql += " AND m.objective_id = ?"
        params.append(objective_id)
    return store.rows(sql + " ORDER BY a.due_date IS NULL, a.due_date, m.date, a.position", params)


def meetings_held_since(store: Store, since: str, objective_id: str | None = None, lang: str = "nl") -> list[dict]:
    """Meetings held (or approved) on or after a date, oldest first (for progress notes)."""
    sql = meeting_select(lang) + " WHERE m.state IN ('held', 'approved') AND m.date >= ?"
    params: list = [since[:10]]
    if objective_id:
        sql += " AND m.objective_id = ?"
        params.append(objective_id)
    return store.rows(sql + " ORDER BY m.date, m.start_time", params)


def decisions_since(store: Store, since: str, objective_id: str | None = None,
                    include_confidential: bool = True) -> list[dict]:
    """Decisions of meetings held on or after a date: text, meeting date, objective, agenda item."""
    sql = ("SELECT o.id, o.text, i.title AS agenda_item, i.confidential, m.id AS meeting_id, m.date AS meeting_date, "
           "m.state AS meeting_state, ob.code AS objective_code FROM outcome o "
           "JOIN agenda_item i ON i.id = o.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
           "JOIN objective ob ON ob.id = m.objective_id WHERE o.kind = 'decision' AND m.date >= ?")
    params: list = [since[:10]]
    if objective_id:
        sql += " AND m.objective_id = ?"
        params.append(objective_id)
    if not include_confidential:
        sql += " AND i.confidential = 0"
    return store.rows(sql + " ORDER BY m.date, i.position, o.position", params)


def decision_changes(store: Store, decision_id: str) -> list[dict]:
    """What a decision changed: one row per field (table, record, code, field, old, new, at)."""
    return store.rows(
        "SELECT l.table_name, l.record_id, c.code, l.field, l.old_value, l.new_value, l.at, s.label "
        "FROM change_log l JOIN change_set s ON s.id = l.change_set_id "
        "LEFT JOIN commitment c ON l.table_name = 'commitment' AND c.id = l.record_id "
        "WHERE l.change_set_id IN (SELECT id FROM change_set WHERE context_table = 'outcome' AND context_id = ?) "
        "AND l.field IS NOT NULL AND l.table_name <> 'outcome' ORDER BY l.seq", [decision_id])


def decisions_for_commitment(store: Store, commitment_id: str) -> list[dict]:
    """Decisions that changed a commitment, with the meeting they were taken at."""
    return store.rows(
        "SELECT DISTINCT o.id, o.text, m.id AS meeting_id, m.date AS meeting_date, ob.code AS objective_code "
        "FROM change_log l JOIN change_set s ON s.id = l.change_set_id "
        "JOIN outcome o ON s.context_table = 'outcome' AND o.id = s.context_id "
        "JOIN agenda_item i ON i.id = o.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
        "JOIN objective ob ON ob.id = m.objective_id "
        "WHERE l.table_name = 'commitment' AND l.record_id = ? AND (l.field IS NULL OR l.op <> 'insert') "
        "ORDER BY m.date", [commitment_id])   # the entries of change_log_record (step 0050): an insert by its own


def templates(store: Store) -> list[dict]:
    return store.rows("SELECT t.*, (SELECT count(*) FROM agenda_template_item i WHERE i.template_id = t.id) "
                      "AS items FROM agenda_template t ORDER BY t.name COLLATE NOCASE")


def template_items(store: Store, template_id: str) -> list[dict]:
    return store.rows("SELECT * FROM agenda_template_item WHERE template_id = ? ORDER BY position", [template_id])


def meeting_page(store: Store, meeting_id: str, lang: str = "nl") -> dict:
    """Everything about a meeting: its fields, attendance, agenda (links, outcomes, carried actions), actions;
    the strategy's texts in the reader's language."""
    meeting = get_meeting(store, meeting_id, lang)
    meeting["attendance"] = attendance(store, meeting_id, lang)
    meeting["agenda"] = agenda(store, meeting_id, lang)
    meeting["actions"] = actions_of_meeting(store, meeting_id)
    return meeting


def committee_people(store: Store, objective_id: str) -> list[dict]:
    """Who may own a committee's action: its contacts first (people with a membership in the objective and
    the contacts of its member organisations), then its member organisations. Each row: kind ('person' or
    'organisation'), id, name, organisation_name."""
    people = store.rows(
        "SELECT 'person' AS kind, p.id, p.full_name AS name, o.name AS organisation_name FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id IN ("
        "SELECT person_id FROM membership WHERE objective_id = ? AND person_id IS NOT NULL "
        "UNION SELECT p2.id FROM person p2 JOIN membership ms ON ms.organisation_id = p2.organisation_id "
        "WHERE ms.objective_id = ?) ORDER BY p.full_name COLLATE NOCASE", [objective_id, objective_id])
    organisations = store.rows(
        "SELECT DISTINCT 'organisation' AS kind, o.id, o.name, o.name AS organisation_name FROM organisation o "
        "JOIN membership ms ON ms.organisation_id = o.id WHERE ms.objective_id = ? ORDER BY o.name COLLATE NOCASE",
        [objective_id])
    return people + organisations


def objective_commitments(store: Store, objective_id: str) -> list[dict]:
    """The commitments of an objective's worksites (id, code, title), by code."""
    return store.rows("SELECT c.id, c.code, c.title FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                      "WHERE w.objective_id = ? ORDER BY c.code", [objective_id])


def meeting_of(store: Store, table: str, record_id: str) -> str | None:
    """The meeting an agenda item, outcome or action belongs to (the meeting itself for a meeting)."""
    if table == "meeting":
        return record_id
    if table in ("agenda_item", "meeting_action"):
        return store.scalar(f"SELECT meeting_id FROM {table} WHERE id = ?", [record_id])
    if table == "outcome":
        return store.scalar("SELECT a.meeting_id FROM outcome o JOIN agenda_item a ON a.id = o.agenda_item_id "
                            "WHERE o.id = ?", [record_id])
    return None


def objective_of_meeting(store: Store, meeting_id: str) -> str | None:
    return store.scalar("SELECT objective_id FROM meeting WHERE id = ?", [meeting_id])


def link_choices(store: Store, objective_id: str, lang: str = "nl") -> list[dict]:
    """The worksites and commitments of an objective (`t` is the table), by code: what an agenda item
    may be about (worksite titles in the reader's language)."""
    title = text_column("w", "worksite", "title", lang)
    return store.rows(f"SELECT 'worksite' AS t, w.id, w.code, {title} AS title FROM worksite w "
                      "WHERE w.objective_id = ? UNION ALL SELECT 'commitment', c.id, c.code, c.title FROM commitment c "
                      "JOIN worksite w ON w.id = c.worksite_id WHERE w.objective_id = ? ORDER BY 3",
                      [objective_id, objective_id])
