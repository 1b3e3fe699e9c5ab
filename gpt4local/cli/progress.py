"""What `gpt4local models download` shows while it works, on stderr.

Connecting, each retry (its reason, which retry of how many, and the wait) and the checksum get
a line of their own, on a terminal and in a log alike: a download that cannot connect spends a
minute retrying, and a silent minute looks like a hang. Bytes get a progress bar on a terminal.
"""

from __future__ import annotations

import shutil
import sys
from typing import Any, TextIO

from gpt4local.core.downloads.progress import Progress
from gpt4local.core.units import human_size


class DownloadReport:
    def __init__(self, name: str, host: str, stream: TextIO | None = None) -> None:
        self.name = name
        self.host = host
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty()
        self.phase = ""
        self._bar: Any = None

    def __call__(self, progress: Progress) -> None:
        if progress.phase != self.phase or progress.phase == "retrying":
            self.phase = progress.phase
            self._close_bar()
            self.say(self._phase_line(progress))
        if self.interactive and progress.phase in ("downloading", "verifying"):
            self._show_bar(progress)

    def say(self, line: str) -> None:
        """A line of its own, above the progress bar if one is showing."""
        self._close_bar()
        print(line, file=self.stream, flush=True)

    def close(self) -> None:
        self._close_bar()

    def _phase_line(self, progress: Progress) -> str:
        if progress.phase == "connecting":
            return f"{self.name}: connecting to {self.host}…"
        if progress.phase == "retrying":
            return f"{self.name}: {progress.note}"
        if progress.phase == "downloading":
            size = f" {human_size(progress.total)}" if progress.total else ""
            start = f" ({human_size(progress.done)} already here)" if progress.done else ""
            return f"{self.name}: downloading{size}{start}…"
        if progress.phase == "verifying":
            note = f" ({progress.note})" if progress.note else ""
            return f"{self.name}: checking the file{note}…"
        return f"{self.name}: {progress.phase}"

    def _show_bar(self, progress: Progress) -> None:
        from tqdm import tqdm

        if self._bar is None:
            # Some terminals (a pty without a size) report 0 columns: tqdm then draws nothing.
            width = shutil.get_terminal_size((80, 24)).columns or 80
            self._bar = tqdm(total=progress.total, unit="B", unit_scale=True, unit_divisor=1024,
                             desc=self.name, file=self.stream, ncols=width,
                             leave=False)  # fmt: skip
        if progress.note and progress.phase == "downloading":
            self._bar.set_postfix_str(progress.note, refresh=False)
        self._bar.n = progress.done
        self._bar.refresh()

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
