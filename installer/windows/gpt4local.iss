; Inno Setup script for gpt4local: a per-user installer that needs no administrator rights.
; installer\windows\build.ps1 runs it after PyInstaller; by hand:
;   ISCC /DAppVersion=0.1.0 /DBackend=cpu installer\windows\gpt4local.iss
; Input:  dist\gpt4local\ (the one-folder bundle: gpt4local.exe, gpt4local-cli.exe, _internal\)
; Output: dist\gpt4local-<version>-<backend>-setup.exe
; Needs Inno Setup 6.3 or later (the x64compatible architecture name).

#ifndef AppVersion
  #error Pass the version from the build: ISCC /DAppVersion=0.1.0 ...
#endif
#ifndef Backend
  #define Backend "cpu"
#endif
; Windows' file version must be numbers only ("0.1.0", not "0.1.0rc1"); build.ps1 passes it.
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#define RepoRoot AddBackslash(SourcePath) + "..\.."
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\gpt4local"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

[Setup]
; One AppId for every version and backend: installing the CUDA build replaces the CPU one.
AppId={{6F0E2B7C-3A51-4D8E-9C2F-5B7D41A0E963}
AppName=gpt4local
AppVersion={#AppVersion}
AppVerName=gpt4local {#AppVersion} ({#Backend})
AppPublisher=The gpt4local contributors
AppComments=A private ChatGPT that runs entirely on your own computer
VersionInfoVersion={#AppNumericVersion}
; Per user, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs. An administrator can still
; install for all users from the command line with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\gpt4local
DefaultGroupName=gpt4local
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#RepoRoot}\LICENSE
SetupIconFile={#RepoRoot}\resources\icons\gpt4local.ico
UninstallDisplayIcon={app}\gpt4local.exe
UninstallDisplayName=gpt4local
; A running gpt4local holds its DLLs open: ask it to close (Restart Manager) before replacing them.
CloseApplications=yes
OutputDir={#OutputDir}
OutputBaseFilename=gpt4local-{#AppVersion}-{#Backend}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade (or a switch of backend) replaces the bundle as a whole, so no DLL of the old one is
; left to be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\gpt4local"; Filename: "{app}\gpt4local.exe"; Comment: "A private ChatGPT on your own computer"
Name: "{autodesktop}\gpt4local"; Filename: "{app}\gpt4local.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\gpt4local.exe"; Description: "{cm:LaunchProgram,gpt4local}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what setup installed: models, chats and settings live in
; %LOCALAPPDATA%\gpt4local and are the user's (models are gigabytes they may want to keep).
