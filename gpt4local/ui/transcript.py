"""The conversation as the user reads it: Markdown answers, per-message actions and answer stats.

Each message is a header block (who speaks), its body and a footer (action links; for answers, the
stats). Everything is appended at the end of the document, so earlier messages are never touched
again. While an answer streams, ``StreamingMarkdown`` hands over the blocks that became final
(inserted once) and the open last block, which is the only part replaced on each repaint; repaints
are at most ~30 a second however often text arrives.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from gpt4local.core.markdown_render import (
    DARK,
    LIGHT,
    MarkdownRenderer,
    StreamingMarkdown,
    normalize_newlines,
    warm_up,
)
from gpt4local.core.messages import Message

SPEAKERS = {"user": "You", "assistant": "Assistant", "system": "System"}
STOP_LABELS = {"eos": "end", "stop_string": "end", "cancelled": "stopped"}  # others: as named
ACTION_SCHEME = "gpt4local"  # the transcript's own links: gpt4local:copy/3, gpt4local:code/3/0…
FRAME_MS = 33  # at most ~30 repaints a second while an answer streams
# New text examined per repaint (~6 ms of work here): a flood is rendered over several frames.
FRAME_BUDGET = 2000
THINKING = "Thinking…"

_warm_up_started = False


@dataclass
class TranscriptMessage:
    role: str
    text: str  # as written: raw Markdown for answers (what Copy puts on the clipboard)
    stats: dict[str, Any] | None = None


def stats_line(stats: dict[str, Any]) -> str:
    reason = str(stats.get("stop_reason", "")).replace("_", " ")  # length, context full
    reason = STOP_LABELS.get(str(stats.get("stop_reason")), reason)
    return (
        f"{stats.get('completion_tokens', 0):,} tokens · {stats.get('tokens_per_s', 0.0):.1f} "
        f"tokens/s · first token {stats.get('ttft_s', 0.0):.2f} s · {reason}"
    )


def _fragment(markup: str, lead: bool = True) -> QTextDocumentFragment:
    """``markup`` as a fragment that starts with a paragraph separator.

    QTextCursor.insertHtml merges the first block of the HTML into the block at the cursor and
    drops that block's format (a heading's level, a paragraph's margins). Qt carries a block's
    format with the separator in front of it, so give the first block one; the empty block before
    it merges into the cursor's block without changing it. Tables already start that way.
    """
    scratch = QTextDocument()
    scratch.setHtml(markup.strip())  # a trailing newline would become a trailing space
    frames = scratch.rootFrame().childFrames()
    if lead and not (frames and frames[0].firstPosition() <= 1):
        cursor = QTextCursor(scratch)
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.setBlockFormat(QTextBlockFormat())
    return QTextDocumentFragment(scratch)


class Transcript(QTextBrowser):
    regenerate_requested = Signal()  # "Regenerate" under the last answer
    continue_requested = Signal()  # "Continue" under the last answer, when it hit the length limit
    edit_requested = Signal(int)  # "Edit" under a user message: its index in ``messages``
    copied = Signal(str)  # text just put on the clipboard, for a "Copied" note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # links are actions or external pages: see _on_link
        self.anchorClicked.connect(self._on_link)
        self.setPlaceholderText("Choose a model above, then type a message below.")
        # A read-only view: an undo history would only keep every replaced tail alive.
        self.document().setUndoRedoEnabled(False)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._renderer = MarkdownRenderer(DARK if dark else LIGHT)
        self._muted = self._renderer.theme.muted
        self.messages: list[TranscriptMessage] = []
        self._stream: StreamingMarkdown | None = None
        self._body_start = 0  # where the last message's body begins
        self._tail_start = 0  # where the open tail of the streaming answer begins
        self._tail_html = ""
        self._footer_start: int | None = None  # the last answer's footer, rewritten later
        self._ending = False  # end_answer came while rendering was behind: finish when caught up
        self._end_stats: dict[str, Any] | None = None
        self._since_flush = QElapsedTimer()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self._flush)
        self._following = True
        scrollbar = self.verticalScrollBar()
        scrollbar.valueChanged.connect(self._on_scrolled)
        scrollbar.rangeChanged.connect(self._on_range_changed)
        _start_warm_up()

    # --- the API the window uses ------------------------------------------------------------

    def add_message(self, role: str, text: str, stats: dict[str, Any] | None = None) -> None:
        self._retire_last_answer_actions()
        self.messages.append(TranscriptMessage(role, text, stats))
        index = len(self.messages) - 1
        cursor = self._start_message(role)
        if role == "assistant":
            markdown = normalize_newlines(text)
            self._insert(cursor, self._renderer.render(markdown, self._code_href(index)))
        else:  # what people type is shown as typed, never interpreted
            self._insert(cursor, f'<p style="white-space:pre-wrap">{html.escape(text)}</p>')
        self._write_footer(cursor, index)
        self._follow_to_end()

    def begin_answer(self) -> None:
        self._retire_last_answer_actions()
        self.messages.append(TranscriptMessage("assistant", ""))
        cursor = self._start_message("assistant")
        self._open_stream(cursor, "")

    def continue_answer(self) -> None:
        """Stream more text into the last answer (after "Continue")."""
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

    def append_answer_text(self, text: str) -> None:
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

    def end_answer(self, stats: dict[str, Any] | None = None) -> None:
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

    def show_history(
        self, messages: Sequence[Message], stats: Sequence[dict[str, Any] | None] | None = None
    ) -> None:
        """Show a whole conversation; ``stats`` (one entry per message, or None) for answers."""
        self.clear()
        for index, message in enumerate(messages):
            answer_stats = stats[index] if stats and index < len(stats) else None
            self.add_message(message.role, message.content, answer_stats)

    def clear(self) -> None:
        self._flush_timer.stop()
        self._stream = None
        self._ending = False
        self._footer_start = None
        self.messages.clear()
        super().clear()
        self.document().setUndoRedoEnabled(False)
        self._following = True

    def last_answer_text(self) -> str:
        answers = [m.text for m in self.messages if m.role == "assistant"]
        return answers[-1] if answers else ""

    def copy_message(self, index: int) -> None:
        self._to_clipboard(self.messages[index].text)

    def copy_code(self, index: int, block: int) -> None:
        markdown = normalize_newlines(self.messages[index].text)
        self._to_clipboard(self._renderer.code_blocks(markdown)[block])

    # --- building the document --------------------------------------------------------------

    def _start_message(self, role: str) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        top = 16 if not self.document().isEmpty() else 0
        speaker = html.escape(SPEAKERS.get(role, role))
        self._insert(cursor, f'<p style="margin-top:{top}px; margin-bottom:0"><b>{speaker}</b></p>')
        self._body_start = cursor.position()
        return cursor

    def _insert(self, cursor: QTextCursor, markup: str) -> None:
        if markup.strip():
            # At the very start there is no block before to merge into, only the empty first one.
            cursor.insertFragment(_fragment(markup, lead=not self.document().isEmpty()))

    def _open_stream(self, cursor: QTextCursor, text: str) -> None:
        self._stream = StreamingMarkdown(self._renderer, self._code_href(len(self.messages) - 1))
        self._stream.append(text)
        self._tail_start = cursor.position()
        self._tail_html = ""
        self._following = True
        self._flush()
        self._follow_to_end()

    def _flush(self) -> None:
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

    def _append_code(self, code: str) -> None:
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

    def _complete_answer(self) -> None:
        assert self._stream is not None
        self._flush_timer.stop()
        final = self._stream.finish()
        self._stream = None
        self._ending = False
        cursor = self._replace_tail(final)
        self.messages[-1].stats = self._end_stats
        self._write_footer(cursor, len(self.messages) - 1)

    def _replace_tail(self, tail: str, final: str = "") -> QTextCursor:
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

    def _write_footer(self, cursor: QTextCursor, index: int, last: bool = True) -> None:
        message = self.messages[index]
        links = [("Copy", f"copy/{index}")]
        if message.role == "user":
            links.append(("Edit", f"edit/{index}"))
        elif last:
            self._footer_start = cursor.position()
            links.append(("Regenerate", "regenerate"))
            if message.stats and message.stats.get("stop_reason") == "length":
                links.append(("Continue", "continue"))
        parts = [
            f'<a href="{ACTION_SCHEME}:{target}" style="text-decoration:none">{label}</a>'
            for label, target in links
        ]
        if message.role == "assistant" and message.stats:
            parts.append(html.escape(stats_line(message.stats)))
        style = f"margin-top:4px; font-size:small; color:{self._muted}"
        self._insert(cursor, f'<p style="{style}">{" · ".join(parts)}</p>')

    def _retire_last_answer_actions(self) -> None:
        """Regenerate and Continue belong to the last answer only: drop them from the previous."""
        if self._stream is not None:
            self._ending, self._end_stats = True, None
            self._complete_answer()
        if self._footer_start is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._footer_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._footer_start = None
        self._write_footer(cursor, len(self.messages) - 1, last=False)

    def _code_href(self, index: int) -> str:
        return f"{ACTION_SCHEME}:code/{index}/"

    # --- links, clipboard, scrolling ----------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.scheme() != ACTION_SCHEME:
            return
        action, *numbers = url.path().split("/")
        args = [int(n) for n in numbers if n.isdigit()]
        if action == "copy" and args:
            self.copy_message(args[0])
        elif action == "code" and len(args) == 2:
            self.copy_code(args[0], args[1])
        elif action == "edit" and args:
            self.edit_requested.emit(args[0])
        elif action == "regenerate":
            self.regenerate_requested.emit()
        elif action == "continue":
            self.continue_requested.emit()

    def _to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def _on_scrolled(self, value: int) -> None:
        # Follow the answer only while the user is at the bottom; scrolling up to read stops it.
        self._following = value >= self.verticalScrollBar().maximum() - 4

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        # The layout grows after the edit (lazily), so follow it here rather than after inserting.
        if self._following:
            self.verticalScrollBar().setValue(maximum)

    def _follow_to_end(self) -> None:
        self._following = True
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())


def _start_warm_up() -> None:
    """Compile the common code lexers off the GUI thread, once, before the first answer.

    A plain daemon thread: nothing comes back to the GUI, and quitting must not wait for it.
    """
    global _warm_up_started
    if not _warm_up_started:
        _warm_up_started = True
        threading.Thread(target=warm_up, name="lexer warm-up", daemon=True).start()
