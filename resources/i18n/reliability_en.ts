<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+27"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a program upgrade</source>
        <translation>Before a program upgrade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a consolidation</source>
        <translation>Before a consolidation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: {reason}</source>
        <translation>Before: {reason}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+20"/>
        <source>This database is on a network share ({reason}). SQLite cannot lock a file on the network reliably, and two computers writing to it can damage it. Keep the database on this computer&apos;s own disk.</source>
        <translation>This database is on a network share ({reason}). SQLite cannot lock a file on the network reliably, and two computers writing to it can damage it. Keep the database on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is in a synced folder ({reason}). The sync program may copy it while it is being written, or make conflicting copies. Keep the database outside that folder; the automatic backups are kept in {folder}.</source>
        <translation>This database is in a synced folder ({reason}). The sync program may copy it while it is being written, or make conflicting copies. Keep the database outside that folder; the automatic backups are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+61"/>
        <source>This database is open read-only (the file or its folder cannot be written). You can look at everything, but changes cannot be saved. Save a copy elsewhere to work on it.</source>
        <translation>This database is open read-only (the file or its folder cannot be written). You can look at everything, but changes cannot be saved. Save a copy elsewhere to work on it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is also open in another Go4Brussels Desktop window. Close one of them: edits made in both are checked against each other, but only one should be used.</source>
        <translation>This database is also open in another Go4Brussels Desktop window. Close one of them: edits made in both are checked against each other, but only one should be used.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The daily backup could not be made: {error} (report: {file}).</source>
        <translation>The daily backup could not be made: {error} (report: {file}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backup saved as {file}.</source>
        <translation>Daily backup saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+39"/>
        <source>{file} cannot be restored: {problems}</source>
        <translation>{file} cannot be restored: {problems}</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+78"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="-20"/>
        <source>Checking the database and making today&apos;s backup…</source>
        <translation>Checking the database and making today&apos;s backup…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="-100"/>
        <source>This backup was made from another database ({file}), not from {database}. Restore it anyway?

The database as it is now is kept as a backup.</source>
        <translation>This backup was made from another database ({file}), not from {database}. Restore it anyway?

The database as it is now is kept as a backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore anyway</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the database by the backup {file}?

Everything changed since that backup will be undone. The database as it is now is kept as a backup, so this can be undone by restoring that one.</source>
        <translation>Replace the database by the backup {file}?

Everything changed since that backup will be undone. The database as it is now is kept as a backup, so this can be undone by restoring that one.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Restored from {file}. The replaced database was kept as {kept}.</source>
        <translation>Restored from {file}. The replaced database was kept as {kept}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups of {file} in {folder}. Restoring replaces the database by the chosen backup; the database as it is now is kept as a backup.</source>
        <translation>Backups of {file} in {folder}. Restoring replaces the database by the chosen backup; the database as it is now is kept as a backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Go4Brussels databases (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+14"/>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is in order: the integrity check, the links between records and the schema version found no problem.</source>
        <translation>The database is in order: the integrity check, the links between records and the schema version found no problem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found these problems:</source>
        <translation>The check found these problems:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database: {file}</source>
        <translation>Database: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup of this database was found.</source>
        <translation>No good backup of this database was found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup was made on {when} ({why}).</source>
        <translation>The newest good backup was made on {when} ({why}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+46"/>
        <location line="+45"/>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The database {file} is damaged:
{problems}

Nothing will be written to it.</source>
        <translation>The database {file} is damaged:
{problems}

Nothing will be written to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the backup of {when}</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/crash_dialog.py" line="+37"/>
        <source>Go4Brussels Desktop: an error</source>
        <translation>Go4Brussels Desktop: an error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program stopped unexpectedly the last time it ran. Every change made before that moment was already saved in the database.</source>
        <translation>The program stopped unexpectedly the last time it ran. Every change made before that moment was already saved in the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the program. Your data is safe: every change is saved when you make it, and the action that failed was not saved halfway. You can go on working; if it happens again, please send the report below to the person who supports the program.</source>
        <translation>Something went wrong inside the program. Your data is safe: every change is saved when you make it, and the action that failed was not saved halfway. You can go on working; if it happens again, please send the report below to the person who supports the program.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was saved as {file}.</source>
        <translation>The report was saved as {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to a file.</source>
        <translation>The report could not be saved to a file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disk full</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: the last change could not be saved, and nothing of it was written (the database is as it was before). Free some space, then do it again.</source>
        <translation>The disk is full: the last change could not be saved, and nothing of it was written (the database is as it was before). Free some space, then do it again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database busy</source>
        <translation>Database busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy in another program: the last change was not saved. Try again in a moment.</source>
        <translation>The database is busy in another program: the last change was not saved. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/single_instance.py" line="+176"/>
        <source>{file} is already open in Go4Brussels Desktop: that window was brought to the front.</source>
        <translation>{file} is already open in Go4Brussels Desktop: that window was brought to the front.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is in use by another Go4Brussels Desktop window or g4b command. Close it there first, then open it again.</source>
        <translation>{file} is in use by another Go4Brussels Desktop window or g4b command. Close it there first, then open it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
</context>
</TS>
