; Inno Setup script of Go4Brussels Desktop (Inno Setup 6.3 or newer).
;
; A per-user install without administrator rights into %LOCALAPPDATA%\Programs\Go4Brussels Desktop,
; a start-menu entry, the .g4b database files opened by the program (per-user registry, HKCU), and
; an uninstaller that removes the program only: the user's data in
; %LOCALAPPDATA%\Go4Brussels\Go4Brussels Desktop (databases, backups, settings, logs) is never deleted.
;
; installer\build_windows.ps1 runs PyInstaller and then this script. By hand, after PyInstaller:
;   ISCC.exe /DAppVersion=0.1.0 installer\g4b-desktop.iss
; The installer is written to dist\installer\.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Windows' file version: digits and dots only (build_windows.ps1 passes it for versions like 0.2.0rc1).
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#define AppName "Go4Brussels Desktop"
#define AppExe "g4b-desktop.exe"
#define CliExe "g4b.exe"
#define ProgId "Go4Brussels.Database"
#define DataFolder "{localappdata}\Go4Brussels\Go4Brussels Desktop"

[Setup]
AppId={{6E51E542-723A-4AA8-970D-780F237AC910}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Go4Brussels
VersionInfoVersion={#NumericVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SourceDir=..
OutputDir=dist\installer
OutputBaseFilename=Go4Brussels-Desktop-{#AppVersion}-Setup
SetupIconFile=resources\icons\g4b-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DatabaseFile=Go4Brussels-databank
fr.DatabaseFile=Base de données Go4Brussels
en.DatabaseFile=Go4Brussels database
nl.DataKept=Go4Brussels Desktop is verwijderd. Uw gegevens (databanken en back-ups) zijn bewaard in:%n%1
fr.DataKept=Go4Brussels Desktop a été supprimé. Vos données (bases de données et sauvegardes) sont conservées dans :%n%1
en.DataKept=Go4Brussels Desktop is removed. Your data (databases and backups) is kept in:%n%1

[Tasks]
Name: "associate"; Description: "{cm:AssocFileExtension,{#AppName},.g4b}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's own files; the user's data is elsewhere and is not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\g4b-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The association, per user (HKCU\Software\Classes): no administrator rights needed.
Root: HKCU; Subkey: "Software\Classes\.g4b"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.g4b\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".g4b"; ValueData: ""; Flags: uninsdeletekey
; "g4b-desktop" in the Run dialog (Win+R).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder, if something was left in it. Never the data folder.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  DataFolder := ExpandConstant('{#DataFolder}');
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(DataFolder) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
end;
