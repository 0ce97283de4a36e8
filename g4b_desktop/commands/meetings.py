"""`g4b meetings`, `g4b minutes`, `g4b invitation`, `g4b actions`: steering-committee meetings."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from ..cli import Commands, UsageError, open_store
from ..db import meetings, queries
from ..db.enums import label

LANGS = ("nl", "fr", "en")


def _objective_id(store, code: str | None) -> str | None:
    if not code:
        return None
    objective = queries.objective_by_code(store, code.strip())
    if objective is None:
        raise UsageError(f"No objective with code '{code}' (codes run from 1.1 to 2.8).")
    return objective["id"]


def _lang(args) -> str:
    return args.lang or settings.language()


def _target(path: Path, suffix: str) -> Path:
    if path.suffix.lower() != suffix:
        raise UsageError(f"{path}: the output file must end in {suffix}.")
    if not path.parent.exists():
        raise UsageError(f"{path.parent}: no such folder.")
    return path


def list_meetings(args) -> int:
    lang = _lang(args)
    with open_store(args, readonly=True) as store:
        rows = meetings.list_meetings(store, _objective_id(store, args.objective))
        if not rows:
            print("No meetings.")
            return 0
        for row in rows:
            time = f" {row['start_time']}" + (f"-{row['end_time']}" if row["end_time"] else "") \
                if row["start_time"] else ""
            print(f"{row['id']}  {row['objective_code']:<4} {row['date']}{time}  "
                  f"{label(meetings.MEETING_STATE, row['state'], lang)}  "
                  f"{row['present']}/{row['invited']} {'present'}  {row['agenda_items']} agenda items  "
                  f"{row['open_actions']} open actions"
                  + (f"  {row['title']}" if row["title"] else ""))
    return 0


def list_actions(args) -> int:
    lang = _lang(args)
    with open_store(args, readonly=True) as store:
        rows = meetings.open_actions(store, _objective_id(store, args.objective))
        if not rows:
            print("No open actions.")
            return 0
        for row in rows:
            flag = "OVERDUE " if row["overdue"] else ""
            print(f"{row['id'][:8]}  {row['objective_code']:<4} {row['meeting_date']}  {flag}"
                  f"due {row['due_date'] or '-'}  {row['owner'] or '-'}: {row['what']}")
        print(f"{len(rows)} open, {sum(r['overdue'] for r in rows)} overdue "
              f"({label(meetings.ACTION_STATE, 'open', lang)}).")
    return 0


def minutes(args) -> int:
    from ..reports.minutes import write_minutes

    target = _target(Path(args.out), ".pdf")
    with open_store(args, readonly=True) as store:
        meeting = meetings.resolve_meeting(store, args.meeting)
        write_minutes(store, meeting["id"], target, lang=_lang(args),
                      include_confidential=args.include_confidential)
    print(f"Wrote the minutes of the meeting of {meetings.display_date(meeting['date'])} "
          f"(objective {meeting['objective_code']}) to {target}.")
    return 0


def invitation(args) -> int:
    from ..calendar_ics import write_invitation

    target = _target(Path(args.out), ".ics")
    with open_store(args, readonly=True) as store:
        meeting = meetings.resolve_meeting(store, args.meeting)
        write_invitation(store, meeting["id"], target, lang=_lang(args), organiser_email=args.organiser)
    print(f"Wrote the invitation to the meeting of {meetings.display_date(meeting['date'])} "
          f"(objective {meeting['objective_code']}) to {target}.")
    return 0


def register(commands: Commands) -> None:
    parser = commands.add("meetings", "List steering-committee meetings with their ids.", list_meetings)
    parser.add_argument("--objective", metavar="CODE", help="only this objective's committee (e.g. 1.2)")
    parser.add_argument("--lang", choices=LANGS, help="language of the states (default: your preference)")

    parser = commands.add("actions", "List the open action items of all meetings, overdue ones marked.",
                          list_actions)
    parser.add_argument("--objective", metavar="CODE", help="only this objective's committee (e.g. 1.2)")
    parser.add_argument("--lang", choices=LANGS)

    parser = commands.add("minutes", "Write the minutes of a meeting as PDF.", minutes)
    parser.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id (or its first characters)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument("--lang", choices=LANGS, help="language of the minutes (default: your preference)")
    parser.add_argument("--include-confidential", action="store_true",
                        help="also print the agenda items marked confidential")

    parser = commands.add("invitation", "Write a meeting's invitation as an .ics calendar file (Outlook).",
                          invitation)
    parser.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id (or its first characters)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    parser.add_argument("--organiser", metavar="EMAIL",
                        help="organiser's e-mail: makes a meeting request with the invitees' e-mails")
    parser.add_argument("--lang", choices=LANGS)
