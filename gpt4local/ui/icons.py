"""The interface's icons: Lucide's line icons (ISC license, resources/icons/ui), drawn in the
palette's text colour at paint time, so they follow a theme switch without being rebuilt.

Lucide draws with ``stroke="currentColor"``; each paint substitutes the colour of the moment
(dimmed when the control is disabled, the highlight colour when it is selected) and renders the
SVG at the size asked for, sharp on any screen scale.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gpt4local.core.paths import resource_path

FOLDER = "icons/ui"


@cache
def svg_source(name: str) -> str:
    """The SVG text of icon ``name``; a name that is not shipped fails at once, in tests."""
    path = resource_path(f"{FOLDER}/{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in resources/{FOLDER}")
    return path.read_text(encoding="utf-8")


def icon_color(mode: QIcon.Mode, state: QIcon.State = QIcon.State.Off) -> QColor:
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class _PaletteIconEngine(QIconEngine):
    def __init__(self, name: str, color: QColor | None) -> None:
        super().__init__()
        self._name, self._color = name, color
        svg_source(name)  # fail now, not at the first paint

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._color if self._color is not None else icon_color(mode, state)
        if self._color is not None and mode is QIcon.Mode.Disabled:
            color = icon_color(mode, state)
        text = svg_source(self._name).replace("currentColor", color.name())
        QSvgRenderer(QByteArray(text.encode())).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._name, self._color)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """Lucide icon ``name`` (the file name without .svg), in the palette's text colour unless a
    ``color`` is given (e.g. white on an accent-coloured button)."""
    return QIcon(_PaletteIconEngine(name, color))
