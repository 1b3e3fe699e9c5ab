"""The Chats page: saved conversations on the left, the conversation on the right.

The flow of one answer: the user's message is committed to the store, then the answer is asked
for; a row for it is stored as incomplete, updated at the first words and then about once a second
while it streams, and once more when it ends (or stops). After a chat's first answer the model
suggests its title. Leaving the chat while an answer runs (another chat, a new one, an import)
stops the answer, saves it, then leaves: the chat on screen is always the one Send writes to.

What the page is doing is one ChatState (chat_state.py), changed only through ``flow.move``; the
messages are the session's ConversationModel, which the transcript draws. Choosing and changing
the chat (open, new, delete, import, regenerate, continue, edit) is ConversationActions' part.
The chat's own system prompt and sampling values are ChatValues', shown and edited in the side
panel (chat_settings/) that the button at the right end of the top row opens.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gpt4local.core.chats.store import Conversation
from gpt4local.core.inference.events import GenerationStats
from gpt4local.core.inference.options import SamplingSettings
from gpt4local.core.messages import Message
from gpt4local.ui.chat.chat_settings.panel import ChatSettingsPanel
from gpt4local.ui.chat.chat_settings.placement import ChatWithPanel, panel_toggle
from gpt4local.ui.chat.chat_settings.values import ChatValues
from gpt4local.ui.chat.chat_state import (
    ANSWERING,
    CANCELLING,
    CLOSED,
    IDLE,
    SAVING,
    STOPPING,
    ChatFlow,
)
from gpt4local.ui.chat.conversation_actions import ConversationActions, stats_text
from gpt4local.ui.chat.conversation_list import ConversationList
from gpt4local.ui.chat.conversation_model import INTERRUPTED, ChatMessage
from gpt4local.ui.chat.draft_prefill import DraftPrefill
from gpt4local.ui.chat.message_input import MessageBox, MessageInput, SendButton
from gpt4local.ui.chat.session import ChatSession
from gpt4local.ui.engine.adapter import EngineAdapter
from gpt4local.ui.engine.loader import ModelLoader
from gpt4local.ui.i18n.formatting import format_number
from gpt4local.ui.transcript.view import Transcript
from gpt4local.ui.window.error_banner import Cause

PARTIAL_SAVE_MS = 1000  # after the first words, a crash loses at most this much of an answer


class Host(Protocol):
    """What the page needs from the window."""

    def sampling_for_chat(self) -> SamplingSettings: ...
    def default_sampling(self) -> SamplingSettings: ...
    def system_prompt_for_chat(self) -> str: ...
    def show_error(self, message: str, cause: Cause | None = None) -> None: ...
    def resolve_error(self, *causes: Cause) -> None: ...
    def set_busy(self, text: str | None, done: int = 0, total: int = 0) -> None: ...
    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...
    def show_answer_stats(self, text: str) -> None: ...
    def chat_opened(self, conversation: Conversation | None, use_its_model: bool) -> None: ...
    def prefill_while_typing(self) -> bool: ...


class ChatPage(QWidget):
    answer_finished = Signal(object)  # GenerationStats
    answer_failed = Signal(str)

    def __init__(self, host: Host, session: ChatSession, engine: EngineAdapter,
                 loader: ModelLoader) -> None:  # fmt: skip
        super().__init__()
        self.host, self.session, self.engine, self.loader = host, session, engine, loader
        self.conversation = session.conversation  # the messages on screen
        self.flow = ChatFlow()
        self.fresh = False  # the answer is to a message sent just now (not asked again)
        self.after_answer: Callable[[], None] | None = None  # leaving the chat, once it ends
        self.chat_values = ChatValues(session, host.system_prompt_for_chat, host.default_sampling)
        self._titled: set[int] = set()  # chats whose title the model was asked for
        self._save_timer = QTimer(self, interval=PARTIAL_SAVE_MS)
        self._save_timer.timeout.connect(self._save_partial)
        self.conversation_actions = ConversationActions(self)
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
        session.opened.connect(self.conversation_actions.show_conversation)
        session.opened.connect(self._show_chat_values)
        self.loader.shown.connect(self.settings_panel.show_model)
        self.sidebar.new_requested.connect(self.new_chat)
        self.sidebar.selected.connect(self.open_conversation)
        self.sidebar.rename_requested.connect(session.rename)
        self.sidebar.delete_requested.connect(self.delete_conversation)
        self.sidebar.search_changed.connect(session.refresh_list)
        self.transcript.regenerate_requested.connect(self.conversation_actions.regenerate)
        self.transcript.continue_requested.connect(self.conversation_actions.continue_answer)
        self.transcript.edit_requested.connect(self.conversation_actions.edit_message)

    @property
    def history(self) -> list[Message]:
        """The conversation as the model reads it (no system prompt): a copy, for reading."""
        return self.conversation.as_messages()

    @property
    def generating(self) -> bool:
        """An answer is under way, from saving the message to its last word."""
        return self.flow.busy

    def _build(self) -> None:
        self.model_picker = self.loader.picker
        self.settings_toggle = panel_toggle()
        top_row = QWidget()
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)  # the model selector in the middle of the chat's top
        top.addWidget(self.model_picker, 4)
        top.addStretch(1)
        top.addWidget(self.settings_toggle)  # at the right end: the panel opens on that side
        self.transcript = Transcript(self.conversation)
        self.loader.shown.connect(self.transcript.set_model)  # named over the answers it writes
        # Shown while a long conversation is drawn in slices (the window stays usable meanwhile).
        self.opening_bar = QProgressBar()
        self.opening_bar.hide()
        self.transcript.history_progress.connect(self._show_opening_progress)
        self.transcript.history_shown.connect(self.opening_bar.hide)
        self.input = MessageInput()
        self.input.submitted.connect(self.send)
        self.send_button = SendButton()
        self.send_button.clicked.connect(lambda: self.stop() if self.generating else self.send())
        bottom_row = MessageBox(self.input, self.send_button)
        conversation = QWidget()
        right = QVBoxLayout(conversation)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(top_row)
        right.addWidget(self.opening_bar)
        right.addWidget(self.transcript, 1)
        right.addWidget(bottom_row)
        self.settings_panel = ChatSettingsPanel(self.chat_values)
        self.chat_area = ChatWithPanel(conversation, top_row, self.settings_panel,
                                       self.settings_toggle, self.input)  # fmt: skip
        self.sidebar = ConversationList()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.chat_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _show_opening_progress(self, drawn: int, total: int) -> None:
        self.opening_bar.setFormat(
            self.tr("Opening the conversation… {drawn} of %n messages", "", total).format(
                drawn=format_number(drawn)))  # fmt: skip
        self.opening_bar.setRange(0, total)
        self.opening_bar.setValue(drawn)
        self.opening_bar.show()

    # --- the chat's settings panel --------------------------------------------------------------

    def _show_chat_values(self) -> None:
        """Another chat is on screen: the panel shows its values; a new one has none of its
        own until the panel sets them."""
        self.chat_values.forget_pending()
        self.settings_panel.show_values()

    def _with_system(self, messages: list[Message]) -> tuple[Message, ...]:
        system = self.chat_values.system_prompt()
        return tuple([Message("system", system)] if system else []) + tuple(messages)

    # --- asking --------------------------------------------------------------------------------

    def _draft(self) -> tuple[tuple[Message, ...], int] | None:
        """What prefilling the message being typed needs, when there is a model to do it."""
        text = self.input.toPlainText().strip()
        if not text or self.flow.state is not IDLE or self.loader.loaded_model is None:
            return None
        if not self.host.prefill_while_typing():
            return None
        messages = self._with_system([*self.history, Message("user", text)])
        return messages, self.host.sampling_for_chat().max_tokens

    def send(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or self.flow.state is not IDLE:  # an answer runs, or a chat opens
            return
        if self.loader.loaded_model is None:
            self.host.show_error(self.tr("Choose a model first — your message is kept in the box."),
                                 Cause.MODEL)  # fmt: skip
            return
        self.prefill.stop()  # the answer must not wait behind the draft's prefill
        self.host.resolve_error(Cause.ANSWER)
        self.input.clear()
        message = self.conversation.append("user", text)
        self.start_answering(fresh=True)
        self.session.add_user_message(
            message, self.ask, lambda error: self._not_saved(message, error),
            model_path=self.loader.loaded_path or None,
            system_prompt=self.chat_values.system_prompt(),
            settings=dataclasses.asdict(self.host.sampling_for_chat()),
        )  # fmt: skip

    def start_answering(self, fresh: bool) -> None:
        """The store is written first; then ``ask`` asks the engine."""
        self.fresh = fresh
        self.flow.move(SAVING)
        self.update_controls()
        self.host.set_busy(self.tr("Reading the conversation…"))  # at once: saving comes first

    def _not_saved(self, message: ChatMessage, error: Exception) -> None:
        """The message could not be stored (a full disk): as if never sent, and it is kept."""
        if self.flow.closed:
            return
        if message in self.conversation.messages:
            self.conversation.truncate(self.conversation.messages.index(message))
        self.give_back(message.text)
        self.answer_over()
        self.answer_failed.emit(str(error))

    def ask(self, continue_answer: bool = False) -> None:
        """Ask the engine: after the user's message (or a cut) is committed, or to continue."""
        if self.flow.closed:
            return
        if self.flow.state is CANCELLING:  # Stop came while the message was being saved
            self.on_finished(GenerationStats.cancelled())
            return
        if continue_answer:  # nothing to save first
            self.fresh = False
        self.flow.move(ANSWERING)
        self.update_controls()
        self.prefill.stop()
        self.chat_values.keep_late_changes()
        # Built before the answer begins: a new answer is not part of what the model reads.
        messages = self._with_system(self.history)
        if continue_answer:
            self.session.resume_answer(self.conversation.messages[-1])
            self.conversation.resume_answer()
        else:
            self.session.begin_answer(self.conversation.begin_answer())
        self._save_timer.start()
        # Until the first words arrive (a long history can take seconds on a CPU) show activity;
        # prompt_progress then turns it into a determinate bar.
        self.host.set_busy(self.tr("Reading the conversation…"))
        sampling = self.host.sampling_for_chat()
        self.engine.generate(messages, sampling, continue_answer)

    def stop(self) -> None:
        if self.flow.state is ANSWERING:
            self.flow.move(STOPPING)
            self.engine.stop()
        elif self.flow.state is SAVING:  # the engine has not been asked yet: it will not be
            self.flow.move(CANCELLING)

    def close_for_quit(self) -> None:
        """The window is closing: a running answer stops now and is saved as cut off (Continue
        is offered next time); what the engine sends after this is neither shown nor saved."""
        if self.flow.closed:
            return
        answer = self.conversation.answer
        if self.flow.engine_asked and answer is not None:
            self.engine.stop()
            self.session.finish_answer(answer.text, dict(INTERRUPTED))
        self.flow.move(CLOSED)
        self._save_timer.stop()
        self.prefill.stop()

    def _save_partial(self) -> None:
        answer = self.conversation.answer
        if answer is not None:
            self.session.save_partial(answer.text)

    # --- the answer, from the engine adapter ---------------------------------------------------

    def on_prompt_progress(self, done: int, total: int) -> None:
        if done < total and self.flow.busy:
            text = self.tr("Reading the conversation… {done}/{total} tokens").format(
                done=format_number(done), total=format_number(total))
            self.host.set_busy(text, done, total)

    def on_context_trimmed(self, dropped: int) -> None:
        self.host.show_status(
            self.tr("The conversation is longer than the context: the oldest %n messages were "
                    "left out of the model's view.", "", dropped),
            10000,
        )

    def on_text(self, text: str) -> None:
        if not self.flow.engine_asked:
            return
        self.host.set_busy(None)
        first_words = not self.conversation.written
        self.conversation.add_answer_text(text)
        if first_words:  # a crash a moment later keeps them
            self._save_partial()
            self._save_timer.start()  # the next save a second from now

    def on_finished(self, stats: GenerationStats) -> None:
        if not self.flow.busy:
            return
        continuing = self.conversation.continuing
        if stats.stop_reason == "cancelled" and not stats.text and not continuing:
            # Stopped before a word was written: as if never asked, and a new message is kept.
            self.conversation_actions.take_back(self.fresh)
            self.host.show_status(self.tr("Stopped before the answer began."), 5000)
        else:
            answer = self.conversation.answer
            stored = stats.as_dict()
            if self.loader.loaded_model is not None:  # the transcript names it over the answer
                stored["model"] = self.loader.loaded_model.model_name
            self.conversation.end_answer(stored, None if continuing else stats.text)
            if answer is not None:
                self.session.finish_answer(answer.text, stored, answer)
            self.host.show_answer_stats(stats_text(stats))
            self._maybe_title()
        self.answer_over()
        self.answer_finished.emit(stats)

    def on_failed(self, message: str) -> None:
        """Nothing typed is lost: the message goes back into the box, the history is unchanged."""
        if not self.flow.busy:
            return
        if self.conversation.continuing:
            self.conversation.end_failed_continuation()
        else:
            self.conversation_actions.take_back(self.fresh)
        self.host.show_error(message, Cause.ANSWER)
        self.answer_over()
        self.answer_failed.emit(message)

    def answer_over(self) -> None:
        if self.flow.busy:
            self.flow.move(IDLE)
        self._save_timer.stop()
        self.host.set_busy(None)
        self.update_controls()
        leave, self.after_answer = self.after_answer, None
        if leave is not None:
            leave()

    def _maybe_title(self) -> None:
        conversation = self.session.current
        if (conversation is None or conversation.title_is_custom
                or conversation.id in self._titled or len(self.history) != 2):  # fmt: skip
            return
        self._titled.add(conversation.id)
        self.engine.generate_title(conversation.id, self._with_system(self.history))

    def give_back(self, text: str) -> None:
        """Into the message box, before anything typed since, which is kept too."""
        typed = self.input.toPlainText().strip()
        if text not in typed:
            self.input.setPlainText(f"{text}\n\n{typed}" if typed else text)

    def update_controls(self) -> None:
        busy = self.flow.busy
        self.send_button.setText("Stop" if busy else "Send")  # translated by the button
        self.send_button.setEnabled(busy or (
            self.loader.loaded_model is not None and self.flow.state is IDLE))  # fmt: skip
        self.model_picker.setEnabled(not busy)

    # --- the chat on screen: ConversationActions ------------------------------------------------

    def new_chat(self) -> None:
        self.conversation_actions.new_chat()

    def open_conversation(self, conversation_id: int) -> None:
        self.conversation_actions.open_conversation(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        self.conversation_actions.delete_conversation(conversation_id)

    def import_chat(self, path: Path) -> None:
        self.conversation_actions.import_chat(path)

    def resend_edited(self, index: int, text: str) -> None:
        self.conversation_actions.resend_edited(index, text)
