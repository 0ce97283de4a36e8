<#
.SYNOPSIS
    Build Go4Brussels Desktop for Windows, and its installer, in one command.

.DESCRIPTION
    From a checkout of the repository, in PowerShell (Windows PowerShell 5.1 or PowerShell 7):

        powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1

    1. finds Python 3.11 or newer (the py launcher, or python on PATH; or -Python C:\path\python.exe)
    2. creates the venv .venv (if missing) and installs the program and PyInstaller into it
    3. runs PyInstaller: dist\g4b-desktop\ holds g4b-desktop.exe (the window) and g4b.exe (the command line)
    4. checks the bundle: g4b-desktop.exe --smoke-test (offscreen) and g4b.exe selfcheck
    5. runs Inno Setup's ISCC.exe if it is installed (winget install JRSoftware.InnoSetup):
       dist\installer\Go4Brussels-Desktop-<version>-Setup.exe, a per-user installer without admin rights

    Needs the internet for step 2 only (PyPI).

.PARAMETER Python
    The python.exe to create the venv with (default: found by itself).
.PARAMETER Venv
    The venv folder (default: .venv in the repository).
.PARAMETER SkipChecks
    Do not run the bundle's smoke test and self-check.
.PARAMETER SkipInstaller
    Stop after PyInstaller and the checks; do not run Inno Setup.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Venv = ".venv",
    [switch]$SkipChecks,
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Started = Get-Date

function Invoke-Native {
    # Run a program; stop the build if it fails (native programs do not throw by themselves).
    param([Parameter(Mandatory)][string]$Program, [string[]]$Arguments = @())
    $ErrorActionPreference = "Continue"  # a warning on stderr is no failure; the exit code says
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)"
    }
}

function Test-Python([string]$Candidate) {
    # True for a real Python 3.11+ (not the Microsoft Store stub that only opens the Store).
    $ErrorActionPreference = "Continue"
    try {
        & $Candidate -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" 2>$null | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Find-Python {
    $ErrorActionPreference = "Continue"  # py.exe reports a missing version on stderr
    if ($Python) {
        if (Test-Python $Python) { return $Python }
        throw "$Python is not Python 3.11 or newer."
    }
    $launcher = Get-Command py.exe -ErrorAction SilentlyContinue
    if ($launcher) {
        # 3.11 first: the version the Linux build and CI use
        foreach ($version in @("-3.11", "-3.12", "-3.13")) {
            $found = & $launcher.Source $version -c "import sys; print(sys.executable)" 2>$null
            if ($LASTEXITCODE -eq 0 -and $found) { return ([string]$found).Trim() }
        }
    }
    $onPath = Get-Command python.exe -ErrorAction SilentlyContinue
    if ($onPath -and (Test-Python $onPath.Source)) { return $onPath.Source }
    throw "Python 3.11 or newer was not found. Install it from python.org (tick 'Add python.exe to PATH'), or pass -Python C:\path\to\python.exe."
}

function Find-Iscc {
    $command = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    return $null
}

# 1-2. The venv with the program and PyInstaller.
if (-not [System.IO.Path]::IsPathRooted($Venv)) { $Venv = Join-Path $Root $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    $base = Find-Python
    Write-Host "Creating $Venv with $base"
    Invoke-Native $base @("-m", "venv", $Venv)
}
Invoke-Native $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Native $Py @("-m", "pip", "install", "--quiet", "-e", ".", "-r", "installer\requirements-build.txt")
$Version = (& $Py -c "import g4b_desktop; print(g4b_desktop.__version__)").Trim()
$NumericVersion = ($Version -replace "[^0-9.].*$", "").TrimEnd(".")

# 3. PyInstaller.
Write-Host "Building Go4Brussels Desktop $Version for Windows"
foreach ($folder in @("build\g4b-desktop", "dist\g4b-desktop")) {
    if (Test-Path $folder) { Remove-Item -Recurse -Force $folder }
}
Invoke-Native $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", "dist", "--workpath", "build", "installer\g4b-desktop.spec")
$Bundle = Join-Path $Root "dist\g4b-desktop"
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: {0} ({1:N0} MB)" -f $Bundle, $Size)

# 4. The bundle's own checks, with a throw-away data folder.
if (-not $SkipChecks) {
    $checkData = Join-Path ([System.IO.Path]::GetTempPath()) ("g4b-check-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $checkData | Out-Null
    $savedPlatform = $env:QT_QPA_PLATFORM
    $savedData = $env:G4B_DATA_DIR
    try {
        $env:QT_QPA_PLATFORM = "offscreen"
        $env:G4B_DATA_DIR = $checkData
        # g4b-desktop.exe is a windowed program: wait for it explicitly to get its exit code.
        $smoke = Start-Process -FilePath (Join-Path $Bundle "g4b-desktop.exe") -ArgumentList "--smoke-test" `
                               -Wait -PassThru -NoNewWindow
        if ($smoke.ExitCode -ne 0) { throw "g4b-desktop.exe --smoke-test failed (exit code $($smoke.ExitCode))" }
        Write-Host "smoke test: ok"
        $report = & (Join-Path $Bundle "g4b.exe") selfcheck
        $report | ForEach-Object { Write-Host "  $_" }
        if ($LASTEXITCODE -ne 0) { throw "g4b.exe selfcheck found problems" }
        if (-not ($report -contains "defusedxml: active")) { throw "openpyxl's defusedxml protection is not active in the bundle" }
    } finally {
        $env:QT_QPA_PLATFORM = $savedPlatform
        $env:G4B_DATA_DIR = $savedData
        Remove-Item -Recurse -Force $checkData -ErrorAction SilentlyContinue
    }
}

# 5. The installer.
if (-not $SkipInstaller) {
    $iscc = Find-Iscc
    if ($iscc) {
        Invoke-Native $iscc @("/Q", "/DAppVersion=$Version", "/DNumericVersion=$NumericVersion", "installer\g4b-desktop.iss")
        Get-ChildItem (Join-Path $Root "dist\installer") -Filter "*$Version*Setup.exe" |
            ForEach-Object { Write-Host ("installer: {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB)) }
    } else {
        Write-Warning ("Inno Setup 6 (ISCC.exe) was not found, so no installer was made. Install it " +
                       "(winget install JRSoftware.InnoSetup) and run this script again; the bundle " +
                       "dist\g4b-desktop\ also runs as it is.")
    }
}
Write-Host ("done in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)
