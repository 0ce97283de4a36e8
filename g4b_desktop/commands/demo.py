"""`g4b demo --db PATH --commitments N [--seed S]`: fill a database with synthetic data."""

from __future__ import annotations

import sys
import time

from . import Commands, UsageError, create_database, database_path, open_store
from ..db import queries
from ..texts import t


def demo(args) -> int:
    from .. import demo as generator

    if args.commitments < 0:
        raise UsageError(t("--commitments: give a number of commitments of 0 or more."))
    path = database_path(args)
    started = time.perf_counter()
    store = create_database(path) if not path.exists() else open_store(args)
    with store:
        before = queries.counts(store)
        if before["worksite"] == 0:
            raise UsageError(t("{path}: the database holds no worksites; create it with g4b init first.",
                               path=str(path)))
        if before["commitment"]:
            raise UsageError(t("{path}: the database holds {commitment} commitments already; demo data goes into "
                               "a database holding only the strategy (give a new file).",
                               path=str(path), commitment=before["commitment"]))
        say = (lambda text: print(f"  {text}", file=sys.stderr, flush=True)) if args.verbose else None
        added = generator.generate(store, args.commitments, seed=args.seed, progress=say)
        count = queries.counts(store)
    elapsed = time.perf_counter() - started
    shown = ", ".join(f"{table} {n}" for table, n in added.items())
    print(f"{path}: added {shown}.")
    print(f"The database now holds {count['commitment']} commitments, {count['organisation']} organisations, "
          f"{count['person']} contacts ({elapsed:.1f} s).")
    return 0


def register(commands: Commands) -> None:
    parser = commands.add(
        "demo", "Fill a database with synthetic demonstration data (same seed, same data); "
                "a new file is created with the embedded strategy first.", demo)
    parser.add_argument("--commitments", type=int, required=True, metavar="N",
                        help="number of commitments to add (about N/10 meetings come with them)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--verbose", action="store_true", help="report progress on stderr")
