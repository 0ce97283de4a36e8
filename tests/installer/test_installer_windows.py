"""The Inno Setup script: per-user install, the .g4b association, an uninstaller that keeps the data.

No Windows here to compile it: the script is read as Inno Setup reads it (sections, `Key=Value`,
`Name: value; ...` entries after the preprocessor's #define's are substituted).
"""

from __future__ import annotations

import re
import tomllib

import pytest

from conftest import INSTALLER, REPO, spec_namespace
from g4b_desktop import paths

ISS = INSTALLER / "g4b-desktop.iss"


def parse_iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        define = re.match(r'#define\s+(\w+)\s+"(.*)"$', line)
        if define:
            defines.setdefault(define.group(1), define.group(2))
            continue
        if line.startswith("#"):
            continue
        header = re.match(r"\[(\w+)\]$", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        for _ in range(3):  # nested defines ({#DataFolder} may hold {#...})
            line = re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), line)
        sections[current].append(line)
    return defines, sections


def setup_values() -> dict[str, str]:
    _, sections = parse_iss()
    return dict(line.split("=", 1) for line in sections["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dicts (values unquoted; "" inside a value is a quote)."""
    _, sections = parse_iss()
    parsed = []
    for line in sections.get(section, []):
        fields = {}
        for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            value = match.group(2).strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            fields[match.group(1)] = value
        parsed.append(fields)
    return parsed


def test_installs_per_user_without_administrator_rights():
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\Go4Brussels Desktop"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to ask for elevation
    # nothing is written where only an administrator may write
    text = ISS.read_text(encoding="utf-8")
    for admin_only in ("HKLM", "HKA", "{commonpf}", "{autopf}", "{commonprograms}", "{sys}", "{win}"):
        assert admin_only not in text, admin_only


def test_start_menu_entry_runs_the_window_program():
    icons = entries("Icons")
    start_menu = [icon for icon in icons if icon["Name"].startswith("{autoprograms}")]
    assert start_menu and start_menu[0]["Filename"] == r"{app}\g4b-desktop.exe"
    assert all("Tasks" in icon for icon in icons if icon["Name"].startswith("{autodesktop}"))


def test_g4b_files_open_with_the_program_per_user():
    registry = entries("Registry")
    by_key = {(entry["Subkey"], entry["ValueName"]): entry for entry in registry}
    assert all(entry["Root"] == "HKCU" for entry in registry)
    suffix = paths.DATABASE_SUFFIX
    prog_id = by_key[(rf"Software\Classes\{suffix}", "")]["ValueData"]
    assert prog_id == "Go4Brussels.Database"
    command = by_key[(rf"Software\Classes\{prog_id}\shell\open\command", "")]["ValueData"]
    assert command == r'"{app}\g4b-desktop.exe" "%1"'
    assert (rf"Software\Classes\{suffix}\OpenWithProgids", prog_id) in by_key
    assert by_key[(rf"Software\Classes\{prog_id}\DefaultIcon", "")]["ValueData"].startswith(r"{app}\g4b-desktop.exe")
    # the association is removed with the program
    assert "uninsdeletekey" in by_key[(rf"Software\Classes\{prog_id}", "")]["Flags"]
    assert "uninsdeletevalue" in by_key[(rf"Software\Classes\{suffix}", "")]["Flags"]
    assert setup_values()["ChangesAssociations"] == "yes"


def test_the_open_command_is_understood_by_the_program():
    from g4b_desktop.app import parse_args

    args = parse_args([r"C:\Users\An\Documents\comité 2027.g4b"])
    assert str(args.db) == r"C:\Users\An\Documents\comité 2027.g4b"
    assert parse_args([]).db is None


def test_uninstaller_keeps_the_users_data():
    defines, sections = parse_iss()
    # the data folder the program uses on Windows: platformdirs' %LOCALAPPDATA%\<author>\<name>
    assert defines["DataFolder"] == rf"{{localappdata}}\{paths.APP_AUTHOR}\{paths.APP_NAME}"
    deleting = sections.get("UninstallDelete", []) + sections.get("InstallDelete", [])
    assert deleting, "the script has delete entries to check"
    for line in deleting:
        assert "{app}" in line and "Go4Brussels\\" not in line, line
        assert not re.search(r"\{(localappdata|userappdata|userdocs|appdata)\}", line), line
    assert "DataKept" in "\n".join(sections["Code"])


def test_packs_the_pyinstaller_folder_and_the_icon():
    files = entries("Files")
    assert files[0]["Source"] == rf"dist\{spec_namespace()['NAME']}\*"
    assert "recursesubdirs" in files[0]["Flags"]
    setup = setup_values()
    assert setup["SourceDir"] == ".."
    assert (REPO / setup["SetupIconFile"].replace("\\", "/")).is_file()


def test_default_version_is_the_projects():
    defines, _ = parse_iss()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert defines["AppVersion"] == project["version"]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_language_has_every_message(language):
    _, sections = parse_iss()
    assert any(line.startswith(f'Name: "{language}"') for line in sections["Languages"])
    keys = {line.split("=", 1)[0].split(".", 1)[1] for line in sections["CustomMessages"]}
    mine = {line.split("=", 1)[0].split(".", 1)[1] for line in sections["CustomMessages"]
            if line.startswith(f"{language}.")}
    assert mine == keys
    # every {cm:...} the script uses is defined, or is one of Inno Setup's own
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8")))
    builtin = {"AssocFileExtension", "CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    assert used <= keys | builtin
