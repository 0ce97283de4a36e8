<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+88"/>
        <source>Edit action item</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action item</source>
        <translation>Add an action item</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ An action needs a text.</source>
        <translation>⚠ An action needs a text.</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location line="-71"/>
        <source>a contact or organisation of the committee, or a name</source>
        <translation>a contact or organisation of the committee, or a name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no commitment)</source>
        <translation>(no commitment)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommitment</source>
        <translation>C&amp;ommitment</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_agenda.py" line="+93"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From previous meeting</source>
        <translation>From previous meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From template…</source>
        <translation>From template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag items or press Ctrl+Up / Ctrl+Down to reorder.</source>
        <translation>Drag items or press Ctrl+Up / Ctrl+Down to reorder.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential (left out of the minutes unless asked)</source>
        <translation>Confidential (left out of the minutes unless asked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said about this item</source>
        <translation>What was said about this item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>Save item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add outcome…</source>
        <translation>Add outcome…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove outcome</source>
        <translation>Remove outcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link worksite or commitment…</source>
        <translation>Link worksite or commitment…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an action to note what was said about it.</source>
        <translation>Double-click an action to note what was said about it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of earlier meetings</source>
        <translation>Open actions of earlier meetings</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+182"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>[confidential]</source>
        <translation>[confidential]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The committee has no earlier meeting.</source>
        <translation>The committee has no earlier meeting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agenda template saved yet.</source>
        <translation>No agenda template saved yet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>commitment {code}: {field} {old} → {new}</source>
        <translation>commitment {code}: {field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}: {what} — {owner}, due {due} [{state}]</source>
        <translation>{date}: {what} — {owner}, due {due} [{state}]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="vanished">Reorder agenda</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation type="vanished">Remove agenda item</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="vanished">Edit agenda item</translation>
    </message>
    <message>
        <source>Agenda from the previous meeting</source>
        <translation type="vanished">Agenda from the previous meeting</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There are no saved agenda templates yet.</source>
        <translation>There are no saved agenda templates yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda from a template</source>
        <translation>Agenda from a template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save agenda as template</source>
        <translation>Save agenda as template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Save agenda template</source>
        <translation type="vanished">Save agenda template</translation>
    </message>
    <message>
        <source>Note on an action item</source>
        <translation type="vanished">Note on an action item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up of an action item</source>
        <translation>Follow-up of an action item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said about this action</source>
        <translation>What was said about this action</translation>
    </message>
    <message>
        <source>Link agenda item</source>
        <translation type="vanished">Link agenda item</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Link worksite or commitment</source>
        <translation>Link worksite or commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite or commitment</source>
        <translation>Worksite or commitment</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="vanished">Record decision</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Add action item</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation type="vanished">Add information</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>HH:MM</source>
        <translation type="vanished">HH:MM</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+60"/>
        <source>Save meeting</source>
        <translation>Save meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark held</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve minutes</source>
        <translation>Approve minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-open minutes…</source>
        <translation>Re-open minutes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>Minutes PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation (.ics)…</source>
        <translation>Invitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+30"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="-41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>e-mail (makes the .ics a meeting request)</source>
        <translation>e-mail (makes the .ics a meeting request)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+36"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite the committee</source>
        <translation>Invite the committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add guest…</source>
        <translation>Add guest…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Agenda and minutes</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/actions_panel.py" line="+35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit action…</source>
        <translation>Edit action…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meeting selected</source>
        <translation>No meeting selected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steering committee {code} — {date} — {state}</source>
        <translation>Steering committee {code} — {date} — {state}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>“{text}” is not an e-mail address; type it as name@example.be.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The minutes were approved on {date} by {who}: the meeting is locked. Actions can still be followed up; re-open the minutes to change anything else.</source>
        <translation>The minutes were approved on {date} by {who}: the meeting is locked. Actions can still be followed up; re-open the minutes to change anything else.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+16"/>
        <source>No contact of this organisation is a member of the committee: the organisation is invited.</source>
        <translation>No contact of this organisation is a member of the committee: the organisation is invited.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="vanished">Edit meeting</translation>
    </message>
    <message>
        <source>Mark meeting held</source>
        <translation type="vanished">Mark meeting held</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+51"/>
        <source>Re-open minutes</source>
        <translation>Re-open minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the approved minutes re-opened?</source>
        <translation>Why are the approved minutes re-opened?</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+30"/>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (and e-mail after a comma)</source>
        <translation>Name (and e-mail after a comma)</translation>
    </message>
    <message>
        <source>Remove from attendance</source>
        <translation type="vanished">Remove from attendance</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Add action item</translation>
    </message>
    <message>
        <source>Action; owner; due date (YYYY-MM-DD)</source>
        <translation type="vanished">Action; owner; due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="vanished">Edit action item</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="vanished">&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="vanished">&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="vanished">&amp;Due date</translation>
    </message>
    <message>
        <source>⚠ The due date is not a date.</source>
        <translation type="vanished">⚠ The due date is not a date.</translation>
    </message>
    <message>
        <source>⚠ An action needs a text.</source>
        <translation type="vanished">⚠ An action needs a text.</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Follow up action item</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="vanished">Delete action item</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+20"/>
        <source>Writing the minutes</source>
        <translation>Writing the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written to {file}</source>
        <translation>Minutes written to {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes as PDF</source>
        <translation>Minutes as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation written to {file}</source>
        <translation>Invitation written to {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Cancel meeting…</source>
        <translation>Cancel meeting…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this meeting? Its next invitation (.ics) cancels it in the invitees&apos; calendars. Undo puts it back.</source>
        <translation>Cancel this meeting? Its next invitation (.ics) cancels it in the invitees&apos; calendars. Undo puts it back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting is cancelled: send its invitation (.ics) again to cancel it in the calendars.</source>
        <translation>The meeting is cancelled: send its invitation (.ics) again to cancel it in the calendars.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_common.py" line="+19"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Summit preparation</source>
        <translation>Social Summit preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+144"/>
        <source>All committees</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a meeting…</source>
        <translation>Plan a meeting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_feature.py" line="+19"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-2"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+4"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="vanished">Plan a meeting</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <location line="-158"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} open actions, {overdue} overdue</source>
        <translation>{n} open actions, {overdue} overdue</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Follow up action item</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+77"/>
        <source>New outcome</source>
        <translation>New outcome</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no commitment changed)</source>
        <translation>(no commitment changed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ommitment changed</source>
        <translation>C&amp;ommitment changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;progress (%)</source>
        <translation>New &amp;progress (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New d&amp;ue date</source>
        <translation>New d&amp;ue date</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ Write what was said, decided or is to be done.</source>
        <translation>⚠ Write what was said, decided or is to be done.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Text</translation>
    </message>
    <message>
        <source>Commitment (changed by a decision, concerned by an action)</source>
        <translation type="vanished">Commitment (changed by a decision, concerned by an action)</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation type="vanished">Commitment changed</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="vanished">New status</translation>
    </message>
    <message>
        <source>New progress (%)</source>
        <translation type="vanished">New progress (%)</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="vanished">New due date</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">Due date</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-91"/>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty agenda</source>
        <translation>Empty agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous meeting&apos;s agenda</source>
        <translation>The previous meeting&apos;s agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template: {name}</source>
        <translation>Template: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite the committee</source>
        <translation>Invite the committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee of objective</source>
        <translation>Committee of objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of the committee&apos;s earlier meetings come onto the agenda by themselves.</source>
        <translation>Open actions of the committee&apos;s earlier meetings come onto the agenda by themselves.</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Meetings</source>
        <translation type="vanished">Meetings</translation>
    </message>
</context>
</TS>
