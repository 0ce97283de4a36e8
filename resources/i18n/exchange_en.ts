<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+34"/>
        <source>Choose the partner&apos;s spreadsheet</source>
        <translation>Choose the partner&apos;s spreadsheet</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file. Nothing is changed before the last step.</source>
        <translation type="vanished">An Excel workbook (.xlsx) or a CSV file. Nothing is changed before the last step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice workbook (.ods) or a CSV file. Nothing is changed before the last step.</source>
        <translation>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice workbook (.ods) or a CSV file. Nothing is changed before the last step.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none: roles are not applied)</source>
        <translation>(none: roles are not applied)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet to import</source>
        <translation>Sheet to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective for the roles in a partner list:</source>
        <translation>Objective for the roles in a partner list:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import partner spreadsheet</source>
        <translation>Import partner spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook has several sheets: choose the one to import, then Next.</source>
        <translation>The workbook has several sheets: choose the one to import, then Next.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="vanished">Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_conflicts.py" line="+24"/>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These records were changed here and in the workbook since they last matched. Choose for each field which value to keep; nothing is overwritten without your choice.</source>
        <translation>These records were changed here and in the workbook since they last matched. Choose for each field which value to keep; nothing is overwritten without your choice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep mine for all</source>
        <translation>Keep mine for all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs for all</source>
        <translation>Take theirs for all</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_actions.py" line="+70"/>
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some texts had to be adapted to fit in Excel:</source>
        <translation>Some texts had to be adapted to fit in Excel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>Consolidate workbooks</source>
        <translation>Consolidate workbooks</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consolidation cancelled; nothing was changed.</source>
        <translation>Consolidation cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading workbooks…</source>
        <translation>Reading workbooks…</translation>
    </message>
    <message>
        <source>Consolidate {file}</source>
        <translation type="vanished">Consolidate {file}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consolidating workbooks…</source>
        <translation>Consolidating workbooks…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {added} added, {updated} updated, {conflicts} in conflict, {decided} decided.</source>
        <translation>{file}: {added} added, {updated} updated, {conflicts} in conflict, {decided} decided.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {n} of {total} files merged; the others were not changed.</source>
        <translation>Cancelled: {n} of {total} files merged; the others were not changed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Return workbook</source>
        <translation>Return workbook</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation whose commitments go in the workbook:</source>
        <translation>Organisation whose commitments go in the workbook:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote {file}: {count} commitments of {organisation}.</source>
        <translation>Wrote {file}: {count} commitments of {organisation}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the return workbook…</source>
        <translation>Writing the return workbook…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partner spreadsheet…</source>
        <translation>Import partner spreadsheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidate workbooks…</source>
        <translation>Consolidate workbooks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return workbook…</source>
        <translation>Return workbook…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-180"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All objectives</source>
        <translation>All objectives</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and labels:</source>
        <translation>Language of headers and labels:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+234"/>
        <source>Import partner spreadsheet</source>
        <translation>Import partner spreadsheet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations and contacts</source>
        <translation>Organisations and contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Worksite (code)</source>
        <translation>Worksite (code)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Commitment code</source>
        <translation>Commitment code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment (title)</source>
        <translation>Commitment (title)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed (not imported)</source>
        <translation>Last changed (not imported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective (code)</source>
        <translation>Objective (code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value as written</source>
        <translation>Value as written</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}: {new} new, {updated} updated.</source>
        <translation>Imported {file}: {new} new, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location line="-292"/>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Remember this mapping for files with the same columns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the file writes dates</source>
        <translation>How the file writes dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first: 04/11/2027 is 4 November 2027</source>
        <translation>Day first: 04/11/2027 is 4 November 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: 04/11/2027 is 11 April 2027</source>
        <translation>Month first: 04/11/2027 is 11 April 2027</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on rows {row} and {next}, combined per column.</source>
        <translation>Sheet &apos;{sheet}&apos; of {file}: header on rows {row} and {next}, combined per column.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on row {row}.</source>
        <translation>Sheet &apos;{sheet}&apos; of {file}: header on row {row}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Say how the file writes its dates (day first or month first).</source>
        <translation>Say how the file writes its dates (day first or month first).</translation>
    </message>
    <message>
        <source>Header found on row {row} of {file}.</source>
        <translation type="vanished">Header found on row {row} of {file}.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The mapping you confirmed for a file of this shape is used.</source>
        <translation>The mapping you confirmed for a file of this shape is used.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dates in column {columns} can be read day first or month first (no day above 12 tells). How does the file write them?</source>
        <translation>The dates in column {columns} can be read day first or month first (no day above 12 tells). How does the file write them?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+33"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>What importing will do, row by row. Finish applies it as one action (Undo reverts it as a whole).</source>
        <translation type="vanished">What importing will do, row by row. Finish applies it as one action (Undo reverts it as a whole).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What importing will do, row by row. Import applies it as one action (Undo reverts it as a whole).</source>
        <translation>What importing will do, row by row. Import applies it as one action (Undo reverts it as a whole).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes or reason</source>
        <translation>Changes or reason</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {file} against the database…</source>
        <translation>Checking {file} against the database…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview was cancelled; nothing was changed. Go back and Next to make it again.</source>
        <translation>The preview was cancelled; nothing was changed. Go back and Next to make it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error.</source>
        <translation>{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error.</translation>
    </message>
</context>
</TS>
