"""Streaming an answer into the transcript: the part of it that changes ~30 times a second.

``StreamingMarkdown`` hands over the blocks that became final (inserted once) and the open last
block, which is the only part replaced on each repaint; repaints are at most ~30 a second however
often text arrives, and a flood of text is rendered over several frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QTextCursor

from gpt4local.core.chats.markdown import StreamingMarkdown
from gpt4local.ui.transcript.blocks import TranscriptMessage

if TYPE_CHECKING:
    from gpt4local.ui.transcript.view import Transcript

FRAME_MS = 33  # at most ~30 repaints a second while an answer streams
# New text examined per repaint (~6 ms of work here): a flood is rendered over several frames.
FRAME_BUDGET = 2000
THINKING = "Thinking…"


class AnswerStreaming:
    """Mixed into Transcript (whose document, renderer and message list it uses)."""

    def _init_streaming(self: Transcript) -> None:
        self._stream: StreamingMarkdown | None = None
        self._body_start = 0  # where the last message's body begins
        self._tail_start = 0  # where the open tail of the streaming answer begins
        self._tail_html = ""
        self._ending = False  # end_answer came while rendering was behind: finish when caught up
        self._end_stats: dict[str, Any] | None = None
        self._since_flush = QElapsedTimer()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self._flush)

    def _drop_stream(self: Transcript) -> None:
        """Forget an answer being streamed (the document is rebuilt or cut by the caller)."""
        self._flush_timer.stop()
        self._stream = None
        self._ending = False

    def begin_answer(self: Transcript) -> None:
        self._retire_last_answer_actions()
        self.messages.append(TranscriptMessage("assistant", ""))
        cursor = self._start_message("assistant")
        self._open_stream(cursor, "")

    def continue_answer(self: Transcript) -> None:
        """Stream more text into the last answer (after "Continue")."""
        self._draw_all()
        if self._ending:
            self._complete_answer()
        if not self.messages or self.messages[-1].role != "assistant" or self._stream:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._body_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._footer_start = None
        self.messages[-1].stats = None
        self._open_stream(cursor, self.messages[-1].text)

    def append_answer_text(self: Transcript, text: str) -> None:
        if self._stream is None or not text:
            return
        self._stream.append(text)
        self.messages[-1].text += text
        if self._flush_timer.isActive():
            return
        waited = self._since_flush.elapsed() if self._since_flush.isValid() else FRAME_MS
        if waited >= FRAME_MS:
            self._flush()
        else:
            self._flush_timer.start(FRAME_MS - waited)

    def end_answer(self: Transcript, stats: dict[str, Any] | None = None) -> None:
        """The answer is complete; show it final, with its actions and ``stats`` (the dict of
        GenerationStats.as_dict()). Immediate, unless text came faster than it could be drawn:
        then over the next frames (``streaming`` turns False when done)."""
        if self._stream is None:
            return
        self._ending, self._end_stats = True, stats
        if self._stream.pending > FRAME_BUDGET:
            self._flush()
        else:
            self._complete_answer()

    @property
    def streaming(self) -> bool:
        return self._stream is not None

    def _open_stream(self: Transcript, cursor: QTextCursor, text: str) -> None:
        self._stream = StreamingMarkdown(self._renderer, self._code_href(len(self.messages) - 1))
        self._stream.append(text)
        self._tail_start = cursor.position()
        self._tail_html = ""
        self._following = True
        self._flush()
        self._follow_to_end()

    def _flush(self: Transcript) -> None:
        """Insert the blocks that became final, and repaint the open tail."""
        self._flush_timer.stop()
        self._since_flush.start()
        if self._stream is None:
            return
        update = self._stream.update(FRAME_BUDGET)
        if self._stream.behind:
            self._flush_timer.start(FRAME_MS)
        elif self._ending:
            if update.final:
                self._replace_tail("", update.final)
            self._complete_answer()
            return
        if update.code_append is not None:
            self._append_code(update.code_append)
            return
        tail = update.tail
        if not self._stream.text.strip():
            tail = f'<p style="color:{self._muted}"><i>{THINKING}</i></p>'
        if update.final or tail != self._tail_html:
            self._replace_tail(tail, update.final)

    def _append_code(self: Transcript, code: str) -> None:
        """Add text to the open code block, which is all the tail holds (see _OpenFence)."""
        if not code:
            return
        cursor = QTextCursor(self.document())
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

    def _complete_answer(self: Transcript) -> None:
        assert self._stream is not None
        self._flush_timer.stop()
        final = self._stream.finish()
        self._stream = None
        self._ending = False
        cursor = self._replace_tail(final)
        self.messages[-1].stats = self._end_stats
        self._write_footer(cursor, len(self.messages) - 1)
        self._restyle_timer.start(0)  # a theme switch while it was written: redraw it now

    def _replace_tail(self: Transcript, tail: str, final: str = "") -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one relayout for the whole change
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._insert(cursor, final)
        self._tail_start = cursor.position()
        self._insert(cursor, tail)
        self._tail_html = tail
        cursor.endEditBlock()
        return cursor
