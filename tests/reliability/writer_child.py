"""A child process for the crash test: writes batches through `store.action` until it is killed.

Each batch inserts BATCH organisations named `b<batch>-<i>` in one action; after the commit it
prints the batch number (the acknowledged write) and flushes.
"""

import sys

from g4b_desktop.db.store import Store

BATCH = 25


def main(path: str) -> None:
    store = Store.open(path, author="crash-test")
    last = store.scalar("SELECT max(CAST(substr(label, 7) AS INTEGER)) FROM change_set WHERE label LIKE 'batch %'")
    batch = (last or 0) + 1
    print("ready", flush=True)
    while True:
        with store.action(f"batch {batch}") as act:
            for i in range(BATCH):
                act.insert("organisation", {"name": f"b{batch}-{i}", "notes": "x" * 200})
        print(batch, flush=True)
        batch += 1


if __name__ == "__main__":
    main(sys.argv[1])
