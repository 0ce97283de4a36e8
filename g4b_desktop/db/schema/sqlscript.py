"""Run a script of SQL statements inside the current transaction.

`sqlite3.executescript` commits first, which would break a migration's transaction; this runs
each complete statement on its own (sqlite3.complete_statement decides where one ends, so
semicolons inside trigger bodies are handled).
"""

from __future__ import annotations

import sqlite3


def statements(script: str) -> list[str]:
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return found


def run_script(db, script: str) -> None:
    for statement in statements(script):
        db.execute(statement)
