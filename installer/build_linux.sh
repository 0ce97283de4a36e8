#!/usr/bin/env bash
# Build the Linux program: dist/g4b-desktop/ (a folder that runs in place; its install.sh installs it
# into ~/.local) and dist/go4brussels-desktop-<version>-linux-<arch>.tar.gz, the same folder to hand out.
#
#   bash installer/build_linux.sh        (or: make dist)
#
# Uses the venv in $VENV (default .venv; created with the program installed if missing) and installs
# PyInstaller into it when it is not there (installer/requirements-build.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python
started=$(date +%s)

if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet .
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing PyInstaller into $VENV"
    # One retry: a registry hiccup should not fail a build.
    "$PY" -m pip install --quiet -r installer/requirements-build.txt \
        || { sleep 10; "$PY" -m pip install --quiet -r installer/requirements-build.txt; }
fi

version=$("$PY" -c "import g4b_desktop; print(g4b_desktop.__version__)")
arch=$(uname -m)
echo "Building Go4Brussels Desktop $version for Linux $arch with PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')"
rm -rf build/g4b-desktop dist/g4b-desktop
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build installer/g4b-desktop.spec

bundle=dist/g4b-desktop
cp installer/install_linux.sh "$bundle/install.sh"
chmod +x "$bundle/install.sh"
cp installer/go4brussels-desktop.desktop installer/go4brussels-desktop.xml "$bundle/"
built=$(date +%s)

tarball=dist/go4brussels-desktop-$version-linux-$arch.tar.gz
rm -f "$tarball"
tar -C dist --transform "s|^g4b-desktop|go4brussels-desktop-$version|" -czf "$tarball" g4b-desktop
finished=$(date +%s)

echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1), built in $((built - started)) s)"
echo "archive: $tarball ($(du -sh "$tarball" | cut -f1), packed in $((finished - built)) s)"
echo "install: tar xzf $(basename "$tarball") && sh go4brussels-desktop-$version/install.sh"
