<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+34"/>
        <source>Choose the partner&apos;s spreadsheet</source>
        <translation>Choisissez le tableur du partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice workbook (.ods) or a CSV file. Nothing is changed before the last step.</source>
        <translation>Un classeur Excel (.xlsx, .xlsm, .xls), un classeur LibreOffice (.ods) ou un fichier CSV. Rien n&apos;est modifié avant la dernière étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none: roles are not applied)</source>
        <translation>(aucun : les rôles ne sont pas appliqués)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet to import</source>
        <translation>Feuille à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective for the roles in a partner list:</source>
        <translation>Objectif pour les rôles d&apos;une liste de partenaires :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import partner spreadsheet</source>
        <translation>Importer le tableur d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.xls *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook has several sheets: choose the one to import, then Next.</source>
        <translation>Le classeur a plusieurs feuilles : choisissez celle à importer, puis Suivant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file was cancelled.</source>
        <translation>La lecture du fichier a été annulée.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_conflicts.py" line="+24"/>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These records were changed here and in the workbook since they last matched. Choose for each field which value to keep; nothing is overwritten without your choice.</source>
        <translation>Ces enregistrements ont été modifiés ici et dans le classeur depuis leur dernière concordance. Choisissez pour chaque champ la valeur à garder ; rien n&apos;est écrasé sans votre choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Mine</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Theirs</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep mine for all</source>
        <translation>Garder partout la valeur d&apos;ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs for all</source>
        <translation>Prendre partout la valeur du classeur</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/exchange_actions.py" line="+70"/>
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {file}.</source>
        <translation>Exporté vers {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some texts had to be adapted to fit in Excel:</source>
        <translation>Certains textes ont dû être adaptés pour tenir dans Excel :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting to Excel…</source>
        <translation>Exportation vers Excel…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>Consolidate workbooks</source>
        <translation>Consolider des classeurs</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Consolidation cancelled; nothing was changed.</source>
        <translation>Consolidation annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading workbooks…</source>
        <translation>Lecture des classeurs…</translation>
    </message>
    <message>
        <source>Consolidate {file}</source>
        <translation type="vanished">Consolider {file}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consolidating workbooks…</source>
        <translation>Consolidation des classeurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {added} added, {updated} updated, {conflicts} in conflict, {decided} decided.</source>
        <translation>{file} : {added} ajoutés, {updated} mis à jour, {conflicts} en conflit, {decided} tranchés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {n} of {total} files merged; the others were not changed.</source>
        <translation>Annulé : {n} fichier(s) sur {total} fusionné(s) ; les autres n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Return workbook</source>
        <translation>Classeur de retour</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation whose commitments go in the workbook:</source>
        <translation>Organisation dont les engagements vont dans le classeur :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote {file}: {count} commitments of {organisation}.</source>
        <translation>{file} écrit : {count} engagements de {organisation}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the return workbook…</source>
        <translation>Écriture du classeur de retour…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partner spreadsheet…</source>
        <translation>Importer le tableur d&apos;un partenaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidate workbooks…</source>
        <translation>Consolider des classeurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return workbook…</source>
        <translation>Classeur de retour…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-180"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All objectives</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and labels:</source>
        <translation>Langue des en-têtes et libellés :</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../g4b_desktop/ui/exchange/import_wizard.py" line="+234"/>
        <source>Import partner spreadsheet</source>
        <translation>Importer le tableur d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations and contacts</source>
        <translation>Organisations et contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator values</source>
        <translation>Valeurs d&apos;indicateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action items</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Worksite (code)</source>
        <translation>Chantier (code)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Commitment code</source>
        <translation>Code engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment (title)</source>
        <translation>Engagement (intitulé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Lead organisation</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>ID de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed (not imported)</source>
        <translation>Dernière modification (non importée)</translation>
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
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective (code)</source>
        <translation>Objectif (code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action item</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value as written</source>
        <translation>Valeur telle qu&apos;écrite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}: {new} new, {updated} updated.</source>
        <translation>{file} importé : {new} nouveaux, {updated} mis à jour.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location line="-292"/>
        <source>Check the columns</source>
        <translation>Vérifiez les colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>En-tête dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Retenir cette correspondance pour les fichiers ayant les mêmes colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the file writes dates</source>
        <translation>Comment le fichier écrit les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first: 04/11/2027 is 4 November 2027</source>
        <translation>Jour d&apos;abord : 04/11/2027 est le 4 novembre 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: 04/11/2027 is 11 April 2027</source>
        <translation>Mois d&apos;abord : 04/11/2027 est le 11 avril 2027</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on rows {row} and {next}, combined per column.</source>
        <translation>Feuille « {sheet} » de {file} : en-tête sur les lignes {row} et {next}, combinées par colonne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: header on row {row}.</source>
        <translation>Feuille « {sheet} » de {file} : en-tête sur la ligne {row}.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Say how the file writes its dates (day first or month first).</source>
        <translation>Indiquez comment le fichier écrit ses dates (jour d&apos;abord ou mois d&apos;abord).</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The mapping you confirmed for a file of this shape is used.</source>
        <translation>La correspondance que vous avez confirmée pour un fichier de cette forme est utilisée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dates in column {columns} can be read day first or month first (no day above 12 tells). How does the file write them?</source>
        <translation>Les dates de la colonne {columns} peuvent se lire jour d&apos;abord ou mois d&apos;abord (aucun jour au-delà de 12 ne tranche). Comment le fichier les écrit-il ?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="+33"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What importing will do, row by row. Import applies it as one action (Undo reverts it as a whole).</source>
        <translation>Ce que l&apos;importation va faire, ligne par ligne. Elle est appliquée en une seule action, que la commande Annuler défait en entier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes or reason</source>
        <translation>Modifications ou raison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {file} against the database…</source>
        <translation>Comparaison de {file} avec la base de données…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview was cancelled; nothing was changed. Go back and Next to make it again.</source>
        <translation>L&apos;aperçu a été annulé ; rien n&apos;a été modifié. Revenez en arrière puis Suivant pour le refaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error.</source>
        <translation>{file} : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {errors} en erreur.</translation>
    </message>
</context>
</TS>
