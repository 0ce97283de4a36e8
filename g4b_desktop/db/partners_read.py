"""Read questions of the partners screen and `g4b partners`: organisations and contacts with their
counts, and the objectives each takes part in."""

from __future__ import annotations

from .store import Store
from .strategy_texts import column as text_column


def organisation_rows(store: Store, text: str = "", ids: list[str] | None = None, lang: str = "nl") -> list[dict]:
    """Organisations with how many objectives they take part in and how many contacts they have.

    `name` is the name in the reader's language (an organisation of the strategy has a French name);
    `name_nl` the name as kept (and edited)."""
    clauses, params = [], []
    for word in text.split():
        clauses.append("(o.name LIKE ? OR o.name_fr LIKE ? OR o.short_name LIKE ? OR o.kind LIKE ?)")
        params.extend([f"%{word}%"] * 4)
    if ids is not None:
        clauses.append(f"o.id IN ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.rows(
        f"SELECT o.id, {text_column('o', 'organisation', 'name', lang)} AS name, o.name AS name_nl, "
        "o.short_name, o.kind, o.website, o.email, o.phone, o.notes, o.updated_at, "
        "(SELECT count(DISTINCT objective_id) FROM membership WHERE organisation_id = o.id) AS objectives, "
        "(SELECT count(*) FROM person WHERE organisation_id = o.id) AS contacts, "
        "(SELECT count(*) FROM commitment WHERE lead_organisation_id = o.id) AS commitments "
        f"FROM organisation o{where} ORDER BY 2 COLLATE NOCASE", params)


def person_rows(store: Store, text: str = "", ids: list[str] | None = None, lang: str = "nl") -> list[dict]:
    clauses, params = [], []
    for word in text.split():
        clauses.append("(p.full_name LIKE ? OR p.function LIKE ? OR p.email LIKE ? OR o.name LIKE ?)")
        params.extend([f"%{word}%"] * 4)
    if ids is not None:
        clauses.append(f"p.id IN ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.rows(
        f"SELECT p.id, p.full_name, p.organisation_id, {text_column('o', 'organisation', 'name', lang)} AS organisation, "
        "p.function, p.email, p.phone, "
        "p.notes, p.updated_at, (SELECT count(DISTINCT objective_id) FROM membership WHERE person_id = p.id) "
        f"AS objectives FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id{where} "
        "ORDER BY p.full_name COLLATE NOCASE", params)


def memberships_of(store: Store, organisation_id: str | None = None, person_id: str | None = None,
                   lang: str = "nl") -> list[dict]:
    """The objectives an organisation or person takes part in, and in which role."""
    column, value = ("organisation_id", organisation_id) if organisation_id else ("person_id", person_id)
    return store.rows(
        f"SELECT m.id, m.role, {text_column('m', 'membership', 'name_as_printed', lang)} AS name_as_printed, "
        "o.id AS objective_id, o.code AS objective_code, "
        f"{text_column('o', 'objective', 'title', lang)} AS objective_title FROM membership m "
        "JOIN objective o ON o.id = m.objective_id "
        f"WHERE m.{column} = ? ORDER BY o.position, o.code, m.role", [value])
