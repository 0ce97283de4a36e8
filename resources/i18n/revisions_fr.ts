<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revision_dialog.py" line="+32"/>
        <source>Strategy revision</source>
        <translation>Révision de la stratégie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The strategy stands at: {name} ({date})</source>
        <translation>La stratégie en est à : {name} ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the structure to Excel…</source>
        <translation>Exporter la structure vers Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an edited workbook…</source>
        <translation>Lire un classeur modifié…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no draft chosen)</source>
        <translation>(aucun brouillon choisi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Update February 2021</source>
        <translation>p. ex. Mise à jour février 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply the revision</source>
        <translation>Appliquer la révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft:</source>
        <translation>Brouillon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the revision:</source>
        <translation>Nom de la révision :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the revision changes:</source>
        <translation>Ce que la révision change :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the structure</source>
        <translation>Exporter la structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote {file}: {count} objectives and worksites.</source>
        <translation>{file} écrit : {count} objectifs et chantiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read an edited workbook</source>
        <translation>Lire un classeur modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>row {row}: </source>
        <translation>ligne {row} : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {problem}</source>
        <translation>Refusé : {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} row(s) refused: correct the workbook and read it again; nothing is changed.</source>
        <translation>{count} ligne(s) refusée(s) : corrigez le classeur et relisez-le ; rien n&apos;est modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} change(s), applied together as one action (one undo step).</source>
        <translation>{count} modification(s), appliquée(s) ensemble en une seule action (une seule annulation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook changes nothing in the strategy.</source>
        <translation>Le classeur ne change rien à la stratégie.</translation>
    </message>
    <message>
        <source>Strategy revision “{name}”</source>
        <translation type="vanished">Révision de la stratégie « {name} »</translation>
    </message>
    <message>
        <source>Prepare strategy revision “{name}”</source>
        <translation type="vanished">Préparer la révision de la stratégie « {name} »</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/revisions_feature.py" line="+19"/>
        <source>Strategy revision…</source>
        <translation>Révision de la stratégie…</translation>
    </message>
</context>
</TS>
