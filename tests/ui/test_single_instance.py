"""One app per data folder: a second start brings the first one's window to the front.

Issue 10, reproduction: two instances on one data folder appended to the same chat, interleaved;
a Regenerate in one deleted the other's saved message and answer. There was no lock.

The apps run as real processes (offscreen), as a user starts them; each test's data folder is its
own (GPT4LOCAL_HOME), which is also what keeps them apart from each other.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from gpt4local.ui.window.single_instance import LOCK_FILE, SingleInstance, server_name

REPO = Path(__file__).resolve().parents[2]

# The app as `gpt4local` starts it, reporting on stdout when its window is shown and when it is
# asked to come to the front (it then closes, which ends it as it ends for a user).
APP = """
import sys
from gpt4local.cli.main import main as run_cli
from gpt4local.ui.window.main_window import MainWindow

show, activate = MainWindow.show, MainWindow.activateWindow
def show_and_say(window):
    show(window)
    print("shown", flush=True)
def activate_and_close(window):
    activate(window)
    print("brought to the front", flush=True)
    window.close()
MainWindow.show = show_and_say
MainWindow.activateWindow = activate_and_close
print("exit", run_cli([]), flush=True)
"""


def _env(home: Path) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "GPT4LOCAL_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": path}  # fmt: skip


@pytest.fixture
def start_app() -> Iterator:
    started: list[subprocess.Popen[str]] = []

    def start(home: Path) -> subprocess.Popen[str]:
        app = subprocess.Popen([sys.executable, "-c", APP], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env(home))  # fmt: skip
        started.append(app)
        assert app.stdout is not None
        line = app.stdout.readline()  # blocks until the window is shown (or the app ended)
        assert line == "shown\n", line + app.communicate(timeout=60)[1]
        return app

    yield start
    for app in started:
        if app.poll() is None:
            app.kill()
        app.communicate(timeout=60)


def start_again(home: Path) -> subprocess.CompletedProcess[str]:
    """`gpt4local` with no command, as the user types it the second time."""
    return subprocess.run([sys.executable, "-m", "gpt4local"], capture_output=True, text=True,
                          timeout=60, env=_env(home))  # fmt: skip


def test_a_second_start_brings_the_first_window_forward(start_app, isolated_home: Path) -> None:
    first = start_app(isolated_home)
    second = start_again(isolated_home)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr and "brought to the front" in second.stderr
    out, _ = first.communicate(timeout=60)
    assert out == "brought to the front\nexit 0\n"


def test_a_lock_left_by_kill_9_does_not_block_the_next_start(
    start_app, isolated_home: Path
) -> None:
    killed = start_app(isolated_home)
    killed.kill()  # SIGKILL: no chance to remove its lock file or its socket
    killed.wait(timeout=60)
    assert (isolated_home / "data" / "gpt4local.lock").exists()
    successor = start_app(isolated_home)  # fails in start_app if it does not show its window
    again = start_again(isolated_home)  # and it answers on the socket the killed one left
    assert again.returncode == 0, again.stderr
    assert successor.communicate(timeout=60)[0] == "brought to the front\nexit 0\n"


def test_another_data_folder_runs_its_own_app(start_app, tmp_path: Path) -> None:
    first = start_app(tmp_path / "portable-a")
    second = start_app(tmp_path / "portable-b")  # its own window, not the first one's
    assert first.poll() is None and second.poll() is None
    assert server_name(tmp_path / "portable-a" / "data") != server_name(
        tmp_path / "portable-b" / "data"
    )


def test_a_holder_that_does_not_answer_is_named_and_this_start_stops(
    qtbot, isolated_home: Path
) -> None:
    data = isolated_home / "data"
    data.mkdir(parents=True)
    holder = QLockFile(str(data / LOCK_FILE))  # a holder with no socket: as if its window hung
    assert holder.tryLock(0)
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from gpt4local.cli.main import main as run_cli\n"
        "app = QApplication(sys.argv)\n"
        "def answer_the_dialog():\n"
        "    dialog = app.activeModalWidget()\n"
        "    if dialog is None:\n"
        "        return QTimer.singleShot(20, answer_the_dialog)\n"
        "    print('dialog:', dialog.text(), flush=True)\n"
        "    dialog.accept()\n"
        "QTimer.singleShot(0, answer_the_dialog)\n"
        "print('exit', run_cli([]), flush=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=_env(isolated_home))  # fmt: skip
    holder.unlock()
    assert result.stdout.splitlines()[-1:] == ["exit 1"], result.stdout + result.stderr
    assert f"process {os.getpid()}" in result.stdout
    assert result.stderr.startswith("gpt4local: error: gpt4local is already running with the data")
    assert not list((isolated_home / "data").glob("chats.db*"))  # it never opened the chats


def test_two_instances_in_one_process(qtbot, tmp_path: Path) -> None:
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.claim()
    assert not second.claim()
    assert second.holder() == f"process {os.getpid()}"
    first.release()
    assert second.claim()  # released: the next one may have it
    second.release()
