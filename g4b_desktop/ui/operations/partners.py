"""Partners: organisations and contacts (edit, add, delete, merge a duplicate), memberships."""

from __future__ import annotations

from typing import Any

from ...db import partners
from ..shell.undo import Session
from . import done, perform


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v or None) for k, v in values.items()}


def update_organisation(session: Session, organisation_id: str, values: dict[str, Any]) -> bool:
    return done(session, lambda: partners.update_organisation(session.store, organisation_id, _cleaned(values)))


def update_person(session: Session, person_id: str, values: dict[str, Any]) -> bool:
    return done(session, lambda: partners.update_person(session.store, person_id, _cleaned(values)))


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
