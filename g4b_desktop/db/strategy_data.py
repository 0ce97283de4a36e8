"""The embedded strategy file (`resources/strategy/strategy.json`), read without the store: the schema
step that fills the French texts reads it too (`db/schema/strategy_texts.py`)."""

from __future__ import annotations

import json
from pathlib import Path

from .. import paths


def strategy_file() -> Path:
    return paths.resources_dir() / "strategy" / "strategy.json"


def read_strategy(path: Path | None = None) -> dict:
    with open(path or strategy_file(), encoding="utf-8") as handle:
        return json.load(handle)
