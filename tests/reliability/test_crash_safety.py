"""Crash safety: a writer killed with SIGKILL at random moments never leaves a damaged file,
a half-written action, or loses an acknowledged one."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g4b_desktop.db.integrity import check_database
from g4b_desktop.db.store import Store

from .writer_child import BATCH

CHILD = Path(__file__).with_name("writer_child.py")
REPO = Path(__file__).resolve().parents[2]
KILLS = 24
TIME_BUDGET = 16.0  # seconds; at least MIN_KILLS are always done
MIN_KILLS = 12


def _read_line(stream, deadline: float) -> str | None:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return None
    ready, _, _ = select.select([stream], [], [], remaining)
    return stream.readline().decode().strip() if ready else None


def _run_and_kill(path: Path, rng: random.Random) -> int | None:
    """Start the writer, let it write for a random while, SIGKILL it; returns the last batch it acknowledged."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, str(CHILD), str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    try:
        assert _read_line(child.stdout, time.monotonic() + 20) == "ready", child.stderr.read().decode()
        kill_at = time.monotonic() + rng.uniform(0.0, 0.25)
        acknowledged = None
        while True:
            line = _read_line(child.stdout, kill_at)
            if line is None:
                break
            if line:
                acknowledged = int(line)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        # Lines printed after the commit but before the kill still count as acknowledged.
        for line in child.stdout.read().decode().split():
            acknowledged = int(line)
        return acknowledged
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_writer_killed_at_random_moments_leaves_a_sound_file(empty_store, tmp_path):
    path = empty_store.path
    empty_store.close()
    seed = int(os.environ.get("G4B_CRASH_SEED", time.time()))  # set it to replay a failure
    rng = random.Random(seed)
    started = time.monotonic()
    kills = 0
    last_acknowledged = 0
    interrupted = 0  # kills that left a transaction in progress (its batch is absent)
    committed = 0
    while kills < KILLS and (kills < MIN_KILLS or time.monotonic() - started < TIME_BUDGET):
        acknowledged = _run_and_kill(path, rng)
        kills += 1
        # What is known to be committed: the last batch acknowledged in this run, or if this run
        # acknowledged none, what the file held before it started.
        known = acknowledged if acknowledged is not None else committed
        if acknowledged is not None:
            last_acknowledged = acknowledged

        report = check_database(path)
        assert report.ok, f"after kill {kills} (G4B_CRASH_SEED={seed}): {report.problems}"
        with Store.open(path, author="checker") as store:
            batches = {}
            for row in store.rows("SELECT name FROM organisation WHERE name LIKE 'b%'"):
                batch = int(row["name"][1:].split("-")[0])
                batches[batch] = batches.get(batch, 0) + 1
            labels = {int(r["label"][6:]) for r in store.rows(
                "SELECT label FROM change_set WHERE label LIKE 'batch %'")}
            logged = store.scalar("SELECT count(*) FROM change_log WHERE table_name = 'organisation' "
                                  "AND field IS NULL")
        # Every batch all or nothing, with its change set and its log: none half-written.
        assert all(count == BATCH for count in batches.values()), (seed, batches)
        assert set(batches) == labels
        assert logged == BATCH * len(batches)
        # Batches are written in order, so the committed ones are exactly 1..n without gaps,
        # and the last acknowledged one is among them.
        assert set(batches) == set(range(1, len(batches) + 1))
        # The acknowledged write is there; at most the one batch being acknowledged when the
        # kill came is there besides.
        assert known <= len(batches) <= known + 1, (seed, known, len(batches))
        if len(batches) == known:
            interrupted += 1
        committed = len(batches)
    print(f"seed {seed}: {kills} kills in {time.monotonic() - started:.1f} s, {last_acknowledged} batches acknowledged, "
          f"{kills - interrupted} kills came after a commit was written but before it was acknowledged, {interrupted} elsewhere (mostly inside a transaction)")
    assert kills >= MIN_KILLS
    assert last_acknowledged > 0, "the writer never got to commit: the test proved nothing"
