"""The Windows installer (installer/g4b-desktop.nsi, built by installer/build_windows.py).

Fast checks of the build, always; then, with G4B_TEST_WINDOWS=1 and Wine present, the real
dist/Go4Brussels-Desktop-<version>-setup.exe (`make dist-windows` first; CI does) in a fresh Wine
prefix, headless (Wine's null display driver, no X): silent install, the installed `g4b` (selfcheck,
init, info, import of the sample workbooks, export xlsx/pdf, meeting plan, minutes, invitation, an
expected error), the window's --smoke-test (reported: under Wine 8 Qt aborts, see below), and the
silent uninstall, which keeps the data.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import INSTALLER, REPO
from g4b_desktop import __version__, paths

sys.path.insert(0, str(INSTALLER))
import build_windows  # noqa: E402  (installer/ is no package)
import wine_shim  # noqa: E402

NSI = INSTALLER / "g4b-desktop.nsi"
SETUP = REPO / "dist" / f"Go4Brussels-Desktop-{__version__}-setup.exe"
SAMPLES = REPO.parent / "shared" / "samples"
WINE = shutil.which("wine")


def nsi_lines() -> list[str]:
    return [line.strip() for line in NSI.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.strip().startswith(";")]


def section(name: str) -> list[str]:
    """The lines of `Section "name"` (or of `Function name`) up to its end."""
    lines, inside = [], False
    for line in nsi_lines():
        if re.match(rf'(Section|Function) "?{re.escape(name)}"?(\s|$)', line):
            inside = True
        elif inside and line in ("SectionEnd", "FunctionEnd"):
            return lines
        elif inside:
            lines.append(line)
    raise AssertionError(f"no section or function {name!r} in {NSI.name}")


def defines() -> dict[str, str]:
    return dict(re.findall(r'^!define (\w+) "(.*)"$', NSI.read_text(encoding="utf-8"), re.M))


# --- the script and the build, without Windows -------------------------------------------------------

def test_installs_per_user_without_administrator_rights():
    lines = nsi_lines()
    assert "RequestExecutionLevel user" in lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in lines
    assert "Target amd64-unicode" in lines
    text = "\n".join(lines)
    for admin_only in ("HKLM", "HKCR", "SetShellVarContext all", "$PROGRAMFILES", "$COMMONFILES", "$SYSDIR"):
        assert admin_only not in text, admin_only
    registry = [[word for word in line.split() if not word.startswith("/")]
                for line in lines if line.startswith(("WriteReg", "DeleteReg", "ReadReg"))]
    assert registry and all(words[1 if words[0].startswith(("WriteReg", "DeleteReg")) else 2] == "HKCU"
                            for words in registry)


def test_g4b_files_open_with_the_program_and_the_uninstaller_is_registered():
    program = section("Go4Brussels Desktop")
    names = defines()
    assert names["SUFFIX"] == paths.DATABASE_SUFFIX
    assert 'WriteRegStr HKCU "Software\\Classes\\${SUFFIX}" "" "${PROG_ID}"' in program
    assert ("WriteRegStr HKCU \"Software\\Classes\\${PROG_ID}\\shell\\open\\command\" \"\" "
            "'\"$INSTDIR\\${APP_EXE}\" \"%1\"'") in program
    assert 'CreateShortCut "$SMPROGRAMS\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}" "" "$INSTDIR\\${ICON_FILE}" 0' in program
    assert "Call AddToPath" in program
    for value in ("DisplayName", "UninstallString", "QuietUninstallString", "InstallLocation"):
        assert any(line.startswith(f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"') for line in program), value
    assert names["UNINSTALL_KEY"].startswith("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\")
    # the program's window understands the open command
    from g4b_desktop.app import parse_args

    assert str(parse_args([r"C:\Users\An\Documents\comité 2027.g4b"]).db) == r"C:\Users\An\Documents\comité 2027.g4b"


def test_uninstaller_removes_the_program_only():
    names = defines()
    # the folder the program keeps its data in on Windows: platformdirs' %LOCALAPPDATA%\<author>\<name>
    assert names["DATA_FOLDER"] == f"$LOCALAPPDATA\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"
    uninstall = section("Uninstall")
    removals = [line for line in uninstall if line.startswith(("RMDir", "Delete "))]
    assert removals
    for line in removals:
        target = line.split(None, 2)[-1]
        assert target.startswith(('"$INSTDIR', '"$SMPROGRAMS')), line
        assert "DATA_FOLDER" not in line and "Go4Brussels\\" not in line, line
    assert 'RMDir "$INSTDIR"' in uninstall  # only if empty: a folder chosen with /D keeps what else it holds
    assert not [line for line in uninstall if line == 'RMDir /r "$INSTDIR"']
    assert "DataKept" in "\n".join(section("un.onUninstSuccess"))


@pytest.mark.parametrize("language", ["ENGLISH", "FRENCH", "DUTCH"])
def test_every_language_has_every_message(language):
    text = NSI.read_text(encoding="utf-8")
    keys = set(re.findall(r"^LangString (\w+) ", text, re.M))
    assert keys and set(re.findall(rf"^LangString (\w+) \$\{{LANG_{language}\}} ", text, re.M)) == keys
    assert f'!insertmacro MUI_LANGUAGE "{language.capitalize()}"' in text
    assert set(re.findall(r"\$\((\w+)\)", text)) <= keys


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (apt-get install nsis) is not installed")
def test_the_script_compiles(tmp_path):
    """makensis compiles the script around a stand-in program folder (seconds; the real one: minutes)."""
    (tmp_path / "app" / "lib" / "resources" / "icons").mkdir(parents=True)
    shutil.copy(REPO / "resources" / "icons" / "g4b-desktop.ico", tmp_path / "app" / "lib" / "resources" / "icons")
    (tmp_path / "app" / "g4b.exe").write_bytes(b"MZ")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        ["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=0.1.0", "-DNUMERIC_VERSION=0.1.0.0",
         f"-DSOURCE={tmp_path / 'app'}", f"-DOUTFILE={out}", f"-DROOT={REPO}", "-DINSTALLED_KB=1", str(NSI)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_windows_markers_bring_windows_only_dependencies():
    markers, requirements, _, _ = build_windows.packaging()
    windows = requirements.Requirement('colorama; platform_system == "Windows"')
    linux = requirements.Requirement('uvloop; sys_platform == "linux"')
    assert windows.marker.evaluate(build_windows.WINDOWS_MARKERS)
    assert not linux.marker.evaluate(build_windows.WINDOWS_MARKERS)


def test_requirements_are_the_projects_with_qt_pinned_for_windows():
    wanted = build_windows.top_requirements()
    names = {re.split(r"[=<>!~ ;]", text, maxsplit=1)[0].lower() for text in wanted}
    assert {"sqlite-utils", "openpyxl", "reportlab", "defusedxml", "platformdirs"} <= names
    assert "pyside6" not in names  # its meta-package would bring WebEngine
    version = build_windows.PYSIDE_VERSION
    assert {f"PySide6-Essentials=={version}", f"PySide6-Addons=={version}", f"shiboken6=={version}"} <= set(wanted)
    assert version.startswith("6.9.")  # see build_windows' docstring: Qt 6.10+ does not run under Wine 8


def test_reads_a_windows_programs_import_table():
    from pip._vendor import distlib

    launcher = (Path(distlib.__file__).parent / "t64.exe").read_bytes()
    imported = {name.upper() for name in build_windows.pe_imports(launcher)}
    assert "KERNEL32.DLL" in imported
    assert build_windows.pe_imports(b"MZ" + bytes(0x3A) + b"\x40\0\0\0" + b"ELF\0") == []  # not a PE file


def test_version_numbers_for_windows():
    assert build_windows.numeric_version("0.1.0") == "0.1.0.0"
    assert build_windows.numeric_version("1.2.3rc1") == "1.2.3.0"
    assert build_windows.version() == __version__


# --- the real installer under Wine ------------------------------------------------------------------

windows = pytest.mark.skipif(
    os.environ.get("G4B_TEST_WINDOWS") != "1" or WINE is None,
    reason="runs setup.exe under Wine: set G4B_TEST_WINDOWS=1 with wine installed (CI does)")


class WindowsUser:
    """A fresh Wine prefix: one Windows user who installs and uses the program."""

    def __init__(self, folder: Path):
        self.folder = folder
        home = folder / "home"  # Wine links Documents etc. to $HOME's folders: not the real ones
        home.mkdir()
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("G4B_", "QT_", "PYTHON", "WINE")) and key != "DISPLAY"}
        self.env.update(
            WINEPREFIX=str(folder / "prefix"), WINEDEBUG="-all", HOME=str(home),
            XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CONFIG_HOME=str(home / ".config"),
            # no Mono/Gecko prompts; no menu entries or file types written into the Linux desktop
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d")
        # One wineserver for the whole module, and Wine's own services started with no pipe of ours:
        # otherwise each call's output pipes stay open until the services exit (seconds per call).
        quiet = {"env": self.env, "stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                 "stderr": subprocess.DEVNULL}
        subprocess.run(["wineserver", "--persistent"], timeout=60, **quiet)
        subprocess.run([WINE, "wineboot", "--init"], timeout=300, **quiet)
        # Wine 8 has no bcryptprimitives.dll, which Windows 10/11 have and python-calamine needs
        # (see wine_shim); Wine 9 and later have it, and then it is left alone.
        shim = Path(self.env["WINEPREFIX"]) / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
        if not shim.exists():
            shim.write_bytes(wine_shim.bcryptprimitives_dll())
        self.local_app_data = self.windows_path(self.cmd("echo %LOCALAPPDATA%").stdout.strip())
        self.program = self.local_app_data / "Programs" / "Go4Brussels Desktop"
        self.data = self.local_app_data / paths.APP_AUTHOR / paths.APP_NAME
        self.documents = self.local_app_data.parent.parent / "Documents" / "Comité 1.2"

    def run_wine(self, arguments: list[str], timeout: float = 300, **env) -> subprocess.CompletedProcess:
        return subprocess.run([WINE, *arguments], env={**self.env, **env}, stdin=subprocess.DEVNULL,
                              capture_output=True, encoding="utf-8", errors="replace", timeout=timeout)

    def cmd(self, line: str) -> subprocess.CompletedProcess:
        return self.run_wine(["cmd", "/c", line], timeout=120)

    def windows_path(self, windows: str) -> Path:
        """A C:\\ path as the Linux path of the file in the prefix."""
        drive, rest = windows.split(":", 1)
        assert drive.upper() == "C", windows
        return Path(self.env["WINEPREFIX"]) / "drive_c" / Path(*rest.strip("\\").split("\\"))

    def win(self, path: Path) -> str:
        relative = path.relative_to(Path(self.env["WINEPREFIX"]) / "drive_c")
        return "C:\\" + "\\".join(relative.parts)

    def g4b(self, *arguments: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return self.run_wine([self.win(self.program / "g4b.exe"), *arguments], timeout=timeout)

    def registry(self, key: str, value: str | None = None) -> str | None:
        """A value under HKCU (None if missing) as `reg query` prints it."""
        result = self.run_wine(["reg", "query", f"HKCU\\{key}", *(["/v", value] if value else ["/ve"])], timeout=120)
        if result.returncode != 0:
            return None
        lines = [line.split(None, 2) for line in result.stdout.splitlines() if "REG_" in line]
        return lines[0][2].strip() if lines and len(lines[0]) == 3 else ""

    def program_processes(self) -> list[str]:
        """The program's processes still alive, and Wine's crash handler (it holds a crashed one)."""
        listing = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout.splitlines()
        return [line for line in listing if self.win(self.program) in line or "winedbg" in line]

    def wait_until(self, done, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            assert time.monotonic() < deadline, "Wine did not finish in time"
            time.sleep(1)


@pytest.fixture(scope="module")
def user(tmp_path_factory) -> WindowsUser:
    if not SETUP.is_file():
        pytest.fail(f"{SETUP} is missing: build it first with `make dist-windows`")
    started = time.monotonic()
    user = WindowsUser(tmp_path_factory.mktemp("wine"))
    prefix_ready = time.monotonic()
    result = user.run_wine([str(SETUP), "/S"], timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    print(f"\nwine prefix: {prefix_ready - started:.0f} s, silent install: {time.monotonic() - prefix_ready:.0f} s")
    yield user
    subprocess.run(["wineserver", "-k"], env=user.env, timeout=60)


def succeeded(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr
    return result


@windows
def test_silent_install_puts_everything_in_its_place(user):
    for name in ("g4b.exe", "g4b-desktop.exe", "uninstall.exe", "Python/python.exe", "Python/python311._pth",
                 "lib/g4b_desktop/cli.py", "lib/resources/strategy/strategy.json", "lib/resources/fonts/DejaVuSans.ttf",
                 "lib/PySide6/translations/qtbase_fr.qm", "lib/PySide6/translations/qtbase_nl.qm",
                 "lib/PySide6/plugins/platforms/qwindows.dll"):
        assert (user.program / name).is_file(), name
    start_menu = user.local_app_data.parent / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert (start_menu / "Go4Brussels Desktop.lnk").is_file()
    assert user.registry("Software\\Classes\\.g4b") == "Go4Brussels.Database"
    command = user.registry("Software\\Classes\\Go4Brussels.Database\\shell\\open\\command")
    assert command == f'"{user.win(user.program / "g4b-desktop.exe")}" "%1"'
    uninstall_key = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Go4Brussels Desktop"
    assert user.registry(uninstall_key, "DisplayVersion") == __version__
    assert user.registry(uninstall_key, "QuietUninstallString") == f'"{user.win(user.program / "uninstall.exe")}" /S'
    assert user.win(user.program) in user.registry("Environment", "Path").split(";")
    # `g4b` in a new command prompt, from the user's PATH
    assert succeeded(user.cmd("g4b --version")).stdout.strip() == f"g4b {__version__}"


@windows
def test_selfcheck_of_the_installed_program(user):
    out = succeeded(user.g4b("selfcheck")).stdout
    assert out.splitlines()[0] == f"g4b {__version__} (installed), Python 3.11.9, Qt {build_windows.PYSIDE_VERSION}"
    assert f"resources: {user.win(user.program)}\\lib\\resources" in out
    assert "fonts: DejaVuSans-Bold.ttf, DejaVuSans.ttf" in out
    assert re.search(r"^translations: [1-9]\d* files$", out, re.M)
    assert "qt translations: nl fr" in out
    assert re.search(r"^sqlite: 3\.\d+\.\d+, fts5 available$", out, re.M)
    assert "defusedxml: active" in out
    assert out.strip().endswith("ok: this installation is complete.")


@windows
def test_every_module_and_extension_imports_on_windows(user):
    """The window cannot start under Wine (see the smoke test), but every module of the program, the
    window's included, and every compiled extension of its libraries must load: this finds a Qt DLL or
    plugin the build left out, a DLL an extension needs, or a Windows-only dependency pip did not bring."""
    script = ("import importlib, pkgutil, pathlib, g4b_desktop\n"
              "names = [m.name for m in pkgutil.walk_packages(g4b_desktop.__path__, 'g4b_desktop.')\n"
              "         if not m.name.endswith('__main__')]\n"
              "lib = pathlib.Path(g4b_desktop.__file__).parent.parent\n"
              "extensions = ['.'.join(p.relative_to(lib).with_name(p.name.split('.')[0]).parts)\n"
              "              for p in lib.rglob('*.pyd')]\n"
              "for name in names + extensions: importlib.import_module(name)\n"
              "print(len(names), 'modules', len(extensions), 'extensions:', ' '.join(sorted(extensions)))\n")
    result = succeeded(user.run_wine([user.win(user.program / "Python" / "python.exe"), "-X", "utf8", "-c", script],
                                     timeout=300))
    count = len([p for p in (REPO / "g4b_desktop").rglob("*.py") if p.name != "__main__.py"]) - 1  # not itself
    words = result.stdout.split()
    assert words[:2] == [str(count), "modules"], result.stdout
    assert {"PySide6.QtPdfWidgets", "python_calamine._python_calamine", "PIL._imaging", "_rl_accel"} <= set(words)


@windows
def test_a_secretarys_work_on_the_command_line(user):
    """init, info, the sample workbooks imported, exports, a meeting's minutes and invitation; the
    files are read back here. Files live in Documents\\Comité 1.2 (a space and an accent)."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    user.documents.mkdir(parents=True)
    for sample in ("actiris-opvolging-2026.nl.xlsx", "hub-suivi-2026.fr.xlsx", "partenaires-objectif-1.2.fr.csv"):
        shutil.copy(SAMPLES / sample, user.documents)
    docs = user.win(user.documents)

    assert "17 objectives, 100 worksites" in succeeded(user.g4b("init")).stdout
    assert (user.data / "go4brussels.g4b").is_file()  # the documented place: %LOCALAPPDATA%\Go4Brussels\...
    assert "commitments: 0" in succeeded(user.g4b("info")).stdout
    assert "4 new, 0 updated" in succeeded(user.g4b("import", f"{docs}\\actiris-opvolging-2026.nl.xlsx")).stdout
    assert "3 new, 0 updated" in succeeded(user.g4b("import", f"{docs}\\hub-suivi-2026.fr.xlsx")).stdout
    contacts = succeeded(user.g4b("import", f"{docs}\\partenaires-objectif-1.2.fr.csv", "--objective", "1.2")).stdout
    assert "Élise Dupré" in contacts and "3 new" in contacts  # Windows-1252 read right
    info = succeeded(user.g4b("info")).stdout
    assert "commitments: 7" in info and "contacts: 3" in info

    succeeded(user.g4b("export", "xlsx", "--out", f"{docs}\\export.xlsx", "--lang", "fr"))
    workbook = load_workbook(user.documents / "export.xlsx", read_only=True)
    cells = {str(value) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
             for value in row if value is not None}
    assert {"Stages in bedrijven uitbreiden", "Stratégie e-commerce", "=> à discuter au comité"} <= cells
    workbook.close()

    succeeded(user.g4b("export", "pdf", "--out", f"{docs}\\note.pdf", "--lang", "nl"))
    note = "".join(page.extract_text() for page in PdfReader(user.documents / "note.pdf").pages)
    assert "Informatiecampagne Jongerengarantie" in note

    planned = succeeded(user.g4b("meeting", "plan", "--objective", "1.2", "--date", "2027-03-04", "--start", "10:00",
                                 "--end", "12:00", "--place", "Botanique", "--invite", "--lang", "fr")).stdout
    meeting = planned.split()[0]
    assert "objectif 1.2" in planned
    succeeded(user.g4b("minutes", "--meeting", meeting[:8], "--out", f"{docs}\\pv.pdf", "--lang", "fr"))
    minutes = "".join(page.extract_text() for page in PdfReader(user.documents / "pv.pdf").pages)
    assert "1.2" in minutes and "2027" in minutes
    succeeded(user.g4b("invitation", "--meeting", meeting[:8], "--out", f"{docs}\\invitation.ics", "--lang", "fr"))
    ics = (user.documents / "invitation.ics").read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and "DTSTART" in ics and "20270304" in ics and "Botanique" in ics


@windows
def test_an_expected_error_is_one_sentence_and_exit_1(user):
    missing = f"{user.win(user.documents)}\\absent.xlsx"
    result = user.g4b("import", missing)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["g4b: absent.xlsx: no such file."], result.stderr
    result = user.g4b("info", "--db", "C:\\nowhere\\comité.g4b")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "comité.g4b" in result.stderr


@windows
def test_the_window_smoke_test_is_tried(user):
    """The window's --smoke-test. Under Wine 8 QApplication aborts (exit 3): Qt's Windows theme asks
    for Windows.UI.ViewManagement.UISettings, which Wine does not have; that is recorded as an
    expected failure with Wine's own message, not as a pass. On real Windows it must pass."""
    result = user.run_wine([user.win(user.program / "g4b-desktop.exe"), "--smoke-test"], timeout=180,
                           WINEDEBUG="err+combase", QT_QPA_PLATFORM="offscreen")
    # an aborted program may linger a moment in Wine's crash handler, holding its DLLs (an update
    # would then find them in use, as on Windows when the program is open)
    user.wait_until(lambda: not user.program_processes(), timeout=60)
    if result.returncode == 0:
        return
    missing = re.search(r"Failed to find library for L\"([\w.]+)\"", result.stderr)
    if result.returncode == 3 and missing:
        pytest.xfail(f"the window does not start under Wine {wine_version()}: Qt aborts "
                     f"(exit 3, Wine lacks {missing.group(1)}); check the window on real Windows")
    pytest.fail(f"g4b-desktop.exe --smoke-test: exit {result.returncode}\n{result.stderr[-3000:]}")


@windows
def test_an_update_replaces_the_program_and_keeps_the_data(user):
    """The setup run again over an installed program (what an update does): the program folder is
    replaced (a file an older version had is gone), the data and the PATH entry stay as they were."""
    stale = user.program / "lib" / "g4b_desktop" / "removed_in_this_version.py"
    stale.write_text("raise SystemExit('an older version')\n", encoding="utf-8")
    database = (user.data / "go4brussels.g4b").read_bytes()
    assert not user.program_processes()  # the setup cannot replace the files of a running program
    result = user.run_wine([str(SETUP), "/S"], timeout=600)
    if result.returncode == 2:
        # Exit 2: a file could not be replaced (in use). Seen once here under heavy load, with no
        # process of the program left: Wine had not yet let go of a DLL. On Windows the setup then
        # offers Retry; silently, try once more, and say so.
        print(f"\nthe update aborted (exit 2) once; processes: {user.program_processes()}; trying again")
        time.sleep(5)
        result = user.run_wine([str(SETUP), "/S"], timeout=600)
    assert result.returncode == 0, f"exit {result.returncode}; processes: {user.program_processes()}"
    assert not stale.exists()
    assert (user.data / "go4brussels.g4b").read_bytes() == database
    assert user.registry("Environment", "Path").split(";").count(user.win(user.program)) == 1
    assert "commitments: 7" in succeeded(user.g4b("info")).stdout


def wine_version() -> str:
    return subprocess.run([WINE, "--version"], capture_output=True, text=True).stdout.strip().removeprefix("wine-")


@windows
def test_silent_uninstall_keeps_the_data(user):
    assert (user.data / "go4brussels.g4b").is_file()
    backups = sorted((user.data / "backups").glob("*.g4b"))
    assert backups, "the imports made backups"
    result = user.run_wine([user.win(user.program / "uninstall.exe"), "/S"], timeout=300)
    assert result.returncode == 0
    # the uninstaller runs from a copy in %TEMP% and returns at once: wait for it
    uninstall_key = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Go4Brussels Desktop"
    user.wait_until(lambda: not user.program.exists() and user.registry(uninstall_key, "DisplayName") is None)
    assert user.registry("Software\\Classes\\Go4Brussels.Database") is None
    assert user.registry("Software\\Classes\\.g4b") in (None, "")
    assert user.win(user.program) not in (user.registry("Environment", "Path") or "").split(";")
    start_menu = user.local_app_data.parent / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert not (start_menu / "Go4Brussels Desktop.lnk").exists()
    # the data stays: the database, its backups, and the secretary's own files
    assert (user.data / "go4brussels.g4b").is_file()
    assert sorted((user.data / "backups").glob("*.g4b")) == backups
    assert (user.documents / "export.xlsx").is_file()
