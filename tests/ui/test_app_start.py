"""`gpt4local` with no sub-command opens the window (and the event loop ends cleanly).

It runs in a child process: quitting the application's event loop here would also end the test
session's shared QApplication loop.
"""

import json
import os
import subprocess
import sys

from gpt4local.core import paths

START_AND_CLOSE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gpt4local.cli.main import main as run_cli

seen = []
def look_and_close():
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            seen.append(widget.windowTitle())
            widget.close()  # the last window closing ends the app, as for a user

app = QApplication(sys.argv)
QTimer.singleShot(200, look_and_close)
status = run_cli([])
print(json.dumps({"status": status, "windows": seen}))
"""


def test_no_command_starts_the_gui_and_creates_the_folders(isolated_home):
    result = subprocess.run(
        [sys.executable, "-c", START_AND_CLOSE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "windows": ["gpt4local"]}
    assert paths.models_dir().is_dir()
    assert str(paths.models_dir()).startswith(str(isolated_home))


CLOSE_WHILE_A_JOB_RUNS = """
import json, sys, threading
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from gpt4local.cli.main import main as run_cli
from gpt4local.ui.background import run_in_background

finished = threading.Event()

def slow_job():
    finished.wait(0.5)  # still running when the window closes
    finished.set()

def start_a_job_and_close():
    [window] = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
    run_in_background(slow_job, lambda _: None, lambda _: None, window)
    window.close()

app = QApplication(sys.argv)
QTimer.singleShot(200, start_a_job_and_close)
status = run_cli([])
print(json.dumps({"status": status, "job_done": finished.is_set(),
                  "still_running": QThreadPool.globalInstance().activeThreadCount()}))
"""


def test_quitting_waits_for_background_jobs_so_the_exit_does_not_crash(isolated_home):
    """A job outliving the app would report to a relay the interpreter's teardown deleted."""
    result = subprocess.run([sys.executable, "-c", CLOSE_WHILE_A_JOB_RUNS], capture_output=True,
                            text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "job_done": True, "still_running": 0}
    assert "Signal source has been deleted" not in result.stderr


def test_app_icon_ships_with_the_package():
    assert paths.resource_path("icons/gpt4local.svg").read_text().startswith("<svg")
