"""Installer tests: fast checks of the build files, and slow checks of a built bundle.

The slow ones (marked `bundle`) run only with G4B_TEST_BUNDLE=1: they use dist/g4b-desktop/, built
by `make dist` first (CI does), or build it themselves when it is missing (about a minute here).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
SPEC = INSTALLER / "g4b-desktop.spec"
BUNDLE = REPO / "dist" / "g4b-desktop"


def pytest_configure(config):
    config.addinivalue_line("markers", "bundle: needs the built bundle; runs only with G4B_TEST_BUNDLE=1")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("G4B_TEST_BUNDLE") == "1":
        return
    skip = pytest.mark.skip(reason="builds/runs the PyInstaller bundle: set G4B_TEST_BUNDLE=1 (CI does)")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)


def spec_namespace() -> dict:
    """The spec's own definitions (excludes, filters, resource list), run without PyInstaller.

    The spec needs PyInstaller to run whole; its top-level constants and functions do not, so these
    are taken from its syntax tree and executed with the few names PyInstaller would provide.
    """
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(SPEC))
    wanted = {"QT_EXCLUDES", "OTHER_EXCLUDES", "LANGUAGES", "DROPPED_BINARIES", "NAME",
              "resource_files", "keep_binary", "keep_data"}
    namespace = {"Path": Path, "re": re, "os": os, "ROOT": REPO,
                 "QT_TRANSLATIONS": os.path.join("PySide6", "Qt", "translations")}
    found = set()
    for node in tree.body:
        names = set()
        if isinstance(node, ast.Assign):
            names = {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.FunctionDef):
            names = {node.name}
        if names & wanted:
            exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), namespace)
            found |= names & wanted
    assert found == wanted, f"the spec no longer defines {sorted(wanted - found)}"
    return namespace


@pytest.fixture(scope="session")
def spec() -> dict:
    return spec_namespace()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The built bundle (built now if missing)."""
    if not (BUNDLE / "g4b-desktop").exists():
        subprocess.run(["bash", str(INSTALLER / "build_linux.sh")], cwd=REPO, check=True, timeout=1800)
    return BUNDLE
