"""The window's entry point `g4b-desktop [--db PATH] [--smoke-test]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import paths


def display_problem() -> str | None:
    """A one-line reason why no window can open here, or None (checked before Qt can abort)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform or not sys.platform.startswith("linux"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("g4b-desktop: no display is available. Use the command line (g4b --help), "
            "or run offscreen with QT_QPA_PLATFORM=offscreen.")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="g4b-desktop", description="Go4Brussels 2030 Desktop")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {paths.default_database()})")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, open each main view once, and exit 0")
    # A file given by the desktop (double-click on a .g4b file, "Open with"): same as --db.
    parser.add_argument("file", nargs="?", type=Path, default=None, help="database file to open")
    args = parser.parse_args(argv)
    args.db = args.db or args.file
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .ui.shell.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
