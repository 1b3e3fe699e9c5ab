"""A transcript's document seen as messages: where each one begins and ends on the page, which
are finished (drawn whole, with their footer), which one is under the pointer or the keyboard
(they get the actions' toolbar, actions.py); and the pictures its HTML names (the avatar, the
code blocks' Copy icon), drawn from the interface's icons.

Transcript (view.py) draws the messages and keeps ``_starts`` and ``_footers`` up to date; the
toolbar's place and the reader's place across a redraw are found from them here.
"""

from __future__ import annotations

import bisect
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRectF, QUrl
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from gpt4local.core.chats.markdown import ICON_SCHEME
from gpt4local.ui.icons import icon
from gpt4local.ui.transcript.actions import ActionsFollower


class MessagePlaces(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The first len(_starts) messages of the conversation are drawn.
        self._starts: list[int] = []  # where each drawn message begins in the document
        # Where each finished message's footer begins (not the answer being written), in order.
        self._footers: dict[int, int] = {}
        self.action_bar = ActionsFollower(self)
        self.verticalScrollBar().valueChanged.connect(self._place_actions)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def actions_for(self, index: int) -> tuple[str, ...]:
        """What can be done with message ``index`` (the view knows)."""
        raise NotImplementedError

    # --- the pointer and the keyboard over the messages -----------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.action_bar.hover(self.message_at(event.position().toPoint()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.action_bar.hover(None)
        elif event.type() == QEvent.Type.Resize:
            self.action_bar.place()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.action_bar.key_pressed(event):
            super().keyPressEvent(event)

    def _place_actions(self) -> None:
        self.action_bar.place()

    def _on_cursor_moved(self) -> None:
        if shiboken6.isValid(self):
            self.action_bar.cursor_moved()

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if shiboken6.isValid(self):  # not while the transcript is destroyed
            self.action_bar.focus_changed(old, now)

    def is_finished(self, index: int) -> bool:
        """Drawn whole, with its footer: the messages that have actions."""
        return index in self._footers

    def finished_messages(self) -> list[int]:
        return list(self._footers)  # drawn in order, so in order

    def message_at_position(self, position: int) -> int | None:
        """The message that a position in the document belongs to."""
        if not self._starts:
            return None
        return max(0, bisect.bisect_left(self._starts, position) - 1)

    def message_at(self, point: QPoint) -> int | None:
        """The message under a point of the viewport."""
        return self.message_at_position(self.cursorForPosition(point).position())

    def _footer_rect(self, index: int) -> QRectF:
        """The footer line of a finished message (the last block before the next message), in
        document coordinates."""
        if index + 1 < len(self._starts):
            end = self._starts[index + 1]
        else:
            end = self.document().characterCount() - 1
        block = self.document().findBlock(end)
        rect = self.document().documentLayout().blockBoundingRect(block)
        line = block.layout().lineAt(0)
        if line.isValid():
            return QRectF(rect.left(), rect.top() + line.y(), rect.width(), line.height())
        return rect

    def footer_middle(self, index: int) -> int:
        """The middle of a finished message's footer line, in viewport coordinates."""
        rect = self._footer_rect(index)
        return round(rect.center().y()) - self.verticalScrollBar().value()

    def show_message(self, index: int) -> None:
        """Scroll message ``index`` into view: all of it if it fits, else its end, where its
        actions are."""
        bar = self.verticalScrollBar()
        top = self._header_top(index) if index > 0 else 0
        bottom = round(self._footer_rect(index).bottom()) + 8
        height = self.viewport().height()
        if bottom - top > height:
            bar.setValue(bottom - height)
        elif top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + height:
            bar.setValue(bottom - height)

    def _header_top(self, index: int) -> int:
        """The top of message ``index``'s header (its start is the end of the footer before)."""
        block = self.document().findBlock(self._starts[index]).next()
        return int(self.document().documentLayout().blockBoundingRect(block).top())

    def _reading_place(self) -> tuple[int, int] | None:
        """The message at the top of the view, and how far into it (pixels) the view starts."""
        if not self._starts:
            return None
        top = self.cursorForPosition(QPoint(0, 0)).position()
        index = max(0, bisect.bisect_right(self._starts, top) - 1)
        return index, self.verticalScrollBar().value() - self._message_top(index)

    def _message_top(self, index: int) -> int:
        block = self.document().findBlock(self._starts[index])
        return int(self.document().documentLayout().blockBoundingRect(block).top())

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """The pictures the HTML names by ``gpt4local-icon:NAME/RRGGBB/SIZE`` (icon_src)."""
        url = QUrl(name)
        if url.scheme() != ICON_SCHEME:
            return super().loadResource(kind, name)
        icon_name, color, size = [*url.path().split("/"), "", ""][:3]
        side = int(size) if size.isdigit() else 16
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(f"#{color}")
        area = QRectF(0, 0, side, side)
        if icon_name == "bot-avatar":  # the bot on a soft tile of its own colour
            tile = QColor(ink)
            tile.setAlphaF(0.18)
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(tile)
            painter.drawRoundedRect(area, side * 0.3, side * 0.3)
            icon_name, area = "bot", area.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2)
        icon(icon_name, ink).paint(painter, area.toRect())
        painter.end()
        return pixmap
