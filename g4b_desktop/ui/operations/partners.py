"""Partners: organisations and contacts (edit, add, delete, merge a duplicate), memberships."""

from __future__ import annotations

from typing import Any

from ...db import partners
from ..shell.undo import Session
from . import done, perform, save_form


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v or None) for k, v in values.items()}


def update_organisation(session: Session, organisation_id: str, values: dict[str, Any],
                        seen: dict[str, Any] | None = None) -> bool:
    """Save the partners screen's form of an organisation (`seen`: what the form showed, #17)."""
    return _update(session, "organisation", organisation_id, values, seen, partners.update_organisation)


def update_person(session: Session, person_id: str, values: dict[str, Any], seen: dict[str, Any] | None = None) -> bool:
    """Save the form of a contact (`seen`: what the form showed: a value changed elsewhere is kept)."""
    return _update(session, "person", person_id, values, seen, partners.update_person)


def _update(session: Session, table: str, record_id: str, values, seen, update) -> bool:
    values = _cleaned(values)
    if seen is None:
        return done(session, lambda: update(session.store, record_id, values))
    return save_form(session, table, record_id, values, seen,
                     lambda changed, expected: update(session.store, record_id, changed, expected))


def add(session: Session, kind: str, name: str) -> str | None:
    """A new organisation or contact (`kind` "organisation" or "person"); its id, or None if refused."""
    add_one = partners.add_organisation if kind == "organisation" else partners.add_person
    result = perform(session, lambda: add_one(session.store, name))
    return result[0] if result else None


def delete(session: Session, kind: str, record_id: str) -> bool:
    delete_one = partners.delete_organisation if kind == "organisation" else partners.delete_person
    return done(session, lambda: delete_one(session.store, record_id))


def merge(session: Session, kind: str, keep_id: str, duplicate_id: str) -> bool:
    """The duplicate's memberships, contacts, attendance and actions move to `keep_id`; it is removed."""
    merge_two = partners.merge_organisations if kind == "organisation" else partners.merge_persons
    return done(session, lambda: merge_two(session.store, keep_id, duplicate_id))


def add_membership(session: Session, objective_id: str, role: str, kind: str, record_id: str) -> bool:
    who = {"organisation_id": record_id} if kind == "organisation" else {"person_id": record_id}
    return done(session, lambda: partners.add_membership(session.store, objective_id, role, **who))


def remove_membership(session: Session, membership_id: str) -> bool:
    return done(session, lambda: partners.delete_membership(session.store, membership_id))
