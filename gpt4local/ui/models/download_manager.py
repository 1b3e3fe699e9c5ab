"""The download queue behind the Models page: one transfer at a time, in a worker thread.

Each item is keyed by its local file name. Pause stops the transfer and keeps the ``.part``
(so does quitting the app: the next start lists it as paused); Resume continues it with a Range
request; Cancel stops it and deletes the part. The transfer itself is core.downloads.Transfer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gpt4local.core.downloads import part_files as download_files
from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.downloads.transfer import DownloadCancelled, Progress, Transfer
from gpt4local.core.errors import UserFacingError
from gpt4local.ui.background import run_in_background
from gpt4local.ui.i18n.core_messages import describe

QUEUED, RUNNING, PAUSED, FAILED, DONE = "queued", "running", "paused", "failed", "done"


@dataclass
class _Control:
    """Shared with the worker thread: the event is thread-safe, discard is read after it fires."""

    cancel: threading.Event = field(default_factory=threading.Event)
    discard: bool = False


@dataclass
class DownloadItem:
    key: str
    spec: DownloadSpec
    models_dir: Path
    state: str = QUEUED
    progress: Progress | None = None
    message: str = ""
    control: _Control = field(default_factory=_Control)


class _TransferWorker(QObject):
    progressed = Signal(str, object)  # key, Progress
    finished = Signal(str, str)  # key, installed path
    stopped = Signal(str, bool)  # key, whether the part was discarded
    failed = Signal(str, object)  # key, the error (translated on the GUI thread) or a message

    def __init__(self, token: Callable[[], str | None]) -> None:
        super().__init__()
        self._token = token
        self.current: Transfer | None = None  # read from the GUI thread to abort it

    @Slot(str, object, object, object)
    def run(self, key: str, spec: DownloadSpec, models_dir: Path, control: _Control) -> None:
        try:
            transfer = self.current = Transfer(spec, models_dir, token=self._token())
            if control.cancel.is_set():  # paused or cancelled while it waited in the queue
                raise DownloadCancelled
            path = transfer.run(lambda p: self.progressed.emit(key, p), control.cancel)
        except DownloadCancelled:
            if control.discard:
                target = download_files.target_path(models_dir, spec.filename)
                download_files.discard_partial(target)
            self.stopped.emit(key, control.discard)
        except UserFacingError as error:
            self.failed.emit(key, error)
        except Exception as error:  # a bug must not kill the queue; say what happened
            self.failed.emit(key, self.tr("Download failed unexpectedly: {error}").format(
                error=f"{type(error).__name__}: {error}"))
        else:
            self.finished.emit(key, str(path))
        finally:
            self.current = None


class DownloadManager(QObject):
    changed = Signal(str)  # key: state, progress or message of the item changed
    removed = Signal(str)  # key: the item left the list (cancelled)
    completed = Signal(str)  # path of a newly installed model
    _start = Signal(str, object, object, object)

    def __init__(self, token: Callable[[], str | None] = lambda: None) -> None:
        super().__init__()
        self.items: dict[str, DownloadItem] = {}
        self._thread = QThread()
        self._thread.setObjectName("downloads")
        self._worker = _TransferWorker(token)
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.stopped.connect(self._on_stopped)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    # --- commands from the page ----------------------------------------------------------------

    def enqueue(self, spec: DownloadSpec, models_dir: Path) -> str:
        """Queue a download (or resume it if it is already listed); returns its key."""
        key = spec.local_name
        item = self.items.get(key)
        if item is None or item.state == DONE:
            self.items[key] = DownloadItem(key, spec, models_dir)
            self.changed.emit(key)
        elif item.state in (PAUSED, FAILED):
            self.resume(key)
        self._pump()
        return key

    def restore_paused(self, models_dir: Path) -> None:
        """List the downloads an earlier session left unfinished (their parts and sidecars)."""

        def add(found: list[tuple[download_files.PartRecord, int]]) -> None:
            for record, done in found:
                spec = record.spec()
                if spec.local_name not in self.items:
                    item = DownloadItem(spec.local_name, spec, models_dir, PAUSED)
                    item.progress = Progress("paused", done, record.size)
                    self.items[item.key] = item
                    self.changed.emit(item.key)

        run_in_background(lambda: download_files.paused_downloads(models_dir), add,
                          lambda _error: None, self)  # fmt: skip

    def pause(self, key: str) -> None:
        item = self.items[key]
        if item.state == RUNNING:
            self._abort_running(item)  # the worker reports back through stopped
        elif item.state == QUEUED:
            self._set(item, PAUSED)

    def resume(self, key: str) -> None:
        item = self.items[key]
        if item.state in (PAUSED, FAILED):
            item.control = _Control()
            item.message = ""
            self._set(item, QUEUED)
            self._pump()

    def cancel(self, key: str) -> None:
        """Stop and forget the download, deleting its partial file."""
        item = self.items[key]
        if item.state == RUNNING:
            item.control.discard = True
            self._abort_running(item)
            return
        del self.items[key]
        target = download_files.target_path(item.models_dir, item.spec.filename)
        run_in_background(lambda: download_files.discard_partial(target), lambda _: None,
                          lambda _error: None, self)  # fmt: skip
        self.removed.emit(key)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Pause the running transfer (its part stays for next time) and stop the thread."""
        for item in self.items.values():
            if item.state == RUNNING:
                self._abort_running(item)
            item.control.cancel.set()
        self._thread.quit()
        self._thread.wait(timeout_ms)

    def _abort_running(self, item: DownloadItem) -> None:
        item.control.cancel.set()
        transfer = self._worker.current
        if transfer is not None:
            transfer.abort()  # also unblocks a read from a stalled server

    @property
    def running(self) -> DownloadItem | None:
        return next((i for i in self.items.values() if i.state == RUNNING), None)

    # --- the queue -----------------------------------------------------------------------------

    def _pump(self) -> None:
        if self.running is not None:
            return
        item = next((i for i in self.items.values() if i.state == QUEUED), None)
        if item is not None:
            self._set(item, RUNNING)
            self._start.emit(item.key, item.spec, item.models_dir, item.control)

    def _set(self, item: DownloadItem, state: str, message: str = "") -> None:
        item.state, item.message = state, message
        self.changed.emit(item.key)

    def _on_progress(self, key: str, progress: Progress) -> None:
        item = self.items.get(key)
        if item is not None:
            item.progress = progress
            self.changed.emit(key)

    def _on_finished(self, key: str, path: str) -> None:
        item = self.items.get(key)
        if item is not None:
            self._set(item, DONE, path)
        self.completed.emit(path)
        self._pump()

    def _on_stopped(self, key: str, discarded: bool) -> None:
        item = self.items.get(key)
        if item is not None:
            if discarded:
                del self.items[key]
                self.removed.emit(key)
            else:
                self._set(item, PAUSED)
        self._pump()

    def _on_failed(self, key: str, error: object) -> None:
        message = describe(error)
        item = self.items.get(key)
        if item is not None:
            self._set(item, FAILED, message)
        self._pump()
