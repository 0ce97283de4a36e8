#!/bin/sh
# Install Go4Brussels Desktop for the current user, without root rights, into ~/.local:
#   the program        ~/.local/lib/go4brussels-desktop/   (this bundle, copied)
#   the commands       ~/.local/bin/g4b-desktop, ~/.local/bin/g4b   (links)
#   the menu entry     ~/.local/share/applications/go4brussels-desktop.desktop
#   the icon           ~/.local/share/icons/hicolor/*/apps/go4brussels-desktop.png
#   the file type      ~/.local/share/mime/packages/go4brussels-desktop.xml   (*.g4b databases)
#
#   sh install.sh              install (or update) from the folder this script is in
#   sh install.sh --uninstall  remove the program; the user's data is kept
#
# The user's data (~/.local/share/Go4Brussels Desktop) is never touched by either.
set -eu

APP_ID=go4brussels-desktop
MIME_TYPE=application/x-go4brussels-database
MIME_ICON=application-x-go4brussels-database
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/lib/$APP_ID
BIN_DIR=$HOME/.local/bin
ICON_SIZES="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'install: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA_HOME/mime/packages" ]; then
        update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA_HOME/applications" ]; then
        update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
        gtk-update-icon-cache --force --quiet --ignore-theme-index "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

remove_link() {  # a link in ~/.local/bin, only if it points into the program's folder
    link=$BIN_DIR/$1
    if [ -L "$link" ]; then
        case "$(readlink "$link")" in
            "$APP_DIR"/*) rm -f "$link" ;;
        esac
    fi
}

uninstall() {
    remove_link g4b-desktop
    remove_link g4b
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/mime/packages/$APP_ID.xml"
    for size in $ICON_SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
              "$DATA_HOME/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    rm -rf "$APP_DIR"
    refresh_caches
    say "Go4Brussels Desktop is removed."
    say "Your data is kept in: $DATA_HOME/Go4Brussels Desktop"
}

install_bundle() {
    bundle=$1
    [ -x "$bundle/g4b-desktop" ] && [ -x "$bundle/g4b" ] && [ -d "$bundle/_internal" ] \
        || fail "$bundle: not a Go4Brussels Desktop bundle (g4b-desktop, g4b and _internal/ are needed)."
    icons=$bundle/_internal/resources/icons
    [ -f "$bundle/$APP_ID.desktop" ] && [ -f "$bundle/$APP_ID.xml" ] && [ -d "$icons" ] \
        || fail "$bundle: the bundle is incomplete ($APP_ID.desktop, $APP_ID.xml or icons missing)."

    # Copy beside the old version first, then swap: a failed copy leaves the installed program as it was.
    if [ "$(cd "$bundle" && pwd -P)" != "$(mkdir -p "$APP_DIR" && cd "$APP_DIR" && pwd -P)" ]; then
        rm -rf "$APP_DIR.new" "$APP_DIR.old"
        mkdir -p "$APP_DIR.new"
        cp -R "$bundle/." "$APP_DIR.new/"
        mv "$APP_DIR" "$APP_DIR.old"
        mv "$APP_DIR.new" "$APP_DIR"
        rm -rf "$APP_DIR.old"
    fi

    mkdir -p "$BIN_DIR"
    for program in g4b-desktop g4b; do
        if [ -e "$BIN_DIR/$program" ] && [ ! -L "$BIN_DIR/$program" ]; then
            say "warning: $BIN_DIR/$program exists and is not a link; it is left as it is."
        else
            ln -sf "$APP_DIR/$program" "$BIN_DIR/$program"
        fi
    done

    mkdir -p "$DATA_HOME/applications" "$DATA_HOME/mime/packages" "$DATA_HOME/icons/hicolor/scalable/apps"
    # The menu entry names the program by its full path: ~/.local/bin is not on every desktop's PATH.
    sed -e "s|^Exec=g4b-desktop |Exec=\"$APP_DIR/g4b-desktop\" |" \
        -e "s|^TryExec=.*|TryExec=$APP_DIR/g4b-desktop|" \
        "$APP_DIR/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
    cp "$APP_DIR/$APP_ID.xml" "$DATA_HOME/mime/packages/$APP_ID.xml"
    for size in $ICON_SIZES; do
        png=$APP_DIR/_internal/resources/icons/g4b-desktop-$size.png
        [ -f "$png" ] || continue
        for kind in apps mimetypes; do
            mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/$kind"
        done
        cp "$png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        cp "$png" "$DATA_HOME/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
    done
    cp "$APP_DIR/_internal/resources/icons/g4b-desktop.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_caches
    if command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1 || true
    fi

    say "Go4Brussels Desktop is installed in $APP_DIR"
    say "Start it from the applications menu, or run: g4b-desktop (the command line: g4b --help)"
    say "Your data will be in: $DATA_HOME/Go4Brussels Desktop"
    case ":${PATH:-}:" in
        *":$BIN_DIR:"*) ;;
        *) say "note: $BIN_DIR is not on your PATH; the menu entry works, or add it to PATH for g4b." ;;
    esac
    # Qt's X11 support needs a few system libraries that the bundle does not carry.
    if command -v ldd >/dev/null 2>&1; then
        missing=$(ldd "$APP_DIR/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
                  | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
        if [ -n "$missing" ]; then
            say "warning: system libraries missing for the window under X11: $missing"
            say "  on Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
        fi
    fi
}

case "${1:-}" in
    --uninstall) uninstall ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
    "") install_bundle "$(cd "$(dirname "$0")" && pwd)" ;;
    *) install_bundle "$(cd "$1" && pwd)" ;;
esac
