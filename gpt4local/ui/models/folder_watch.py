"""Models dropped into the models folder (or deleted from it) while the app runs: a rescan.

QFileSystemWatcher says that something in a folder changed, not what, and some platforms say it
for every write: a download's ``.part`` growing can signal many times a second. So a signal only
schedules a look (at most one a second): a snapshot of the model files, taken in the background.
A rescan is asked for only when the model files differ from what the page last showed and held
still from one look to the next, so a model still being copied in is rescanned once, when the
copy is done.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from gpt4local.core.models.folder_snapshot import FolderSnapshot, snapshot
from gpt4local.ui.background import run_in_background

LOOK_DELAY_MS = 1000  # after a change is signalled, and between looks while files still change


class ModelsFolderWatch(QObject):
    changed = Signal()  # the folder's model files changed and hold still: rescan
    looked = Signal()  # a look is done (tests wait on it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_signal)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOK_DELAY_MS)
        self._timer.timeout.connect(self._look)
        self._settled: frozenset | None = None  # the models the page last showed
        self._seen: frozenset | None = None  # the models at the previous look
        self._looking = False

    def watch(self, folder: Path) -> None:
        """Watch ``folder`` (when the models folder moved: instead of the old one)."""
        if folder == self.folder:
            return
        self.folder = folder
        self._settled = self._seen = None
        self._timer.stop()
        self._look()

    def shown(self, folder: Path, models: Iterable[tuple[str, int]]) -> None:
        """A rescan of ``folder`` found ``models`` (path, size): changes count from there. A look
        follows, for changes made while that scan ran."""
        if folder == self.folder:
            self._settled = frozenset(models)
            self._on_signal(str(folder))

    def _on_signal(self, _path: str) -> None:
        if not self._timer.isActive():  # not restarted: a steady stream of signals still looks
            self._timer.start()

    def _look(self) -> None:
        if self._looking:  # one look at a time; this one comes after
            self._timer.start()
            return
        folder = self.folder
        if folder is None:
            return
        self._looking = True
        done = lambda found: self._looked(folder, found)  # noqa: E731
        run_in_background(lambda: snapshot(folder), done, self._failed, self)

    def _failed(self, _error: Exception) -> None:
        self._looking = False  # the next signal looks again; the rescan reports folder errors

    def _looked(self, folder: Path, found: FolderSnapshot) -> None:
        self._looking = False
        if folder != self.folder:  # moved meanwhile: watch() asked for a look at the new one
            return
        self._follow(found.watch)
        models = found.models
        if self._settled is None or models == self._settled:  # None: no rescan shown yet
            self._seen = models
        elif models == self._seen:  # changed, and held still since the previous look
            self._settled = models
            self.changed.emit()
        else:  # still changing (a copy in progress): look again
            self._seen = models
            self._timer.start()
        self.looked.emit()

    def _follow(self, paths: tuple[str, ...]) -> None:
        watched = set(self._watcher.directories())
        gone = watched - set(paths)
        if gone:
            self._watcher.removePaths(sorted(gone))
        new = [p for p in paths if p not in watched]
        if new:
            self._watcher.addPaths(new)
