"""A meeting as an iCalendar (RFC 5545) invitation that Outlook, Thunderbird and phones import.

CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped
(`escape_text`), times in Europe/Brussels with its VTIMEZONE, a stable UID per meeting
(re-importing updates the event), SEQUENCE from the meeting's stored `invitation_sequence` (raised
by every change of date, time, place or link and by a cancellation: schema step 0030).

With an organiser e-mail the file is a meeting request (RFC 5546 METHOD:REQUEST): ORGANIZER, and
one ATTENDEE per invitee with a valid e-mail (REQ-PARTICIPANT, NEEDS-ACTION, RSVP); without one it
is a plain appointment (METHOD:PUBLISH), because a request needs an organiser. The organiser comes
from the caller (command line), else the meeting's own organiser fields, else the preferences;
never the operating-system login. A cancelled meeting gives METHOD:CANCEL with STATUS:CANCELLED,
the same UID and a higher SEQUENCE. E-mail addresses are checked (`valid_email`) and written as
percent-encoded mailto: URIs (RFC 6068); an invitee whose address is not valid is left out and
named in `Invitation.skipped`.
No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from . import settings
from .paths import replace_target
from .db import meetings
from .db.errors import StoreError
from .db.store import Store
from .db.validation import is_email
from .plain_text import bounded
from .texts import t, words_table

PRODID = "-//Go4Brussels Desktop//Steering committees//NL"
TZID = "Europe/Brussels"
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

LABELS = words_table("calendar_ics", "LABELS")
DEFAULT_LENGTH = timedelta(hours=2)
# Bounds on the texts of a meeting (reliability #17): a received file's 10 MB title made a 53 MB .ics.
MAX_LINE_CHARS = 500          # the summary, the location, an agenda item
MAX_DESCRIPTION_CHARS = 20_000
MAX_LINK_CHARS = 2_000        # longer is no meeting link: left out of the URL property


# Control characters RFC 5545 allows in no value (tab is kept; CR and LF are handled apart).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; other control characters left out."""
    value = _CONTROL.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def param_value(value: str) -> str:
    """A quoted parameter value (CN="..."): a double quote or a control character cannot appear in one."""
    text = "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in value.replace('"', "'"))
    return '"' + " ".join(text.split()) + '"'


def valid_email(value: str | None) -> bool:
    """Whether `value` is one e-mail address a calendar can send to (`validation.is_email`, the check
    of the contacts' addresses, and no control character, which would break the content line)."""
    text = (value or "").strip()
    return is_email(text) and not any(ord(c) < 32 or ord(c) == 127 for c in text)


def mailto(email: str) -> str:
    """The mailto: URI of a checked address (RFC 6068): the local part percent-encoded, the domain in
    its ASCII (IDNA) form, so no character of it can break the content line."""
    local, _, domain = email.strip().rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:  # a label IDNA refuses: percent-encoded UTF-8, as RFC 6068 also allows
        domain = quote(domain, safe="-.")
    return "mailto:" + quote(local, safe="!$&'*+-.=_~") + "@" + domain.lower()


def uri_value(link: str | None) -> str | None:
    """An online-meeting link as a URI value: http(s) only, no control character, anything outside
    the URI characters percent-encoded, so that no text in it can start a property of its own."""
    text = (link or "").strip()
    if not re.match(r"^https?://", text, re.IGNORECASE) or any(ord(c) < 32 or ord(c) == 127 for c in text) \
            or len(text) > MAX_LINK_CHARS:
        return None
    return quote(text, safe=":/?#[]@!$&'()*+,;=%-._~")



def fold(line: str) -> str:
    """Fold one content line at 75 octets (continuations start with a space), UTF-8 safe."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # do not cut a character in two
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # the leading space of a continuation counts
    return "\r\n ".join(parts)


def _local(day: str, time: str) -> str:
    return day.replace("-", "") + "T" + time.replace(":", "") + "00"


def _times(meeting: dict, agenda: list[dict]) -> list[str]:
    if not meeting["start_time"]:
        start = date.fromisoformat(meeting["date"])
        return [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}"]
    start = datetime.fromisoformat(f"{meeting['date']}T{meeting['start_time']}")
    if meeting["end_time"]:
        end = datetime.fromisoformat(f"{meeting['date']}T{meeting['end_time']}")
    else:
        planned = sum(item["duration_minutes"] or 0 for item in agenda)
        end = start + (timedelta(minutes=planned) if planned else DEFAULT_LENGTH)
    return [f"DTSTART;TZID={TZID}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={TZID}:{end:%Y%m%dT%H%M%S}"]


def sequence(store: Store, meeting_id: str) -> int:
    """The meeting's SEQUENCE: raised (step 0030's trigger) by each change calendars must follow."""
    return store.scalar("SELECT invitation_sequence FROM meeting WHERE id = ?", [meeting_id]) or 0


class BadOrganiser(StoreError):
    """The organiser's e-mail given is not an address."""


@dataclass
class Invitation:
    """An invitation's text and what went into it."""

    text: str
    method: str
    attendees: list[str] = field(default_factory=list)  # the e-mails, in order
    skipped: list[str] = field(default_factory=list)  # invitees left out: no valid e-mail (their names)


def organiser_of(page: dict, name: str | None = None, email: str | None = None) -> tuple[str, str]:
    """(name, e-mail) of the organiser: the ones given, else the meeting's own, else the preferences."""
    chosen_email = (email or "").strip() or (page.get("organiser_email") or "").strip()
    chosen_name = (name or "").strip() or (page.get("organiser_name") or "").strip()
    if not chosen_email or not chosen_name:
        preferred_name, preferred_email = settings.organiser()
        chosen_email = chosen_email or preferred_email
        chosen_name = chosen_name or preferred_name
    if chosen_email and not valid_email(chosen_email):
        raise BadOrganiser(t("organiser: '{email}' is not an e-mail address (like name@example.brussels).",
                             email=chosen_email))
    return chosen_name, chosen_email


def build_invitation(store: Store, meeting_id: str, lang: str = "nl", organiser_email: str | None = None,
                     organiser_name: str | None = None, now: datetime | None = None) -> Invitation:
    """The invitation of a meeting (a request, an appointment or a cancellation) with its attendees."""
    lang = lang if lang in LABELS["summary"] else "nl"
    page = meetings.meeting_page(store, meeting_id, lang)
    organiser_name, organiser_email = organiser_of(page, organiser_name, organiser_email)
    cancelled = bool(page.get("cancelled_at"))
    method = "CANCEL" if cancelled and organiser_email else "REQUEST" if organiser_email else "PUBLISH"
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    summary = bounded(page["title"], MAX_LINE_CHARS, lang) or LABELS["summary"][lang].format(
        code=page["objective_code"])
    if cancelled:
        summary = LABELS["cancelled"][lang].format(summary=summary)
    description = [f"{page['objective_code']} {page['objective_title']}", "", LABELS["agenda"][lang] + ":"]
    shared = [item for item in page["agenda"] if not item["confidential"]]
    for number, item in enumerate(shared, start=1):
        extra = f" ({item['presenter']})" if item["presenter"] else ""
        description.append(bounded(f"{number}. {item['title']}{extra}", MAX_LINE_CHARS, lang))
    if page["online_link"]:
        description += ["", f"{LABELS['online'][lang]}: {bounded(page['online_link'], MAX_LINK_CHARS, lang)}"]
    location = bounded(page["place"] or page["online_link"] or "", MAX_LINE_CHARS, lang)

    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if page["start_time"]:
        lines += VTIMEZONE
    lines += [
        "BEGIN:VEVENT",
        f"UID:{page['id']}@go4brussels-desktop",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"SEQUENCE:{sequence(store, meeting_id)}",
        *_times(page, page["agenda"]),
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(bounded(chr(10).join(description), MAX_DESCRIPTION_CHARS, lang))}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    link = uri_value(page["online_link"])
    if link:
        lines.append(f"URL:{link}")
    result = Invitation("", method)
    if organiser_email:
        cn = f";CN={param_value(organiser_name)}" if organiser_name else ""
        lines.append(f"ORGANIZER{cn}:{mailto(organiser_email)}")
        seen = {organiser_email.lower()}
        for person in page["attendance"]:
            email = (person["contact_email"] or "").strip()
            if not valid_email(email):
                result.skipped.append(person["name"])
                continue
            if email.lower() in seen:
                continue
            seen.add(email.lower())
            result.attendees.append(email)
            lines.append(f"ATTENDEE;CN={param_value(person['name'])};ROLE=REQ-PARTICIPANT;"
                         f"PARTSTAT=NEEDS-ACTION;RSVP={'FALSE' if cancelled else 'TRUE'}:{mailto(email)}")
    lines += [f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    result.text = "".join(fold(line) + "\r\n" for line in lines)
    return result


def invitation(store: Store, meeting_id: str, **options) -> str:
    """The .ics text of a meeting's invitation (CRLF line ends); options as `build_invitation`."""
    return build_invitation(store, meeting_id, **options).text


def write_invitation(store: Store, meeting_id: str, target: Path | str, **options) -> Invitation:
    """Write the invitation next to its final name first, then move it (no half-written file)."""
    target = Path(target)
    made = build_invitation(store, meeting_id, **options)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            handle.write(made.text)
        replace_target(partial, target)
    except BaseException:  # the target open in another program, a full disk: no .partial left behind
        partial.unlink(missing_ok=True)
        raise
    return made
