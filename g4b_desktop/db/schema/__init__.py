"""The schema, created and upgraded by migrations (sqlite-utils `Migrations`).

Each step is a function receiving the database, run in a transaction with its bookkeeping row.
`user_version` holds the number of steps applied, so a file from a newer program is recognised
from its header alone and refused without being touched. Steps are never edited once released;
a change to the schema is a new step: a module of this package named by what it does (the core
tables are in `core.py`), registered with `@migrations(name="00NN_...")` from `steps.py` and imported
at the bottom of this file. The step's name, not the module's, is recorded in users' files.

Every record has a UUID text primary key (`id`), so files from different machines can be merged,
besides its human code where it has one, and `created_at` / `updated_at` (UTC, ISO 8601).
"""

from __future__ import annotations

from .steps import migrations

# Every step module; a step's number orders it (never renumber or rename a released step: the
# names are recorded in users' files).
from . import core  # noqa: E402,F401  0001 the core tables
from . import search_index  # noqa: E402,F401  0002 search index (FTS) and its triggers
from . import meeting_tables  # noqa: E402,F401  0003 meetings, agenda, attendance, outcomes, actions
from . import summit_tables  # noqa: E402,F401  0004 Social Summits and their priorities
from . import exchange_tables  # noqa: E402,F401  0005 import mappings and consolidation bases
from . import search_keys_and_indexes  # noqa: E402,F401  0007-0009, 0011 search index by rowid, sort indexes
from . import label_templates  # noqa: E402,F401  0010 labels in nl/fr/en (template + parameters)
from . import open_due_index  # noqa: E402,F401  0012 overdue commitments by index
from . import worksite_figures  # noqa: E402,F401  0013 per-worksite figures kept by triggers
from . import commitment_text_index  # noqa: E402,F401  0014 trigram index of the commitments' texts
from . import meeting_invitations  # noqa: E402,F401  0030 meeting invitations: sequence number, cancellation
from . import strategy_revisions  # noqa: E402,F401  0040 strategy revisions
from . import strategy_texts  # noqa: E402,F401  0041 the strategy's texts in French (and their origin)
from . import bulk_writes  # noqa: E402,F401  0050 text indexes written per batch by bulk writes (imports)


def step_names() -> list[str]:
    """Steps run in the order of their numbered names, whatever order the modules were imported in."""
    return migrations.names()


SCHEMA_VERSION = len(step_names())
