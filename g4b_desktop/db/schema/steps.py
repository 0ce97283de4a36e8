"""The registry of schema steps: each step module registers its own (`@migrations(name="00NN_...")`).

The package's `__init__` imports every step module; steps run in the order of their numbered names,
whatever order the modules were imported in.
"""

from __future__ import annotations

from typing import Callable

MIGRATION_SET = "g4b"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of the steps applied to a file


class Steps:
    """The numbered steps, registered without importing sqlite-utils.

    Opening a file that is up to date (every start) only compares step names; sqlite-utils'
    `Migrations` is built when a file is created or upgraded. Importing sqlite-utils costs 0.1-0.3 s
    of start-up (it loads click, pluggy and the installed packages' entry points).
    """

    def __init__(self, name: str):
        self.name = name
        self._steps: dict[str, Callable] = {}

    def __call__(self, *, name: str) -> Callable[[Callable], Callable]:
        def register(step: Callable) -> Callable:
            if name in self._steps:
                raise ValueError(f"schema step {name!r} is registered twice")
            self._steps[name] = step
            return step

        return register

    def names(self) -> list[str]:
        """Every step, in the order they run: their numbered names."""
        return sorted(self._steps)

    def migrations(self):
        """sqlite-utils' `Migrations` holding every step in order (it applies them)."""
        from sqlite_utils.migrations import Migrations

        steps = Migrations(self.name)
        for name in self.names():
            steps(name=name)(self._steps[name])
        return steps


def applied_steps(conn) -> list[str]:
    """The names of the steps applied to an open file, in the order they were applied."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]).fetchone() is None:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


migrations = Steps(MIGRATION_SET)

STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
