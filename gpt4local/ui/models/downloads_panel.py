"""The list of downloads: one row per file with a progress bar, figures, and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.units import describe_transfer
from gpt4local.ui.models import download_manager as dm

PHASES = {"connecting": "Connecting…", "downloading": "Downloading", "retrying": "Retrying",
          "verifying": "Checking the file (sha256)", "paused": "Paused"}  # fmt: skip


class DownloadRow(QFrame):
    def __init__(self, manager: dm.DownloadManager, key: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.manager, self.key = manager, key
        self.title = QLabel(f"<b>{key}</b>")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(f"Progress of {key}")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setAccessibleDescription(f"Pause, resume or retry downloading {key}")
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleDescription(f"Stop downloading {key}, or take it off "
                                                    "this list")  # fmt: skip
        self.cancel_button.clicked.connect(lambda: manager.cancel(key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.update_from_item()

    def _pause_or_resume(self) -> None:
        item = self.manager.items.get(self.key)
        if item is None:
            return
        if item.state in (dm.RUNNING, dm.QUEUED):
            self.manager.pause(self.key)
        else:
            self.manager.resume(self.key)

    def update_from_item(self) -> None:
        item = self.manager.items.get(self.key)
        if item is None:
            return
        progress = item.progress
        done = progress.done if progress else 0
        total = progress.total if progress else item.spec.size
        fraction = progress.fraction if progress and progress.fraction is not None else 0.0
        if progress and progress.phase == "verifying":
            # The bytes are all here: the bar stays full (never goes back) while the check
            # re-reads the file, and its own percentage is written on it.
            self.bar.setFormat(f"Checking {int(fraction * 100)}%")
            self.bar.setValue(1000)
        else:
            self.bar.setFormat("%p%")
            self.bar.setValue(int(fraction * 1000))
        figures = describe_transfer(done, total, progress.speed if progress else None,
                                    progress.eta if progress else None)  # fmt: skip
        if item.state == dm.RUNNING and progress:
            text = f"{PHASES.get(progress.phase, progress.phase)} · {figures}"
            if progress.note:
                text += f" · {progress.note}"
        elif item.state == dm.QUEUED:
            text = "Waiting for the download before it"
        elif item.state == dm.PAUSED:
            text = f"Paused · {describe_transfer(done, total, None, None)}"
        elif item.state == dm.FAILED:
            text = f"⚠ {item.message}"
        else:
            text = f"Installed: {item.message}"
        self.detail.setText(text)
        self.bar.setAccessibleDescription(text)
        self.pause_button.setText("Pause" if item.state in (dm.RUNNING, dm.QUEUED) else
                                  "Retry" if item.state == dm.FAILED else "Resume")  # fmt: skip
        self.pause_button.setVisible(item.state != dm.DONE)
        self.cancel_button.setText("Remove" if item.state == dm.DONE else "Cancel")


class DownloadsPanel(QWidget):
    """Rows appear when a download is queued and go when it is cancelled or removed."""

    def __init__(self, manager: dm.DownloadManager) -> None:
        super().__init__()
        self.manager = manager
        self.rows: dict[str, DownloadRow] = {}
        self.header = QLabel("<b>Downloads</b>")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.header)
        manager.changed.connect(self._on_changed)
        manager.removed.connect(self._on_removed)
        self._update_visibility()

    def _on_changed(self, key: str) -> None:
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = DownloadRow(self.manager, key)
            self.layout_.addWidget(row)
        row.update_from_item()
        self._update_visibility()

    def _on_removed(self, key: str) -> None:
        row = self.rows.pop(key, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.rows))
