<#
.SYNOPSIS
    Build the Windows installer: dist\gpt4local-<version>-<backend>-setup.exe

.DESCRIPTION
    1. a virtual environment in build\venv-<backend>;
    2. llama-cpp-python compiled for the backend (CMAKE_ARGS), cached per backend and CMake flags;
    3. a real (non-editable) install of gpt4local plus PyInstaller; the backend is checked in the
       compiled llama.cpp and baked into the installed package (gpt4local.core.inference.llama_build --bake);
    4. PyInstaller with installer\gpt4local.spec -> dist\gpt4local\ (gpt4local.exe, windowed;
       gpt4local-cli.exe, console);
    5. the frozen app's --self-test, with a throw-away home folder;
    6. Inno Setup (installer\windows\gpt4local.iss) -> the setup.exe.

    Needs: Python 3.10+ (python.org or the Store), Visual Studio 2022 Build Tools with the C++
    workload, CMake, Inno Setup 6.3+ (winget install JRSoftware.InnoSetup). For cuda: the CUDA
    Toolkit (nvcc on PATH or CUDA_PATH). For vulkan: the Vulkan SDK (VULKAN_SDK).

    Environment: CMAKE_ARGS (extra llama.cpp flags, added to the backend's own),
    GPT4LOCAL_WHEEL_CACHE (where compiled llama-cpp-python wheels are kept).

.PARAMETER Backend
    cpu (default), cuda or vulkan.

.PARAMETER Python
    The interpreter to build with (default: python).

.PARAMETER SkipSelfTest
    Do not run the frozen app's --self-test: a cuda or vulkan build cannot load llama.cpp on a
    build machine without that GPU driver (nvcuda.dll, vulkan-1.dll).

.EXAMPLE
    pwsh installer\windows\build.ps1 -Backend cuda
#>
[CmdletBinding()]
param(
    [ValidateSet("cpu", "cuda", "vulkan")]
    [string] $Backend = "cpu",
    [string] $Python = "python",
    [switch] $SkipSelfTest
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
$Started = Get-Date

function Step([string] $Message) { Write-Host ""; Write-Host "== $Message" }

# Native programs report failure by exit code only; stop at the first one.
function Invoke-Native([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Venv = Join-Path $Root "build\venv-$Backend"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Work = Join-Path $Root "build\pyinstaller-$Backend"
$Dist = Join-Path $Root "dist"
$Bundle = Join-Path $Dist "gpt4local"
$WheelCache = if ($env:GPT4LOCAL_WHEEL_CACHE) { $env:GPT4LOCAL_WHEEL_CACHE } else {
    Join-Path $env:LOCALAPPDATA "gpt4local-build\wheels"
}

# GGML_NATIVE=OFF: compile for a baseline x86-64 (AVX2/FMA/F16C), not for the build machine's CPU;
# a native build on a CI machine with AVX-512 would crash on most desktop CPUs.
$BackendCmake = @{
    cpu    = "-DGGML_NATIVE=OFF"
    cuda   = "-DGGML_NATIVE=OFF -DGGML_CUDA=on"
    vulkan = "-DGGML_NATIVE=OFF -DGGML_VULKAN=on"
}[$Backend]
$LlamaCmakeArgs = ("$BackendCmake $env:CMAKE_ARGS").Trim()

# --- prerequisites, checked first so that a missing tool fails in seconds, not after the compile
if (-not (Get-Command $Python -ErrorAction SilentlyContinue)) {
    throw "$Python not found (install Python 3.10+ or pass -Python C:\path\to\python.exe)"
}
# Python snippets use single quotes only: Windows PowerShell 5.1 mangles embedded double quotes.
$Version = (& $Python -c @'
import ast, pathlib, sys
if sys.version_info < (3, 10):
    sys.exit('Python 3.10+ is needed')
tree = ast.parse(pathlib.Path('gpt4local/__init__.py').read_text(encoding='utf-8'))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, 'id', '') == '__version__' for t in n.targets)))
'@)
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read __version__ (or Python too old)" }
$Version = "$Version".Trim()
# Windows file versions are numbers only: "0.2.0rc1" -> "0.2.0".
$NumericVersion = ($Version -replace '[^0-9.].*$', '').TrimEnd('.')
$Iscc = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue | ForEach-Object { $_.Source }),
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) { throw "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
if ($Backend -eq "cuda" -and -not (Get-Command nvcc.exe -ErrorAction SilentlyContinue) -and -not $env:CUDA_PATH) {
    throw "the CUDA Toolkit is needed for -Backend cuda (nvcc not on PATH, CUDA_PATH not set)"
}
if ($Backend -eq "vulkan" -and -not $env:VULKAN_SDK) {
    throw "the Vulkan SDK is needed for -Backend vulkan (VULKAN_SDK not set)"
}
Write-Host "gpt4local $Version, backend $Backend; llama.cpp CMake flags: $LlamaCmakeArgs"

# --- 1. a virtual environment of our own (reused)
Step "virtual environment $Venv"
if (-not (Test-Path $VenvPython)) { Invoke-Native "creating the venv" { & $Python -m venv $Venv } }
Invoke-Native "upgrading pip" { & $VenvPython -m pip install --quiet --upgrade pip }

# --- 2. llama-cpp-python compiled for this backend
# Not pip's own wheel cache: pip keys a built wheel by the sdist alone, so a wheel compiled earlier
# for another backend would come back silently. This cache is keyed by the CMake flags.
$LlamaRequirement = (& $VenvPython -c @'
import re, tomllib
deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']
print(next(d for d in deps if re.match('llama[-_]cpp[-_]python', d, re.I)))
'@)
if ($LASTEXITCODE -ne 0) { throw "cannot find llama-cpp-python in pyproject.toml" }
$Sha = [System.Security.Cryptography.SHA256]::Create()
$FlagsKey = (-join ($Sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($LlamaCmakeArgs)) |
    ForEach-Object { $_.ToString("x2") })).Substring(0, 12)
$LlamaWheels = Join-Path $WheelCache "$Backend-$FlagsKey"
function Find-LlamaWheel {
    Get-ChildItem -Path $LlamaWheels -Filter "llama_cpp_python-*.whl" -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime | Select-Object -Last 1
}
Step "llama-cpp-python ($LlamaRequirement) for $Backend, wheels in $LlamaWheels"
if (-not (Find-LlamaWheel)) {
    Write-Host "compiling llama.cpp (several minutes; cached afterwards)"
    New-Item -ItemType Directory -Force -Path $LlamaWheels | Out-Null
    Set-Content -Path (Join-Path $LlamaWheels "cmake-args.txt") -Value $LlamaCmakeArgs
    $env:CMAKE_ARGS = $LlamaCmakeArgs
    try {
        Invoke-Native "compiling llama-cpp-python" {
            & $VenvPython -m pip wheel --no-deps --no-cache-dir --no-binary llama-cpp-python `
                --wheel-dir $LlamaWheels $LlamaRequirement
        }
    } finally {
        Remove-Item Env:CMAKE_ARGS -ErrorAction SilentlyContinue
    }
}
$LlamaWheel = (Find-LlamaWheel).FullName
Write-Host "using $(Split-Path -Leaf $LlamaWheel)"

# --- 3. the app: a real install (PyInstaller's spec refuses an editable one) and the backend
Step "installing gpt4local and PyInstaller into $Venv"
# setuptools keeps files deleted from the source in build\lib; start clean.
Remove-Item -Recurse -Force (Join-Path $Root "build\lib") -ErrorAction SilentlyContinue
& {
    # pip warns on stderr when gpt4local is not installed yet; Windows PowerShell 5.1 would turn
    # that redirected warning into a terminating error under "Stop".
    $ErrorActionPreference = "Continue"
    & $VenvPython -m pip uninstall --quiet --yes gpt4local 2>&1 | Out-Null
}
Invoke-Native "pip install" {
    & $VenvPython -m pip install --quiet $LlamaWheel $Root "pyinstaller>=6.10,<7"
}
Remove-Item -Recurse -Force (Join-Path $Root "build\lib") -ErrorAction SilentlyContinue
# -I: only what was installed, never the checkout. --check reads llama_cpp\lib without loading it
# (a CUDA build cannot load here without the NVIDIA driver); --bake writes the installed package's
# _build_info.py, which --version, --self-test and the About dialog read.
Invoke-Native "the $Backend library check" { & $VenvPython -I -m gpt4local.core.inference.llama_build --check $Backend }
Invoke-Native "baking the backend" { & $VenvPython -I -m gpt4local.core.inference.llama_build --bake $Backend }

# --- 4. freeze
Step "PyInstaller (installer\gpt4local.spec)"
Remove-Item -Recurse -Force $Bundle -ErrorAction SilentlyContinue
$env:GPT4LOCAL_BACKEND = $Backend
Push-Location (Join-Path $Root "build")  # keep the checkout off sys.path while PyInstaller looks
try {
    Invoke-Native "PyInstaller" {
        & (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
            --distpath $Dist --workpath $Work (Join-Path $Root "installer\gpt4local.spec")
    }
} finally {
    Pop-Location
    Remove-Item Env:GPT4LOCAL_BACKEND -ErrorAction SilentlyContinue
}
$Cli = Join-Path $Bundle "gpt4local-cli.exe"
if (-not (Test-Path (Join-Path $Bundle "gpt4local.exe")) -or -not (Test-Path $Cli)) {
    throw "PyInstaller made no gpt4local.exe / gpt4local-cli.exe in $Bundle"
}

# --- 5. does the frozen app run? (the console twin: the windowed exe has no stdout)
Step "self-test of the frozen app"
$Home_ = Join-Path ([IO.Path]::GetTempPath()) ("gpt4local-selftest-" + [Guid]::NewGuid())
$env:GPT4LOCAL_HOME = $Home_
try {
    $Reported = (& $Cli --version)
    if ($LASTEXITCODE -ne 0) { throw "the frozen app failed to run: $Cli --version" }
    Write-Host $Reported
    if ("$Reported".Trim() -ne "gpt4local $Version (llama.cpp $Backend)") {
        throw "the frozen app says '$Reported', expected 'gpt4local $Version (llama.cpp $Backend)'"
    }
    if ($SkipSelfTest) {
        Write-Host "--self-test skipped (-SkipSelfTest)"
    } else {
        Invoke-Native "the frozen app's --self-test" { & $Cli --self-test }
    }
} finally {
    Remove-Item Env:GPT4LOCAL_HOME -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $Home_ -ErrorAction SilentlyContinue
}

# --- 6. the installer
Step "Inno Setup ($Iscc)"
Invoke-Native "ISCC" {
    & $Iscc /Q "/DAppVersion=$Version" "/DAppNumericVersion=$NumericVersion" "/DBackend=$Backend" `
        "/DBundleDir=$Bundle" "/DOutputDir=$Dist" (Join-Path $Root "installer\windows\gpt4local.iss")
}
$Setup = Join-Path $Dist "gpt4local-$Version-$Backend-setup.exe"
if (-not (Test-Path $Setup)) { throw "Inno Setup made no $Setup" }

$Took = (Get-Date) - $Started
Step ("done in {0:mm} min {0:ss} s" -f $Took)
Get-Item $Setup | Format-Table Name, @{ Label = "MB"; Expression = { [math]::Round($_.Length / 1MB, 1) } }
