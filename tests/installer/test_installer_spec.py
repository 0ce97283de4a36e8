"""The PyInstaller spec: it parses, carries resources/, and leaves out only what the program does not use."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO, SPEC

PACKAGE = REPO / "g4b_desktop"


def qt_modules_imported_by_the_program() -> set[str]:
    """Every PySide6.QtXxx module that a file of g4b_desktop imports."""
    found = set()
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6.Qt"):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {alias.name.split(".")[1] for alias in node.names
                          if alias.name.startswith("PySide6.Qt")}
    return found


def test_spec_is_valid_python_that_builds_two_programs_in_one_folder():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = [node.func.id for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    assert calls.count("Analysis") == 1
    assert calls.count("EXE") == 2  # g4b-desktop (windowed) and g4b (console)
    assert calls.count("COLLECT") == 1  # one folder, no onefile
    consoles = sorted(kw.value.value for node in ast.walk(tree) if isinstance(node, ast.Call)
                      and getattr(node.func, "id", "") == "EXE" for kw in node.keywords if kw.arg == "console")
    assert consoles == [False, True]


def test_entry_scripts_exist_and_call_the_project_entry_points():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'g4b = "g4b_desktop.cli:main"' in pyproject
    assert 'g4b-desktop = "g4b_desktop.app:main"' in pyproject
    assert "from g4b_desktop.app import main" in (REPO / "installer" / "entry_gui.py").read_text()
    assert "from g4b_desktop.cli import main" in (REPO / "installer" / "entry_cli.py").read_text()


def test_no_qt_module_the_program_imports_is_excluded(spec):
    used = qt_modules_imported_by_the_program()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {name.split(".", 1)[1] for name in spec["QT_EXCLUDES"]}
    assert not used & excluded, f"the spec excludes Qt modules the program imports: {sorted(used & excluded)}"


def test_the_big_unused_qt_modules_are_excluded(spec):
    excluded = set(spec["QT_EXCLUDES"])
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{module}" in excluded
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtNetwork", "QtSvg", "QtCharts"):
        assert f"PySide6.{module}" not in excluded


def test_dropped_binaries_are_only_the_unneeded_ones(spec):
    keep = spec["keep_binary"]
    for needed in ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
                   "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
                   "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt6Widgets.dll",
                   "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
                   "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "libpython3.11.so.1.0"):
        assert keep(needed), needed
    for dropped in ("PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
                    "PySide6/Qt/lib/libQt6QmlModels.so.6", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                    "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
                    "PySide6/Qt6Quick.dll", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so"):
        assert not keep(dropped), dropped


def test_only_our_languages_of_qt_translations_are_kept(spec):
    keep = spec["keep_data"]
    folder = Path("PySide6") / "Qt" / "translations"
    for kept in ("qtbase_nl.qm", "qtbase_fr.qm", "qtbase_en.qm", "qt_nl.qm", "qt_help_fr.qm"):
        assert keep(str(folder / kept)), kept
    for dropped in ("qtbase_de.qm", "qtbase_pt_BR.qm", "qt_zh_TW.qm", "qtbase_ja.qm"):
        assert not keep(str(folder / dropped)), dropped
    # Our own translations and other data are never filtered.
    assert keep("resources/i18n/meetings_de.qm")
    assert keep("resources/strategy/strategy.json")


def test_resources_are_carried_without_sources(spec):
    files = {Path(source).relative_to(REPO).as_posix(): dest for source, dest in spec["resource_files"]()}
    assert files["resources/strategy/strategy.json"] == "resources/strategy"
    assert files["resources/icons/g4b-desktop-256.png"] == "resources/icons"
    for font in (REPO / "resources" / "fonts").glob("*.ttf"):
        assert files[f"resources/fonts/{font.name}"] == "resources/fonts"
    for qm in (REPO / "resources" / "i18n").glob("*.qm"):
        assert files[f"resources/i18n/{qm.name}"] == "resources/i18n"
    assert not [name for name in files if name.endswith((".ts", ".md", ".pyc"))]
    # every destination mirrors the source folder: paths.resources_dir() finds them the same way
    assert all(dest == str(Path(name).parent) for name, dest in files.items())


def test_spec_collects_dynamically_imported_modules_and_defusedxml():
    text = SPEC.read_text(encoding="utf-8")
    assert re.search(r'collect_submodules\("g4b_desktop"\)', text)  # commands and ui features by name
    assert '"defusedxml"' in text


def test_build_scripts_are_valid_shell():
    import subprocess

    for script in ("build_linux.sh", "install_linux.sh"):
        result = subprocess.run(["bash", "-n", str(REPO / "installer" / script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert "requirements-build.txt" in (REPO / "installer" / "build_linux.sh").read_text()
    assert "pyinstaller" in (REPO / "installer" / "requirements-build.txt").read_text().lower()
