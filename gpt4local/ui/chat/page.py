"""The Chat tab: saved conversations on the left, the conversation on the right.

The flow of one answer: the user's message is committed to the store, then the answer is asked
for; a row for it is stored as incomplete, updated at the first words and then about once a second
while it streams, and once more when it ends (or stops). After a chat's first answer the model
suggests its title. Leaving the chat while an answer runs (another chat, a new one, an import)
stops the answer, saves it, then leaves: the chat on screen is always the one Send writes to.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.chats.store import Conversation
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.ui.chat.conversation_actions import INTERRUPTED, ConversationActions, stats_text
from gpt4local.ui.chat.conversation_list import ConversationList
from gpt4local.ui.chat.draft_prefill import DraftPrefill
from gpt4local.ui.chat.message_input import MessageInput
from gpt4local.ui.chat.session import ChatSession
from gpt4local.ui.engine.adapter import EngineAdapter
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.transcript.view import Transcript
from gpt4local.ui.window.error_banner import Cause

PARTIAL_SAVE_MS = 1000  # after the first words, a crash loses at most this much of an answer


class Host(Protocol):
    """What the page needs from the window."""

    def sampling_for_chat(self) -> SamplingSettings: ...
    def system_prompt_for_chat(self) -> str: ...
    def show_error(self, message: str, cause: Cause | None = None) -> None: ...
    def resolve_error(self, *causes: Cause) -> None: ...
    def set_busy(self, text: str | None, done: int = 0, total: int = 0) -> None: ...
    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...
    def show_answer_stats(self, text: str) -> None: ...
    def chat_opened(self, conversation: Conversation | None, use_its_model: bool) -> None: ...
    def prefill_while_typing(self) -> bool: ...


class ChatPage(ConversationActions):
    answer_finished = Signal(object)  # GenerationStats
    answer_failed = Signal(str)

    def __init__(self, host: Host, session: ChatSession, engine: EngineAdapter,
                 loader: ModelLoader) -> None:  # fmt: skip
        super().__init__()
        self.host, self.session, self.engine, self.loader = host, session, engine, loader
        self.history: list[Message] = []  # the conversation as the model sees it (no system)
        self.generating = False
        self._continuing = False
        self._fresh = False  # the answer is to a message sent just now (not a regenerate)
        self._request_sent = False  # the engine was asked for the current answer
        self._stop_early = False  # Stop was pressed before it was
        self._answer_text = ""
        self._first_words_saved = False
        self._after_answer: Callable[[], None] | None = None  # leaving the chat, once it ends
        self._opening: int | None = None  # the chat being opened: Send waits for it
        self._closed = False  # the window is quitting: what the engine still sends is ignored
        self._titled: set[int] = set()  # chats whose title the model was asked for
        self._pending_system_prompt: str | None = None  # set before a new chat's first message
        self._save_timer = QTimer(self, interval=PARTIAL_SAVE_MS)
        self._save_timer.timeout.connect(lambda: self.session.save_partial(self._answer_text))
        self._build()
        self.prefill = DraftPrefill(self.input, self._draft)
        self.prefill.requested.connect(engine.prefill)
        self.prefill.superseded.connect(engine.supersede_prefills)
        engine.text_arrived.connect(self.on_text)
        engine.prompt_progress.connect(self.on_prompt_progress)
        engine.context_trimmed.connect(self.on_context_trimmed)
        engine.generation_finished.connect(self.on_finished)
        engine.generation_failed.connect(self.on_failed)
        engine.title_ready.connect(session.title_from_model)
        session.listed.connect(self.sidebar.set_conversations)
        session.opened.connect(self._show_conversation)
        self.sidebar.new_requested.connect(self.new_chat)
        self.sidebar.selected.connect(self.open_conversation)
        self.sidebar.rename_requested.connect(session.rename)
        self.sidebar.delete_requested.connect(self.delete_conversation)
        self.sidebar.search_changed.connect(session.refresh_list)
        self.transcript.regenerate_requested.connect(self.regenerate)
        self.transcript.continue_requested.connect(self.continue_answer)
        self.transcript.edit_requested.connect(self.edit_message)

    def _build(self) -> None:
        self.model_picker = self.loader.picker
        self.add_model_button = QPushButton("Add model file…")
        self.system_button = QPushButton("System prompt…")
        self.system_button.setToolTip("Instructions the model follows in this chat")
        self.system_button.clicked.connect(self.ask_system_prompt)
        top_row = QWidget()
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel("Model:"))
        top.addWidget(self.model_picker, 1)
        top.addWidget(self.add_model_button)
        top.addWidget(self.system_button)
        self.transcript = Transcript()
        # Shown while a long conversation is drawn in slices (the window stays usable meanwhile).
        self.opening_bar = QProgressBar()
        self.opening_bar.setFormat("Opening the conversation… %v of %m messages")
        self.opening_bar.hide()
        self.transcript.history_progress.connect(self._show_opening_progress)
        self.transcript.history_shown.connect(self.opening_bar.hide)
        self.input = MessageInput()
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton("Send")
        self.send_button.setMinimumWidth(90)
        self.send_button.clicked.connect(lambda: self.stop() if self.generating else self.send())
        bottom_row = QWidget()
        bottom = QHBoxLayout(bottom_row)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.input, 1)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        conversation = QWidget()
        right = QVBoxLayout(conversation)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(top_row)
        right.addWidget(self.opening_bar)
        right.addWidget(self.transcript, 1)
        right.addWidget(bottom_row)
        self.sidebar = ConversationList()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(conversation)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _show_opening_progress(self, drawn: int, total: int) -> None:
        self.opening_bar.setRange(0, total)
        self.opening_bar.setValue(drawn)
        self.opening_bar.show()

    def ask_system_prompt(self) -> None:
        current = self.session.current.system_prompt if self.session.current else ""
        text, accepted = QInputDialog.getMultiLineText(
            self, "System prompt", "Instructions for the model in this chat:",
            current or self.host.system_prompt_for_chat(),
        )  # fmt: skip
        if accepted:
            self.set_system_prompt(text.strip())

    def set_system_prompt(self, text: str) -> None:
        """For this chat; before its first message, for the chat about to begin."""
        self._pending_system_prompt = text
        self.session.update_current(system_prompt=text)

    def _system_prompt(self) -> str:
        if self.session.current is not None:
            return self.session.current.system_prompt
        pending = self._pending_system_prompt
        return pending if pending is not None else self.host.system_prompt_for_chat()

    def _with_system(self, messages: list[Message]) -> tuple[Message, ...]:
        system = self._system_prompt()
        return tuple([Message("system", system)] if system else []) + tuple(messages)

    # --- asking --------------------------------------------------------------------------------

    def _draft(self) -> tuple[tuple[Message, ...], int] | None:
        """What prefilling the message being typed needs, when there is a model to do it."""
        text = self.input.toPlainText().strip()
        if not text or self.generating or self.loader.loaded_model is None:
            return None
        if not self.host.prefill_while_typing():
            return None
        messages = self._with_system([*self.history, Message("user", text)])
        return messages, self.host.sampling_for_chat().max_tokens

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.generating or self._opening is not None:
            return
        if self.loader.loaded_model is None:
            self.host.show_error("Choose a model first — your message is kept in the box.",
                                 Cause.MODEL)  # fmt: skip
            return
        self.prefill.stop()  # the answer must not wait behind the draft's prefill
        self.host.resolve_error(Cause.ANSWER)
        self.input.clear()
        self.history.append(Message("user", text))
        self.transcript.add_message("user", text)
        self._fresh = True
        self._start_answering()
        self.session.add_user_message(
            text, self._ask, lambda error: self._not_saved(text, error),
            model_path=self.loader.loaded_path or None, system_prompt=self._system_prompt(),
            settings=dataclasses.asdict(self.host.sampling_for_chat()),
        )  # fmt: skip

    def _start_answering(self) -> None:
        self.generating = True
        self._update_controls()
        self.host.set_busy("Reading the conversation…")  # at once: saving comes first

    def _not_saved(self, text: str, error: Exception) -> None:
        """The message could not be stored (a full disk): as if never sent, and it is kept."""
        if self._closed:
            return
        if self.history and self.history[-1] == Message("user", text):
            self.history.pop()
        self.transcript.show_history(self.history, self._stats_of(len(self.history)))
        self._give_back(text)
        self._answer_over()
        self.answer_failed.emit(str(error))

    def _ask(self, continue_answer: bool = False) -> None:
        """After the user's message is committed: start the answer."""
        if self._closed:
            return
        self._continuing = continue_answer
        if self._stop_early:  # Stop came while the message was being saved: never started
            self._stop_early = False
            self.on_finished(GenerationStats.cancelled())
            return
        self._request_sent = True
        self.prefill.stop()
        if continue_answer:
            self.transcript.continue_answer()
            self._answer_text = self.history[-1].content
        else:
            self.transcript.begin_answer()
            self._answer_text = ""
            self.session.begin_answer()
        self._first_words_saved = False
        self._save_timer.start()
        # Until the first words arrive (a long history can take seconds on a CPU) show activity;
        # prompt_progress then turns it into a determinate bar.
        self.host.set_busy("Reading the conversation…")
        sampling = self.host.sampling_for_chat()
        self.engine.generate(self._with_system(self.history), sampling, continue_answer)

    def stop(self) -> None:
        if not self.generating:
            return
        if self._request_sent:
            self.engine.stop()
        else:  # the engine has not been asked yet (the message is being saved)
            self._stop_early = True

    def close_for_quit(self) -> None:
        """The window is closing: a running answer stops now and is saved as cut off (Continue
        is offered next time); what the engine sends after this is neither shown nor saved."""
        if self.generating and self._request_sent:
            self.engine.stop()
            self.session.finish_answer(self._answer_text, dict(INTERRUPTED))
        self._closed = True
        self._save_timer.stop()
        self.prefill.stop()

    # --- the answer, from the engine adapter ---------------------------------------------------

    def on_prompt_progress(self, done: int, total: int) -> None:
        if done < total and self.generating and not self._closed:
            self.host.set_busy(f"Reading the conversation… {done:,}/{total:,} tokens", done, total)

    def on_context_trimmed(self, dropped: int) -> None:
        self.host.show_status(
            f"The conversation is longer than the context: the oldest {dropped} messages were "
            "left out of the model's view.",
            10000,
        )

    def on_text(self, text: str) -> None:
        if self._closed or not self.generating:
            return
        self.host.set_busy(None)
        self._answer_text += text
        self.transcript.append_answer_text(text)
        if not self._first_words_saved:  # a crash a moment later keeps them
            self._first_words_saved = True
            self.session.save_partial(self._answer_text)
            self._save_timer.start()  # the next save a second from now

    def on_finished(self, stats: GenerationStats) -> None:
        if self._closed or not self.generating:
            return
        if stats.stop_reason == "cancelled" and not stats.text and not self._continuing:
            # Stopped before a word was written: as if never asked, and a new message is kept.
            self._take_back()
            self.host.show_status("Stopped before the answer began.", 5000)
        else:
            full = self._answer_text if self._continuing else stats.text
            if self._continuing:
                self.history[-1] = Message("assistant", full)
            else:
                self.history.append(Message("assistant", full))
            self.transcript.end_answer(stats.as_dict())
            self.session.finish_answer(full, stats.as_dict())
            self.host.show_answer_stats(stats_text(stats))
            self._maybe_title()
        self._answer_over()
        self.answer_finished.emit(stats)

    def on_failed(self, message: str) -> None:
        """Nothing typed is lost: the message goes back into the box, the history is unchanged."""
        if self._closed or not self.generating:
            return
        if not self._continuing:
            self._take_back()
        self.host.show_error(message, Cause.ANSWER)
        self._answer_over()
        self.answer_failed.emit(message)

    def _answer_over(self) -> None:
        self.generating = self._request_sent = self._stop_early = False
        self._save_timer.stop()
        self.host.set_busy(None)
        self._update_controls()
        leave, self._after_answer = self._after_answer, None
        if leave is not None:
            leave()

    def _maybe_title(self) -> None:
        conversation = self.session.current
        if (conversation is None or conversation.title_is_custom
                or conversation.id in self._titled or len(self.history) != 2):  # fmt: skip
            return
        self._titled.add(conversation.id)
        self.engine.generate_title(conversation.id, self._with_system(self.history))

    def _update_controls(self) -> None:
        self.send_button.setText("Stop" if self.generating else "Send")
        self.send_button.setEnabled(self.generating or (
            self.loader.loaded_model is not None and self._opening is None))  # fmt: skip
        self.model_picker.setEnabled(not self.generating)
        self.add_model_button.setEnabled(not self.generating)

    def update_controls(self) -> None:
        self._update_controls()
