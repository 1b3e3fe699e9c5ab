"""The launch names the X11 libraries Qt lacks, in one line, instead of Qt's core dump.

Issue 10, reproduction: on a stock Debian 12, `gpt4local` aborts (exit 134) with Qt's "no Qt
platform plugin could be initialized" because libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1
are missing; after installing libxcb-cursor0 (the one Qt names) it still fails with no new hint.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gpt4local.diagnostics import qt_preflight
from gpt4local.diagnostics.qt_preflight import platforms_qt_tries, xcb_problem

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")

STOCK_DEBIAN_12_MISSING = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
REPO = Path(__file__).resolve().parent.parent
PYSIDE6 = Path(qt_preflight.platform_plugin("xcb") or "").parent.parent.parent.parent


def test_a_stock_debian_gets_every_package_in_one_line() -> None:
    looked_at: list[Path] = []

    def lookup(plugin: Path) -> list[str]:
        looked_at.append(plugin)
        return STOCK_DEBIAN_12_MISSING

    message = xcb_problem({"DISPLAY": ":0"}, lookup)
    assert message is not None and "\n" not in message
    assert looked_at == [qt_preflight.platform_plugin("xcb")]
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4 and libxcb-keysyms.so.1" in message
    assert "apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 (Debian, Ubuntu)" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms (Fedora)" in message


def test_after_installing_the_one_qt_names_the_others_are_still_named() -> None:
    message = xcb_problem({"DISPLAY": ":0"}, lambda plugin: STOCK_DEBIAN_12_MISSING[1:])
    assert message is not None
    assert "apt install libxcb-icccm4 libxcb-keysyms1 " in message
    assert "libxcb-cursor" not in message


def test_a_library_of_no_known_package_is_still_named() -> None:
    message = xcb_problem({"DISPLAY": ":0"}, lambda plugin: ["libxcb-icccm.so.4", "libodd.so.2"])
    assert message is not None
    assert "apt install libxcb-icccm4 (Debian, Ubuntu)" in message
    assert message.endswith("and the package that provides libodd.so.2.")


@pytest.mark.parametrize(
    "env",
    [
        {},  # no display: Qt's own message says so
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
    ],
)
def test_no_question_when_x11_is_not_what_qt_will_use(env: dict[str, str]) -> None:
    def lookup(plugin: Path) -> list[str]:
        raise AssertionError(f"looked at {plugin}")

    assert xcb_problem(env, lookup) is None


def test_a_wayland_session_asks_only_when_wayland_cannot_load_either() -> None:
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    xcb_missing = lambda plugin: ["libxcb-icccm.so.4"] if "qxcb" in plugin.name else []  # noqa: E731
    assert xcb_problem(env, xcb_missing) is None
    assert xcb_problem(env, lambda plugin: ["libxcb-icccm.so.4"]) is not None


@pytest.mark.parametrize(
    ("env", "tried"),
    [
        ({}, ["xcb"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland", "xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, ["xcb"]),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "w"}, ["wayland", "xcb"]),
    ],
)
def test_platforms_in_qts_order(env: dict[str, str], tried: list[str]) -> None:
    assert platforms_qt_tries(env) == tried


def missing_here() -> list[str]:
    """The real check on this machine's real X11 plugin, in a fresh process: loading the plugin
    into this one would leave it loaded for the other tests."""
    plugin = qt_preflight.platform_plugin("xcb")
    assert plugin is not None
    return subprocess.run(
        [sys.executable, "-c", "import sys; from gpt4local.diagnostics import qt_preflight as q; "
         "from pathlib import Path; print(*q.missing_libraries(Path(sys.argv[1])))", str(plugin)],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout.split()  # fmt: skip


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (glibc)")
def test_the_real_check_agrees_with_the_dynamic_linker() -> None:
    ldd = subprocess.run(["ldd", str(qt_preflight.platform_plugin("xcb"))],
                         capture_output=True, text=True, check=False)  # fmt: skip
    expected = {line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line}
    assert sorted(missing_here()) == sorted(expected)


def _pyside6_without(tmp_path: Path, library: str) -> Path:
    """A PySide6 whose Qt lacks one library: links to the real files, except that one.

    The X11 plugin is a copy, not a link: Qt and the dynamic linker resolve a linked plugin to
    the real folder, where the library is still present.
    """
    farm = tmp_path / "site" / "PySide6"
    own_folders = ["", "Qt", "Qt/lib", "Qt/plugins", "Qt/plugins/platforms"]
    for name in own_folders:
        (farm / name).mkdir(parents=True, exist_ok=True)
    for name in own_folders:
        for entry in (PYSIDE6 / name).iterdir():
            if entry.name != library and not (farm / name / entry.name).exists():
                (farm / name / entry.name).symlink_to(entry)
    platforms = farm / "Qt/plugins/platforms"
    (platforms / "libqxcb.so").unlink()
    shutil.copy(PYSIDE6 / "Qt/plugins/platforms/libqxcb.so", platforms / "libqxcb.so")
    return farm.parent


def test_launch_with_a_library_really_missing_is_one_line_not_a_core_dump(
    tmp_path: Path, isolated_home: Path
) -> None:
    """Qt's own X11 library taken away: before the fix, Qt aborted (exit 134)."""
    site = _pyside6_without(tmp_path, "libQt6XcbQpa.so.6")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":0", PYTHONPATH=os.pathsep.join([str(site), str(REPO)]))
    result = subprocess.run(
        [sys.executable, "-m", "gpt4local"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("gpt4local: error: the window cannot open: ")
    assert "libQt6XcbQpa.so.6, which is not installed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


START_AND_CLOSE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gpt4local.cli.main import main as run_cli
from gpt4local.ui.window.main_window import MainWindow

seen = []
def look_and_close():
    app = QApplication.instance()
    for widget in app.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            seen.append([app.platformName(), widget.windowTitle()])
            widget.close()  # the last window closing ends the app, as for a user

show = MainWindow.show
def show_then_close(window):
    show(window)
    QTimer.singleShot(0, look_and_close)

MainWindow.show = show_then_close
status = run_cli([])
print(json.dumps({"status": status, "windows": seen}))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (apt install xvfb)")
def test_the_launch_under_xvfb_opens_the_window_with_x11_or_names_what_is_missing(
    isolated_home: Path,
) -> None:
    """`gpt4local` as in the README, on a real X server (Xvfb) with Qt's real X11 plugin."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", START_AND_CLOSE],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if missing_here():  # a machine like the issue's: the one line, and no core dump
        assert report == {"status": 1, "windows": []}
        assert result.stderr.startswith("gpt4local: error: the window cannot open: ")
        assert "sudo apt install" in result.stderr
    else:
        assert report == {"status": 0, "windows": [["xcb", "gpt4local"]]}


def test_the_readme_lists_every_package_the_check_knows() -> None:
    readme = (REPO / "README.md").read_text()
    apt, dnf = qt_preflight.install_commands(qt_preflight.PACKAGES)
    assert f"{apt}   # Debian, Ubuntu\n" in readme
    assert f"{dnf}   # Fedora\n" in readme
