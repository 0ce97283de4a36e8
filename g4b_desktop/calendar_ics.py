"""A meeting as an iCalendar (RFC 5545) invitation that Outlook, Thunderbird and phones import.

CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped,
times in Europe/Brussels with its VTIMEZONE, a stable UID per meeting (re-importing updates the
event), SEQUENCE counting the changes of date, time or place. With an organiser e-mail the file is
a meeting request (METHOD:REQUEST, ORGANIZER, ATTENDEEs with e-mails); without one it is a plain
appointment (METHOD:PUBLISH), because RFC 5546 requires an organiser in a request.
No Qt.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from .db import meetings
from .db.store import Store

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

LABELS = {
    "summary": {"nl": "Stuurcomité doelstelling {code}", "fr": "Comité de pilotage objectif {code}",
                "en": "Steering committee objective {code}"},
    "agenda": {"nl": "Agenda", "fr": "Ordre du jour", "en": "Agenda"},
    "online": {"nl": "Online", "fr": "En ligne", "en": "Online"},
}
DEFAULT_LENGTH = timedelta(hours=2)


# Control characters RFC 5545 allows in no value (tab is kept; CR and LF are handled apart).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; other control characters left out."""
    value = _CONTROL.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def param_value(value: str) -> str:
    """A parameter value (CN=...): quoted when it holds : ; or , ; double quotes cannot appear at all."""
    text = _CONTROL.sub("", value.replace('"', "'").replace("\r", " ").replace("\n", " "))
    return f'"{text}"' if any(c in text for c in ":;,") else text


_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def mailto(email: str | None) -> str | None:
    """`mailto:` URI of a valid e-mail address (RFC 5545 CAL-ADDRESS), or None: an address holding a line
    break, a quote, a space or anything an address cannot hold is left out, never written as is."""
    text = (email or "").strip()
    if not text or len(text) > 254 or not _EMAIL.match(text):
        return None
    return "mailto:" + quote(text, safe="@.!$&'*+=^_`{|}~-")


def uri_value(link: str | None) -> str | None:
    """An online-meeting link as a URI value: http(s) only, no control character, anything outside
    the URI characters percent-encoded, so that no text in it can start a property of its own."""
    text = (link or "").strip()
    if not re.match(r"^https?://", text, re.IGNORECASE) or any(ord(c) < 32 or ord(c) == 127 for c in text):
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
    """How often the date, time or place changed: a higher SEQUENCE makes calendars update the event."""
    return store.scalar(
        "SELECT count(DISTINCT change_set_id) FROM change_log WHERE table_name = 'meeting' AND record_id = ? "
        "AND op = 'update' AND field IN ('date', 'start_time', 'end_time', 'place', 'online_link')",
        [meeting_id])


def invitation(store: Store, meeting_id: str, lang: str = "nl", organiser_email: str | None = None,
               organiser_name: str | None = None, now: datetime | None = None) -> str:
    """The .ics text of a meeting's invitation (CRLF line ends)."""
    lang = lang if lang in LABELS["summary"] else "nl"
    page = meetings.meeting_page(store, meeting_id, lang)
    organiser_email = (organiser_email or page["organiser_email"] or "").strip()
    organiser_email = organiser_email if mailto(organiser_email) else None
    organiser_name = organiser_name or page["organiser_name"] or store.author
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    summary = page["title"] or LABELS["summary"][lang].format(code=page["objective_code"])
    description = [f"{page['objective_code']} {page['objective_title']}", "", LABELS["agenda"][lang] + ":"]
    shared = [item for item in page["agenda"] if not item["confidential"]]
    for number, item in enumerate(shared, start=1):
        extra = f" ({item['presenter']})" if item["presenter"] else ""
        description.append(f"{number}. {item['title']}{extra}")
    if page["online_link"]:
        description += ["", f"{LABELS['online'][lang]}: {page['online_link']}"]
    location = page["place"] or page["online_link"] or ""

    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{'REQUEST' if organiser_email else 'PUBLISH'}"]
    if page["start_time"]:
        lines += VTIMEZONE
    lines += [
        "BEGIN:VEVENT",
        f"UID:{page['id']}@go4brussels-desktop",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"SEQUENCE:{sequence(store, meeting_id)}",
        *_times(page, page["agenda"]),
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if uri_value(page["online_link"]):
        lines.append(f"URL:{uri_value(page['online_link'])}")
    if organiser_email:
        lines.append(f"ORGANIZER;CN={param_value(organiser_name)}:{mailto(organiser_email)}")
        seen = {organiser_email.lower()}
        for person in page["attendance"]:
            email = (person["contact_email"] or "").strip()
            if not mailto(email) or email.lower() in seen:
                continue
            seen.add(email.lower())
            lines.append(f"ATTENDEE;CN={param_value(person['name'])};ROLE=REQ-PARTICIPANT;"
                         f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:{mailto(email)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)


def write_invitation(store: Store, meeting_id: str, target: Path | str, **options) -> Path:
    """Write the invitation next to its final name first, then move it (no half-written file)."""
    target = Path(target)
    text = invitation(store, meeting_id, **options)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        partial.replace(target)
    except BaseException:  # the target open in another program, a full disk: no .partial left behind
        partial.unlink(missing_ok=True)
        raise
    return target
