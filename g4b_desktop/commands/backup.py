"""`g4b backup`, `g4b backups`, `g4b restore`: copies of the database and putting one back."""

from __future__ import annotations

from pathlib import Path

from . import Commands, UsageError, database_path, open_store
from ..db import backup as backups
from ..db.integrity import check_database
from ..texts import t


def backup(args) -> int:
    path = database_path(args)
    if not path.exists():
        raise UsageError(t("{path}: no such database.", path=str(path)))
    with open_store(args, readonly=True) as store:
        if args.out:
            target = backups.backup_to(store, args.out)
        else:
            target = backups.manual_backup(store)
    print(f"Backed up {path} to {target}")
    return 0


def list_backups(args) -> int:
    path = database_path(args)
    found = backups.list_backups(path)
    if not found:
        print(f"No backups of {path} in {backups.paths.backup_dir()}.")
        return 0
    print(f"Backups of {path} in {backups.paths.backup_dir()}, newest first:")
    for item in found:
        print(f"{item.taken_at:%Y-%m-%d %H:%M:%S}  {item.reason:<14} {item.size // 1024:>7} KB  {item.path}")
    return 0


def restore(args) -> int:
    path = database_path(args)
    source = Path(args.backup)
    result = backups.restore(path, source, allow_other=args.force)
    print(f"Restored {path} from {source}.")
    if result.replaced_backup:
        print(f"The replaced file was kept as {result.replaced_backup}")
    report = check_database(path)
    return 0 if report.ok else 1


def register(commands: Commands) -> None:
    parser = commands.add(
        "backup", "Copy the database (SQLite's online backup API) to a file, or to the backup folder.",
        backup)
    parser.add_argument("--out", type=Path, default=None,
                        help="the copy to write (default: a new file in the backup folder)")
    commands.add("backups", "List the backups of a database, newest first.", list_backups)
    parser = commands.add(
        "restore", "Replace the database by a backup, checked first; the replaced file is kept as a backup.",
        restore)
    parser.add_argument("backup", type=Path, help="the backup file to restore")
    parser.add_argument("--force", action="store_true",
                        help="restore even a backup of another database (another database id)")
