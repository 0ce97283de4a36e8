<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+34"/>
        <source>Choose the partner&apos;s spreadsheet</source>
        <translation>Kies de spreadsheet van de partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice workbook (.ods) or a CSV file. Nothing is changed before the last step.</source>
        <translation>Een Excel-werkmap (.xlsx, .xlsm, .xls), een LibreOffice-werkmap (.ods) of een CSV-bestand. Er verandert niets vóór de laatste stap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none: roles are not applied)</source>
        <translation>(geen: rollen worden niet toegepast)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet to import</source>
        <translation>Te importeren blad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective for the roles in a partner list:</source>
        <translation>Doelstelling voor de rollen in een partnerlijst:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import partner spreadsheet</source>
        <translation>Spreadsheet van partner importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Rekenbladen (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook has several sheets: choose the one to import, then Next.</source>
        <translation>De werkmap heeft meerdere bladen: kies het blad dat u wilt importeren en klik op Volgende.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file was cancelled.</source>
        <translation>Het lezen van het bestand werd geannuleerd.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_conflicts.py" line="+24"/>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These records were changed here and in the workbook since they last matched. Choose for each field which value to keep; nothing is overwritten without your choice.</source>
        <translation>Deze records werden hier én in de werkmap gewijzigd sinds ze voor het laatst overeenkwamen. Kies per veld welke waarde blijft; niets wordt overschreven zonder uw keuze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Mine</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Theirs</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep mine for all</source>
        <translation>Overal de waarde van hier behouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs for all</source>
        <translation>Overal de waarde van de werkmap nemen</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_actions.py" line="+70"/>
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some texts had to be adapted to fit in Excel:</source>
        <translation>Sommige teksten moesten aangepast worden om in Excel te passen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>Consolidate workbooks</source>
        <translation>Werkmappen consolideren</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consolidation cancelled; nothing was changed.</source>
        <translation>Consolidatie geannuleerd; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading workbooks…</source>
        <translation>Werkmappen lezen…</translation>
    </message>
    <message>
        <source>Consolidate {file}</source>
        <translation type="vanished">{file} consolideren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consolidating workbooks…</source>
        <translation>Werkmappen worden geconsolideerd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {added} added, {updated} updated, {conflicts} in conflict, {decided} decided.</source>
        <translation>{file}: {added} toegevoegd, {updated} bijgewerkt, {conflicts} in conflict, {decided} beslist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {n} of {total} files merged; the others were not changed.</source>
        <translation>Geannuleerd: {n} van {total} bestanden samengevoegd; de andere werden niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Return workbook</source>
        <translation>Antwoordwerkmap</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation whose commitments go in the workbook:</source>
        <translation>Organisatie waarvan de engagementen in de werkmap komen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote {file}: {count} commitments of {organisation}.</source>
        <translation>{file} geschreven: {count} engagementen van {organisation}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the return workbook…</source>
        <translation>Antwoordwerkmap schrijven…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partner spreadsheet…</source>
        <translation>Spreadsheet van partner importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidate workbooks…</source>
        <translation>Werkmappen consolideren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return workbook…</source>
        <translation>Antwoordwerkmap…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-180"/>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All objectives</source>
        <translation>Alle doelstellingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objective:</source>
        <translation>Doelstelling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and labels:</source>
        <translation>Taal van kolomkoppen en labels:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+234"/>
        <source>Import partner spreadsheet</source>
        <translation>Spreadsheet van partner importeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations and contacts</source>
        <translation>Organisaties en contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values</source>
        <translation>Indicatorwaarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Worksite (code)</source>
        <translation>Beleidswerf (code)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Commitment code</source>
        <translation>Code engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment (title)</source>
        <translation>Engagement (titel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress (%)</source>
        <translation>Vooruitgang (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Lead organisation</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Record-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed (not imported)</source>
        <translation>Laatst gewijzigd (niet geïmporteerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective (code)</source>
        <translation>Doelstelling (code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Vergaderdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value as written</source>
        <translation>Waarde zoals geschreven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}: {new} new, {updated} updated.</source>
        <translation>{file} geïmporteerd: {new} nieuw, {updated} bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location line="-292"/>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Kolomkop in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Deze koppeling onthouden voor bestanden met dezelfde kolommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the file writes dates</source>
        <translation>Hoe het bestand datums schrijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first: 04/11/2027 is 4 November 2027</source>
        <translation>Dag eerst: 04/11/2027 is 4 november 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: 04/11/2027 is 11 April 2027</source>
        <translation>Maand eerst: 04/11/2027 is 11 april 2027</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds:</source>
        <translation>Het bestand bevat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on rows {row} and {next}, combined per column.</source>
        <translation>Blad &apos;{sheet}&apos; van {file}: kopregel op rijen {row} en {next}, per kolom samengevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on row {row}.</source>
        <translation>Blad &apos;{sheet}&apos; van {file}: kopregel op rij {row}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Say how the file writes its dates (day first or month first).</source>
        <translation>Zeg hoe het bestand zijn datums schrijft (dag eerst of maand eerst).</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The mapping you confirmed for a file of this shape is used.</source>
        <translation>De koppeling die u bevestigde voor een bestand met deze vorm wordt gebruikt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dates in column {columns} can be read day first or month first (no day above 12 tells). How does the file write them?</source>
        <translation>De datums in kolom {columns} kunnen als dag eerst of als maand eerst gelezen worden (geen dag boven 12 beslist het). Hoe schrijft het bestand ze?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+33"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What importing will do, row by row. Import applies it as one action (Undo reverts it as a whole).</source>
        <translation>Wat het importeren zal doen, rij per rij. Importeren voert het uit als één handeling (Ongedaan maken draait het volledig terug).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes or reason</source>
        <translation>Wijzigingen of reden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {file} against the database…</source>
        <translation>{file} wordt met de databank vergeleken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview was cancelled; nothing was changed. Go back and Next to make it again.</source>
        <translation>Het voorbeeld werd geannuleerd; er werd niets gewijzigd. Ga terug en kies Volgende om het opnieuw te maken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error.</source>
        <translation>{file}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {errors} met fout.</translation>
    </message>
</context>
</TS>
