"""Streaming an answer into the transcript: the part of it that changes ~30 times a second.

``StreamingMarkdown`` hands over the blocks that became final (inserted once) and the open last
block, which is the only part replaced on each repaint; repaints are at most ~30 a second however
often text arrives, and a flood of text is rendered over several frames.

The transcript owns one AnswerStream and is its ``StreamSurface``: the stream writes into the
surface's document and hands the answer back once its last text is in (for the footer).
"""

from __future__ import annotations

import threading
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from gpt4local.core.chats.markdown import MarkdownRenderer, warm_up
from gpt4local.core.chats.markdown_stream import StreamingMarkdown

FRAME_MS = 33  # at most ~30 repaints a second while an answer streams
# New text examined per repaint (~6 ms of work here): a flood is rendered over several frames.
FRAME_BUDGET = 2000

_warm_up_started = False


def start_warm_up() -> None:
    """Compile the common code lexers off the GUI thread, once, before the first answer.

    A plain daemon thread: nothing comes back to the GUI, and quitting must not wait for it.
    """
    global _warm_up_started
    if not _warm_up_started:
        _warm_up_started = True
        threading.Thread(target=warm_up, name="lexer warm-up", daemon=True).start()


class StreamSurface(Protocol):
    """Where an answer is written."""

    def document(self) -> QTextDocument: ...
    def insert(self, cursor: QTextCursor, markup: str) -> None: ...
    def answer_complete(self, cursor: QTextCursor) -> None:
        """The answer's last text is in, up to ``cursor``: what comes under it goes there."""


class AnswerStream(QObject):
    def __init__(self, surface: StreamSurface, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._surface = surface
        self._markdown: StreamingMarkdown | None = None
        self._muted = ""
        self._tail_start = 0  # where the open tail of the answer begins
        self._tail_html = ""
        self._ending = False  # end() came while rendering was behind: finish when caught up
        self._since_flush = QElapsedTimer()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self._flush)

    @property
    def active(self) -> bool:
        """An answer is being written (or its last text is still being drawn)."""
        return self._markdown is not None

    def open(self, cursor: QTextCursor, renderer: MarkdownRenderer, code_href: str,
             text: str) -> None:  # fmt: skip
        """Write an answer from ``cursor`` on, starting with ``text`` (a continued answer's)."""
        self._markdown = StreamingMarkdown(renderer, code_href)
        self._markdown.append(text)
        self._muted = renderer.theme.muted
        self._tail_start = cursor.position()
        self._tail_html = ""
        self._ending = False
        self._flush()

    def append(self, text: str) -> None:
        if self._markdown is None or not text:
            return
        self._markdown.append(text)
        if self._flush_timer.isActive():
            return
        waited = self._since_flush.elapsed() if self._since_flush.isValid() else FRAME_MS
        if waited >= FRAME_MS:
            self._flush()
        else:
            self._flush_timer.start(FRAME_MS - waited)

    def end(self) -> None:
        """The answer is complete: final at once, unless text came faster than it could be
        drawn: then over the next frames (``active`` turns False when done)."""
        if self._markdown is None:
            return
        self._ending = True
        if self._markdown.pending > FRAME_BUDGET:
            self._flush()
        else:
            self._complete()

    def finish_now(self) -> None:
        """Draw whatever is left at once (something is about to be added after the answer)."""
        if self._markdown is not None:
            self._complete()

    def drop(self) -> None:
        """Forget the answer (the document is rebuilt or cut by the caller)."""
        self._flush_timer.stop()
        self._markdown = None
        self._ending = False

    def _flush(self) -> None:
        """Insert the blocks that became final, and repaint the open tail."""
        self._flush_timer.stop()
        self._since_flush.start()
        if self._markdown is None:
            return
        update = self._markdown.update(FRAME_BUDGET)
        if self._markdown.behind:
            self._flush_timer.start(FRAME_MS)
        elif self._ending:
            if update.final:
                self._replace_tail("", update.final)
            self._complete()
            return
        if update.code_append is not None:
            self._append_code(update.code_append)
            return
        if update.text_append is not None:
            self._append_text(update.text_append)
            return
        tail = update.tail
        if not self._markdown.text.strip():
            thinking = self.tr("Thinking…")  # until the first words arrive
            tail = f'<p style="color:{self._muted}"><i>{thinking}</i></p>'
        if update.final or tail != self._tail_html:
            self._replace_tail(tail, update.final)

    def _append_code(self, code: str) -> None:
        """Add text to the open code block, which is all the tail holds (see _OpenFence)."""
        if not code:
            return
        cursor = QTextCursor(self._surface.document())
        cursor.setPosition(self._tail_start + 2)  # inside the inner table of the code box
        table = cursor.currentTable()
        assert table is not None and table.rows() == 2
        cursor = table.cellAt(1, 0).lastCursorPosition()
        # A <pre> is one block per line: the first with a top margin, the last with a bottom one.
        # New lines must not copy the last line's margin, as insertText("\n") would.
        first, *more = code.split("\n")
        cursor.beginEditBlock()
        cursor.insertText(first)
        if more:
            line_format = cursor.blockFormat()
            bottom = line_format.bottomMargin()
            line_format.setBottomMargin(0)
            cursor.setBlockFormat(line_format)
            line_format.setTopMargin(0)
            for line in more:
                cursor.insertBlock(line_format)
                cursor.insertText(line)
            line_format.setBottomMargin(bottom)
            cursor.setBlockFormat(line_format)
        cursor.endEditBlock()
        self._tail_html = ""  # what is shown is no longer that HTML

    def _append_text(self, text: str) -> None:
        """Add plain text at the end of the paragraph the tail holds (see text_append), in the
        format of its last character."""
        if not text:
            return
        cursor = QTextCursor(self._surface.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self._tail_html = ""  # what is shown is no longer that HTML

    def _complete(self) -> None:
        assert self._markdown is not None
        self._flush_timer.stop()
        final = self._markdown.finish()
        self._markdown = None
        self._ending = False
        self._surface.answer_complete(self._replace_tail(final))

    def _replace_tail(self, tail: str, final: str = "") -> QTextCursor:
        cursor = QTextCursor(self._surface.document())
        cursor.beginEditBlock()  # one relayout for the whole change
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._surface.insert(cursor, final)
        self._tail_start = cursor.position()
        self._surface.insert(cursor, tail)
        self._tail_html = tail
        cursor.endEditBlock()
        return cursor
