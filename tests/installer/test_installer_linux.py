"""The Linux desktop files and the ~/.local install script (run on a small stand-in bundle)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import INSTALLER, REPO
from g4b_desktop import paths

DESKTOP = INSTALLER / "go4brussels-desktop.desktop"
MIME = INSTALLER / "go4brussels-desktop.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def mime_type() -> ET.Element:
    root = ET.parse(MIME).getroot()
    (element,) = root.findall(f"{MIME_NS}mime-type")
    return element


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_opens_database_files_with_the_window_program():
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "g4b-desktop %f"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "go4brussels-desktop"
    assert entry["MimeType"] == mime_type().get("type") + ";"
    for language in ("nl", "fr"):
        assert entry[f"Comment[{language}]"] != entry["Comment"]


def test_mime_type_matches_the_database_suffix():
    element = mime_type()
    assert element.get("type") == "application/x-go4brussels-database"
    globs = [glob.get("pattern") for glob in element.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{paths.DATABASE_SUFFIX}"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in element.findall(f"{MIME_NS}comment")}
    assert set(comments) == {None, "nl", "fr"}
    assert element.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """A folder shaped like dist/g4b-desktop/ whose programs are small shell scripts."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(REPO / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    for program in ("g4b-desktop", "g4b"):
        script = bundle / program
        script.write_text(f'#!/bin/sh\necho "{program} $*"\n')
        script.chmod(0o755)
    shutil.copy(INSTALLER / "install_linux.sh", bundle / "install.sh")
    shutil.copy(DESKTOP, bundle)
    shutil.copy(MIME, bundle)
    return bundle


def run_install(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", *args], env=env, capture_output=True, text=True, timeout=120)


def test_install_into_local_then_uninstall_keeps_the_data(fake_bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    result = run_install(home, str(fake_bundle / "install.sh"))
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    app_dir = local / "lib" / "go4brussels-desktop"
    share = local / "share"
    assert (app_dir / "g4b-desktop").is_file() and (app_dir / "_internal" / "resources" / "icons").is_dir()
    for program in ("g4b-desktop", "g4b"):
        link = local / "bin" / program
        assert link.is_symlink() and link.resolve() == (app_dir / program).resolve()
        assert subprocess.run([str(link), "x"], capture_output=True, text=True).stdout.strip() == f"{program} x"
    entry = desktop_entry(share / "applications" / "go4brussels-desktop.desktop")
    assert entry["Exec"] == f'"{app_dir}/g4b-desktop" %f'
    assert entry["TryExec"] == f"{app_dir}/g4b-desktop"
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "go4brussels-desktop.png").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-go4brussels-database.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "go4brussels-desktop.svg").is_file()
    assert (share / "mime" / "packages" / "go4brussels-desktop.xml").read_bytes() == MIME.read_bytes()
    if shutil.which("update-mime-database"):
        assert "application/x-go4brussels-database:*.g4b" in (share / "mime" / "globs2").read_text()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / "go4brussels-desktop.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    # The user's data, and a second install over the first (an update) that leaves it alone.
    data = share / paths.APP_NAME
    data.mkdir()
    (data / f"go4brussels{paths.DATABASE_SUFFIX}").write_text("the committee's records")
    (fake_bundle / "_internal" / "new-version").write_text("2")
    assert run_install(home, str(fake_bundle / "install.sh")).returncode == 0
    assert (app_dir / "_internal" / "new-version").is_file()
    assert not (local / "lib" / "go4brussels-desktop.old").exists()

    result = run_install(home, str(app_dir / "install.sh"), "--uninstall")
    assert result.returncode == 0, result.stderr
    assert str(data) in result.stdout
    assert not app_dir.exists()
    assert not (local / "bin" / "g4b-desktop").exists() and not (local / "bin" / "g4b").exists()
    assert not (share / "applications" / "go4brussels-desktop.desktop").exists()
    assert not (share / "mime" / "packages" / "go4brussels-desktop.xml").exists()
    assert not list((share / "icons").rglob("*go4brussels*"))
    assert (data / f"go4brussels{paths.DATABASE_SUFFIX}").read_text() == "the committee's records"


def test_install_refuses_a_folder_that_is_not_a_bundle(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    result = run_install(home, str(INSTALLER / "install_linux.sh"), str(tmp_path))
    assert result.returncode == 1
    assert "not a Go4Brussels Desktop bundle" in result.stderr
    assert not (home / ".local" / "lib" / "go4brussels-desktop").exists()


def test_uninstall_leaves_a_foreign_g4b_command_alone(fake_bundle, tmp_path):
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    own = home / ".local" / "bin" / "g4b"
    own.write_text("#!/bin/sh\necho mine\n")
    result = run_install(home, str(fake_bundle / "install.sh"))
    assert result.returncode == 0 and "left as it is" in result.stdout
    assert run_install(home, str(fake_bundle / "install.sh"), "--uninstall").returncode == 0
    assert own.read_text() == "#!/bin/sh\necho mine\n"


def test_the_window_carries_the_icon_and_names_the_desktop_file(qapp):
    from PySide6.QtGui import QIcon

    from g4b_desktop.ui.shell.application import make_application

    saved = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName(), qapp.windowIcon())
    try:
        app = make_application()
        assert app.desktopFileName() == DESKTOP.stem  # Wayland's app id, the taskbar's link to the menu entry
        assert {size.width() for size in app.windowIcon().availableSizes()} >= {16, 32, 48, 256}
    finally:
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setDesktopFileName(saved[2])
        qapp.setWindowIcon(saved[3] if not saved[3].isNull() else QIcon())
