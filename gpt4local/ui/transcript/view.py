"""The conversation as the user reads it: Markdown answers, per-message actions and answer stats.

Each message is a header block (who speaks: "You", or the model's avatar and name), its body (the
user's text in a tinted bubble, an answer's Markdown) and a footer line (an answer's stats). The
actions (Copy, Edit, Regenerate, Continue) are not in the document: a floating toolbar shows them
over the message under the pointer or the keyboard's focus (actions.py). Messages are appended at
the end of the document and earlier ones are not touched again, except by a cut from some message
to the end (regenerate, edit, a failed answer), which keeps everything before it as drawn.
Opening a long conversation draws it in slices of a few milliseconds with progress, so the window
stays responsive. The answer being streamed is written by an AnswerStream (stream.py). What is drawn
is a ConversationModel: the transcript follows its signals and never changes its messages.

Colours are baked into the document when HTML is inserted (ours, and the link colour Qt takes from
the application's palette then), so a change of theme draws every message again, in slices like
opening a conversation, and the reader stays at the message they were reading.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QElapsedTimer, QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QWidget

from gpt4local.core.chats.markdown import (
    DARK,
    LIGHT,
    MarkdownRenderer,
    Theme,
    normalize_newlines,
)
from gpt4local.core.inference.chat_backend import EngineInfo
from gpt4local.ui.chat.conversation_model import ChatMessage, ConversationModel
from gpt4local.ui.i18n.formatting import format_number
from gpt4local.ui.transcript.blocks import (
    ACTION_SCHEME,
    Look,
    footer_html,
    fragment,
    header_html,
    message_actions,
    model_name,
    user_body_html,
)
from gpt4local.ui.transcript.places import MessagePlaces
from gpt4local.ui.transcript.stream import FRAME_BUDGET, AnswerStream, start_warm_up

__all__ = ["FRAME_BUDGET", "Transcript"]

# Opening a conversation with more text than this draws it in slices (with progress) instead of
# at once; at ~6 ms per answer here, at once stays near 0.1 s.
SLICED_HISTORY_CHARS = 40_000
SLICE_MS = 12  # drawing time per slice; events (input, repaints) are handled between slices
# A longer message (an import) is drawn up to here, with a note: drawing takes about 1.5 s per
# MB on the GUI thread, so an 18.6 MB answer froze the window for 27.5 s. Copy gives all of it.
DRAWN_CHARS = 200_000


class Transcript(MessagePlaces):
    regenerate_requested = Signal()  # "Regenerate" on the last answer
    continue_requested = Signal()  # "Continue" on the last answer, when it did not end by itself
    edit_requested = Signal(int)  # "Edit" on a user message: its index in ``messages``
    copied = Signal(str)  # text just put on the clipboard, for a "Copied" note
    history_progress = Signal(int, int)  # messages drawn, of: while a long conversation opens
    history_shown = Signal()  # every message of the conversation is drawn

    def __init__(
        self, conversation: ConversationModel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conversation = conversation if conversation is not None else ConversationModel(self)
        self.setOpenLinks(False)  # links are code blocks' Copy or external pages: see _on_link
        self.anchorClicked.connect(self._on_link)
        self.setPlaceholderText(self.tr("Choose a model above, then type a message below."))
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr(
            "Ctrl+Up and Ctrl+Down move between messages; Tab reaches the message's actions."))
        self.model_name = ""  # the loaded model's: named over the answers it writes
        # A read-only view: an undo history would only keep every replaced tail alive.
        self.document().setUndoRedoEnabled(False)
        self._style = self._current_style()
        self._renderer = MarkdownRenderer(self._style[0], self.tr("Copy", "a code block's text"))
        self._look = self._style[2]
        # A theme switch changes the palette more than once: one redraw, after the last change.
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.timeout.connect(self._restyle)
        self._return_to: tuple[int, int] | None = None  # (message, offset): see _redraw
        self._body_start = 0  # where the last drawn message's body begins
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.timeout.connect(self._draw_slice)
        self.answer_stream = AnswerStream(self, self)
        self._streamed: int | None = None  # the index of the answer being written
        self._following = True
        self.action_bar.toolbar.triggered.connect(self.trigger)
        scrollbar = self.verticalScrollBar()
        scrollbar.valueChanged.connect(self._on_scrolled)
        scrollbar.rangeChanged.connect(self._on_range_changed)
        model = self.conversation
        model.replaced.connect(self._on_replaced)
        model.appended.connect(self._on_appended)
        model.answer_begun.connect(self._on_answer_begun)
        model.answer_resumed.connect(self._on_answer_resumed)
        model.answer_text.connect(self.answer_stream.append)
        model.answer_ended.connect(self.answer_stream.end)
        start_warm_up()

    @property
    def messages(self) -> list[ChatMessage]:
        return self.conversation.messages

    @property
    def streaming(self) -> bool:
        return self.answer_stream.active

    # --- following the conversation ---------------------------------------------------------

    def _on_replaced(self, first: int) -> None:
        """The messages drawn before ``first`` stay as they are, so regenerating or editing near
        the end of a long conversation does not draw it all again."""
        keep = min(first, len(self._starts))
        self._cut_to(keep)
        if keep == len(self.messages):
            self.history_shown.emit()
            return
        self._catch_up(len(self._starts))
        self._draw_more(keep)

    def _on_appended(self) -> None:
        self._catch_up(len(self.messages) - 1)
        self._draw(len(self.messages) - 1)
        self._follow_to_end()

    def _on_answer_begun(self) -> None:
        index = len(self.messages) - 1
        self._catch_up(index)
        name = model_name(self.messages[index], self.model_name)
        self._open_stream(self._start_message("assistant", name), index)

    def _on_answer_resumed(self) -> None:
        """More text goes into the last answer (after "Continue")."""
        self._draw_all()
        self.answer_stream.finish_now()  # its previous turn may still be drawing
        index = len(self.messages) - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._body_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._footers.pop(index, None)
        self.action_bar.forget()
        self._open_stream(cursor, index)

    def _open_stream(self, cursor: QTextCursor, index: int) -> None:
        self._streamed = index
        self._following = True
        self.answer_stream.open(cursor, self._renderer, self._code_href(index),
                                self.messages[index].text)  # fmt: skip
        self._follow_to_end()
        self.action_bar.forget()  # the answer before is no longer the last one

    def answer_complete(self, cursor: QTextCursor) -> None:
        """The answer stream's last text is in: its footer, with its actions and stats."""
        index, self._streamed = self._streamed, None
        if index is not None and index < len(self.messages):
            self._write_footer(cursor, index)
        self._restyle_timer.start(0)  # a theme switch while it was written: redraw it now

    def set_model(self, info: EngineInfo | None) -> None:
        """The model loaded now: answers begun from now on are drawn under its name (which
        their stats keep, see blocks.model_name)."""
        self.model_name = info.model_name if info is not None else ""
        # What an empty chat says next follows: choose a model, or just type.
        self.setPlaceholderText(
            self.tr("{model} is ready: type a message below.").format(model=self.model_name)
            if info else self.tr("Choose a model above, then type a message below."))  # fmt: skip

    def last_answer_text(self) -> str:
        answers = [m.text for m in self.messages if m.role == "assistant"]
        return answers[-1] if answers else ""

    def copy_message(self, index: int) -> None:
        self._to_clipboard(self.messages[index].text)

    def copy_code(self, index: int, block: int) -> None:
        markdown = normalize_newlines(self.messages[index].text)
        self._to_clipboard(self._renderer.code_blocks(markdown)[block])

    def actions_for(self, index: int) -> tuple[str, ...]:
        """Regenerate and Continue belong to the last answer once it is finished."""
        last = index == len(self.messages) - 1 and not self.streaming
        return message_actions(self.messages[index], last)

    def trigger(self, action: str, index: int) -> None:
        """What a message's action button does."""
        if index >= len(self.messages) or action not in self.actions_for(index):
            return
        if action == "copy":
            self.copy_message(index)
        elif action == "edit":
            self.edit_requested.emit(index)
        elif action == "regenerate":
            self.regenerate_requested.emit()
        elif action == "continue":
            self.continue_requested.emit()

    # --- drawing a conversation -------------------------------------------------------------

    def _draw_more(self, first: int) -> None:
        """Draw the messages from ``first`` on: at once, or in slices when they are long."""
        if sum(len(m.text) for m in self.messages[first:]) < SLICED_HISTORY_CHARS:
            self._draw_all()
        else:
            self._draw_slice()

    def _draw(self, index: int) -> None:
        """Append message ``index``, which must be the next one to draw."""
        message = self.messages[index]
        cursor = self._start_message(message.role, model_name(message))
        text = message.text[:DRAWN_CHARS]
        if message.role == "assistant":
            markdown = normalize_newlines(text)
            self.insert(cursor, self._renderer.render(markdown, self._code_href(index)))
        else:
            self.insert(cursor, user_body_html(text, self._look))
        if len(message.text) > DRAWN_CHARS:
            left = len(message.text) - DRAWN_CHARS
            note = self.tr("… {count} more characters are not shown here. Copy, or export the "
                           "chat, to have all of it.").format(count=format_number(left))
            muted = self._look.muted
            self.insert(cursor, f'<p style="color:{muted}"><i>{html.escape(note)}</i></p>')
        self._write_footer(cursor, index)

    def _draw_all(self, end: int | None = None) -> None:
        """Draw whatever is still waiting before ``end`` (all of it), now."""
        end = len(self.messages) if end is None else end
        if len(self._starts) >= end:
            return
        self._slice_timer.stop()
        while len(self._starts) < end:
            self._draw(len(self._starts))
        self._settle_view()
        self.history_shown.emit()

    def _draw_slice(self) -> None:
        clock = QElapsedTimer()
        clock.start()
        while len(self._starts) < len(self.messages):
            self._draw(len(self._starts))  # at least one per slice, however long it takes
            if clock.elapsed() >= SLICE_MS:
                break
        if len(self._starts) < len(self.messages):
            self.history_progress.emit(len(self._starts), len(self.messages))
            self._slice_timer.start(0)  # the next slice after the events waiting now
        else:
            self._settle_view()
            self.history_shown.emit()

    def _cut_to(self, count: int) -> None:
        """Keep the first ``count`` drawn messages and drop everything after them."""
        self._slice_timer.stop()
        if count == 0:
            self._clear_document()
            return
        if count < len(self._starts):
            self._drop_stream()  # an answer being streamed is always the last message
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._starts[count])
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            del self._starts[count:]
            self._footers = {i: p for i, p in self._footers.items() if i < count}
        self.action_bar.forget()

    def _clear_document(self) -> None:  # not clear(): QTextBrowser's own, kept for Qt
        self._drop_stream()
        self._return_to = None
        self._starts.clear()
        self._footers.clear()
        super().clear()
        self.document().setUndoRedoEnabled(False)
        self._following = True
        self.action_bar.forget()

    def _drop_stream(self) -> None:
        self.answer_stream.drop()
        self._streamed = None

    # --- a change of theme ------------------------------------------------------------------

    def _current_style(self) -> tuple[Theme, str, Look]:
        """What drawn HTML depends on: our colours for this palette, and the link colour that
        Qt's HTML import takes from the application's palette."""
        palette = self.palette()
        theme = DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT
        link = QGuiApplication.palette().color(QPalette.ColorRole.Link).name()
        return theme, link, Look.of(palette, theme)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle_timer.start(0)

    def _restyle(self) -> None:
        """Draw everything again if the theme changed. An answer being written is redrawn when
        it ends (answer_complete calls this again): redrawing under it would restart it."""
        style = self._current_style()
        if style == self._style or self.streaming:
            return
        self._style = style
        self._renderer = MarkdownRenderer(style[0], self.tr("Copy", "a code block's text"))
        self._look = style[2]
        self._redraw()

    def _redraw(self) -> None:
        """Every message drawn again, as when the conversation is opened; a reader who scrolled
        up comes back to the same place in the same message."""
        place = None if self._following else self._reading_place()
        self._cut_to(0)
        self._return_to = place
        self._following = place is None
        self._draw_more(0)

    def _settle_view(self) -> None:
        """Once everything is drawn: back to the reader's place after a redraw, else the end."""
        place, self._return_to = self._return_to, None
        if place is None or place[0] >= len(self._starts):
            self._follow_to_end()
            return
        self._following = False
        self.verticalScrollBar().setValue(self._message_top(place[0]) + place[1])

    # --- building the document --------------------------------------------------------------

    def _start_message(self, role: str, name: str) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._starts.append(cursor.position())
        self.insert(cursor, header_html(role, name, self._look, first=self.document().isEmpty()))
        self._body_start = cursor.position()
        return cursor

    def insert(self, cursor: QTextCursor, markup: str) -> None:
        if markup.strip():
            # At the very start there is no block before to merge into, only the empty first one.
            cursor.insertFragment(fragment(markup, lead=not self.document().isEmpty()))

    def _write_footer(self, cursor: QTextCursor, index: int) -> None:
        self._footers[index] = cursor.position()
        self.insert(cursor, footer_html(self.messages[index], self._look))
        if self.action_bar.hovered is not None or self.action_bar.focused is not None:
            self.action_bar.place()  # the message may be the one under the pointer

    def _catch_up(self, end: int) -> None:
        """Before messages are added from ``end`` on, whatever was still waiting before them is
        drawn, and an answer still being drawn is finished."""
        self._draw_all(end)
        self.answer_stream.finish_now()

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
        if action == "code" and len(args) == 2:
            self.copy_code(args[0], args[1])

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
