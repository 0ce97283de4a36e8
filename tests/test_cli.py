"""The command line, run as a user runs it: real processes on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from g4b_desktop.db.schema import SCHEMA_VERSION

STRATEGY = json.loads((Path(__file__).resolve().parents[1] / "resources/strategy/strategy.json")
                      .read_text(encoding="utf-8"))


def g4b(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "g4b_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_init_then_info_reports_the_whole_strategy(tmp_path):
    path = tmp_path / "new.g4b"
    created = g4b("init", "--db", str(path))
    assert created.returncode == 0, created.stderr
    info = g4b("info", "--db", str(path))
    assert info.returncode == 0
    lines = dict(line.split(": ", 1) for line in info.stdout.splitlines())
    assert lines["pillars"] == "2"
    assert lines["objectives"] == "17"
    assert lines["worksites"] == str(len(STRATEGY["worksites"]))
    assert lines["indicators"] == "15"
    assert lines["schema version"] == str(SCHEMA_VERSION)
    assert int(lines["organisations"]) == len(STRATEGY["organisations"])


def test_init_refuses_to_overwrite(db_path):
    before = db_path.read_bytes()
    result = g4b("init", "--db", str(db_path))
    assert result.returncode == 1
    assert "exists already" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


def test_check_passes_on_good_file_and_fails_on_damaged(db_path, tmp_path):
    assert g4b("check", "--db", str(db_path)).returncode == 0
    damaged = tmp_path / "damaged.g4b"
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 6)):
        data[offset] = 0xFF
    damaged.write_bytes(bytes(data))
    result = g4b("check", "--db", str(damaged))
    assert result.returncode == 1
    assert "problem:" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_newer_database_is_refused_with_one_line(db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    result = g4b("info", "--db", str(db_path))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "newer version" in result.stderr
    assert db_path.read_bytes() == before


def test_missing_database_is_a_clear_error(tmp_path):
    result = g4b("info", "--db", str(tmp_path / "absent.g4b"))
    assert result.returncode == 1
    assert "no such database" in result.stderr and "g4b init" in result.stderr


def test_default_database_is_created_in_the_local_data_folder(data_dir):
    result = g4b("info")
    assert result.returncode == 0, result.stderr
    assert (data_dir / "go4brussels.g4b").exists()
    assert "objectives: 17" in result.stdout


def test_window_without_display_says_so_in_one_line(db_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "g4b_desktop.app", "--db", str(db_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no display" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_window_smoke_test_offscreen(db_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "g4b_desktop.app", "--db", str(db_path), "--smoke-test"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr


def test_partners_are_listed_and_a_duplicate_contact_is_merged(db_path):
    from g4b_desktop.db import partners
    from g4b_desktop.db.store import Store

    with Store.open(db_path) as store:
        keep, _ = partners.add_person(store, "Zoë Martin")
        duplicate, _ = partners.add_person(store, "Zoe Martin", email="zoe.martin@example.be")
    listed = g4b("partners", "--contacts", "--search", "martin", "--db", str(db_path))
    assert listed.returncode == 0, listed.stderr
    assert {line.split("  ")[0] for line in listed.stdout.splitlines()} == {keep, duplicate}
    refused = g4b("partner", "merge", "contact", "--keep", "Zoë Martin", "--duplicate", "Nobody", "--db", str(db_path))
    assert refused.returncode == 1 and refused.stderr.strip() == "g4b: No contact named or with id 'Nobody'."
    merged = g4b("partner", "merge", "contact", "--keep", keep[:8], "--duplicate", "zoe martin", "--db", str(db_path))
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.strip() == "Merged Zoe Martin into Zoë Martin."
    with Store.open(db_path, readonly=True) as store:
        assert not store.exists("person", duplicate)
        assert store.get("person", keep)["email"] == "zoe.martin@example.be"
