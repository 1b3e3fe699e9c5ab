"""The conversation as the user reads it.

Streaming appends at the end of the document through one cursor, so each update costs the size of
the new text, not of the transcript.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from gpt4local.core.messages import Message

SPEAKERS = {"user": "You", "assistant": "Assistant", "system": "System"}


class Transcript(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setOpenExternalLinks(True)
        self.setPlaceholderText("Choose a model above, then type a message below.")
        self._header = QTextCharFormat()
        self._header.setFontWeight(QFont.Weight.Bold)
        self._body = QTextCharFormat()

    def _cursor_at_end(self) -> QTextCursor:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _start_block(self, role: str) -> QTextCursor:
        cursor = self._cursor_at_end()
        if not self.document().isEmpty():
            cursor.insertBlock()
            cursor.insertBlock()
        cursor.insertText(SPEAKERS.get(role, role), self._header)
        cursor.insertBlock()
        cursor.setCharFormat(self._body)
        return cursor

    def add_message(self, role: str, text: str) -> None:
        self._start_block(role).insertText(text, self._body)
        self._scroll_to_end()

    def begin_answer(self) -> None:
        self._start_block("assistant")
        self._scroll_to_end()

    def append_answer_text(self, text: str) -> None:
        scrollbar = self.verticalScrollBar()
        following = scrollbar.value() >= scrollbar.maximum() - 4
        self._cursor_at_end().insertText(text, self._body)
        if following:  # do not yank the view back down while the user scrolls up to read
            self._scroll_to_end()

    def end_answer(self) -> None:
        self._scroll_to_end()

    def show_history(self, messages: Sequence[Message]) -> None:
        self.clear()
        for message in messages:
            self.add_message(message.role, message.content)

    def _scroll_to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
