<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+88"/>
        <source>Edit action item</source>
        <translation>Actiepunt wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Action</source>
        <translation>&amp;Actiepunt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ An action needs a text.</source>
        <translation>⚠ Een actiepunt heeft een tekst nodig.</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location line="-71"/>
        <source>a contact or organisation of the committee, or a name</source>
        <translation>een contactpersoon of organisatie van het stuurcomité, of een naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no commitment)</source>
        <translation>(geen engagement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommitment</source>
        <translation>&amp;Engagement</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_agenda.py" line="+93"/>
        <source>Add item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From previous meeting</source>
        <translation>Van vorige vergadering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From template…</source>
        <translation>Van sjabloon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as template…</source>
        <translation>Opslaan als sjabloon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag items or press Ctrl+Up / Ctrl+Down to reorder.</source>
        <translation>Sleep de punten of druk Ctrl+Pijl omhoog / Ctrl+Pijl omlaag om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential (left out of the minutes unless asked)</source>
        <translation>Vertrouwelijk (niet in de notulen, tenzij gevraagd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said about this item</source>
        <translation>Wat over dit punt gezegd werd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>Punt opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add outcome…</source>
        <translation>Resultaat toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove outcome</source>
        <translation>Resultaat verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link worksite or commitment…</source>
        <translation>Beleidswerf of engagement koppelen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an action to note what was said about it.</source>
        <translation>Dubbelklik op een actiepunt om te noteren wat erover gezegd werd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of earlier meetings</source>
        <translation>Openstaande actiepunten van vorige vergaderingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+182"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Presenter</source>
        <translation>Toelichting door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>[confidential]</source>
        <translation>[vertrouwelijk]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The committee has no earlier meeting.</source>
        <translation>Het comité heeft geen eerdere vergadering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agenda template saved yet.</source>
        <translation>Nog geen agendasjabloon opgeslagen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>commitment {code}: {field} {old} → {new}</source>
        <translation>engagement {code}: {field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}: {what} — {owner}, due {due} [{state}]</source>
        <translation>{date}: {what} — {owner}, deadline {due} [{state}]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>voortgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due date</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>toestand</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="vanished">Agenda herschikken</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation type="vanished">Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="vanished">Agendapunt bewerken</translation>
    </message>
    <message>
        <source>Agenda from the previous meeting</source>
        <translation type="vanished">Agenda van de vorige vergadering</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There are no saved agenda templates yet.</source>
        <translation>Er zijn nog geen opgeslagen agendasjablonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda from a template</source>
        <translation>Agenda van een sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save agenda as template</source>
        <translation>Agenda opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Save agenda template</source>
        <translation type="vanished">Agendasjabloon opslaan</translation>
    </message>
    <message>
        <source>Note on an action item</source>
        <translation type="vanished">Opmerking bij een actiepunt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up of an action item</source>
        <translation>Opvolging van een actiepunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said about this action</source>
        <translation>Wat over dit actiepunt gezegd werd</translation>
    </message>
    <message>
        <source>Link agenda item</source>
        <translation type="vanished">Agendapunt koppelen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Link worksite or commitment</source>
        <translation>Beleidswerf of engagement koppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite or commitment</source>
        <translation>Beleidswerf of engagement</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="vanished">Beslissing vastleggen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation type="vanished">Informatie toevoegen</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>HH:MM</source>
        <translation type="vanished">UU:MM</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+60"/>
        <source>Save meeting</source>
        <translation>Vergadering opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark held</source>
        <translation>Markeren als gehouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve minutes</source>
        <translation>Notulen goedkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-open minutes…</source>
        <translation>Notulen heropenen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>Notulen als pdf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation (.ics)…</source>
        <translation>Uitnodiging (.ics)…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+30"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="-41"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>e-mail (makes the .ics a meeting request)</source>
        <translation>e-mailadres (maakt van de .ics een vergaderverzoek)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+36"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite the committee</source>
        <translation>Het stuurcomité uitnodigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add guest…</source>
        <translation>Gast toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Agenda and minutes</source>
        <translation>Agenda en notulen</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/actions_panel.py" line="+35"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Markeren als uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete action</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit action…</source>
        <translation>Actiepunt wijzigen…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meeting selected</source>
        <translation>Geen vergadering gekozen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steering committee {code} — {date} — {state}</source>
        <translation>Stuurcomité {code} — {date} — {state}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>‘{text}’ is geen e-mailadres; typ het als naam@voorbeeld.be.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The minutes were approved on {date} by {who}: the meeting is locked. Actions can still be followed up; re-open the minutes to change anything else.</source>
        <translation>De notulen zijn goedgekeurd op {date} door {who}: de vergadering is vergrendeld. Actiepunten kunnen nog opgevolgd worden; heropen de notulen om iets anders te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+16"/>
        <source>No contact of this organisation is a member of the committee: the organisation is invited.</source>
        <translation>Geen contactpersoon van deze organisatie is lid van het stuurcomité: de organisatie wordt uitgenodigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="vanished">Vergadering bewerken</translation>
    </message>
    <message>
        <source>Mark meeting held</source>
        <translation type="vanished">Vergadering als gehouden markeren</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+51"/>
        <source>Re-open minutes</source>
        <translation>Notulen heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the approved minutes re-opened?</source>
        <translation>Waarom worden de goedgekeurde notulen heropend?</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+30"/>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (and e-mail after a comma)</source>
        <translation>Naam (en e-mailadres na een komma)</translation>
    </message>
    <message>
        <source>Remove from attendance</source>
        <translation type="vanished">Uit de aanwezigheidslijst verwijderen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Action; owner; due date (YYYY-MM-DD)</source>
        <translation type="vanished">Actie; verantwoordelijke; deadline (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="vanished">Actiepunt wijzigen</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="vanished">&amp;Actiepunt</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="vanished">&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="vanished">&amp;Deadline</translation>
    </message>
    <message>
        <source>⚠ The due date is not a date.</source>
        <translation type="vanished">⚠ De deadline is geen datum.</translation>
    </message>
    <message>
        <source>⚠ An action needs a text.</source>
        <translation type="vanished">⚠ Een actiepunt heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Actiepunt opvolgen</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="vanished">Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+20"/>
        <source>Writing the minutes</source>
        <translation>De notulen worden geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written to {file}</source>
        <translation>Notulen opgeslagen in {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes as PDF</source>
        <translation>Notulen als pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation written to {file}</source>
        <translation>Uitnodiging opgeslagen in {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Cancel meeting…</source>
        <translation>Vergadering annuleren…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Cancel meeting</source>
        <translation>Vergadering annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this meeting? Its next invitation (.ics) cancels it in the invitees&apos; calendars. Undo puts it back.</source>
        <translation>Deze vergadering annuleren? De volgende uitnodiging (.ics) annuleert ze in de agenda&apos;s van de genodigden. Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting is cancelled: send its invitation (.ics) again to cancel it in the calendars.</source>
        <translation>De vergadering is geannuleerd: verstuur de uitnodiging (.ics) opnieuw om ze in de agenda&apos;s te annuleren.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_common.py" line="+19"/>
        <source>Steering committee</source>
        <translation>Stuurcomité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Summit preparation</source>
        <translation>Voorbereiding Sociale Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>Notulen goedgekeurd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+144"/>
        <source>All committees</source>
        <translation>Alle stuurcomités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a meeting…</source>
        <translation>Vergadering plannen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Open actions</source>
        <translation>Openstaande actiepunten</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_feature.py" line="+19"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-2"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+4"/>
        <source>Committee</source>
        <translation>Stuurcomité</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="vanished">Vergadering plannen</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <location line="-158"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark done</source>
        <translation>Markeren als uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} open actions, {overdue} overdue</source>
        <translation>{n} openstaande actiepunten, {overdue} achterstallig</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Actiepunt opvolgen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+77"/>
        <source>New outcome</source>
        <translation>Nieuw resultaat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no commitment changed)</source>
        <translation>(geen engagement gewijzigd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ommitment changed</source>
        <translation>&amp;Gewijzigd engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status</source>
        <translation>Nieuwe &amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;progress (%)</source>
        <translation>Nieuwe &amp;voortgang (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New d&amp;ue date</source>
        <translation>Nieuwe &amp;deadline</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ Write what was said, decided or is to be done.</source>
        <translation>⚠ Schrijf wat er gezegd, beslist of te doen is.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Soort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Tekst</translation>
    </message>
    <message>
        <source>Commitment (changed by a decision, concerned by an action)</source>
        <translation type="vanished">Engagement (gewijzigd door een beslissing, betrokken bij een actiepunt)</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation type="vanished">Gewijzigd engagement</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="vanished">Nieuwe status</translation>
    </message>
    <message>
        <source>New progress (%)</source>
        <translation type="vanished">Nieuwe voortgang (%)</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="vanished">Nieuwe deadline</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Verantwoordelijke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">Deadline</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-91"/>
        <source>Plan a meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty agenda</source>
        <translation>Lege agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous meeting&apos;s agenda</source>
        <translation>De agenda van de vorige vergadering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template: {name}</source>
        <translation>Sjabloon: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite the committee</source>
        <translation>Het stuurcomité uitnodigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee of objective</source>
        <translation>Stuurcomité van doelstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of the committee&apos;s earlier meetings come onto the agenda by themselves.</source>
        <translation>Openstaande actiepunten van eerdere vergaderingen van het stuurcomité komen vanzelf op de agenda.</translation>
    </message>
</context>
</TS>
