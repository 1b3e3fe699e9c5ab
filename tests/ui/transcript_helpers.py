"""Putting a conversation on a transcript, as the session does when a chat opens; pointing at a
message and using its action buttons, as a reader does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gpt4local.core.messages import Message
from gpt4local.ui.chat.conversation_model import ChatMessage
from gpt4local.ui.transcript.view import Transcript


def show(view: Transcript, messages: Sequence[Message],
         stats: Sequence[dict[str, Any] | None] | None = None) -> None:  # fmt: skip
    """``stats``: one entry per message (None for most), or None for none at all."""
    view.conversation.replace([
        ChatMessage(m.role, m.content, stats[i] if stats and i < len(stats) else None)
        for i, m in enumerate(messages)
    ])  # fmt: skip


def move_pointer(view: Transcript, point: QPoint) -> None:
    """The mouse moves to ``point`` of the viewport (no button held)."""
    global_point = QPointF(view.viewport().mapToGlobal(point))
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), global_point,
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def hover(view: Transcript, index: int) -> None:
    """Point at message ``index``, scrolled into view: at the start of its last line."""
    if not view.isVisible():  # what a reader points at is on screen, and laid out
        view.window().show()
        assert QTest.qWaitForWindowExposed(view.window())
    view.show_message(index)
    move_pointer(view, QPoint(20, view.footer_middle(index)))


def offered(view: Transcript, index: int) -> list[str]:
    """The action buttons shown while pointing at message ``index``."""
    hover(view, index)
    toolbar = view.action_bar.toolbar
    return toolbar.visible_actions() if toolbar.index == index else []


def offers(view: Transcript, index: int) -> list[str]:
    """The actions message ``index`` offers, wherever the window is (even off screen)."""
    if not view.is_finished(index):
        return []
    return [view.action_bar.toolbar.buttons[action].text() for action in view.actions_for(index)]


def offered_anywhere(view: Transcript) -> list[str]:
    return [label for i in range(len(view.messages)) for label in offered(view, i)]


def click_action(qtbot: Any, view: Transcript, index: int, label: str) -> None:
    """Point at message ``index`` and click its button ``label`` ("Copy", "Edit", …)."""
    assert label in offered(view, index)
    button = next(b for b in view.action_bar.toolbar.buttons.values() if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
