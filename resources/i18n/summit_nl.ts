<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>NewSummitDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+370"/>
        <source>New Social Summit</source>
        <translation>Nieuwe Sociale Top</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>NoteOptionsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="+66"/>
        <source>Progress note</source>
        <translation>Voortgangsnota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole strategy</source>
        <translation>De hele strategie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest closed summit</source>
        <translation>De laatste afgesloten Top</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, printed on every page</source>
        <translation>optioneel, op elke pagina gedrukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report on the summit</source>
        <translation>Verslag over de Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality line</source>
        <translation>Vertrouwelijkheidsvermelding</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{pages} pages</source>
        <translation type="vanished">{pages} pagina&apos;s</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="vanished">Opslaan als…</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="vanished">Openen in de PDF-lezer</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="vanished">De PDF opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file}: the PDF could not be saved ({reason}). Is it open in another program?</source>
        <translation type="vanished">{file}: de PDF kon niet worden opgeslagen ({reason}). Is het bestand geopend in een ander programma?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; save the PDF and open it yourself.</source>
        <translation type="vanished">Er is geen programma gevonden om PDF-bestanden te tonen; sla de PDF op en open hem zelf.</translation>
    </message>
</context>
<context>
    <name>SummitView</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-332"/>
        <source>New summit…</source>
        <translation>Nieuwe Top…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summit…</source>
        <translation>De Top afsluiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the summit…</source>
        <translation>De Top heropenen…</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Close the summit</source>
        <translation>De Top afsluiten</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_feature.py" line="+27"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-289"/>
        <source>Progress note (PDF)…</source>
        <translation>Voortgangsnota (PDF)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+3"/>
        <source>Social Summit</source>
        <translation>Sociale Top</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+10"/>
        <source>Pick the priority worksites</source>
        <translation>Kies de prioritaire beleidswerven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Worksite</source>
        <translation>Beleidswerf</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+51"/>
        <source>Expected result</source>
        <translation>Verwacht resultaat</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Priorities chosen at this summit</source>
        <translation>Prioriteiten gekozen op deze Top</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postponed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>Progress statement</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Last summit&apos;s priorities: how far they got</source>
        <translation>Prioriteiten van de vorige Top: hoe ver staan ze?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no verdict yet)</source>
        <translation>(nog geen beoordeling)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No summit yet: add the coming Social Summit.</source>
        <translation>Nog geen Top: voeg de komende Sociale Top toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed on {date}</source>
        <translation>afgesloten op {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: choose its priorities, then close it</source>
        <translation>open: kies de prioriteiten en sluit de Top dan af</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priorities of the Social Summit {year}: how far they got</source>
        <translation>Prioriteiten van de Sociale Top {year}: hoe ver staan ze?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier summit</source>
        <translation>Geen eerdere Top</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a priority to write its expected result or, at the next summit, its progress statement and verdict.</source>
        <translation>Kies een prioriteit om het verwachte resultaat te schrijven of, op de volgende Top, de stand van zaken en de beoordeling.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{code} {title} (Social Summit {year})</source>
        <translation>{code} {title} (Sociale Top {year})</translation>
    </message>
    <message>
        <source>Edit a summit priority</source>
        <translation type="vanished">Een prioriteit van de Top wijzigen</translation>
    </message>
    <message>
        <source>Add a summit priority</source>
        <translation type="vanished">Een prioriteit aan de Top toevoegen</translation>
    </message>
    <message>
        <source>Remove a summit priority</source>
        <translation type="vanished">Een prioriteit van de Top verwijderen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is already a Social Summit {year}.</source>
        <translation>Er is al een Sociale Top {year}.</translation>
    </message>
    <message>
        <source>Add a Social Summit</source>
        <translation type="vanished">Een Sociale Top toevoegen</translation>
    </message>
    <message>
        <source>Close the Social Summit</source>
        <translation type="vanished">De Sociale Top afsluiten</translation>
    </message>
    <message>
        <source>Reopen the Social Summit</source>
        <translation type="vanished">De Sociale Top heropenen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close the Social Summit {year}? Its priorities are then fixed, and the state of every commitment is kept as the starting point of the next progress note. A summit closed by mistake can be reopened.</source>
        <translation>De Sociale Top {year} afsluiten? De prioriteiten liggen dan vast en de stand van elk engagement wordt bewaard als vertrekpunt van de volgende voortgangsnota. Een per vergissing afgesloten Top kan heropend worden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen the summit</source>
        <translation>De Top heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the Social Summit {year}? The state of the commitments kept when it was closed is dropped; a new one is kept when it is closed again.</source>
        <translation>De Sociale Top {year} heropenen? De stand van de engagementen die bij het afsluiten bewaard werd, vervalt; bij het opnieuw afsluiten wordt een nieuwe bewaard.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="-35"/>
        <source>Progress note</source>
        <translation>Voortgangsnota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the progress note…</source>
        <translation>De voortgangsnota wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Social Summit</source>
        <translation type="vanished">Sociale Top</translation>
    </message>
    <message>
        <source>Progress note (PDF)…</source>
        <translation type="vanished">Voortgangsnota (PDF)…</translation>
    </message>
</context>
</TS>
