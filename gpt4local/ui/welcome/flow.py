"""The first start's one-button path as a small state machine: download the recommended model
(through the window's DownloadManager: resumable, sha256-verified), load it (through the
window's ModelLoader), then say the chat can open.

It knows nothing of widgets: every step is told as a ``FlowStatus`` through ``changed``, which
the welcome page draws. Cancel pauses the download, so its part stays and the next start
resumes it; a failure keeps what was done, and Retry carries on from the step that failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gpt4local.core.downloads.part_files import DownloadSpec
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.core.models.catalog import CatalogEntry
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.i18n.formatting import format_size
from gpt4local.ui.models import download_manager as dm
from gpt4local.ui.models.downloads_panel import describe_transfer

IDLE, WAITING, DOWNLOADING, VERIFYING, LOADING, READY, FAILED = (
    "idle", "waiting", "downloading", "verifying", "loading", "ready", "failed")  # fmt: skip
BUSY = (WAITING, DOWNLOADING, VERIFYING, LOADING)
CANCELLABLE = (WAITING, DOWNLOADING)  # a load is short and cannot be stopped half-way
DOWNLOAD_STEPS = (*CANCELLABLE, VERIFYING)


@dataclass(frozen=True)
class FlowStatus:
    state: str
    text: str = ""  # the progress line, or what went wrong
    fraction: float | None = None  # of the step on screen; None: busy, length unknown


class FirstStartFlow(QObject):
    changed = Signal(object)  # FlowStatus
    chat_ready = Signal(object)  # EngineInfo: the model is in memory, a chat can open

    def __init__(self, downloads: dm.DownloadManager, loader: ModelLoader,
                 models_dir: Callable[[], Path]) -> None:  # fmt: skip
        super().__init__(loader)
        self._downloads, self._loader, self._models_dir = downloads, loader, models_dir
        self.status = FlowStatus(IDLE)
        self._entry: CatalogEntry | None = None
        self._model_path = ""  # once downloaded (or found installed)
        downloads.changed.connect(self._on_download_changed)
        downloads.removed.connect(self._on_download_removed)
        loader.ready.connect(self._on_loaded)
        loader.shown.connect(self._on_shown)
        loader.failed.connect(self._on_load_failed)

    @property
    def busy(self) -> bool:
        return self.status.state in BUSY

    def offer(self, entry: CatalogEntry | None) -> None:
        """The model the page offers now; a part of it left by an earlier try (or session) is
        told as the idle status's text, since the download continues from it."""
        if self.status.state in (IDLE, READY):
            self._entry, self._model_path = entry, ""
            self._set(IDLE, self._left_over())

    def start(self, entry: CatalogEntry, installed_path: Path | None = None) -> None:
        """Download ``entry`` (resuming a part left earlier) and load it; already installed
        (``installed_path``), just load it."""
        if self.busy:
            return
        self._entry, self._model_path = entry, ""
        if installed_path is not None:
            self._load(str(installed_path))
            return
        spec = DownloadSpec(entry.repo_id, entry.filename, entry.revision, entry.size_bytes,
                            entry.sha256)  # fmt: skip
        self._set(WAITING, self.tr("Starting the download…"))
        self._downloads.enqueue(spec, self._models_dir())
        self._on_download_changed(spec.local_name)  # it may have started at once

    def cancel(self) -> None:
        """Stop downloading; the part stays, so starting again resumes it."""
        key = self._key
        if self.status.state in CANCELLABLE and key in self._downloads.items:
            self._downloads.pause(key)  # PAUSED comes back through changed

    def retry(self) -> None:
        if self.status.state != FAILED or self._entry is None:
            return
        if self._model_path:  # downloaded: only the load failed
            self._load(self._model_path)
        else:
            self.start(self._entry)

    # --- the download ----------------------------------------------------------------------------

    @property
    def _key(self) -> str:
        return Path(self._entry.filename).name if self._entry else ""

    def _left_over(self) -> str:
        item = self._downloads.items.get(self._key)
        if item is None or item.state not in (dm.PAUSED, dm.FAILED) or not item.progress:
            return ""
        done, total = item.progress.done, item.progress.total or item.spec.size
        if not done:
            return ""
        if total:
            return self.tr("{done} of {total} already downloaded: the download continues from "
                           "there.").format(done=format_size(done), total=format_size(total))
        return self.tr("{done} already downloaded: the download continues from there.").format(
            done=format_size(done))

    def _on_download_changed(self, key: str) -> None:
        if key == self._key and self.status.state == IDLE:  # e.g. a part found at start
            self._set(IDLE, self._left_over())
            return
        item = self._downloads.items.get(key)
        if item is None or key != self._key or self.status.state not in DOWNLOAD_STEPS:
            return
        progress = item.progress
        if item.state == dm.QUEUED:
            self._set(WAITING, self.tr("Waiting for another download to finish…"))
        elif item.state == dm.RUNNING and progress is not None and progress.phase == "verifying":
            self._set(VERIFYING, self.tr("Verifying…"), progress.fraction)
        elif item.state == dm.RUNNING and (progress is None or progress.phase == "connecting"):
            self._set(DOWNLOADING, self.tr("Connecting…"),
                      progress.fraction if progress else None)  # fmt: skip
        elif item.state == dm.RUNNING:
            total = progress.total if progress else item.spec.size
            figures = describe_transfer(progress.done if progress else 0, total,
                                        progress.speed if progress else None,
                                        progress.eta if progress else None)  # fmt: skip
            note = f" · {progress.note}" if progress and progress.note else ""
            retrying = progress is not None and progress.phase == "retrying"
            line = (self.tr("Retrying · {figures}") if retrying else
                    self.tr("Downloading · {figures}")).format(figures=figures)  # fmt: skip
            self._set(DOWNLOADING, line + note,
                      progress.fraction if progress else 0.0)  # fmt: skip
        elif item.state == dm.PAUSED:
            self._set(IDLE, self._left_over())
        elif item.state == dm.FAILED:
            self._set(FAILED, item.message)
        elif item.state == dm.DONE:
            self._load(item.message)  # the installed file's path

    def _on_download_removed(self, key: str) -> None:
        if key == self._key and self.status.state in DOWNLOAD_STEPS:
            self._set(IDLE)  # cancelled on the Models page

    # --- the load ----------------------------------------------------------------------------

    def _load(self, path: str) -> None:
        self._model_path = path
        self._set(LOADING, self.tr("Loading…"))
        self._loader.use_model(path)

    def _is_ours(self, info: EngineInfo | None) -> bool:
        return info is not None and str(info.path) == self._model_path

    def _on_loaded(self, info: EngineInfo) -> None:
        if self.status.state == LOADING and self._is_ours(info):
            self._set(READY)
            self.chat_ready.emit(info)

    def _on_shown(self, info: EngineInfo | None) -> None:
        """A load that ended without our model, e.g. the memory question was cancelled; a
        failure's own message follows through ``failed`` and replaces this one."""
        if self.status.state == LOADING and not self._is_ours(info):
            self._set(FAILED, self.tr("{name} was not loaded.").format(
                name=Path(self._model_path).name))

    def _on_load_failed(self, message: str) -> None:
        if self.status.state in (LOADING, FAILED) and self._model_path:
            self._set(FAILED, message)

    def _set(self, state: str, text: str = "", fraction: float | None = None) -> None:
        self.status = FlowStatus(state, text, fraction)
        self.changed.emit(self.status)
