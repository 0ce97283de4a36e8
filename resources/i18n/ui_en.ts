<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/application.py" line="+151"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Changes made to this database by another program were loaded.</source>
        <translation>Changes made to this database by another program were loaded.</translation>
    </message>
</context>
<context>
    <name>CommitmentDelegate</name>
    <message>
        <source>no date</source>
        <translation type="vanished">no date</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../g4b_desktop/ui/commitments/commitment_form.py" line="+34"/>
        <source>Commitment {code}</source>
        <translation>Commitment {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New commitment in worksite {code}</source>
        <translation>New commitment in worksite {code}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Progress (0–100)</source>
        <translation>&amp;Progress (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Lead organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>Progress is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {format}.</source>
        <translation type="vanished">“{text}” is not a date; type it as {format}.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>in French</source>
        <translation>in French</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Dutch</source>
        <translation>in Dutch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title in the &amp;other language</source>
        <translation>Title in the &amp;other language</translation>
    </message>
</context>
<context>
    <name>CommitmentModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/commitment_model.py" line="+64"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Worksite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/commitment_table.py" line="+57"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/commitments/commitments_view.py" line="+32"/>
        <source>Words in code, title, description, notes or lead</source>
        <translation>Words in code, title, description, notes or lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this year</source>
        <translation>Due this year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Worksite</source>
        <translation>&amp;Worksite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Lead organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fi&amp;nd</source>
        <translation>Fi&amp;nd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show in its worksite</source>
        <translation>&amp;Show in its worksite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Edit in a form…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete commitment</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Edit in a form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in its worksite</source>
        <translation>Show in its worksite</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{n} commitments</source>
        <translation>{n} commitments</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/date_edit.py" line="+92"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date (Delete)</source>
        <translation>No date (Delete)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No time (Delete)</source>
        <translation>No time (Delete)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>title</source>
        <translation type="vanished">title</translation>
    </message>
    <message>
        <source>description</source>
        <translation type="vanished">description</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="vanished">status</translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="vanished">progress</translation>
    </message>
    <message>
        <source>health</source>
        <translation type="vanished">health</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation type="vanished">lead organisation</translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="vanished">due date</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">notes</translation>
    </message>
    <message>
        <source>{field} change of {code}</source>
        <translation type="vanished">{field} change of {code}</translation>
    </message>
    <message>
        <source>edit of {code}</source>
        <translation type="vanished">edit of {code}</translation>
    </message>
    <message>
        <source>new commitment in {code}</source>
        <translation type="vanished">new commitment in {code}</translation>
    </message>
    <message>
        <source>deletion of {code}</source>
        <translation type="vanished">deletion of {code}</translation>
    </message>
    <message>
        <source>deletion of {n} commitments</source>
        <translation type="vanished">deletion of {n} commitments</translation>
    </message>
    <message>
        <source>edit of {name}</source>
        <translation type="vanished">edit of {name}</translation>
    </message>
    <message>
        <source>title in the other language</source>
        <translation type="vanished">title in the other language</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/file_actions.py" line="+31"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Go4Brussels databases (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other databases</source>
        <translation>No other databases</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Loading the strategy…</source>
        <translation>Loading the strategy…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy cancelled; no file was made.</source>
        <translation>Copy cancelled; no file was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy was saved as {file}.</source>
        <translation>A copy was saved as {file}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/history_panel.py" line="+27"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worksite</source>
        <translation>worksite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steering bodies</source>
        <translation>steering bodies</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>short name</source>
        <translation>short name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general objectives</source>
        <translation>general objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on the source</source>
        <translation>notes on the source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type</source>
        <translation>priority type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type (as printed)</source>
        <translation>priority type (as printed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status relative to the Strategy 2025</source>
        <translation>status relative to the Strategy 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{field} (French)</source>
        <translation>{field} (French)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name as printed</source>
        <translation>name as printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title in the other language</source>
        <translation>title in the other language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the title in the other language</source>
        <translation>language of the title in the other language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin of the text</source>
        <translation>origin of the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key in the strategy</source>
        <translation>key in the strategy</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="+149"/>
        <location line="+10"/>
        <location line="+18"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Show &amp;older changes</source>
        <translation>Show &amp;older changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the next {count} older changes of this record</source>
        <translation>Show the next {count} older changes of this record</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History of {name}</source>
        <translation>History of {name}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/home_view.py" line="+136"/>
        <source>Status per objective</source>
        <translation>Status per objective</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments per objective</source>
        <translation>Commitments per objective</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue commitments</source>
        <translation>Overdue commitments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently changed</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="+95"/>
        <source>Who sends this?</source>
        <translation>Who sends this?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who writes this?</source>
        <translation>Who writes this?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitations with an organiser&apos;s e-mail are meeting requests: each invitee with an e-mail can accept or decline. Asked once; change it in Preferences.</source>
        <translation>Invitations with an organiser&apos;s e-mail are meeting requests: each invitee with an e-mail can accept or decline. Asked once; change it in Preferences.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is written into the PDFs as their author (without one they say &apos;Go4Brussels Desktop&apos;). Asked once; change it in Preferences.</source>
        <translation>Your name is written into the PDFs as their author (without one they say &apos;Go4Brussels Desktop&apos;). Asked once; change it in Preferences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariat@example.brussels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>value of {code} in {year}</source>
        <translation type="vanished">value of {code} in {year}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="+191"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yearly values and targets</source>
        <translation>Yearly values and targets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;year…</source>
        <translation>Add a &amp;year…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete year</source>
        <translation>&amp;Delete year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Serves this objective</source>
        <translation>&amp;Serves this objective</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose an indicator.</source>
        <translation>Choose an indicator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit: {unit} · Source: {source}</source>
        <translation>Unit: {unit} · Source: {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serves the objectives: {links}</source>
        <translation>Serves the objectives: {links}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a year</source>
        <translation>Add a year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year {year} is there already.</source>
        <translation>The year {year} is there already.</translation>
    </message>
    <message>
        <source>new year {year}</source>
        <translation type="vanished">new year {year}</translation>
    </message>
    <message>
        <source>deletion of the year {year}</source>
        <translation type="vanished">deletion of the year {year}</translation>
    </message>
    <message>
        <source>link to objective {code}</source>
        <translation type="vanished">link to objective {code}</translation>
    </message>
    <message>
        <source>removal of an objective link</source>
        <translation type="vanished">removal of an objective link</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/jobs.py" line="+98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LoadTextsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+29"/>
        <source>Load strategy texts</source>
        <translation>Load strategy texts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French now</source>
        <translation>French now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French loaded</source>
        <translation>French loaded</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Official text</source>
        <translation>Official text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected (edited) text</source>
        <translation>Corrected (edited) text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loaded texts are</source>
        <translation>The loaded texts are</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Load strategy texts from {file}</source>
        <translation type="vanished">Load strategy texts from {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/main_window.py" line="+71"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Go4Brussels Desktop</source>
        <translation>&amp;About Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{undo_or_redo}: {action}</source>
        <translation>{undo_or_redo}: {action}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Something unexpected went wrong: {error}
A report was written to {file}.</source>
        <translation>Something unexpected went wrong: {error}
A report was written to {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>Progress is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date is not a date.</source>
        <translation>The due date is not a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year is not a year from 1900 to 2100.</source>
        <translation>The year is not a year from 1900 to 2100.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record can no longer be shown.</source>
        <translation>This record can no longer be shown.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About Go4Brussels Desktop</source>
        <translation>About Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels Desktop {version}
The records of the steering committees of the strategy Go4Brussels 2030.
Database: {file}</source>
        <translation>Go4Brussels Desktop {version}
The records of the steering committees of the strategy Go4Brussels 2030.
Database: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} · changes recorded as {author}</source>
        <translation>{file} · changes recorded as {author}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} — Go4Brussels Desktop</source>
        <translation>{file} — Go4Brussels Desktop</translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/objective_page.py" line="+41"/>
        <source>Worksites of the objective</source>
        <translation>Worksites of the objective</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Worksite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit &amp;objective…</source>
        <translation>Edit &amp;objective…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Objective {code}  {title}</source>
        <translation>Objective {code}  {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General objectives</source>
        <translation>General objectives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Notes on the source document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status relative to the Strategy 2025</source>
        <translation>Status relative to the Strategy 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type</source>
        <translation>Priority type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiating minister(s)</source>
        <translation>Initiating minister(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated minister(s)</source>
        <translation>Associated minister(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(steering committee)</source>
        <translation>(steering committee)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../g4b_desktop/ui/operations/conflicts.py" line="+18"/>
        <source>The form shows the current values again; also not saved: {values}.</source>
        <translation>The form shows the current values again; also not saved: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form shows the current values again.</source>
        <translation>The form shows the current values again.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../g4b_desktop/ui/partners/partners_view.py" line="+52"/>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a duplicate into this one…</source>
        <translation>&amp;Merge a duplicate into this one…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to an objective…</source>
        <translation>&amp;Add to an objective…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from objective</source>
        <translation>&amp;Remove from objective</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes part in</source>
        <translation>Takes part in</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>S&amp;hort name</source>
        <translation>S&amp;hort name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Function</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>“{text}” is not an e-mail address; type it as name@example.be.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Name of the new organisation:</source>
        <translation>Name of the new organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new contact:</source>
        <translation>Name of the new contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>new organisation {name}</source>
        <translation type="vanished">new organisation {name}</translation>
    </message>
    <message>
        <source>new contact {name}</source>
        <translation type="vanished">new contact {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation type="vanished">deletion of {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge a duplicate</source>
        <translation>Merge a duplicate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate is removed; its memberships, contacts and led commitments move to “{name}”.</source>
        <translation>The duplicate is removed; its memberships, contacts and led commitments move to “{name}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duplicate is removed; its memberships, meeting attendance and actions move to “{name}”.</source>
        <translation>The duplicate is removed; its memberships, meeting attendance and actions move to “{name}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>merge of {duplicate} into {name}</source>
        <translation type="vanished">merge of {duplicate} into {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to an objective</source>
        <translation>Add to an objective</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>membership of {name} in {code}</source>
        <translation type="vanished">membership of {name} in {code}</translation>
    </message>
    <message>
        <source>removal of {name} from {code}</source>
        <translation type="vanished">removal of {name} from {code}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="-100"/>
        <source>&apos;{email}&apos; is not an e-mail address (like name@example.brussels).</source>
        <translation>&apos;{email}&apos; is not an e-mail address (like name@example.brussels).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location line="+10"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariat@example.brussels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name (recorded with each change, author of the PDFs)</source>
        <translation>&amp;Your name (recorded with each change, author of the PDFs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser of invitations</source>
        <translation>&amp;Organiser of invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s &amp;e-mail (makes invitations meeting requests)</source>
        <translation>Organiser&apos;s &amp;e-mail (makes invitations meeting requests)</translation>
    </message>
    <message>
        <source>&amp;Your name (recorded with each change)</source>
        <translation type="vanished">&amp;Your name (recorded with each change)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/record_form.py" line="+17"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General objectives</source>
        <translation>&amp;General objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status relative to the Strategy 2025</source>
        <translation>&amp;Status relative to the Strategy 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority type</source>
        <translation>&amp;Priority type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type as &amp;printed</source>
        <translation>Priority type as &amp;printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steering bodies</source>
        <translation>&amp;Steering bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes on the source document</source>
        <translation>&amp;Notes on the source document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Objective {code}</source>
        <translation>Objective {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worksite {code}</source>
        <translation>Worksite {code}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Texts in French; the Dutch text of the document is not changed.</source>
        <translation>Texts in French; the Dutch text of the document is not changed.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/search_box.py" line="+21"/>
        <source>Search titles, descriptions, notes, organisations…</source>
        <translation>Search titles, descriptions, notes, organisations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Worksite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-197"/>
        <source>Chart of the yearly values</source>
        <translation>Chart of the yearly values</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No values yet</source>
        <translation>No values yet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>● value   ○ target</source>
        <translation>● value   ○ target</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/home_view.py" line="-176"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>StrategyTextsActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+30"/>
        <source>Export strategy texts…</source>
        <translation>Export strategy texts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load strategy texts…</source>
        <translation>Load strategy texts…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export strategy texts</source>
        <translation>Export strategy texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy-texts.xlsx</source>
        <translation>strategy-texts.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Wrote {file}: {count} texts.</source>
        <translation>Wrote {file}: {count} texts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load strategy texts</source>
        <translation>Load strategy texts</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_view.py" line="+41"/>
        <source>Strategy tree</source>
        <translation>Strategy tree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an objective or a worksite in the tree.</source>
        <translation>Choose an objective or a worksite in the tree.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show closed ones</source>
        <translation>Show closed ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed objectives and worksites</source>
        <translation>Show closed objectives and worksites</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{title} (closed)</source>
        <translation>{title} (closed)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{realised} of {total} commitments realised; average progress {progress}</source>
        <translation>{realised} of {total} commitments realised; average progress {progress}</translation>
    </message>
</context>
<context>
    <name>TranslationMark</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/heading.py" line="+71"/>
        <source>The strategy has no English version: its texts are shown in Dutch, as printed in the document</source>
        <translation>The strategy has no English version: its texts are shown in Dutch, as printed in the document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working translation, not the official text</source>
        <translation>Working translation, not the official text</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/trash_view.py" line="+34"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location line="-11"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite</source>
        <translation>Worksite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted records stay here; restoring one brings back what was deleted with it.</source>
        <translation>Deleted records stay here; restoring one brings back what was deleted with it.</translation>
    </message>
    <message>
        <source>restore of {what}</source>
        <translation type="vanished">restore of {what}</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-129"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>As printed in the source: {text}</source>
        <translation>As printed in the source: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
</context>
<context>
    <name>WorksitePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/worksite_page.py" line="+48"/>
        <source>&amp;New commitment</source>
        <translation>&amp;New commitment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Edit in a form…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete commitment</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Edit in a form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit &amp;worksite…</source>
        <translation>Edit &amp;worksite…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steering bodies</source>
        <translation>Steering bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refers to</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>Referred to by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Notes on the source document</translation>
    </message>
</context>
</TS>
