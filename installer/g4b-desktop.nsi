; NSIS script of the Windows installer of Go4Brussels Desktop (NSIS 3.08, Debian's `makensis`).
;
; installer/build_windows.py assembles the program folder (build/windows/app) and runs:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DNUMERIC_VERSION=0.1.0.0 -DSOURCE=build/windows/app
;            -DOUTFILE=dist/Go4Brussels-Desktop-0.1.0-setup.exe -DROOT=. -DINSTALLED_KB=... installer/g4b-desktop.nsi
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\Go4Brussels Desktop,
; everything it registers is under HKCU (the Start-menu entry, the .g4b files, the user's PATH for
; `g4b`, the uninstaller's entry in Settings > Apps). The uninstaller removes the program only: the
; user's data in %LOCALAPPDATA%\Go4Brussels\Go4Brussels Desktop (databases, backups, settings, logs)
; is never touched.
;
; For IT departments: `setup.exe /S` installs silently, `/D=C:\path` (last, unquoted) chooses the
; folder; `uninstall.exe /S` removes silently.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "StrFunc.nsh"

!define APP_NAME "Go4Brussels Desktop"
!define PUBLISHER "Go4Brussels"
!define APP_EXE "g4b-desktop.exe"
!define CLI_EXE "g4b.exe"
!define PROG_ID "Go4Brussels.Database"
!define SUFFIX ".g4b"
!define ICON_FILE "lib\resources\icons\g4b-desktop.ico"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define DATA_FOLDER "$LOCALAPPDATA\Go4Brussels\Go4Brussels Desktop"
; The user's PATH is read and written as one NSIS string: leave it alone when it is near the limit.
!define /math PATH_LIMIT ${NSIS_MAX_STRLEN} - 300

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${NUMERIC_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${ROOT}\resources\icons\g4b-desktop.ico"
!define MUI_UNICON "${ROOT}\resources\icons\g4b-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The setup speaks the user's Windows language when it is one of these (English otherwise).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"

LangString DatabaseFile ${LANG_ENGLISH} "Go4Brussels database"
LangString DatabaseFile ${LANG_FRENCH} "Base de données Go4Brussels"
LangString DatabaseFile ${LANG_DUTCH} "Go4Brussels-databank"
LangString DataKept ${LANG_ENGLISH} "${APP_NAME} is removed. Your data (databases and backups) is kept in:$\r$\n${DATA_FOLDER}"
LangString DataKept ${LANG_FRENCH} "${APP_NAME} a été supprimé. Vos données (bases de données et sauvegardes) sont conservées dans :$\r$\n${DATA_FOLDER}"
LangString DataKept ${LANG_DUTCH} "${APP_NAME} is verwijderd. Uw gegevens (databanken en back-ups) zijn bewaard in:$\r$\n${DATA_FOLDER}"
LangString PathTooLong ${LANG_ENGLISH} "Your PATH is too long to add the program folder to it; use the full path of g4b.exe."
LangString PathTooLong ${LANG_FRENCH} "Votre PATH est trop long pour y ajouter le dossier du programme ; utilisez le chemin complet de g4b.exe."
LangString PathTooLong ${LANG_DUTCH} "Uw PATH is te lang om de programmamap toe te voegen; gebruik het volledige pad van g4b.exe."

${StrStr}
${UnStrRep}

; ---------------------------------------------------------------------------------------------------
Section "Go4Brussels Desktop" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program's own folders (a file an older version had must not linger);
  ; the user's data is elsewhere and is not touched.
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\lib"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The Start-menu entry (this user's Start menu: no administrator rights needed).
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${ICON_FILE}" 0

  ; .g4b files open with the program (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\${SUFFIX}" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${SUFFIX}\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(DatabaseFile)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${ICON_FILE}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" "${SUFFIX}" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; "g4b-desktop" in the Run dialog (Win+R), and `g4b` in a new command prompt (the user's PATH).
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}" "" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${CLI_EXE}" "" "$INSTDIR\${CLI_EXE}"
  Call AddToPath

  ; Settings > Apps > Installed apps.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${ICON_FILE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
SectionEnd

Function AddToPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $1 > ${PATH_LIMIT}
    DetailPrint "$(PathTooLong)"
    Return
  ${EndIf}
  ${StrStr} $2 ";$0;" ";$INSTDIR;"
  ${If} $2 != ""
    Return  ; already there (an update)
  ${EndIf}
  ${If} $0 == ""
    StrCpy $0 "$INSTDIR"
  ${Else}
    StrCpy $3 $0 1 -1
    ${If} $3 == ";"
      StrCpy $0 $0 -1
    ${EndIf}
    StrCpy $0 "$0;$INSTDIR"
  ${EndIf}
  WriteRegExpandStr HKCU "Environment" "Path" $0
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
FunctionEnd

; ---------------------------------------------------------------------------------------------------
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; The association: ours only (another program may have taken .g4b since).
  ReadRegStr $0 HKCU "Software\Classes\${SUFFIX}" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegValue HKCU "Software\Classes\${SUFFIX}" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\${SUFFIX}\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${SUFFIX}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${SUFFIX}"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${CLI_EXE}"
  Call un.RemoveFromPath

  ; The program's files only; never the data folder (%LOCALAPPDATA%\Go4Brussels).
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\lib"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\wheels.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Function un.RemoveFromPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $1 > ${PATH_LIMIT}
    Return
  ${EndIf}
  ${UnStrRep} $2 ";$0;" ";$INSTDIR;" ";"
  ${If} $2 == ";$0;"
    Return  ; not there
  ${EndIf}
  ; the semicolons added above, and any left at either end
  ${Do}
    StrCpy $3 $2 1
    ${IfThen} $3 != ";" ${|} ${ExitDo} ${|}
    StrCpy $2 $2 "" 1
  ${Loop}
  ${Do}
    StrCpy $3 $2 1 -1
    ${IfThen} $3 != ";" ${|} ${ExitDo} ${|}
    StrCpy $2 $2 -1
  ${Loop}
  ${If} $2 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" $2
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
FunctionEnd

Function un.onUninstSuccess
  ${IfNot} ${Silent}
  ${AndIf} ${FileExists} "${DATA_FOLDER}\*.*"
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
  ${EndIf}
FunctionEnd
