<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+27"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>Faite manuellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced by a restore</source>
        <translation>Remplacée par une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a program upgrade</source>
        <translation>Avant une mise à jour du programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a consolidation</source>
        <translation>Avant une consolidation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: {reason}</source>
        <translation>Avant : {reason}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+20"/>
        <source>This database is on a network share ({reason}). SQLite cannot lock a file on the network reliably, and two computers writing to it can damage it. Keep the database on this computer&apos;s own disk.</source>
        <translation>Cette base de données se trouve sur un partage réseau ({reason}). SQLite ne peut pas verrouiller un fichier réseau de façon fiable, et deux ordinateurs qui y écrivent peuvent l&apos;endommager. Gardez la base sur le disque propre de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is in a synced folder ({reason}). The sync program may copy it while it is being written, or make conflicting copies. Keep the database outside that folder; the automatic backups are kept in {folder}.</source>
        <translation>Cette base de données se trouve dans un dossier synchronisé ({reason}). Le programme de synchronisation peut la copier pendant qu&apos;elle est écrite, ou créer des copies en conflit. Gardez la base hors de ce dossier ; les copies de sauvegarde automatiques sont conservées dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+61"/>
        <source>This database is open read-only (the file or its folder cannot be written). You can look at everything, but changes cannot be saved. Save a copy elsewhere to work on it.</source>
        <translation>Cette base de données est ouverte en lecture seule (le fichier ou son dossier ne peut pas être écrit). Vous pouvez tout consulter, mais les modifications ne peuvent pas être enregistrées. Enregistrez une copie ailleurs pour y travailler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is also open in another Go4Brussels Desktop window. Close one of them: edits made in both are checked against each other, but only one should be used.</source>
        <translation>Cette base de données est aussi ouverte dans une autre fenêtre de Go4Brussels Desktop. Fermez-en une : les modifications faites dans les deux sont vérifiées l&apos;une contre l&apos;autre, mais n&apos;en utilisez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The daily backup could not be made: {error} (report: {file}).</source>
        <translation>La copie de sauvegarde quotidienne n&apos;a pas pu être faite : {error} (rapport : {file}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backup saved as {file}.</source>
        <translation>Copie de sauvegarde quotidienne enregistrée sous {file}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+39"/>
        <source>{file} cannot be restored: {problems}</source>
        <translation>{file} ne peut pas être restaurée : {problems}</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+78"/>
        <source>Restore from backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="-20"/>
        <source>Checking the database and making today&apos;s backup…</source>
        <translation>Vérification de la base de données et copie de sauvegarde du jour…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="-100"/>
        <source>This backup was made from another database ({file}), not from {database}. Restore it anyway?

The database as it is now is kept as a backup.</source>
        <translation>Cette sauvegarde a été faite à partir d&apos;une autre base de données ({file}), pas de {database}. La restaurer quand même ?

La base de données telle qu&apos;elle est maintenant est gardée comme sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore anyway</source>
        <translation>Restaurer quand même</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the database by the backup {file}?

Everything changed since that backup will be undone. The database as it is now is kept as a backup, so this can be undone by restoring that one.</source>
        <translation>Remplacer la base de données par la copie de sauvegarde {file} ?

Tout ce qui a été modifié depuis cette copie sera annulé. La base telle qu&apos;elle est maintenant est conservée comme copie de sauvegarde : la restaurer annule cette opération.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Restored from {file}. The replaced database was kept as {kept}.</source>
        <translation>Restaurée à partir de {file}. La base remplacée a été conservée sous {kept}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups of {file} in {folder}. Restoring replaces the database by the chosen backup; the database as it is now is kept as a backup.</source>
        <translation>Copies de sauvegarde de {file} dans {folder}. La restauration remplace la base par la copie choisie ; la base telle qu&apos;elle est maintenant est conservée comme copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this database yet.</source>
        <translation>Il n&apos;y a pas encore de copie de sauvegarde de cette base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore from a file</source>
        <translation>Restaurer à partir d&apos;un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Bases de données Go4Brussels (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+14"/>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is in order: the integrity check, the links between records and the schema version found no problem.</source>
        <translation>La base de données est en ordre : le contrôle d&apos;intégrité, les liens entre les enregistrements et la version du schéma ne révèlent aucun problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found these problems:</source>
        <translation>Le contrôle a trouvé ces problèmes :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database: {file}</source>
        <translation>Base de données : {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup of this database was found.</source>
        <translation>Aucune copie de sauvegarde saine de cette base n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup was made on {when} ({why}).</source>
        <translation>La copie de sauvegarde saine la plus récente a été faite le {when} ({why}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette copie…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+46"/>
        <location line="+45"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The database {file} is damaged:
{problems}

Nothing will be written to it.</source>
        <translation>La base de données {file} est endommagée :
{problems}

Rien n&apos;y sera écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the backup of {when}</source>
        <translation>Restaurer la copie du {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une copie de &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Check database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/crash_dialog.py" line="+37"/>
        <source>Go4Brussels Desktop: an error</source>
        <translation>Go4Brussels Desktop : une erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program stopped unexpectedly the last time it ran. Every change made before that moment was already saved in the database.</source>
        <translation>Le programme s&apos;est arrêté de façon inattendue la dernière fois. Chaque modification faite avant ce moment était déjà enregistrée dans la base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the program. Your data is safe: every change is saved when you make it, and the action that failed was not saved halfway. You can go on working; if it happens again, please send the report below to the person who supports the program.</source>
        <translation>Un problème est survenu dans le programme. Vos données sont en sécurité : chaque modification est enregistrée au moment où vous la faites, et l&apos;action qui a échoué n&apos;a pas été enregistrée à moitié. Vous pouvez continuer à travailler ; si cela se reproduit, envoyez le rapport ci-dessous à la personne qui assure le support du programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was saved as {file}.</source>
        <translation>Le rapport a été enregistré sous {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to a file.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans un fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: the last change could not be saved, and nothing of it was written (the database is as it was before). Free some space, then do it again.</source>
        <translation>Le disque est plein : la dernière modification n&apos;a pas pu être enregistrée, et rien n&apos;en a été écrit (la base de données est telle qu&apos;avant). Libérez de l&apos;espace, puis recommencez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database busy</source>
        <translation>Base de données occupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy in another program: the last change was not saved. Try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme : la dernière modification n&apos;a pas été enregistrée. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/single_instance.py" line="+176"/>
        <source>{file} is already open in Go4Brussels Desktop: that window was brought to the front.</source>
        <translation>{file} est déjà ouverte dans Go4Brussels Desktop : cette fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is in use by another Go4Brussels Desktop window or g4b command. Close it there first, then open it again.</source>
        <translation>{file} est utilisée par une autre fenêtre de Go4Brussels Desktop ou une commande g4b. Fermez-la d&apos;abord à cet endroit, puis rouvrez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
</context>
</TS>
