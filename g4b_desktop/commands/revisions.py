"""`g4b strategy revisions`, `g4b strategy revision export|import`: the strategy's structure over time."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from . import Commands, open_store
from ..db.enums import LANGUAGES
from ..texts import render, t

MAX_LISTED = 20  # refused rows listed; then a count


def list_revisions(args) -> int:
    from ..db import revisions

    lang = settings.language()
    with open_store(args, readonly=True) as store:
        rows = revisions.revisions(store)
        current = revisions.current_revision(store)["id"]
    for row in rows:
        mark = "*" if row["id"] == current else " "
        state = render(t("draft"), lang) if row["state"] == "draft" else ""
        name = render(revisions.revision_name(row), lang)
        print(f"{mark} {row['date']}  {name}  {state}".rstrip()
              + (render(t(" ({count} records changed)", count=row["changed"]), lang) if row["changed"] else ""))
    return 0


def export_revision(args) -> int:
    from ..exchange import revision_workbook

    lang = args.lang or settings.language()
    with open_store(args, readonly=True) as store:
        count = revision_workbook.write(store, Path(args.out), lang=lang)
    print(render(t("Wrote {file}: {count} objectives and worksites.", file=args.out, count=count), lang))
    return 0


def import_revision(args) -> int:
    from ..db import backup, revisions
    from ..exchange import revision_workbook

    lang = settings.language()
    rows, file_name = revision_workbook.read_rows(Path(args.file))
    with open_store(args) as store:
        plan = revisions.plan_from_rows(store, rows, file_name)
        for change in plan.changes:
            prefix = t("row {row}: ", row=change.row) if change.row else ""
            print(render(prefix, lang) + render(change.describe(), lang))
        for refusal in plan.refused[:MAX_LISTED]:
            print(render(t("refused: {problem}", problem=refusal), lang))
        if len(plan.refused) > MAX_LISTED:
            print(render(t("… and {count} more.", count=len(plan.refused) - MAX_LISTED), lang))
        if plan.refused:
            print(render(t("Nothing was changed: {count} row(s) refused.", count=len(plan.refused)), lang))
            return 1
        if not plan.changes:
            print(render(t("The workbook changes nothing in the strategy."), lang))
            return 0
        if args.dry_run:
            print(render(t("{count} change(s) (would apply).", count=len(plan.changes)), lang))
            return 0
        backup.backup_before(store, "revision")
        if args.draft:
            revisions.save_draft(store, args.name, args.date, plan)
            print(render(t("Draft “{name}” saved: {count} change(s).", name=args.name, count=len(plan.changes)), lang))
            return 0
        revisions.apply_revision(store, args.name, args.date, plan)
    print(render(t("Revision “{name}” applied: {count} change(s).", name=args.name, count=len(plan.changes)), lang))
    return 0


def register(commands: Commands) -> None:
    strategy = commands.group("strategy", "The strategy itself: its texts and its revisions.")
    strategy.add("revisions", "List the strategy's revisions (the current one marked *).", list_revisions)
    revision = strategy.group("revision", "Export the structure to a workbook, or apply an edited one as a revision.")
    parser = revision.add("export", "Write the objectives and worksites as they stand, one row each.", export_revision)
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the headers (default: your preference)")
    parser = revision.add("import", "Apply an edited revision workbook as one undoable revision.", import_revision)
    parser.add_argument("file", help="the edited .xlsx (or .csv) file")
    parser.add_argument("--name", required=True, help='the revision\'s name, e.g. "Update February 2021"')
    parser.add_argument("--date", help="the revision's date (YYYY-MM-DD; default: today)")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    parser.add_argument("--draft", action="store_true", help="keep it as a draft to apply later in the window")
