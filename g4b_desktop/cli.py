"""The command line `g4b`: every feature of the window, scriptable and testable without a display.

Subcommands live in `g4b_desktop/commands/*.py`; each module has `register(commands)` and is found
by itself (the package itself holds what they share: `Commands`, `open_store`, `UsageError`).
Expected errors print one line on stderr and exit 1; anything unexpected exits 70 with the report
written to the log folder, never a traceback on the screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import __version__, settings
from . import commands as package
from .commands import Commands
from .db.errors import StoreError
from .texts import message, render, t


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="g4b", description="Go4Brussels 2030 Desktop: the steering committees' records.")
    parser.add_argument("--version", action="version", version=f"g4b {__version__}")
    commands = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        importlib.import_module(f"{package.__name__}.{module.name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args) or 0
    except StoreError as exc:
        print(f"g4b: {message(exc, settings.language())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"g4b: {render(t('interrupted.'), settings.language())}", file=sys.stderr)
        return 130
    except Exception:
        from .crashlog import write_report

        report = write_report(*sys.exc_info())
        print(f"g4b: {render(t('unexpected error; the report is in {path}', path=str(report)), settings.language())}",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
