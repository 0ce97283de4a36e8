"""Expected errors of the data layer: each carries a sentence a user can read."""

from __future__ import annotations

import sqlite3

from ..texts import Term, plain, t, term
from . import enums

_NOTHING = object()


class StoreError(Exception):
    """Base class: an expected problem with a database, shown to the user as its message.

    The message is best a `texts.t(...)` Text (a str): `texts.message(exc, lang)` shows it in the
    user's language, `str(exc)` stays English.
    """


class NotADatabase(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class DatabaseExists(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class ValidationError(StoreError):
    """A value that may not be stored; `field` names the field it concerns."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class ConflictError(StoreError):
    """The record changed elsewhere since the editor read it: the later save does not overwrite.

    The sentence names the field, the value the record holds now, the value the editor had shown
    and, for a save (`wanted` given), the value that was not saved (#17)."""

    def __init__(self, table: str, record_id: str, field: str, expected, actual, name: str | None = None,
                 wanted=_NOTHING):
        what, now, before = term("TABLE", table), shown_value(table, field, actual), shown_value(table, field, expected)
        if wanted is _NOTHING:
            text = t("{table} {id}: {field} was changed elsewhere: it is now {actual} (it was {expected}). "
                     "Nothing was changed.", table=what, id=name or record_id, field=term("FIELD", field),
                     actual=now, expected=before)
        else:
            text = t("{table} {id}: {field} was changed elsewhere since you opened it: it is now {actual} "
                     "(it was {expected}). The value you typed, {wanted}, was not saved.", table=what,
                     id=name or record_id, field=term("FIELD", field), actual=now, expected=before,
                     wanted=shown_value(table, field, wanted))
        super().__init__(text)
        self.table, self.record_id, self.field = table, record_id, field
        self.expected, self.actual, self.wanted = expected, actual, wanted


def shown_value(table: str, field: str, value):
    """A stored value as a sentence shows it: an enum key as its label, quoted; "(empty)" for none."""
    if value is None or value == "":
        return t("(empty)")
    enum = enums.ENUMS.get(f"{table}.{field}")
    if enum is not None and value in enum:
        return t("“{value}”", value=Term(_enum_name(enum), value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return t("“{value}”", value=plain(str(value)))


def _enum_name(enum: dict) -> str:
    return next(name for name, table in vars(enums).items() if table is enum and name != "ENUMS")


class NotFound(StoreError):
    pass


class Cancelled(StoreError):
    """The user cancelled a long job before it wrote anything; the database is unchanged."""


class QueryStopped(StoreError, sqlite3.OperationalError):
    """A statement ran longer than the program allows (a file made to run forever) and was stopped."""


class DamagedDatabase(StoreError, sqlite3.DatabaseError):
    """SQLite met a damaged page while reading: a sentence for the user, still an sqlite3 error."""


class NotOurs(NotADatabase):
    """A SQLite file of another program, or one whose schema is not the one this program wrote."""


class EmptyFile(NotADatabase):
    """A file with nothing in it (0 bytes, or a SQLite file without a table)."""


class HalfBuilt(NotADatabase):
    """A database whose creation was interrupted: ours, but without the strategy."""
