; Inno Setup 6.3+ script: installs the PyInstaller bundle (dist\guadan\) with Start-menu and
; desktop shortcuts; setup speaks Chinese (Simplified) or English. Uninstalling keeps the
; store's data (database, evidence files, backups, logs) unless the user asks to delete it.
; Saved as UTF-8 with BOM: Inno Setup reads the Chinese strings correctly only then.
; Build (see installer\README.md):  iscc /DAppVersion=0.1.0 installer\windows\guadan.iss

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=x.y.z installer\windows\guadan.iss
#endif
#define AppName "guadan"
#define AppExe "guadan.exe"
#define CliExe "guadan-cli.exe"
#define Bundle "..\..\dist\guadan"

[Setup]
; AppId identifies the product to Windows for upgrades and uninstall: never change it.
AppId={{6B0F3C52-6E1D-4C1B-9F2A-2C5E8A7D4F10}
AppName={#AppName}
AppVerName={cm:AppDisplayName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=The guadan developers
AppPublisherURL=https://github.com/guadan/guadan
DefaultDirName={autopf}\guadan
DefaultGroupName={cm:AppDisplayName}
DisableProgramGroupPage=yes
; The counter PC's admin installs for every cashier; a per-user install is offered too.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=guadan-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\guadan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppDisplayName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Windows' Restart Manager closes a running guadan before files are replaced.
CloseApplications=yes

[Languages]
; ChineseSimplified.isl is an *unofficial* Inno Setup translation: it is not installed with
; Inno Setup; fetch it beside this script first (installer\README.md says how).
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppDisplayName=挂单撤销
english.AppDisplayName=guadan
chinesesimplified.DoctorName=挂单撤销 环境检查
english.DoctorName=guadan diagnostics
chinesesimplified.RemoveDataPrompt=是否同时删除本店数据？%n%n%1%n%n其中包括数据库、凭证附件、备份和日志，删除后无法恢复。%n选择“否”将保留数据（推荐），重新安装后可继续使用。
english.RemoveDataPrompt=Also delete the store's data?%n%n%1%n%nThis is the database, evidence files, backups and logs; deleted data cannot be recovered.%nChoose No to keep it (recommended): a new installation will find it again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppDisplayName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
; For support calls: a console that runs `guadan doctor` and stays open.
Name: "{group}\{cm:DoctorName}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" doctor"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppDisplayName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppDisplayName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppDisplayName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for data: it lives outside {app} and is only removed through the
; prompt below (or /REMOVEDATA on a silent uninstall).

[Code]
{ Where guadan keeps its data: platformdirs' user_data_dir("guadan", appauthor=False) on
  Windows is %LOCALAPPDATA%\guadan, and the log and cache dirs sit inside it. }
function StoreDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\guadan');
end;

{ A silent uninstall never deletes data unless told so explicitly: unins000.exe /SILENT /REMOVEDATA }
function RemoveDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := StoreDataDir();
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent() then
    Remove := RemoveDataRequested()
  else
    { No is the default button: a hurried Enter keeps the store's records. }
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveDataPrompt'), [DataDir]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
    DelTree(DataDir, True, True, True);
end;
