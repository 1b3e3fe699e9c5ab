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
from typing import Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QToolButton, QWidget

from gpt4local.ui.icons import icon
from gpt4local.ui.transcript.blocks import RIGHT_INSET

# action: (icon, label: the tooltip and accessible name, accessible description), in English
# here and translated by the toolbar.
ACTIONS = {
    "copy": ("copy", str(QT_TRANSLATE_NOOP("MessageActions", "Copy")),
             str(QT_TRANSLATE_NOOP("MessageActions", "Copy this message's text"))),
    "edit": ("pencil", str(QT_TRANSLATE_NOOP("MessageActions", "Edit")),
             str(QT_TRANSLATE_NOOP("MessageActions", "Edit this message and send it again"))),
    "regenerate": ("refresh-cw", str(QT_TRANSLATE_NOOP("MessageActions", "Regenerate")),
                   str(QT_TRANSLATE_NOOP("MessageActions", "Write this answer again"))),
    "continue": ("step-forward", str(QT_TRANSLATE_NOOP("MessageActions", "Continue")),
                 str(QT_TRANSLATE_NOOP("MessageActions",
                                   "Go on writing this answer where it stopped"))),
}  # fmt: skip
MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}  # with Ctrl: the previous / next message
RADIUS = 8


class MessageActions(QFrame):
    """The buttons of one message's actions."""

    triggered = Signal(str, int)  # the action, the message's index
    escaped = Signal()  # Escape on a button: back to the transcript

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Message actions"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for action, (icon_name, english_label, english_description) in ACTIONS.items():
            label = QApplication.translate("MessageActions", english_label)
            description = QApplication.translate("MessageActions", english_description)
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
        if self._shown != (index, actions) or self.isHidden():
            self.index, self._shown = index, (index, actions)
            for action, button in self.buttons.items():
                button.setVisible(action in actions)
            self.adjustSize()
            self.show()
            self.raise_()
        self.move(right - self.width(), middle - self.height() // 2)

    def conceal(self) -> None:
        if not self.isHidden():
            self.hide()
        self._shown = None

    def has_focus_within(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def visible_actions(self) -> list[str]:
        """The labels of the buttons shown now (none when the toolbar is hidden; it counts as
        shown over a transcript whose window is not on screen)."""
        if self.isHidden():
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
        border = palette.color(QPalette.ColorRole.Text)
        border.setAlphaF(0.2)  # a quiet line that shows in light and dark alike
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)


class MessageView(Protocol):
    """What the toolbar needs of the transcript (places.py, view.py)."""

    def viewport(self) -> QWidget: ...
    def document(self) -> QTextDocument: ...
    def textCursor(self) -> QTextCursor: ...
    def hasFocus(self) -> bool: ...
    def setFocus(self) -> None: ...
    def finished_messages(self) -> list[int]: ...
    def is_finished(self, index: int) -> bool: ...
    def message_at_position(self, position: int) -> int | None: ...
    def footer_middle(self, index: int) -> int: ...
    def show_message(self, index: int) -> None: ...
    def actions_for(self, index: int) -> tuple[str, ...]: ...


class ActionsFollower:
    """Shows the toolbar over the message under the pointer, else over the focused message while
    the transcript (or the toolbar) has the keyboard's focus.

    The transcript's own event handlers call it (no event filter: Qt would call a filter on
    children during the transcript's destruction, after Python let go of them).
    """

    def __init__(self, view: MessageView) -> None:
        self._view = view
        self.toolbar = MessageActions(view.viewport())
        self.toolbar.escaped.connect(lambda: view.setFocus())
        self.hovered: int | None = None  # the message under the pointer
        self.focused: int | None = None  # the message the keyboard is on
        view.viewport().setMouseTracking(True)  # moves without a button held, to follow them

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Ctrl+Up / Ctrl+Down: True when it was one of them (and is done)."""
        step = MOVE_KEYS.get(Qt.Key(event.key()))
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(step)
            return True
        return False

    def hover(self, index: int | None) -> None:
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
        if not shiboken6.isValid(view):  # a signal while the transcript is destroyed
            return
        target = self.hovered
        if target is None and self.focus_within():
            target = self.focused
        if target is None or not view.is_finished(target):
            self.toolbar.conceal()
            return
        middle = view.footer_middle(target)
        right = view.viewport().width() - int(view.document().documentMargin()) - RIGHT_INSET
        self.toolbar.show_for(target, view.actions_for(target), right, middle)

    def forget(self) -> None:
        """The document changed under the toolbar (a cut, a redraw): place it again."""
        if self.focused is not None and not self._view.is_finished(self.focused):
            self.focused = None
        self.place()

    def cursor_moved(self) -> None:
        """A click, or Tab through the links, puts the keyboard on that message."""
        if not self._view.hasFocus():
            return
        index = self._view.message_at_position(self._view.textCursor().position())
        if index is not None and self._view.is_finished(index) and index != self.focused:
            self.focused = index
            self.place()

    def focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        """The transcript taking the focus puts the keyboard on the last message, unless it is
        on one already; the focus leaving the transcript and the buttons hides them."""
        involved = [self._view, *self.toolbar.buttons.values()]
        if not any(w is v for w in (old, now) for v in involved):
            return
        if now is self._view and (self.focused is None or not self._view.is_finished(self.focused)):
            done = self._view.finished_messages()
            self.focused = done[-1] if done else None
        self.place()
