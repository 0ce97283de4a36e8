<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NewSummitDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+370"/>
        <source>New Social Summit</source>
        <translation>New Social Summit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>NoteOptionsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="+66"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole strategy</source>
        <translation>The whole strategy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest closed summit</source>
        <translation>The latest closed summit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, printed on every page</source>
        <translation>optional, printed on every page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report on the summit</source>
        <translation>Report on the summit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality line</source>
        <translation>Confidentiality line</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{pages} pages</source>
        <translation type="vanished">{pages} pages</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="vanished">Save as…</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="vanished">Open in system viewer</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="vanished">Save the PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file}: the PDF could not be saved ({reason}). Is it open in another program?</source>
        <translation type="vanished">{file}: the PDF could not be saved ({reason}). Is it open in another program?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; save the PDF and open it yourself.</source>
        <translation type="vanished">No program to show PDF files was found; save the PDF and open it yourself.</translation>
    </message>
</context>
<context>
    <name>SummitView</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-332"/>
        <source>New summit…</source>
        <translation>New summit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summit…</source>
        <translation>Close the summit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the summit…</source>
        <translation>Reopen the summit…</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Close the summit</source>
        <translation>Close the summit</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_feature.py" line="+27"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-289"/>
        <source>Progress note (PDF)…</source>
        <translation>Progress note (PDF)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+3"/>
        <source>Social Summit</source>
        <translation>Social Summit</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+10"/>
        <source>Pick the priority worksites</source>
        <translation>Pick the priority worksites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Worksite</source>
        <translation>Worksite</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+51"/>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Priorities chosen at this summit</source>
        <translation>Priorities chosen at this summit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>Progress statement</source>
        <translation>Progress statement</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Last summit&apos;s priorities: how far they got</source>
        <translation>Last summit&apos;s priorities: how far they got</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no verdict yet)</source>
        <translation>(no verdict yet)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No summit yet: add the coming Social Summit.</source>
        <translation>No summit yet: add the coming Social Summit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed on {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: choose its priorities, then close it</source>
        <translation>open: choose its priorities, then close it</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priorities of the Social Summit {year}: how far they got</source>
        <translation>Priorities of the Social Summit {year}: how far they got</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier summit</source>
        <translation>No earlier summit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a priority to write its expected result or, at the next summit, its progress statement and verdict.</source>
        <translation>Select a priority to write its expected result or, at the next summit, its progress statement and verdict.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{code} {title} (Social Summit {year})</source>
        <translation>{code} {title} (Social Summit {year})</translation>
    </message>
    <message>
        <source>Edit a summit priority</source>
        <translation type="vanished">Edit a summit priority</translation>
    </message>
    <message>
        <source>Add a summit priority</source>
        <translation type="vanished">Add a summit priority</translation>
    </message>
    <message>
        <source>Remove a summit priority</source>
        <translation type="vanished">Remove a summit priority</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is already a Social Summit {year}.</source>
        <translation>There is already a Social Summit {year}.</translation>
    </message>
    <message>
        <source>Add a Social Summit</source>
        <translation type="vanished">Add a Social Summit</translation>
    </message>
    <message>
        <source>Close the Social Summit</source>
        <translation type="vanished">Close the Social Summit</translation>
    </message>
    <message>
        <source>Reopen the Social Summit</source>
        <translation type="vanished">Reopen the Social Summit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close the Social Summit {year}? Its priorities are then fixed, and the state of every commitment is kept as the starting point of the next progress note. A summit closed by mistake can be reopened.</source>
        <translation>Close the Social Summit {year}? Its priorities are then fixed, and the state of every commitment is kept as the starting point of the next progress note. A summit closed by mistake can be reopened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen the summit</source>
        <translation>Reopen the summit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the Social Summit {year}? The state of the commitments kept when it was closed is dropped; a new one is kept when it is closed again.</source>
        <translation>Reopen the Social Summit {year}? The state of the commitments kept when it was closed is dropped; a new one is kept when it is closed again.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="-35"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the progress note…</source>
        <translation>Making the progress note…</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Social Summit</source>
        <translation type="vanished">Social Summit</translation>
    </message>
    <message>
        <source>Progress note (PDF)…</source>
        <translation type="vanished">Progress note (PDF)…</translation>
    </message>
</context>
</TS>
