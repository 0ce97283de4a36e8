<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+88"/>
        <source>Edit action item</source>
        <translation>Modifier le point d&apos;action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action item</source>
        <translation>Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Action</source>
        <translation>&amp;Point d&apos;action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ An action needs a text.</source>
        <translation>⚠ Un point d&apos;action a besoin d&apos;un texte.</translation>
    </message>
</context>
<context>
    <name>ActionFields</name>
    <message>
        <location line="-71"/>
        <source>a contact or organisation of the committee, or a name</source>
        <translation>un contact ou une organisation du comité, ou un nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no commitment)</source>
        <translation>(aucun engagement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommitment</source>
        <translation>En&amp;gagement</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_agenda.py" line="+93"/>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From previous meeting</source>
        <translation>De la réunion précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From template…</source>
        <translation>D&apos;un modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag items or press Ctrl+Up / Ctrl+Down to reorder.</source>
        <translation>Glissez les points ou appuyez sur Ctrl+Haut / Ctrl+Bas pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential (left out of the minutes unless asked)</source>
        <translation>Confidentiel (omis du procès-verbal sauf demande)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said about this item</source>
        <translation>Ce qui a été dit sur ce point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add outcome…</source>
        <translation>Ajouter un résultat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove outcome</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link worksite or commitment…</source>
        <translation>Lier un chantier ou un engagement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an action to note what was said about it.</source>
        <translation>Double-cliquez sur un point d&apos;action pour noter ce qui en a été dit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of earlier meetings</source>
        <translation>Points d&apos;action en cours des réunions précédentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+182"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>[confidential]</source>
        <translation>[confidentiel]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The committee has no earlier meeting.</source>
        <translation>Le comité n&apos;a pas de réunion antérieure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agenda template saved yet.</source>
        <translation>Aucun modèle d&apos;ordre du jour enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>commitment {code}: {field} {old} → {new}</source>
        <translation>engagement {code} : {field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}: {what} — {owner}, due {due} [{state}]</source>
        <translation>{date} : {what} — {owner}, échéance {due} [{state}]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="vanished">Réordonner l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation type="vanished">Supprimer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="vanished">Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda from the previous meeting</source>
        <translation type="vanished">Ordre du jour de la réunion précédente</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There are no saved agenda templates yet.</source>
        <translation>Il n&apos;y a pas encore de modèle d&apos;ordre du jour enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda from a template</source>
        <translation>Ordre du jour d&apos;après un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save agenda as template</source>
        <translation>Enregistrer l&apos;ordre du jour comme modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Save agenda template</source>
        <translation type="vanished">Enregistrer le modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Note on an action item</source>
        <translation type="vanished">Remarque sur un point d&apos;action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up of an action item</source>
        <translation>Suivi d&apos;un point d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said about this action</source>
        <translation>Ce qui a été dit sur ce point d&apos;action</translation>
    </message>
    <message>
        <source>Link agenda item</source>
        <translation type="vanished">Lier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Link worksite or commitment</source>
        <translation>Lier un chantier ou un engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite or commitment</source>
        <translation>Chantier ou engagement</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="vanished">Enregistrer la décision</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation type="vanished">Ajouter une information</translation>
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
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-open minutes…</source>
        <translation>Rouvrir le procès-verbal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes PDF…</source>
        <translation>Procès-verbal en PDF…</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>e-mail (makes the .ics a meeting request)</source>
        <translation>adresse e-mail (fait du .ics une demande de réunion)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
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
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite the committee</source>
        <translation>Inviter le comité de pilotage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add guest…</source>
        <translation>Ajouter un invité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Agenda and minutes</source>
        <translation>Ordre du jour et procès-verbal</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/actions_panel.py" line="+35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action…</source>
        <translation>Ajouter un point d&apos;action…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete action</source>
        <translation>Supprimer le point d&apos;action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit action…</source>
        <translation>Modifier le point d&apos;action…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+3"/>
        <source>Actions</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meeting selected</source>
        <translation>Aucune réunion choisie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steering committee {code} — {date} — {state}</source>
        <translation>Comité de pilotage {code} — {date} — {state}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>« {text} » n&apos;est pas une adresse e-mail ; tapez-la comme nom@exemple.be.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The minutes were approved on {date} by {who}: the meeting is locked. Actions can still be followed up; re-open the minutes to change anything else.</source>
        <translation>Le procès-verbal a été approuvé le {date} par {who} : la réunion est verrouillée. Les points d&apos;action peuvent encore être suivis ; rouvrez le procès-verbal pour modifier autre chose.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+16"/>
        <source>No contact of this organisation is a member of the committee: the organisation is invited.</source>
        <translation>Aucun contact de cette organisation n&apos;est membre du comité de pilotage : l&apos;organisation est invitée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="vanished">Modifier la réunion</translation>
    </message>
    <message>
        <source>Mark meeting held</source>
        <translation type="vanished">Marquer la réunion comme tenue</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+51"/>
        <source>Re-open minutes</source>
        <translation>Rouvrir le procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the approved minutes re-opened?</source>
        <translation>Pourquoi rouvrir le procès-verbal approuvé ?</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/attendance_panel.py" line="+30"/>
        <source>Add guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (and e-mail after a comma)</source>
        <translation>Nom (et adresse e-mail après une virgule)</translation>
    </message>
    <message>
        <source>Remove from attendance</source>
        <translation type="vanished">Retirer de la liste de présence</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="vanished">Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <source>Action; owner; due date (YYYY-MM-DD)</source>
        <translation type="vanished">Action ; responsable ; échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="vanished">Modifier le point d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="vanished">&amp;Point d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="vanished">&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="vanished">&amp;Échéance</translation>
    </message>
    <message>
        <source>⚠ The due date is not a date.</source>
        <translation type="vanished">⚠ L&apos;échéance n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>⚠ An action needs a text.</source>
        <translation type="vanished">⚠ Un point d&apos;action a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Suivre le point d&apos;action</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="vanished">Supprimer le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_editor.py" line="+20"/>
        <source>Writing the minutes</source>
        <translation>Rédaction du procès-verbal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes written to {file}</source>
        <translation>Procès-verbal enregistré dans {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes as PDF</source>
        <translation>Procès-verbal en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation written to {file}</source>
        <translation>Invitation enregistrée dans {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Cancel meeting…</source>
        <translation>Annuler la réunion…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Cancel meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this meeting? Its next invitation (.ics) cancels it in the invitees&apos; calendars. Undo puts it back.</source>
        <translation>Annuler cette réunion ? Sa prochaine invitation (.ics) l&apos;annule dans les agendas des invités. Annuler l&apos;action la rétablit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting is cancelled: send its invitation (.ics) again to cancel it in the calendars.</source>
        <translation>La réunion est annulée : envoyez à nouveau son invitation (.ics) pour l&apos;annuler dans les agendas.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_common.py" line="+19"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Summit preparation</source>
        <translation>Préparation du Sommet social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Excusé</translation>
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
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+144"/>
        <source>All committees</source>
        <translation>Tous les comités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a meeting…</source>
        <translation>Planifier une réunion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
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
        <translation>Points d&apos;action en cours</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_feature.py" line="+19"/>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-2"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="+4"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation type="vanished">Planifier une réunion</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <location line="-158"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark done</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} open actions, {overdue} overdue</source>
        <translation>{n} points d&apos;action en cours, {overdue} en retard</translation>
    </message>
    <message>
        <source>Follow up action item</source>
        <translation type="vanished">Suivre le point d&apos;action</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_dialogs.py" line="+77"/>
        <source>New outcome</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no commitment changed)</source>
        <translation>(aucun engagement modifié)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ommitment changed</source>
        <translation>Engagement &amp;modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status</source>
        <translation>Nouveau &amp;statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;progress (%)</source>
        <translation>Nouvel &amp;avancement (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New d&amp;ue date</source>
        <translation>Nouvelle é&amp;chéance</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ Write what was said, decided or is to be done.</source>
        <translation>⚠ Écrivez ce qui a été dit, décidé ou est à faire.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Texte</translation>
    </message>
    <message>
        <source>Commitment (changed by a decision, concerned by an action)</source>
        <translation type="vanished">Engagement (modifié par une décision, concerné par une action)</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation type="vanished">Engagement modifié</translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="vanished">Nouveau statut</translation>
    </message>
    <message>
        <source>New progress (%)</source>
        <translation type="vanished">Nouvel avancement (%)</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="vanished">Nouvelle échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">Échéance</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/meetings/meetings_view.py" line="-91"/>
        <source>Plan a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty agenda</source>
        <translation>Ordre du jour vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous meeting&apos;s agenda</source>
        <translation>L&apos;ordre du jour de la réunion précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template: {name}</source>
        <translation>Modèle : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite the committee</source>
        <translation>Inviter le comité de pilotage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee of objective</source>
        <translation>Comité de pilotage de l&apos;objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions of the committee&apos;s earlier meetings come onto the agenda by themselves.</source>
        <translation>Les points d&apos;action en cours des réunions précédentes du comité s&apos;ajoutent d&apos;eux-mêmes à l&apos;ordre du jour.</translation>
    </message>
</context>
</TS>
