"""Where the window opens: about 80 % of the screen, centred, on a first start; where it was the
last time afterwards, unless that place is on no screen now (a monitor was unplugged, or the
resolution dropped), which counts as a first start again.

Qt's own ``restoreGeometry`` nudges such a window back into view but keeps its old size, so a
window saved on a large monitor came back overflowing a laptop's screen; the saved place is
therefore checked first, from the data ``QWidget.saveGeometry()`` wrote.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_START_SHARE = 0.8
SLACK = 16  # px a saved window may exceed a screen by: frames and shadows of some desktops
_MAGIC = 0x1D9D0CB  # QWidget::saveGeometry's, followed by a version and the frame rectangle
_HEADER = struct.Struct(">IHHiiii")  # big-endian: magic, major, minor, left, top, right, bottom


def first_start_geometry(available: QRect) -> QRect:
    """``FIRST_START_SHARE`` of a screen's free area (without panels, docks), centred on it."""
    size = QSize(round(available.width() * FIRST_START_SHARE),
                 round(available.height() * FIRST_START_SHARE))  # fmt: skip
    placed = QRect(QPoint(0, 0), size)
    placed.moveCenter(available.center())
    return placed


def saved_frame(saved: bytes) -> QRect | None:
    """The window's frame (title bar included) in ``saveGeometry()`` data; None if it is not
    such data."""
    if len(saved) < _HEADER.size:
        return None
    magic, _major, _minor, left, top, right, bottom = _HEADER.unpack_from(saved)
    if magic != _MAGIC:
        return None
    return QRect(QPoint(left, top), QPoint(right, bottom))


def fits_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """At least half of ``frame`` lies on one screen's free area, and it is no larger than that
    area: a window placed partly off-screen on purpose still counts as fitting."""
    for area in screens:
        if frame.width() > area.width() + SLACK or frame.height() > area.height() + SLACK:
            continue
        overlap = area.intersected(frame)
        if 2 * overlap.width() * overlap.height() >= frame.width() * frame.height():
            return True
    return False


def place_window(window: QWidget, saved: bytes) -> None:
    """Restore ``saved`` (``saveGeometry()`` data, may be empty) if it fits a screen now, else
    size and centre ``window`` by the first-start rule on the primary screen."""
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    frame = saved_frame(saved)
    fits = frame is not None and fits_a_screen(frame, screens)
    if fits and window.restoreGeometry(QByteArray(saved)):
        return
    primary = QGuiApplication.primaryScreen()
    window.setGeometry(first_start_geometry(primary.availableGeometry()))
