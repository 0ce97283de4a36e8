<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revision_dialog.py" line="+32"/>
        <source>Strategy revision</source>
        <translation>Versie van de strategie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The strategy stands at: {name} ({date})</source>
        <translation>De strategie staat op: {name} ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the structure to Excel…</source>
        <translation>De structuur naar Excel exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an edited workbook…</source>
        <translation>Een bewerkt werkboek inlezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no draft chosen)</source>
        <translation>(geen ontwerp gekozen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Update February 2021</source>
        <translation>bv. Actualisering februari 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply the revision</source>
        <translation>De versie toepassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as draft</source>
        <translation>Als ontwerp bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft:</source>
        <translation>Ontwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the revision:</source>
        <translation>Naam van de versie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the revision changes:</source>
        <translation>Wat de versie verandert:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the structure</source>
        <translation>De structuur exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkboek (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote {file}: {count} objectives and worksites.</source>
        <translation>{file} geschreven: {count} doelstellingen en beleidswerven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read an edited workbook</source>
        <translation>Een bewerkt werkboek inlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>row {row}: </source>
        <translation>rij {row}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {problem}</source>
        <translation>Geweigerd: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} row(s) refused: correct the workbook and read it again; nothing is changed.</source>
        <translation>{count} rij(en) geweigerd: verbeter het werkboek en lees het opnieuw in; er wordt niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} change(s), applied together as one action (one undo step).</source>
        <translation>{count} wijziging(en), samen toegepast als één handeling (één keer ongedaan maken).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook changes nothing in the strategy.</source>
        <translation>Het werkboek verandert niets aan de strategie.</translation>
    </message>
    <message>
        <source>Strategy revision “{name}”</source>
        <translation type="vanished">Versie van de strategie “{name}”</translation>
    </message>
    <message>
        <source>Prepare strategy revision “{name}”</source>
        <translation type="vanished">Versie van de strategie “{name}” voorbereiden</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revisions_feature.py" line="+19"/>
        <source>Strategy revision…</source>
        <translation>Versie van de strategie…</translation>
    </message>
</context>
</TS>
