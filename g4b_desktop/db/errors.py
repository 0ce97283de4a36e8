"""Expected errors of the data layer: each carries a sentence a user can read."""

from __future__ import annotations

import sqlite3

from ..texts import t, term


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
    """The record changed elsewhere since the editor read it: the later save does not overwrite."""

    def __init__(self, table: str, record_id: str, field: str, expected, actual, name: str | None = None):
        super().__init__(t(
            "{table} {id}: '{field}' was changed elsewhere (expected {expected}, found {actual}); "
            "reload before saving.", table=term("TABLE", table), id=name or record_id, field=term("FIELD", field),
            expected=repr(expected), actual=repr(actual)))
        self.table, self.record_id, self.field = table, record_id, field
        self.expected, self.actual = expected, actual


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
