"""A message's actions as a small floating toolbar: shown over the message under the pointer, or
over the message that has the keyboard's focus, never as permanent links in the text.

The toolbar sits at the right of the message's footer line (blocks.py keeps that place free). The
reader moves between messages with Ctrl+Up and Ctrl+Down while the transcript has the focus; Tab
then reaches the buttons, which have accessible names, and Escape goes back to the transcript.
Following the pointer costs a hit test per mouse move; nothing here runs while text streams in
unless the toolbar is shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QToolButton, QWidget

from gpt4local.ui.icons import icon

if TYPE_CHECKING:
    from gpt4local.ui.transcript.view import Transcript

# action: (icon, label: the tooltip and accessible name, accessible description)
ACTIONS = {
    "copy": ("copy", "Copy", "Copy this message's text"),
    "edit": ("pencil", "Edit", "Edit this message and send it again"),
    "regenerate": ("refresh-cw", "Regenerate", "Write this answer again"),
    "continue": ("step-forward", "Continue", "Go on writing this answer where it stopped"),
}
MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}  # with Ctrl: the previous / next message
RADIUS = 8


class MessageActions(QFrame):
    """The buttons of one message's actions."""

    triggered = Signal(str, int)  # the action, the message's index
    escaped = Signal()  # Escape on a button: back to the transcript

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Message actions")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for action, (icon_name, label, description) in ACTIONS.items():
            button = QToolButton(self)
            button.setIcon(icon(icon_name))
            button.setIconSize(QSize(16, 16))
            button.setText(label)  # shown as the icon only; the text is for screen readers
            button.setToolTip(label)
            button.setAccessibleName(label)
            button.setAccessibleDescription(description)
            button.setAutoRaise(True)
            button.clicked.connect(partial(self._clicked, action))
            layout.addWidget(button)
            self.buttons[action] = button
        self.index: int | None = None  # the message the buttons act on
        self._shown: tuple[int, tuple[str, ...]] | None = None
        self.hide()

    def show_for(self, index: int, actions: tuple[str, ...], right: int, middle: int) -> None:
        """Over message ``index``: its right edge at ``right``, centred on line ``middle``."""
        if self._shown != (index, actions) or not self.isVisible():
            self.index, self._shown = index, (index, actions)
            for action, button in self.buttons.items():
                button.setVisible(action in actions)
            self.adjustSize()
            self.show()
            self.raise_()
        self.move(right - self.width(), middle - self.height() // 2)

    def conceal(self) -> None:
        if self.isVisible():
            self.hide()
        self._shown = None

    def has_focus_within(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def visible_actions(self) -> list[str]:
        """The labels of the buttons shown now (none when the toolbar is hidden)."""
        if not self.isVisible():
            return []
        return [b.text() for b in self.buttons.values() if b.isVisibleTo(self)]

    def _clicked(self, action: str) -> None:
        if self.index is not None:
            self.triggered.emit(action, self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A small raised card, so the buttons read as floating over the text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)


class ActionsFollower(QObject):
    """Shows the toolbar over the message under the pointer, else over the focused message while
    the transcript (or the toolbar) has the keyboard's focus."""

    def __init__(self, view: Transcript) -> None:
        super().__init__(view)
        self._view = view
        self.toolbar = MessageActions(view.viewport())
        self.toolbar.escaped.connect(view.setFocus)
        self.hovered: int | None = None  # the message under the pointer
        self.focused: int | None = None  # the message the keyboard is on
        view.viewport().setMouseTracking(True)  # moves without a button held, to follow them
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.cursorPositionChanged.connect(self._on_cursor_moved)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view.viewport():
            if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                self._hover(self._view.message_at(event.position().toPoint()))
            elif kind == QEvent.Type.Leave:
                self._hover(None)
            elif kind == QEvent.Type.Resize:
                self.place()
        elif watched is self._view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = MOVE_KEYS.get(Qt.Key(event.key()))
            if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.step(step)
                return True
        return False

    def _hover(self, index: int | None) -> None:
        if index != self.hovered:
            self.hovered = index
            self.place()

    def step(self, step: int) -> None:
        """The keyboard moves to the previous (-1) or next (1) message that has actions."""
        done = self._view.finished_messages()
        if not done:
            return
        if self.focused is None or self.focused not in done:
            target = done[-1]
        else:
            at = done.index(self.focused) + step
            target = done[min(max(at, 0), len(done) - 1)]
        self.hovered = None  # the keyboard leads until the pointer moves again
        self.focused = target
        self._view.show_message(target)
        self.place()

    def focus_within(self) -> bool:
        return self._view.hasFocus() or self.toolbar.has_focus_within()

    def place(self) -> None:
        """Show the toolbar where it belongs now, or hide it."""
        view = self._view
        target = self.hovered
        if target is None and self.focus_within():
            target = self.focused
        if target is None or not view.is_finished(target):
            self.toolbar.conceal()
            return
        middle = view.footer_middle(target)
        right = view.viewport().width() - int(view.document().documentMargin())
        self.toolbar.show_for(target, view.actions_for(target), right, middle)

    def forget(self) -> None:
        """The document changed under the toolbar (a cut, a redraw): place it again."""
        if self.focused is not None and not self._view.is_finished(self.focused):
            self.focused = None
        self.place()

    def _on_cursor_moved(self) -> None:
        """A click, or Tab through the links, puts the keyboard on that message."""
        if not self._view.hasFocus():
            return
        index = self._view.message_at_position(self._view.textCursor().position())
        if index is not None and self._view.is_finished(index) and index != self.focused:
            self.focused = index
            self.place()

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is self._view and (self.focused is None or not self._view.is_finished(
                self.focused)):  # fmt: skip
            done = self._view.finished_messages()
            self.focused = done[-1] if done else None
        self.place()
