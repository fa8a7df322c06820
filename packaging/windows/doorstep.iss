; Inno Setup script for Doorstep (see README.md in this folder for the build steps).
#define AppName "Doorstep"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0E3C52-6C0B-4A7E-9C5E-0D00A5E5D001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Doorstep
DefaultDirName={autopf}\Doorstep
DefaultGroupName=Doorstep
OutputDir=..\..\build\installer
OutputBaseFilename=doorstep-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\stage\bin\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Doorstep"; Filename: "{app}\doorstep.exe"
Name: "{group}\Doorstep 演示数据 (demo)"; Filename: "{app}\doorstep.exe"; Parameters: "--demo"
Name: "{autodesktop}\Doorstep"; Filename: "{app}\doorstep.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\doorstep.exe"; Description: "{cm:LaunchProgram,Doorstep}"; Flags: nowait postinstall skipifsilent
