<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revision_dialog.py" line="+32"/>
        <source>Strategy revision</source>
        <translation>Strategy revision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The strategy stands at: {name} ({date})</source>
        <translation>The strategy stands at: {name} ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the structure to Excel…</source>
        <translation>Export the structure to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an edited workbook…</source>
        <translation>Read an edited workbook…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no draft chosen)</source>
        <translation>(no draft chosen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Update February 2021</source>
        <translation>e.g. Update February 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply the revision</source>
        <translation>Apply the revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the revision:</source>
        <translation>Name of the revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the revision changes:</source>
        <translation>What the revision changes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the structure</source>
        <translation>Export the structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote {file}: {count} objectives and worksites.</source>
        <translation>Wrote {file}: {count} objectives and worksites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read an edited workbook</source>
        <translation>Read an edited workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>row {row}: </source>
        <translation>row {row}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {problem}</source>
        <translation>Refused: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} row(s) refused: correct the workbook and read it again; nothing is changed.</source>
        <translation>{count} row(s) refused: correct the workbook and read it again; nothing is changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} change(s), applied together as one action (one undo step).</source>
        <translation>{count} change(s), applied together as one action (one undo step).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook changes nothing in the strategy.</source>
        <translation>The workbook changes nothing in the strategy.</translation>
    </message>
    <message>
        <source>Strategy revision “{name}”</source>
        <translation type="vanished">Strategy revision “{name}”</translation>
    </message>
    <message>
        <source>Prepare strategy revision “{name}”</source>
        <translation type="vanished">Prepare strategy revision “{name}”</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revisions_feature.py" line="+19"/>
        <source>Strategy revision…</source>
        <translation>Strategy revision…</translation>
    </message>
</context>
</TS>
