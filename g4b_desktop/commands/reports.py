"""`g4b export pdf` (the progress note) and the Social Summit cycle: `g4b summits`, `g4b summit ...`."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from . import Commands, UsageError, open_store
from ..db import queries
from ..db import summits as summit_db
from ..db.enums import label
from ..db.enums import SUMMIT_VERDICT
from ..paths import replace_target
from ..texts import render, t


def export_pdf(args) -> int:
    from ..reports.progress_note import render_progress_note

    out = Path(args.out)
    lang = args.lang or settings.language()
    if out.parent and not out.parent.exists():
        raise UsageError(t("{path}: the folder {folder} does not exist.", path=str(out), folder=out.parent))
    partial = out.with_name(out.name + ".partial")
    with open_store(args, readonly=True) as store:  # a received file is not changed (#17); older ones upgrade in memory
        try:
            with open(partial, "wb") as handle:
                pages = render_progress_note(store, handle, objective_code=args.objective,
                                             summit_year=args.summit, lang=lang,
                                             confidential=args.confidential, author=args.author)
            replace_target(partial, out)
        except PermissionError:
            partial.unlink(missing_ok=True)
            raise UsageError(t("{path}: cannot write the file (is it open in another program?).",
                               path=str(out))) from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    if args.objective:
        print(render(t("Wrote {target}: the progress note of objective {code}, {pages} pages.", target=str(out),
                       code=args.objective, pages=pages), lang))
    else:
        print(render(t("Wrote {target}: the progress note of the whole strategy, {pages} pages.", target=str(out),
                       pages=pages), lang))
    return 0


def list_summits(args) -> int:
    with open_store(args, readonly=True) as store:
        rows = summit_db.summits(store)
        if not rows:
            print("No Social Summit recorded yet. Add one with: g4b summit add --year YEAR")
            return 0
        for row in rows:
            state = f"closed {row['closed_at'][:10]}" if row["closed_at"] else "open"
            print(f"{row['year']}\t{row['date'] or '-'}\t{state}\t{row['priorities']} priorities, "
                  f"{row['verdicts']} verdicts")
    return 0


def summit_add(args) -> int:
    with open_store(args) as store:
        summit_db.create(store, args.year, args.date, args.notes)
    print(f"Added the Social Summit {args.year}.")
    return 0


def _worksite_id(store, code: str) -> str:
    row = queries.worksite_by_code(store, code)
    if row is None:
        raise UsageError(t("There is no worksite {code}; worksites are coded like 1.1.1.", code=code))
    return row["id"]


def summit_priority(args) -> int:
    with open_store(args) as store:
        summit = summit_db.summit_by_year(store, args.year)
        worksite_id = _worksite_id(store, args.worksite)
        rows = store.rows("SELECT id FROM summit_priority WHERE summit_id = ? AND worksite_id = ?",
                          [summit["id"], worksite_id])
        if args.remove:
            if not rows:
                raise UsageError(t("Worksite {code} is not a priority of the Social Summit {year}.",
                                   code=args.worksite, year=args.year))
            summit_db.remove_priority(store, rows[0]["id"])
            print(f"Removed priority {args.worksite} from the Social Summit {args.year}.")
            return 0
        if not rows:
            priority_id, _ = summit_db.add_priority(store, summit["id"], worksite_id, args.expected)
            print(f"Added priority {args.worksite} to the Social Summit {args.year}.")
        else:
            priority_id = rows[0]["id"]
        values = {}
        if args.expected is not None and rows:
            values["expected_result"] = args.expected
        if args.statement is not None:
            values["progress_statement"] = args.statement
        if args.verdict is not None:
            values["verdict"] = "" if args.verdict == "none" else args.verdict
        if values:
            summit_db.update_priority(store, priority_id, values)
            print(f"Updated priority {args.worksite} of the Social Summit {args.year}.")
    return 0


def summit_show(args) -> int:
    with open_store(args, readonly=True) as store:
        summit = summit_db.summit_by_year(store, args.year)
        state = f"closed at {summit['closed_at']}" if summit["closed_at"] else "open"
        print(f"Social Summit {summit['year']} ({summit['date'] or 'no date'}), {state}")
        for p in summit_db.priorities(store, summit["id"], lang=settings.language()):  # titles: the reader's
            verdict = label(SUMMIT_VERDICT, p["verdict"], "en") or "-"
            print(f"{p['worksite_code']}\t{p['realised']}/{p['commitments']} realised\t{verdict}\t"
                  f"{p['worksite_title']}")
        changes = summit_db.changes_since(store, summit)
        print("since: " + ", ".join(f"{len(rows)} {kind}" for kind, rows in changes.items()))
        from ..db import revisions

        revision = store.rows("SELECT * FROM strategy_revision WHERE id = ?", [summit.get("revision_id")])
        if revision:
            print(render(revisions.revision_line_of(revision[0]), "en"))
        for applied in revisions.structural_changes_since(store, summit):  # the structure's changes too (#21)
            print(f"structure since: {applied['date']} {applied['name']}: "
                  + "; ".join(render(change, "en") for change in applied["changes"]))
    return 0


def summit_close(args) -> int:
    with open_store(args) as store:
        summit = summit_db.summit_by_year(store, args.year)
        summit_db.close(store, summit["id"])
    print(f"Closed the Social Summit {args.year}; the commitments' state is kept as of now.")
    return 0


def summit_reopen(args) -> int:
    with open_store(args) as store:
        summit = summit_db.summit_by_year(store, args.year)
        summit_db.reopen(store, summit["id"])
    print(f"Reopened the Social Summit {args.year}.")
    return 0


def register(commands: Commands) -> None:
    export = commands.group("export", "Export the records to a file (xlsx, pdf).")
    pdf = export.add("pdf", "Write the progress note for the Social Summit as a PDF.", export_pdf)
    pdf.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    pdf.add_argument("--objective", help="one objective (for example 1.1); default: the whole strategy")
    pdf.add_argument("--summit", type=int, help="the summit the note reports on (its priorities, the changes "
                                                "since it closed); default: the latest closed summit")
    pdf.add_argument("--lang", choices=("nl", "fr", "en"), help="language of the note (default: your preference)")
    pdf.add_argument("--author", metavar="NAME", help="the author written into the PDF (default: your name in the "
                                                     "preferences, else 'Go4Brussels Desktop')")
    pdf.add_argument("--confidential", help="a confidentiality line printed on every page")

    commands.add("summits", "List the Social Summits.", list_summits)
    summit = commands.group("summit", "The Social Summit: add, choose priorities, report, close.")
    add = summit.add("add", "Add the Social Summit of a year.", summit_add)
    add.add_argument("--year", type=int, required=True)
    add.add_argument("--date", help="YYYY-MM-DD")
    add.add_argument("--notes")
    priority = summit.add("priority", "Choose a priority worksite, or write its progress statement and "
                                      "verdict.", summit_priority)
    priority.add_argument("--year", type=int, required=True)
    priority.add_argument("--worksite", required=True, help="worksite code, for example 1.1.1")
    priority.add_argument("--expected", help="expected result")
    priority.add_argument("--statement", help="progress statement (at the next summit)")
    priority.add_argument("--verdict", choices=(*SUMMIT_VERDICT, "none"))
    priority.add_argument("--remove", action="store_true", help="remove the priority (open summits only)")
    show = summit.add("show", "Show a summit's priorities and the changes since it.", summit_show)
    show.add_argument("--year", type=int, required=True)
    close = summit.add("close", "Close a summit: fix its priorities and keep the commitments' state.",
                       summit_close)
    close.add_argument("--year", type=int, required=True)
    reopen = summit.add("reopen", "Reopen a summit closed by mistake.", summit_reopen)
    reopen.add_argument("--year", type=int, required=True)

