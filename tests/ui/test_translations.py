"""Every interface text is marked for translation, and every translation is finished."""

from __future__ import annotations

import ast
import re
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "g4b_desktop" / "ui"
I18N = REPO / "resources" / "i18n"

spec = importlib.util.spec_from_file_location("translations_tool", REPO / "tools" / "translations.py")
translations_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations_tool)

# Calls whose string arguments a user reads.
TEXT_METHODS = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
                "setAccessibleName", "setAccessibleDescription", "addMenu", "addTab", "setTitle", "setLabelText",
                "showMessage", "setHeaderLabels", "setWhatsThis", "setTabText", "setSpecialValueText",
                "setSuffix", "setPrefix", "insertTab", "addRow", "insertRow", "setButtonText"}
TEXT_CLASSES = {"QLabel", "QAction", "QPushButton", "QGroupBox", "QCheckBox", "QRadioButton", "QToolButton",
                "QMessageBox", "QProgressDialog", "QCommandLinkButton", "QMenu", "QToolBar", "QDockWidget",
                "QUndoCommand"}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
TRANSLATORS = {"tr", "translate", "qsTr"}


def readable(value: str) -> bool:
    """Text in some language: it has letters and is not a bare URL ("https://")."""
    return any(ch.isalpha() for ch in value) and not re.match(r"^[a-z]+://\S*$", value)


def untranslated(path: Path) -> list[str]:
    problems = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = set()  # calls inside a module-level `def tr(text)` helper pass their argument on
    for function in tree.body:
        if isinstance(function, ast.FunctionDef) and function.name in TRANSLATORS | {"_tr", "_"}:
            wrappers.update(id(n) for n in ast.walk(function))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in wrappers:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        shows_text = (name in TEXT_METHODS or name in TEXT_CLASSES
                      or (owner == "QMessageBox" and name in MESSAGE_BOX))
        if name in TRANSLATORS:
            text_args = node.args[-1:] if name == "translate" else node.args[:1]
            for arg in text_args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    problems.append(f"{path.name}:{node.lineno}: {name}() needs a literal text")
            continue
        if not shows_text:
            continue
        for arg in list(node.args) + [k.value for k in node.keywords]:
            items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for item in items:
                if isinstance(item, ast.Constant) and isinstance(item.value, str) and readable(item.value):
                    problems.append(f"{path.name}:{item.lineno}: {name}({item.value!r}) is not translated")
                elif isinstance(item, ast.JoinedStr) and any(
                        isinstance(v, ast.Constant) and readable(str(v.value)) for v in item.values):
                    problems.append(f"{path.name}:{item.lineno}: {name}(f-string with text) is not translated")
    return problems


def test_interface_texts_are_marked_for_translation():
    problems = [p for path in sorted(UI.glob("*.py")) for p in untranslated(path)]
    assert problems == []


def test_the_check_finds_an_unmarked_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Worksites")\nok = QLabel(self.tr("Worksites"))\n'
                      'box.setWindowTitle(f"Code {code}")\nself.tr(text)\nnumber = QLabel("—")\n'
                      'def tr(text):\n    return QCoreApplication.translate("C", text)\n'
                      'edit.setPlaceholderText("https://")\n')
    problems = untranslated(sample)
    assert len(problems) == 3
    assert "QLabel('Worksites')" in problems[0]


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_translations_are_finished(ts):
    assert translations_tool.unfinished(ts) == []


def test_every_feature_has_three_languages():
    for feature in translations_tool.features():
        for language in ("nl", "fr", "en"):
            assert (I18N / f"{feature}_{language}.ts").exists(), f"{feature}_{language}.ts"


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_current(ts, tmp_path):
    """The committed .qm is what lrelease makes of the committed .ts (the program loads the .qm)."""
    import subprocess

    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run tools/translations.py compile"
    fresh = tmp_path / qm.name
    subprocess.run([translations_tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run tools/translations.py compile"


def test_each_feature_translates_its_own_files():
    every = translations_tool.features()
    main = {translations_tool.in_ui(p) for p in translations_tool.sources("ui", every)}
    assert {"shell/main_window.py", "strategy/worksite_page.py", "widgets/commitment_model.py"} <= main
    assert not any(path.startswith(("meetings/", "summit/", "exchange/", "backups/backups", "shell/crash",
                                    "shell/single_instance")) for path in main)
    if "meetings" in every:
        assert "meetings/meetings_view.py" in {translations_tool.in_ui(p) for p in translations_tool.sources("meetings", every)}


def test_english_entries_take_their_source_text(tmp_path):
    ts = tmp_path / "x_en.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en"><context><name>C</name>'
                  '<message><source>One</source><translation type="unfinished"></translation></message>'
                  '</context></TS>', encoding="utf-8")
    assert translations_tool.fill_english(ts) == 1
    assert translations_tool.unfinished(ts) == []
    assert ET.parse(ts).getroot().find(".//translation").text == "One"


def test_unfinished_check_sees_unfinished_and_empty(tmp_path):
    ts = tmp_path / "x_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl"><context><name>C</name>'
        '<message><source>One</source><translation type="unfinished"></translation></message>'
        '<message><source>Two</source><translation></translation></message>'
        '<message><source>Three</source><translation>Drie</translation></message>'
        '</context></TS>', encoding="utf-8")
    assert translations_tool.unfinished(ts) == ["C: One", "C: Two"]


def test_placeholders_survive_translation():
    """A translation keeps the {placeholders} of its source, or .format() would fail at run time."""
    import re

    bad = []
    for ts in sorted(I18N.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.text is None:
                continue
            if sorted(re.findall(r"{\w*}", source)) != sorted(re.findall(r"{\w*}", translation.text)):
                bad.append(f"{ts.name}: {source!r} -> {translation.text!r}")
    assert bad == []


@pytest.mark.parametrize("feature", translations_tool.features())
def test_ts_files_hold_every_text_of_their_sources(feature, tmp_path):
    """lupdate over the feature's sources finds nothing new: no text was added without its translation."""
    import shutil
    import subprocess

    files = translations_tool.sources(feature, translations_tool.features())
    for language in ("nl", "fr"):
        ts = I18N / f"{feature}_{language}.ts"
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        subprocess.run([translations_tool.tool("pyside6-lupdate"), "-silent", "-locations", "none",
                        *map(str, files), "-ts", str(copy)], check=True)
        assert translations_tool.unfinished(copy) == [], f"{ts.name}: run tools/translations.py and translate"
