"""A strategy database with commitments, a closed summit and later changes, for the notes."""

from __future__ import annotations

import random
import shutil

import pytest

from g4b_desktop.db import commitments, summits
from g4b_desktop.db.store import Store

NASTY = '<b>AT&T</b> <img src="x.png"/> € ł'
STATUSES = ["not_started", "in_progress", "realised", "postponed", "abandoned"]


@pytest.fixture(scope="session")
def note_template(tmp_path_factory, strategy_template):
    path = tmp_path_factory.mktemp("notes") / "notes.g4b"
    shutil.copyfile(strategy_template, path)
    rng = random.Random(7)
    with Store.open(path, author="secretary") as store:
        ws = store.rows("SELECT id, code FROM worksite ORDER BY position, code")
        summit_id, _ = summits.create(store, 2025, "2025-03-10")
        summits.set_priorities(store, summit_id, [w["id"] for w in ws[::9]])
        first = summits.priorities(store, summit_id)[0]
        summits.update_priority(store, first["id"], {"expected_result": "Een akkoord & een plan"})
        with store.action("Seed commitments") as act:
            for w in ws:
                for i in range(rng.randint(1, 3)):
                    commitments.insert(act, w["id"], {"title": f"Engagement {i + 1} van {w['code']}",
                                                      "status": rng.choice(STATUSES),
                                                      "progress": rng.randint(0, 100)})
            commitments.insert(act, ws[0]["id"], {"title": NASTY})
            # a long list, so that the list of commitments of 1.1 runs over several pages
            for i in range(70):
                commitments.insert(act, ws[1]["id"], {"title": f"Lang engagement nummer {i}"})
        summits.close(store, summit_id)
        summits.update_priority(store, first["id"], {"progress_statement": "Goed op weg", "verdict": "partly"})
        in_progress = store.rows("SELECT id FROM commitment WHERE status = 'in_progress' LIMIT 3")
        for row in in_progress:
            commitments.update(store, row["id"], {"status": "realised", "progress": 100})
        commitments.add(store, ws[2]["id"], "Toegevoegd na de Top")
    return path


@pytest.fixture
def note_store(tmp_path, note_template):
    path = tmp_path / "notes.g4b"
    shutil.copyfile(note_template, path)
    with Store.open(path, author="tester") as opened:
        yield opened
