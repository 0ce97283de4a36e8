"""`g4b selfcheck`: what the bundle check relies on, run here from the source tree."""

from __future__ import annotations

import shutil
import sys

from conftest import REPO
from g4b_desktop import cli, paths
from g4b_desktop.commands import selfcheck


def complete_resources(folder):
    """A resources folder with everything selfcheck looks for (translations as stand-in files)."""
    shutil.copytree(REPO / "resources" / "strategy", folder / "strategy")
    shutil.copytree(REPO / "resources" / "fonts", folder / "fonts")
    (folder / "i18n").mkdir()
    for language in ("nl", "fr", "en"):
        (folder / "i18n" / f"ui_{language}.qm").write_bytes(b"")
    return folder


def test_selfcheck_in_the_source_tree(capsys):
    cli.main(["selfcheck"])  # the tree's translations may be mid-compilation: the lines matter here
    out = capsys.readouterr().out
    assert f"resources: {REPO / 'resources'}" in out
    from PySide6.QtCore import qVersion

    assert out.splitlines()[0].endswith(f"(source), Python {sys.version.split()[0]}, Qt {qVersion()}")
    assert "defusedxml: active" in out
    assert "fts5 available" in out
    assert "qt translations: nl fr" in out
    assert "embedded strategy is missing" not in out


def test_selfcheck_passes_on_complete_resources(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(paths, "resources_dir", lambda: complete_resources(tmp_path))
    assert cli.main(["selfcheck"]) == 0
    out = capsys.readouterr().out
    assert "translations: 3 files" in out
    assert out.strip().endswith("ok: this installation is complete.")


def test_defusedxml_really_parses_workbooks():
    from openpyxl.xml import functions

    assert selfcheck.defusedxml_active()
    assert functions.fromstring.__module__.startswith("defusedxml")


def test_selfcheck_fails_without_defusedxml(monkeypatch, capsys):
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    assert cli.main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert "defusedxml: NOT active" in out
    assert "problem: openpyxl does not use defusedxml" in out


def test_selfcheck_names_missing_resources(monkeypatch, tmp_path, capsys):
    # a bundle that lost its strategy and half of its translations
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "main_window_nl.qm").write_bytes(b"")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    assert cli.main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert f"problem: {tmp_path / 'strategy' / 'strategy.json'}: the embedded strategy is missing" in out
    assert "no compiled translation for 'fr'" in out and "no compiled translation for 'en'" in out
    assert "no compiled translation for 'nl'" not in out


def test_selfcheck_needs_no_database(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "resources_dir", lambda: complete_resources(tmp_path))
    assert cli.main(["selfcheck"]) == 0
    assert not paths.default_database().exists()
    assert not list(paths.data_dir().glob(f"*{paths.DATABASE_SUFFIX}"))


def test_selfcheck_names_missing_fonts(monkeypatch, tmp_path, capsys):
    resources = complete_resources(tmp_path)
    shutil.rmtree(resources / "fonts")
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    assert cli.main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert "fonts: none" in out and "problem: " + str(resources / "fonts") + ": no fonts" in out
