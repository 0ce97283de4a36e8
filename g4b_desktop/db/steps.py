"""The one set of schema steps. Feature modules register theirs here (`@migrations(name="000N_...")`).

Kept apart from `schema.py` so that importing a feature's schema module first cannot register its
step out of order (a circular import through `schema.py` did that); `schema.py` imports every
feature module and sorts the steps by their numbered names.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("g4b")

STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
