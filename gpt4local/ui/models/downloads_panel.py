"""The list of downloads: one row per file with a progress bar, figures, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gpt4local.ui.i18n.formatting import format_duration, format_size, format_speed
from gpt4local.ui.models import download_manager as dm

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def describe_transfer(done: int, total: int | None, speed: float | None,
                      eta: float | None) -> str:  # fmt: skip
    """"1.20 GB of 4.07 GB (29%) · 12.3 MB/s · 4 min 02 s left" in the window's language
    (core.units.describe_transfer's shape, which the command line prints)."""
    if total:
        parts = [translate("Downloads", "{done} of {total} ({percent}%)").format(
            done=format_size(done), total=format_size(total), percent=done * 100 // total)]
    else:
        parts = [format_size(done)]
    if speed:
        parts.append(format_speed(speed))
    if eta is not None:
        parts.append(translate("Downloads", "{duration} left").format(
            duration=format_duration(eta)))
    return " · ".join(parts)


def phase_text(phase: str) -> str:
    return {
        "connecting": translate("Downloads", "Connecting…"),
        "downloading": translate("Downloads", "Downloading"),
        "retrying": translate("Downloads", "Retrying"),
        "verifying": translate("Downloads", "Checking the file (sha256)"),
        "paused": translate("Downloads", "Paused"),
    }.get(phase, phase)


class DownloadRow(QFrame):
    def __init__(self, manager: dm.DownloadManager, key: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.manager, self.key = manager, key
        self.title = QLabel(f"<b>{key}</b>")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Progress of {name}").format(name=key))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleDescription(
            self.tr("Pause, resume or retry downloading {name}").format(name=key))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Stop downloading {name}, or take it off this list").format(name=key))
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
            self.bar.setFormat(self.tr("Checking {percent}%").format(percent=int(fraction * 100)))
            self.bar.setValue(1000)
        else:
            self.bar.setFormat(self.tr("%p%", "the progress bar's percentage"))
            self.bar.setValue(int(fraction * 1000))
        figures = describe_transfer(done, total, progress.speed if progress else None,
                                    progress.eta if progress else None)  # fmt: skip
        if item.state == dm.RUNNING and progress:
            text = f"{phase_text(progress.phase)} · {figures}"
            if progress.note:
                text += f" · {progress.note}"
        elif item.state == dm.QUEUED:
            text = self.tr("Waiting for the download before it")
        elif item.state == dm.PAUSED:
            text = self.tr("Paused · {figures}").format(
                figures=describe_transfer(done, total, None, None))
        elif item.state == dm.FAILED:
            text = f"⚠ {item.message}"
        else:
            text = self.tr("Installed: {path}").format(path=item.message)
        self.detail.setText(text)
        self.bar.setAccessibleDescription(text)
        self.pause_button.setText(self.tr("Pause") if item.state in (dm.RUNNING, dm.QUEUED) else
                                  self.tr("Retry") if item.state == dm.FAILED else
                                  self.tr("Resume"))  # fmt: skip
        self.pause_button.setVisible(item.state != dm.DONE)
        self.cancel_button.setText(self.tr("Remove") if item.state == dm.DONE else
                                   self.tr("Cancel"))  # fmt: skip


class DownloadsPanel(QWidget):
    """Rows appear when a download is queued and go when it is cancelled or removed."""

    def __init__(self, manager: dm.DownloadManager) -> None:
        super().__init__()
        self.manager = manager
        self.rows: dict[str, DownloadRow] = {}
        self.header = QLabel("<b>" + self.tr("Downloads") + "</b>")
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
