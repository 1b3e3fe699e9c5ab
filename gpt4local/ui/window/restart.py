"""Restart now (after a language change): the window closes as on quit, everything is saved and
the single-instance claim released, then the same command starts again.

The new process starts only after this one let go of the data folder, else it would find "an
instance already running" and hand over to the one that is leaving.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

_requested = False


def request_restart(window: QWidget) -> None:
    """Close ``window``; if it closes (nothing waits to be applied), start again after quit."""
    global _requested
    _requested = True
    window.close()
    _requested = not window.isVisible()


def restart_command(argv: Sequence[str], executable: str = sys.executable,
                    frozen: bool = bool(getattr(sys, "frozen", False))) -> list[str]:  # fmt: skip
    """How this run was started, without ``--lang``: the new run takes the language chosen in
    the settings. A frozen app is its own executable; else Python runs the package."""
    arguments, skip = [], False
    for argument in argv[1:]:
        if skip or argument.startswith("--lang="):
            skip = False
            continue
        if argument == "--lang":
            skip = True
            continue
        arguments.append(argument)
    start = [executable] if frozen else [executable, "-m", "gpt4local"]
    return [*start, *arguments]


def restart_if_requested(argv: Sequence[str]) -> bool:
    """After the event loop ended: start the app again if Restart now asked for it."""
    global _requested
    if not _requested:
        return False
    _requested = False
    subprocess.Popen(restart_command(argv), start_new_session=True)  # outlives this process
    return True
