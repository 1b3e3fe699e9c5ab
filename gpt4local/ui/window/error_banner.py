"""The banner above the window's pages: what went wrong, until it is resolved or closed.

Every message has a close button. A message may name its cause; the window resolves a cause when
it is over (a model loaded, a save went through) and the message goes by itself. A message without
a cause (a notice: "your damaged chats were set aside") stays until the user closes it. A newer
message of the same cause replaces the older, and the same notice is never shown twice.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

MAX_MESSAGES = 4  # more would push the chat off the window; the oldest goes first


class Cause(enum.Enum):
    MODEL = "model"  # no model, or one that failed to load: a model that loads resolves it
    ANSWER = "answer"  # an answer failed: the next message, or another chat, resolves it
    CHATS = "chats"  # the chat history could not be read or saved: a save that works resolves it
    IMPORT = "import"  # an import was refused: the next import that works resolves it
    EXPORT = "export"
    SETTINGS = "settings"  # the settings could not be saved: the next save resolves it
    LIBRARY = "library"  # the Models page's latest problem: a newer one replaces it


class _Message(QFrame):
    closed = Signal()

    def __init__(self, text: str, cause: Cause | None) -> None:
        super().__init__()
        self.cause = cause
        self.setObjectName("bannerMessage")
        self.setStyleSheet(
            "#bannerMessage { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
            " QLabel, QToolButton { color: #611a15; background: transparent; border: none; }"
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.closed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class ErrorBanner(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self._messages: list[_Message] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    def show_message(self, text: str, cause: Cause | None = None) -> None:
        text = text.strip()
        if not text:  # an empty banner says nothing and hides nothing: never show one
            return
        same = [m for m in self._messages
                if m.label.text() == text or (cause is not None and m.cause is cause)]  # fmt: skip
        for message in same:
            self._remove(message)
        message = _Message(text, cause)
        message.closed.connect(lambda: self._remove(message))
        self._messages.append(message)
        self._layout.addWidget(message)
        message.show()  # at once, not after the event loop's turn
        while len(self._messages) > MAX_MESSAGES:
            self._remove(self._messages[0])
        self.show()

    def resolve(self, *causes: Cause) -> None:
        """The causes are over: their messages go."""
        for message in [m for m in self._messages if m.cause in causes]:
            self._remove(message)

    def text(self) -> str:
        """Every message shown, one a line, oldest first."""
        return "\n".join(m.label.text() for m in self._messages)

    def close_buttons(self) -> list[QToolButton]:
        return [m.close_button for m in self._messages]

    def _remove(self, message: _Message) -> None:
        if message in self._messages:
            self._messages.remove(message)
            message.hide()
            message.deleteLater()
        if not self._messages:
            self.hide()
