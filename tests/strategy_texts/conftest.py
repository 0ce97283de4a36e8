"""The window fixtures of tests/ui, for the window tests of this folder."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("ui_fixtures", Path(__file__).resolve().parents[1] / "ui" / "conftest.py")
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

english = _fixtures.english
window = _fixtures.window
