"""The built Linux bundle, run as users run it (slow: only with G4B_TEST_BUNDLE=1; CI runs them after `make dist`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.bundle

SIZE_LIMIT_MB = 300  # measured 162 MB with PySide6 6.12 (stripped); WebEngine alone would add several hundred


def run(program: Path, *args: str, data: Path, timeout: int = 120, **env) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ["PATH"], "HOME": str(data), "LANG": "C.UTF-8",
                   "G4B_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([str(program), *args], env=environment, capture_output=True, text=True, timeout=timeout)


def bundle_files(bundle: Path) -> list[str]:
    return [path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file()]


def test_smoke_test_starts_the_whole_program_offscreen(bundle, tmp_path):
    result = run(bundle / "g4b-desktop", "--smoke-test", data=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "go4brussels.g4b").is_file()  # it created and opened the default database


def test_selfcheck_inside_the_bundle(bundle, tmp_path):
    result = run(bundle / "g4b", "selfcheck", data=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "defusedxml: active" in lines
    assert lines[0].startswith("g4b ") and "(bundle)" in lines[0]
    assert f"resources: {bundle / '_internal' / 'resources'}" in lines
    assert any(line.startswith("qt translations: nl fr (") for line in lines)


def test_every_command_is_found_inside_the_bundle(bundle, tmp_path):
    from g4b_desktop.cli import build_parser

    subparsers = next(action for action in build_parser()._actions if action.dest == "command")
    expected = set(subparsers.choices)
    shown = run(bundle / "g4b", "--help", data=tmp_path).stdout
    listed = set(re.findall(r"^    (\S+)", shown, flags=re.MULTILINE))
    assert expected <= listed, f"commands missing from the bundle: {sorted(expected - listed)}"


def test_command_line_creates_and_checks_a_database(bundle, tmp_path):
    database = tmp_path / "committee.g4b"
    created = run(bundle / "g4b", "init", "--db", str(database), data=tmp_path)
    assert created.returncode == 0, created.stderr
    checked = run(bundle / "g4b", "check", "--db", str(database), data=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok:" in checked.stdout
    missing = run(bundle / "g4b", "info", "--db", str(tmp_path / "none.g4b"), data=tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_excel_and_pdf_work_inside_the_bundle(bundle, tmp_path):
    """openpyxl writing, python-calamine reading a partner workbook, reportlab with the bundled fonts,
    as frozen code."""
    database = tmp_path / "committee.g4b"
    assert run(bundle / "g4b", "init", "--db", str(database), data=tmp_path).returncode == 0
    workbook = tmp_path / "export.xlsx"
    exported = run(bundle / "g4b", "export", "xlsx", "--db", str(database), "--out", str(workbook),
                   "--lang", "nl", data=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert zipfile.is_zipfile(workbook)
    # (an export of an empty database has no row to import, which is an error now: a partner's workbook)
    partner = REPO.parent / "shared" / "samples" / "actiris-opvolging-2026.nl.xlsx"
    read_back = run(bundle / "g4b", "import", "--db", str(database), "--dry-run", str(partner), data=tmp_path)
    assert read_back.returncode == 0, read_back.stdout + read_back.stderr
    assert "4 new" in read_back.stdout
    note = tmp_path / "note.pdf"
    written = run(bundle / "g4b", "export", "pdf", "--db", str(database), "--out", str(note), "--lang", "fr",
                  data=tmp_path)
    assert written.returncode == 0, written.stderr
    assert note.read_bytes()[:5] == b"%PDF-" and b"DejaVu" in note.read_bytes()

    # A workbook declaring XML entities (the start of a "billion laughs") is refused, in one sentence.
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(partner) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"<worksheet", b'<!DOCTYPE worksheet [<!ENTITY a "aaaa">'
                                    b'<!ENTITY b "&a;&a;&a;&a;">]>\n<worksheet', 1)
            target.writestr(item, data)
    refused = run(bundle / "g4b", "import", "--db", str(database), "--dry-run", str(bomb), data=tmp_path)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "bomb.xlsx" in refused.stderr and "Traceback" not in refused.stderr
    assert "no row can be imported" not in refused.stderr  # refused for its entities, not for being empty


def test_unused_qt_is_left_out_and_our_files_are_in(bundle):
    files = bundle_files(bundle)
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "VirtualKeyboard"):
        assert not [name for name in files if unused in name], unused
    qt_translations = [name for name in files if "/translations/" in name and name.endswith(".qm")]
    assert {Path(name).name for name in qt_translations} >= {"qtbase_nl.qm", "qtbase_fr.qm"}
    assert all(re.search(r"_(nl|fr|en)\.qm$", name) for name in qt_translations)
    resources = REPO / "resources"
    for source in [*resources.glob("i18n/*.qm"), *resources.glob("fonts/*.ttf"),
                   *resources.glob("icons/*"), resources / "strategy" / "strategy.json"]:
        assert f"_internal/resources/{source.relative_to(resources).as_posix()}" in files
    assert not [name for name in files if name.endswith(".ts")]


@pytest.mark.skipif(not shutil.which("readelf"), reason="readelf (binutils) is not installed")
def test_no_bundled_library_needs_a_qt_library_that_was_left_out(bundle):
    present = {path.name for path in bundle.rglob("*.so*")}
    for library in bundle.rglob("*.so*"):
        dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True).stdout
        for needed in re.findall(r"NEEDED.*\[(libQt6[^\]]+)\]", dynamic):
            assert needed in present, f"{library.name} needs {needed}, which is not in the bundle"


def test_bundle_size(bundle):
    size_mb = sum((bundle / name).stat().st_size for name in bundle_files(bundle)) / 2**20
    print(f"bundle size: {size_mb:.0f} MB")
    assert size_mb < SIZE_LIMIT_MB


def test_installed_copy_runs_from_the_menu_path_and_uninstalls(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    installed = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True,
                               timeout=300)
    assert installed.returncode == 0, installed.stderr
    app_dir = home / ".local" / "lib" / "go4brussels-desktop"
    # through the ~/.local/bin link, as a shell finds it
    result = run(home / ".local" / "bin" / "g4b-desktop", "--smoke-test", data=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    database = tmp_path / "data" / "opened.g4b"
    assert run(home / ".local" / "bin" / "g4b", "init", "--db", str(database), data=tmp_path / "data").returncode == 0
    # as the menu entry and a double-click run it: the file as the argument
    opened = run(app_dir / "g4b-desktop", str(database), "--smoke-test", data=tmp_path / "other")
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert not (tmp_path / "other" / "go4brussels.g4b").exists()  # the given file was opened, not the default
    removed = subprocess.run(["sh", str(app_dir / "install.sh"), "--uninstall"], env=env, capture_output=True,
                             text=True, timeout=120)
    assert removed.returncode == 0 and not app_dir.exists()
    assert database.is_file()
