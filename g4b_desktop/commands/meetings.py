"""`g4b meetings`, `g4b minutes`, `g4b invitation`, `g4b actions`, `g4b meeting plan|held|approve|...`:
steering-committee meetings on the command line."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from . import Commands, UsageError, open_store
from ..db import meetings, queries
from ..db import enums
from ..db.enums import COMMITMENT_STATUS, label
from ..plain_text import bounded
from ..texts import render, t

LIST_TITLE_CHARS = 200  # a meeting's title in the list of meetings

LANGS = ("nl", "fr", "en")


def _objective_id(store, code: str | None) -> str | None:
    if not code:
        return None
    objective = queries.objective_by_code(store, code.strip())
    if objective is None:
        raise UsageError(t("No objective with code '{code}' (codes run from 1.1 to 2.8).", code=code))
    return objective["id"]


def _lang(args) -> str:
    return getattr(args, "lang", None) or settings.language()


def say(args, text) -> None:
    """One line of output in the user's language (`text` made with texts.t)."""
    print(render(text, _lang(args)))


def _target(path: Path, suffix: str) -> Path:
    if path.suffix.lower() != suffix:
        raise UsageError(t("{path}: the output file must end in {suffix}.", path=str(path), suffix=suffix))
    if not path.parent.exists():
        raise UsageError(t("{folder}: no such folder.", folder=str(path.parent)))
    return path


def list_meetings(args) -> int:
    lang = _lang(args)
    with open_store(args, readonly=True) as store:
        rows = meetings.list_meetings(store, _objective_id(store, args.objective), lang)
        if not rows:
            say(args, t("No meetings."))
            return 0
        for row in rows:
            time = f" {row['start_time']}" + (f"-{row['end_time']}" if row["end_time"] else "") \
                if row["start_time"] else ""
            say(args, t("{id}  {objective:<4} {date}{time}  {state}  {present}/{invited} present  "
                        "{items} agenda items  {actions} open actions{title}", id=row["id"],
                        objective=row["objective_code"], date=row["date"], time=time,
                        state=render(t("cancelled"), lang) if row.get("cancelled_at")
                        else label(enums.MEETING_STATE, row["state"], lang), present=row["present"],
                        invited=row["invited"], items=row["agenda_items"], actions=row["open_actions"],
                        # a received file's 10 MB title is one line of a list: shortened (#17)
                        title=f"  {bounded(row['title'], LIST_TITLE_CHARS, lang)}" if row["title"] else ""))
    return 0


def list_actions(args) -> int:
    lang = _lang(args)
    with open_store(args, readonly=True) as store:
        rows = meetings.open_actions(store, _objective_id(store, args.objective))
        if not rows:
            say(args, t("No open actions."))
            return 0
        for row in rows:
            flag = render(t("OVERDUE "), lang) if row["overdue"] else ""
            say(args, t("{id}  {objective:<4} {date}  {flag}due {due}  {owner}: {what}", id=row["id"][:8],
                        objective=row["objective_code"], date=row["meeting_date"], flag=flag,
                        due=row["due_date"] or "-", owner=row["owner"] or "-", what=row["what"]))
        say(args, t("{open} open, {overdue} overdue ({state}).", open=len(rows),
                    overdue=sum(r["overdue"] for r in rows), state=label(enums.ACTION_STATE, "open", lang)))
    return 0


def minutes(args) -> int:
    from ..reports.minutes import write_minutes

    target = _target(Path(args.out), ".pdf")
    with open_store(args, readonly=True) as store:
        meeting = meetings.resolve_meeting(store, args.meeting)
        write_minutes(store, meeting["id"], target, lang=_lang(args),
                      include_confidential=args.include_confidential, author=args.author)
    say(args, t("Wrote the minutes of the meeting of {date} (objective {objective}) to {target}.",
                date=meetings.display_date(meeting["date"]), objective=meeting["objective_code"], target=str(target)))
    return 0


def invitation(args) -> int:
    from ..calendar_ics import write_invitation

    target = _target(Path(args.out), ".ics")
    with open_store(args, readonly=True) as store:
        meeting = meetings.resolve_meeting(store, args.meeting)
        made = write_invitation(store, meeting["id"], target, lang=_lang(args),
                                organiser_email=args.organiser_email, organiser_name=args.organiser_name)
    what = {"REQUEST": t("a meeting request to {count} invitee(s)", count=len(made.attendees)),
            "CANCEL": t("the cancellation, for {count} invitee(s)", count=len(made.attendees)),
            "PUBLISH": t("an appointment (no organiser e-mail: set one in the preferences or with "
                         "--organiser-email to invite people)")}[made.method]
    say(args, t("Wrote {what} for the meeting of {date} (objective {objective}) to {target}.", what=what,
                date=meetings.display_date(meeting["date"]), objective=meeting["objective_code"], target=str(target)))
    if made.skipped:
        say(args, t("Not invited, no valid e-mail: {names}.", names=", ".join(made.skipped)))
    return 0


# ---- writing: g4b meeting plan|held|approve|reopen|agenda|decision|action|follow-up -------------------


def _meeting(store, args) -> dict:
    return meetings.resolve_meeting(store, args.meeting)


def _commitment_id(store, code: str | None) -> str | None:
    if not code:
        return None
    found = store.scalar("SELECT id FROM commitment WHERE code = ?", [code.strip()])
    if found is None:
        raise UsageError(t("No commitment with code '{code}'.", code=code))
    return found


def _owner(store, name: str | None) -> dict:
    """An owner by name: a contact or an organisation (name or short name) if one matches, else the name."""
    if not name:
        return {}
    person = store.scalar("SELECT id FROM person WHERE full_name = ? COLLATE NOCASE", [name.strip()])
    if person:
        return {"owner_person_id": person}
    organisation = store.scalar("SELECT id FROM organisation WHERE name = ? COLLATE NOCASE OR short_name = ? "
                                "COLLATE NOCASE", [name.strip(), name.strip()])
    return {"owner_organisation_id": organisation} if organisation else {"owner_name": name.strip()}


def _agenda_item(store, meeting_id: str, number: int) -> str:
    items = meetings.agenda(store, meeting_id)
    if not 1 <= number <= len(items):
        raise UsageError(t("The meeting has {count} agenda item(s); there is no item {number}.", count=len(items),
                           number=number))
    return items[number - 1]["id"]


def plan(args) -> int:
    with open_store(args) as store:
        template_id = None
        if args.template:
            found = [tpl for tpl in meetings.templates(store) if tpl["name"].lower() == args.template.lower()]
            if not found:
                raise UsageError(t("No agenda template named '{name}'.", name=args.template))
            template_id = found[0]["id"]
        meeting_id, _ = meetings.plan_meeting(
            store, _objective_id(store, args.objective), args.date, start_time=args.start, end_time=args.end,
            place=args.place, online_link=args.online, kind=args.kind, invite=args.invite, template_id=template_id,
            agenda_from="previous" if args.previous_agenda else None, lang=_lang(args))
        page = meetings.meeting_page(store, meeting_id, _lang(args))
    say(args, t("{id}  planned: objective {objective} on {date}, {invited} invited, {items} agenda item(s)",
                id=meeting_id, objective=page["objective_code"], date=page["date"], invited=len(page["attendance"]),
                items=len(page["agenda"])))
    return 0


def held(args) -> int:
    with open_store(args) as store:
        meetings.mark_held(store, _meeting(store, args)["id"])
    say(args, t("The meeting is marked held."))
    return 0


def approve(args) -> int:
    with open_store(args) as store:
        meeting = _meeting(store, args)
        meetings.approve_minutes(store, meeting["id"], on=args.on)
    say(args, t("The minutes are approved; the meeting is locked."))
    return 0


def cancel(args) -> int:
    from ..db.invitations import cancel_meeting

    with open_store(args) as store:
        cancel_meeting(store, _meeting(store, args)["id"])
    say(args, t("The meeting is cancelled; write its invitation again (g4b invitation) to cancel it in the "
                "invitees' calendars."))
    return 0


def reopen(args) -> int:
    with open_store(args) as store:
        meetings.reopen_minutes(store, _meeting(store, args)["id"], args.reason)
    say(args, t("The minutes are re-opened."))
    return 0


def attend(args) -> int:
    with open_store(args) as store:
        meeting = _meeting(store, args)
        rows = [r for r in meetings.attendance(store, meeting["id"]) if r["name"].lower() == args.name.strip().lower()]
        if rows:
            meetings.set_attendance(store, rows[0]["id"], args.state)
        else:
            meetings.add_attendee(store, meeting["id"], args.name, email=args.email, state=args.state)
    say(args, t("{name}: {state}.", name=args.name, state=label(enums.ATTENDANCE_STATE, args.state, _lang(args))))
    return 0


def agenda_add(args) -> int:
    with open_store(args) as store:
        item_id, _ = meetings.add_agenda_item(store, _meeting(store, args)["id"], args.title, presenter=args.presenter,
                                              duration_minutes=args.minutes_planned, minutes=args.text,
                                              confidential=args.confidential)
    say(args, t("{id}  agenda item added.", id=item_id))
    return 0


def decision(args) -> int:
    with open_store(args) as store:
        meeting = _meeting(store, args)
        changes = {}
        commitment_id = _commitment_id(store, args.commitment)
        if commitment_id:
            values = {k: v for k, v in (("status", args.status), ("progress", args.progress),
                                         ("due_date", args.due)) if v is not None}
            if not values:
                raise UsageError(t("Say what the decision changes: --status, --progress or --due."))
            changes[commitment_id] = values
        decision_id, _ = meetings.record_decision(store, _agenda_item(store, meeting["id"], args.item), args.text,
                                                  changes)
        changed = meetings.decision_changes(store, decision_id)
    say(args, t("{id}  decision recorded{changes}", id=decision_id, changes="".join(
        f"; {c['code']} {c['field']}: {c['old_value']} -> {c['new_value']}" for c in changed)))
    return 0


def action_add(args) -> int:
    with open_store(args) as store:
        meeting = _meeting(store, args)
        action_id, _ = meetings.add_action(store, meeting["id"], args.what, due_date=args.due,
                                           commitment_id=_commitment_id(store, args.commitment), lang=_lang(args),
                                           **_owner(store, args.owner))
    say(args, t("{id}  action added.", id=action_id))
    return 0


def follow_up(args) -> int:
    with open_store(args) as store:
        rows = store.rows("SELECT id FROM meeting_action WHERE id LIKE ? || '%'", [args.action.strip()])
        if len(rows) != 1:
            raise UsageError(t("No action with id '{text}'.", text=args.action) if not rows
                             else t("'{text}' names several actions.", text=args.action))
        values = {"state": args.state}
        if args.note is not None:
            values["notes"] = args.note
        meetings.update_action(store, rows[0]["id"], values)
    say(args, t("The action is {state}.", state=label(enums.ACTION_STATE, args.state, _lang(args))))
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
    parser.add_argument("--author", metavar="NAME", help="the author written into the PDF (default: your name in the "
                                                     "preferences, else 'Go4Brussels Desktop')")

    parser = commands.add("invitation", "Write a meeting's invitation as an .ics calendar file (Outlook).",
                          invitation)
    parser.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id (or its first characters)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    parser.add_argument("--organiser-email", "--organiser", metavar="EMAIL",
                        help="organiser's e-mail: makes a meeting request to the invitees' e-mails "
                             "(default: the meeting's organiser, else your preference)")
    parser.add_argument("--organiser-name", metavar="NAME", help="organiser's name (default: your preference)")
    parser.add_argument("--lang", choices=LANGS)

    group = commands.group("meeting", "Plan and record a steering-committee meeting (see also g4b meetings).")
    parser = group.add("plan", "Plan a meeting; open actions of earlier meetings come onto its agenda.", plan)
    parser.add_argument("--objective", required=True, metavar="CODE")
    parser.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--start", metavar="HH:MM")
    parser.add_argument("--end", metavar="HH:MM")
    parser.add_argument("--place")
    parser.add_argument("--online", metavar="URL")
    parser.add_argument("--kind", choices=list(enums.MEETING_KIND), default="committee")
    parser.add_argument("--invite", action="store_true", help="invite the objective's steering committee")
    parser.add_argument("--previous-agenda", action="store_true", help="start from the previous meeting's agenda")
    parser.add_argument("--template", metavar="NAME", help="start from a saved agenda template")
    parser.add_argument("--lang", choices=LANGS)
    for name, help_text, handler in (("held", "Mark a meeting held.", held),
                                     ("approve", "Approve the minutes (the meeting is locked).", approve)):
        parser = group.add(name, help_text, handler)
        parser.add_argument("--meeting", required=True, metavar="ID")
        if name == "approve":
            parser.add_argument("--on", metavar="YYYY-MM-DD", help="approval date (default: today)")
    parser = group.add("cancel", "Call off a planned meeting; its next invitation (.ics) cancels it.", cancel)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--lang", choices=LANGS)
    parser = group.add("reopen", "Re-open approved minutes (logged with its reason).", reopen)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--reason", required=True)
    parser = group.add("attend", "Record an invitee's attendance (a new name is added as a guest).", attend)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--name", required=True)
    parser.add_argument("--state", choices=list(enums.ATTENDANCE_STATE), default="present")
    parser.add_argument("--email")
    parser = group.add("agenda", "Add an agenda item (with its minutes).", agenda_add)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--title", required=True)
    parser.add_argument("--presenter")
    parser.add_argument("--minutes-planned", type=int, metavar="N", help="planned duration in minutes")
    parser.add_argument("--text", help="the minutes of this item")
    parser.add_argument("--confidential", action="store_true")
    parser = group.add("decision", "Record a decision on an agenda item; it may change a commitment.", decision)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--item", required=True, type=int, metavar="N", help="agenda item number (1 = first)")
    parser.add_argument("--text", required=True)
    parser.add_argument("--commitment", metavar="CODE")
    parser.add_argument("--status", choices=list(COMMITMENT_STATUS))
    parser.add_argument("--progress", type=int)
    parser.add_argument("--due", metavar="YYYY-MM-DD")
    parser = group.add("action", "Add an action item to a meeting.", action_add)
    parser.add_argument("--meeting", required=True, metavar="ID")
    parser.add_argument("--what", required=True)
    parser.add_argument("--owner", help="a contact's or organisation's name, or any name")
    parser.add_argument("--due", metavar="YYYY-MM-DD")
    parser.add_argument("--commitment", metavar="CODE")
    parser.add_argument("--lang", choices=LANGS)
    parser = group.add("follow-up", "Mark an action done, dropped or open again.", follow_up)
    parser.add_argument("--action", required=True, metavar="ID", help="the action's id (or its first characters)")
    parser.add_argument("--state", required=True, choices=list(enums.ACTION_STATE))
    parser.add_argument("--note")
