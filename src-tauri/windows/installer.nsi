; Sunting's Windows installer, built on Linux by Debian's makensis (scripts/package --windows).
;
; It installs for the current user, without administrator rights (newsroom desktops are often
; locked down), into %LOCALAPPDATA%\Programs\Sunting:
;   sunting-desktop.exe   the app (the Start menu and desktop shortcuts are named "Sunting")
;   sunting.exe           the command line
;   WebView2Loader.dll    the loader the app's window needs beside it
;   dictionaries\         the Hunspell dictionaries the checker reads, with their licences
;   licences\             Sunting's own licence and the notices of the data compiled into it
; The window is drawn by Microsoft Edge WebView2. Windows 11 has it; when it is missing, the
; installer fetches Microsoft's bootstrapper and runs it (the only network use, at install time).
;
; The editors' database is never touched: it lives in %APPDATA%\id.sunting.desktop, and the
; uninstaller leaves it there.
;
; Defined on the makensis command line:
;   VERSION  the app's version (0.1.0)
;   STAGE    the folder holding everything above, laid out as installed, plus sunting.ico
;   OUTFILE  where to write the installer

; A 64-bit installer: Sunting runs only on 64-bit Windows, and Wine (the checks) runs it as is.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "WinMessages.nsh"

!define APP "Sunting"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; The WebView2 runtime's client id, under EdgeUpdate (per machine, and per user).
!define WEBVIEW2_ID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2_BOOTSTRAPPER "https://go.microsoft.com/fwlink/p/?LinkId=2124703"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence; dictionaries under their own licences"

!define MUI_ICON "${STAGE}\sunting.ico"
!define MUI_UNICON "${STAGE}\sunting.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\sunting-desktop.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; Indonesian first: the installer speaks Windows' display language when it is one of these,
; and Indonesian otherwise.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsX64 ${LANG_INDONESIAN} "Sunting memerlukan Windows 64-bit."
LangString NeedsX64 ${LANG_ENGLISH} "Sunting needs 64-bit Windows."
LangString WebView2Fetching ${LANG_INDONESIAN} "Memasang Microsoft Edge WebView2, yang dipakai jendela Sunting..."
LangString WebView2Fetching ${LANG_ENGLISH} "Installing Microsoft Edge WebView2, which draws Sunting's window..."
LangString WebView2Failed ${LANG_INDONESIAN} "Microsoft Edge WebView2 belum terpasang dan tidak dapat diunduh sekarang. Sunting sudah terpasang; jendelanya baru terbuka setelah WebView2 dipasang dari https://developer.microsoft.com/microsoft-edge/webview2/. Baris perintah sunting.exe bekerja tanpa WebView2."
LangString WebView2Failed ${LANG_ENGLISH} "Microsoft Edge WebView2 is not installed and could not be downloaded now. Sunting is installed; its window opens once WebView2 is installed from https://developer.microsoft.com/microsoft-edge/webview2/. The sunting.exe command line works without WebView2."
LangString ShortcutDescription ${LANG_INDONESIAN} "Menyunting dan memeriksa naskah berita"
LangString ShortcutDescription ${LANG_ENGLISH} "Edit and check news copy"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)"
    Abort
  ${EndIf}
FunctionEnd

; Sets $0 to the installed WebView2 runtime's version, or "" when there is none.
Function WebView2Version
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
  SetRegView lastused
FunctionEnd

Section "Sunting" SectionApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\sunting-desktop.exe"
  File "${STAGE}\sunting.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\sunting.ico"
  SetOutPath "$INSTDIR\dictionaries"
  File "${STAGE}\dictionaries\*.*"
  SetOutPath "$INSTDIR\licences"
  File "${STAGE}\licences\*.*"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\sunting.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\sunting-desktop.exe" "" "$INSTDIR\sunting.ico" 0 SW_SHOWNORMAL "" "$(ShortcutDescription)"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\sunting-desktop.exe" "" "$INSTDIR\sunting.ico" 0 SW_SHOWNORMAL "" "$(ShortcutDescription)"
SectionEnd

Section "WebView2" SectionWebView2
  SectionIn RO
  Call WebView2Version
  ${If} $0 != ""
    DetailPrint "WebView2 $0"
    Return
  ${EndIf}
  DetailPrint "$(WebView2Fetching)"
  StrCpy $1 "$TEMP\MicrosoftEdgeWebview2Setup.exe"
  ; curl.exe ships with Windows 10 (1803) and later; PowerShell is the fallback.
  nsExec::ExecToLog '"$WINDIR\System32\curl.exe" --fail --silent --show-error --location --output "$1" "${WEBVIEW2_BOOTSTRAPPER}"'
  Pop $2
  ${If} $2 != 0
    nsExec::ExecToLog 'powershell.exe -NoProfile -NonInteractive -Command "Invoke-WebRequest -UseBasicParsing -Uri ''${WEBVIEW2_BOOTSTRAPPER}'' -OutFile ''$1''"'
    Pop $2
  ${EndIf}
  ${If} $2 == 0
    ExecWait '"$1" /silent /install' $2
    Delete "$1"
  ${EndIf}
  Call WebView2Version
  ${If} $0 == ""
    MessageBox MB_ICONEXCLAMATION "$(WebView2Failed)" /SD IDOK
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$INSTDIR\sunting-desktop.exe"
  Delete "$INSTDIR\sunting.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\sunting.ico"
  RMDir /r "$INSTDIR\dictionaries"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  ; The database in %APPDATA%\id.sunting.desktop stays: uninstalling never loses a story.
SectionEnd
