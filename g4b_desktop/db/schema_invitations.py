"""Schema step 0030 (issue 18): a meeting's invitation counts its versions and can be cancelled.

`invitation_sequence` is the SEQUENCE of the meeting's calendar event (RFC 5545): a trigger raises it
whenever a change makes calendars update the event they hold (date, times, place, online link, a
cancellation or its undoing), so every later .ics of the meeting carries a higher number than the
ones already sent. It starts at the number of such changes already in the change log, the value
that earlier versions computed from the log, so invitations sent before the upgrade stay older.
`cancelled_at` is when the meeting was called off (NULL: it is on); its .ics is a METHOD:CANCEL.
Numbered 0030 to stay clear of the steps of work done at the same time.
"""

from __future__ import annotations

from .sqlscript import run_script
from .steps import migrations

# The changes that make a calendar update the event it holds.
SIGNIFICANT = ("date", "start_time", "end_time", "place", "online_link", "cancelled_at")


@migrations(name="0030_meeting_invitation")
def meeting_invitation(db) -> None:
    changed = " OR ".join(f"old.{name} IS NOT new.{name}" for name in SIGNIFICANT)
    logged = ", ".join(f"'{name}'" for name in SIGNIFICANT if name != "cancelled_at")
    run_script(db, f"""
    ALTER TABLE meeting ADD COLUMN invitation_sequence INTEGER NOT NULL DEFAULT 0
        CHECK (invitation_sequence >= 0);
    ALTER TABLE meeting ADD COLUMN cancelled_at TEXT;
    UPDATE meeting SET invitation_sequence = (
        SELECT count(DISTINCT change_set_id) FROM change_log WHERE table_name = 'meeting'
        AND record_id = meeting.id AND op = 'update' AND field IN ({logged}));
    CREATE TRIGGER meeting_invitation_sequence AFTER UPDATE OF {", ".join(SIGNIFICANT)} ON meeting
    WHEN {changed}
    BEGIN
        UPDATE meeting SET invitation_sequence = invitation_sequence + 1 WHERE id = new.id;
    END;
    """)
